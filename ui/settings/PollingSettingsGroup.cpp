#include "PollingSettingsGroup.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace looma {

PollingSettingsGroup::PollingSettingsGroup(QWidget *parent)
    : QGroupBox(parent)
    , m_registryLabel(new QLabel(this))
    , m_registrySpin(new QSpinBox(this))
    , m_prometheusLabel(new QLabel(this))
    , m_prometheusSpin(new QSpinBox(this))
    , m_nodeLabel(new QLabel(this))
    , m_nodeEdit(new QLineEdit(this))
    , m_serviceLabel(new QLabel(this))
    , m_serviceEdit(new QLineEdit(this))
    , m_clusterLabel(new QLabel(this))
    , m_clusterEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("pollingSettingsGroupBox"));
    m_registrySpin->setObjectName(QStringLiteral("registryRefreshIntervalSpinBox"));
    m_prometheusSpin->setObjectName(QStringLiteral("prometheusRefreshIntervalSpinBox"));
    m_nodeEdit->setObjectName(QStringLiteral("nodeLabelLineEdit"));
    m_serviceEdit->setObjectName(QStringLiteral("serviceLabelLineEdit"));
    m_clusterEdit->setObjectName(QStringLiteral("clusterLabelLineEdit"));
    for (QSpinBox *spin : {m_registrySpin, m_prometheusSpin})
        spin->setRange(limits::minRefreshSeconds, limits::maxRefreshSeconds);
    m_registryLabel->setBuddy(m_registrySpin);
    m_prometheusLabel->setBuddy(m_prometheusSpin);
    m_nodeLabel->setBuddy(m_nodeEdit);
    m_serviceLabel->setBuddy(m_serviceEdit);
    m_clusterLabel->setBuddy(m_clusterEdit);

    auto *form = new QFormLayout(this);
    form->addRow(m_registryLabel, m_registrySpin);
    form->addRow(m_prometheusLabel, m_prometheusSpin);
    form->addRow(m_nodeLabel, m_nodeEdit);
    form->addRow(m_serviceLabel, m_serviceEdit);
    form->addRow(m_clusterLabel, m_clusterEdit);
    retranslateUi();
}

RefreshSettings PollingSettingsGroup::refresh() const
{
    RefreshSettings v;
    v.registrySeconds = m_registrySpin->value();
    v.prometheusSeconds = m_prometheusSpin->value();
    return v;
}

LabelSettings PollingSettingsGroup::labels() const
{
    LabelSettings v;
    v.node = m_nodeEdit->text().trimmed();
    v.service = m_serviceEdit->text().trimmed();
    v.cluster = m_clusterEdit->text().trimmed();
    return v;
}

void PollingSettingsGroup::setValues(const RefreshSettings &refresh, const LabelSettings &labels)
{
    m_registrySpin->setValue(refresh.registrySeconds);
    m_prometheusSpin->setValue(refresh.prometheusSeconds);
    m_nodeEdit->setText(labels.node);
    m_serviceEdit->setText(labels.service);
    m_clusterEdit->setText(labels.cluster);
}

void PollingSettingsGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void PollingSettingsGroup::retranslateUi()
{
    setTitle(tr("Refresh and labels"));
    m_registryLabel->setText(tr("&Registry poll every:"));
    m_prometheusLabel->setText(tr("Prometheus re&fresh every:"));
    for (QSpinBox *spin : {m_registrySpin, m_prometheusSpin})
        spin->setSuffix(tr(" s"));
    m_nodeLabel->setText(tr("&Node label:"));
    m_serviceLabel->setText(tr("&Service label:"));
    m_clusterLabel->setText(tr("&Cluster label:"));
    m_nodeEdit->setToolTip(tr("The Prometheus label that names the node, e.g. node or instance."));
    m_serviceEdit->setToolTip(tr("The Prometheus label that names the service, e.g. service or job."));
    m_clusterEdit->setToolTip(tr("The Prometheus label that names the cluster."));
}

} // namespace looma
