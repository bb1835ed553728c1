#pragma once

#include "DomainEnums.h"
#include "EventKind.h"
#include "Severity.h"

#include <QCoreApplication>
#include <QString>

namespace looma {

// Translated words for the enums a person reads in the tables. Models cache these once (and on a
// language change) instead of calling tr() inside data(), which is called per visible cell.
class StatusText final
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString cloud(Cloud value);
    static QString nodeStatus(NodeStatus value);
    static QString health(HealthState value);
    static QString role(InstanceRole value);
    static QString severity(Severity value);
    static QString eventKind(EventKind value);
    static QString failoverOutcome(FailoverOutcome value);
    static QString failoverTrigger(FailoverTrigger value);
};

} // namespace looma
