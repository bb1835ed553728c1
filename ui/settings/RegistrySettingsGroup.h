#pragma once

#include "SettingsValues.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace looma {

class ConnectionTestRow;

// The registry connection: a libpq DSN or a service name, and the SSL mode.
class RegistrySettingsGroup final : public QGroupBox
{
    Q_OBJECT

public:
    explicit RegistrySettingsGroup(QWidget *parent = nullptr);

    RegistrySettings values() const;
    void setValues(const RegistrySettings &values);
    ConnectionTestRow *testRow() const { return m_testRow; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_dsnLabel = nullptr;
    QLineEdit *m_dsnEdit = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QLineEdit *m_serviceEdit = nullptr;
    QLabel *m_sslLabel = nullptr;
    QComboBox *m_sslCombo = nullptr;
    QLabel *m_hintLabel = nullptr;
    ConnectionTestRow *m_testRow = nullptr;
};

} // namespace looma
