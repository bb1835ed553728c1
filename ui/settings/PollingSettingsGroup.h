#pragma once

#include "SettingsValues.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace looma {

// How often the sources are read, and which Prometheus labels name the node, service and cluster.
class PollingSettingsGroup final : public QGroupBox
{
    Q_OBJECT

public:
    explicit PollingSettingsGroup(QWidget *parent = nullptr);

    RefreshSettings refresh() const;
    LabelSettings labels() const;
    void setValues(const RefreshSettings &refresh, const LabelSettings &labels);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_registryLabel = nullptr;
    QSpinBox *m_registrySpin = nullptr;
    QLabel *m_prometheusLabel = nullptr;
    QSpinBox *m_prometheusSpin = nullptr;
    QLabel *m_nodeLabel = nullptr;
    QLineEdit *m_nodeEdit = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QLineEdit *m_serviceEdit = nullptr;
    QLabel *m_clusterLabel = nullptr;
    QLineEdit *m_clusterEdit = nullptr;
};

} // namespace looma
