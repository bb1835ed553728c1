#pragma once

#include "SettingsValues.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;

namespace looma {

// Language, theme and the read-only switch.
class AppearanceSettingsGroup final : public QGroupBox
{
    Q_OBJECT

public:
    explicit AppearanceSettingsGroup(QWidget *parent = nullptr);

    LanguageChoice language() const;
    ThemeChoice theme() const;
    bool readOnly() const;
    // forced: --read-only was given; the box shows it and cannot be cleared for this run.
    void setValues(LanguageChoice language, ThemeChoice theme, bool readOnly, bool forced);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QCheckBox *m_readOnlyCheck = nullptr;
    bool m_forced = false;
    bool m_storedReadOnly = false;
};

} // namespace looma
