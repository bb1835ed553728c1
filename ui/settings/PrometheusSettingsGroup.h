#pragma once

#include "SettingsValues.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace looma {

class ConnectionTestRow;
class FilePathEdit;

// Prometheus: base URL, authentication (none, bearer token file, basic user + password file), CA file.
class PrometheusSettingsGroup final : public QGroupBox
{
    Q_OBJECT

public:
    explicit PrometheusSettingsGroup(QWidget *parent = nullptr);

    PrometheusSettings values() const;
    void setValues(const PrometheusSettings &values);
    ConnectionTestRow *testRow() const { return m_testRow; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAuthFields();

    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_authLabel = nullptr;
    QComboBox *m_authCombo = nullptr;
    QLabel *m_tokenLabel = nullptr;
    FilePathEdit *m_tokenFile = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    FilePathEdit *m_passwordFile = nullptr;
    QLabel *m_caLabel = nullptr;
    FilePathEdit *m_caFile = nullptr;
    QLabel *m_hintLabel = nullptr;
    ConnectionTestRow *m_testRow = nullptr;
};

} // namespace looma
