#include "AppearanceSettingsGroup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace looma {

AppearanceSettingsGroup::AppearanceSettingsGroup(QWidget *parent)
    : QGroupBox(parent)
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_themeCombo(new QComboBox(this))
    , m_readOnlyCheck(new QCheckBox(this))
{
    setObjectName(QStringLiteral("appearanceSettingsGroupBox"));
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_themeCombo->setObjectName(QStringLiteral("themeComboBox"));
    m_readOnlyCheck->setObjectName(QStringLiteral("readOnlyCheckBox"));
    m_languageLabel->setBuddy(m_languageCombo);
    m_themeLabel->setBuddy(m_themeCombo);

    // A language is listed under its own name, so a reader finds it whatever the current language.
    m_languageCombo->addItem(QString(), static_cast<int>(LanguageChoice::System));
    m_languageCombo->addItem(QStringLiteral("简体中文"), static_cast<int>(LanguageChoice::ZhCN));
    m_languageCombo->addItem(QStringLiteral("English"), static_cast<int>(LanguageChoice::En));
    for (ThemeChoice theme : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
        m_themeCombo->addItem(QString(), static_cast<int>(theme));

    auto *form = new QFormLayout(this);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_themeLabel, m_themeCombo);
    form->addRow(m_readOnlyCheck);
    retranslateUi();
}

LanguageChoice AppearanceSettingsGroup::language() const
{
    return static_cast<LanguageChoice>(m_languageCombo->currentData().toInt());
}

ThemeChoice AppearanceSettingsGroup::theme() const
{
    return static_cast<ThemeChoice>(m_themeCombo->currentData().toInt());
}

bool AppearanceSettingsGroup::readOnly() const
{
    // While forced, the stored choice is kept as it was: --read-only is for this run only.
    return m_forced ? m_storedReadOnly : m_readOnlyCheck->isChecked();
}

void AppearanceSettingsGroup::setValues(LanguageChoice language, ThemeChoice theme, bool readOnly,
                                        bool forced)
{
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(static_cast<int>(language)));
    m_themeCombo->setCurrentIndex(m_themeCombo->findData(static_cast<int>(theme)));
    m_forced = forced;
    m_storedReadOnly = readOnly;
    m_readOnlyCheck->setChecked(readOnly || forced);
    m_readOnlyCheck->setEnabled(!forced);
    retranslateUi();
}

void AppearanceSettingsGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void AppearanceSettingsGroup::retranslateUi()
{
    setTitle(tr("Appearance and safety"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setItemText(0, tr("Follow the system"));
    m_themeLabel->setText(tr("&Theme:"));
    m_themeCombo->setItemText(0, tr("Follow the system"));
    m_themeCombo->setItemText(1, tr("Light"));
    m_themeCombo->setItemText(2, tr("Dark"));
    m_readOnlyCheck->setText(tr("Read-onl&y: no failover, no changes to the fleet"));
    m_readOnlyCheck->setToolTip(m_forced
                                    ? tr("Read-only is on for this run (--read-only).")
                                    : tr("Watch only: every action that changes the fleet is disabled."));
}

} // namespace looma
