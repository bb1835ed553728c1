#include "PrometheusSettingsGroup.h"

#include "ConnectionTestRow.h"
#include "FilePathEdit.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace looma {

PrometheusSettingsGroup::PrometheusSettingsGroup(QWidget *parent)
    : QGroupBox(parent)
    , m_urlLabel(new QLabel(this))
    , m_urlEdit(new QLineEdit(this))
    , m_authLabel(new QLabel(this))
    , m_authCombo(new QComboBox(this))
    , m_tokenLabel(new QLabel(this))
    , m_tokenFile(new FilePathEdit(QStringLiteral("prometheusTokenFile"), this))
    , m_userLabel(new QLabel(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordFile(new FilePathEdit(QStringLiteral("prometheusPasswordFile"), this))
    , m_caLabel(new QLabel(this))
    , m_caFile(new FilePathEdit(QStringLiteral("prometheusCaFile"), this))
    , m_hintLabel(new QLabel(this))
    , m_testRow(new ConnectionTestRow(QStringLiteral("prometheus"), this))
{
    setObjectName(QStringLiteral("prometheusSettingsGroupBox"));
    m_urlEdit->setObjectName(QStringLiteral("prometheusUrlLineEdit"));
    m_authCombo->setObjectName(QStringLiteral("prometheusAuthComboBox"));
    m_userEdit->setObjectName(QStringLiteral("prometheusUserLineEdit"));
    m_hintLabel->setObjectName(QStringLiteral("prometheusHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_urlEdit->setClearButtonEnabled(true);
    m_urlLabel->setBuddy(m_urlEdit);
    m_authLabel->setBuddy(m_authCombo);
    m_tokenLabel->setBuddy(m_tokenFile->lineEdit());
    m_userLabel->setBuddy(m_userEdit);
    m_passwordLabel->setBuddy(m_passwordFile->lineEdit());
    m_caLabel->setBuddy(m_caFile->lineEdit());

    for (PrometheusAuth auth : {PrometheusAuth::None, PrometheusAuth::Bearer, PrometheusAuth::Basic})
        m_authCombo->addItem(QString(), static_cast<int>(auth));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_urlLabel, m_urlEdit);
    form->addRow(m_authLabel, m_authCombo);
    form->addRow(m_tokenLabel, m_tokenFile);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordFile);
    form->addRow(m_caLabel, m_caFile);
    form->addRow(m_hintLabel);
    form->addRow(m_testRow);

    connect(m_authCombo, &QComboBox::currentIndexChanged, this, &PrometheusSettingsGroup::updateAuthFields);
    retranslateUi();
    updateAuthFields();
}

PrometheusSettings PrometheusSettingsGroup::values() const
{
    PrometheusSettings v;
    v.url = m_urlEdit->text().trimmed();
    v.auth = static_cast<PrometheusAuth>(m_authCombo->currentData().toInt());
    v.bearerTokenFile = m_tokenFile->path();
    v.basicUser = m_userEdit->text().trimmed();
    v.basicPasswordFile = m_passwordFile->path();
    v.caFile = m_caFile->path();
    return v;
}

void PrometheusSettingsGroup::setValues(const PrometheusSettings &v)
{
    m_urlEdit->setText(v.url);
    m_authCombo->setCurrentIndex(m_authCombo->findData(static_cast<int>(v.auth)));
    m_tokenFile->setPath(v.bearerTokenFile);
    m_userEdit->setText(v.basicUser);
    m_passwordFile->setPath(v.basicPasswordFile);
    m_caFile->setPath(v.caFile);
    updateAuthFields();
}

void PrometheusSettingsGroup::updateAuthFields()
{
    // Fields that do not apply stay visible but disabled, so the form does not jump around.
    const auto auth = static_cast<PrometheusAuth>(m_authCombo->currentData().toInt());
    m_tokenFile->setEnabled(auth == PrometheusAuth::Bearer);
    m_tokenLabel->setEnabled(auth == PrometheusAuth::Bearer);
    m_userEdit->setEnabled(auth == PrometheusAuth::Basic);
    m_userLabel->setEnabled(auth == PrometheusAuth::Basic);
    m_passwordFile->setEnabled(auth == PrometheusAuth::Basic);
    m_passwordLabel->setEnabled(auth == PrometheusAuth::Basic);
}

void PrometheusSettingsGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void PrometheusSettingsGroup::retranslateUi()
{
    setTitle(tr("Prometheus"));
    m_urlLabel->setText(tr("&URL:"));
    m_urlEdit->setPlaceholderText(tr("http://prometheus.example:9090"));
    m_authLabel->setText(tr("&Authentication:"));
    m_authCombo->setItemText(0, tr("None"));
    m_authCombo->setItemText(1, tr("Bearer token (from a file)"));
    m_authCombo->setItemText(2, tr("Basic (user + password file)"));
    m_tokenLabel->setText(tr("&Token file:"));
    m_userLabel->setText(tr("U&ser:"));
    m_passwordLabel->setText(tr("&Password file:"));
    m_caLabel->setText(tr("&CA file:"));
    m_hintLabel->setText(tr("Tokens and passwords stay in their files; only the paths are saved. "
                            "Leave the CA file empty to use the system's certificates."));
    m_tokenFile->retranslateUi();
    m_tokenFile->setDialogTitle(tr("Choose the bearer token file"));
    m_passwordFile->retranslateUi();
    m_passwordFile->setDialogTitle(tr("Choose the password file"));
    m_caFile->retranslateUi();
    m_caFile->setDialogTitle(tr("Choose a CA certificate file (PEM)"));
    m_caFile->lineEdit()->setPlaceholderText(tr("System certificates"));
    m_testRow->retranslateUi();
}

} // namespace looma
