#include "RegistrySettingsGroup.h"

#include "ConnectionTestRow.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace looma {

RegistrySettingsGroup::RegistrySettingsGroup(QWidget *parent)
    : QGroupBox(parent)
    , m_dsnLabel(new QLabel(this))
    , m_dsnEdit(new QLineEdit(this))
    , m_serviceLabel(new QLabel(this))
    , m_serviceEdit(new QLineEdit(this))
    , m_sslLabel(new QLabel(this))
    , m_sslCombo(new QComboBox(this))
    , m_hintLabel(new QLabel(this))
    , m_testRow(new ConnectionTestRow(QStringLiteral("registry"), this))
{
    setObjectName(QStringLiteral("registrySettingsGroupBox"));
    m_dsnEdit->setObjectName(QStringLiteral("registryDsnLineEdit"));
    m_serviceEdit->setObjectName(QStringLiteral("registryServiceLineEdit"));
    m_sslCombo->setObjectName(QStringLiteral("registrySslModeComboBox"));
    m_hintLabel->setObjectName(QStringLiteral("registryHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_dsnEdit->setClearButtonEnabled(true);
    m_serviceEdit->setClearButtonEnabled(true);
    m_dsnLabel->setBuddy(m_dsnEdit);
    m_serviceLabel->setBuddy(m_serviceEdit);
    m_sslLabel->setBuddy(m_sslCombo);

    // libpq's own words; they are not translated because they are what goes into the DSN.
    for (SslMode mode : {SslMode::Disable, SslMode::Allow, SslMode::Prefer, SslMode::Require,
                         SslMode::VerifyCa, SslMode::VerifyFull})
        m_sslCombo->addItem(toSettingsText(mode), static_cast<int>(mode));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_dsnLabel, m_dsnEdit);
    form->addRow(m_serviceLabel, m_serviceEdit);
    form->addRow(m_sslLabel, m_sslCombo);
    form->addRow(m_hintLabel);
    form->addRow(m_testRow);
    retranslateUi();
}

RegistrySettings RegistrySettingsGroup::values() const
{
    RegistrySettings v;
    v.dsn = m_dsnEdit->text().trimmed();
    v.serviceName = m_serviceEdit->text().trimmed();
    v.sslMode = static_cast<SslMode>(m_sslCombo->currentData().toInt());
    return v;
}

void RegistrySettingsGroup::setValues(const RegistrySettings &v)
{
    m_dsnEdit->setText(v.dsn);
    m_serviceEdit->setText(v.serviceName);
    m_sslCombo->setCurrentIndex(m_sslCombo->findData(static_cast<int>(v.sslMode)));
}

void RegistrySettingsGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void RegistrySettingsGroup::retranslateUi()
{
    setTitle(tr("Service registry (PostgreSQL)"));
    m_dsnLabel->setText(tr("Connection &DSN:"));
    m_dsnEdit->setPlaceholderText(tr("host=db.example port=5432 dbname=looma_registry user=looma_ops"));
    m_serviceLabel->setText(tr("or libpq ser&vice:"));
    m_serviceEdit->setPlaceholderText(tr("a [name] from pg_service.conf"));
    m_sslLabel->setText(tr("SSL &mode:"));
    m_hintLabel->setText(tr("No password here: libpq reads it from PGPASSFILE (~/.pgpass) or the service "
                            "file, so this settings file holds no secret."));
    m_testRow->retranslateUi();
}

} // namespace looma
