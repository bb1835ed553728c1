#include "DataSource.h"

#include <QCoreApplication>

namespace looma {

QString dataSourceName(DataSource source)
{
    switch (source) {
    case DataSource::Registry:
        return QCoreApplication::translate("DataSource", "Registry");
    case DataSource::Prometheus:
        return QCoreApplication::translate("DataSource", "Prometheus");
    case DataSource::Scheduler:
        return QCoreApplication::translate("DataSource", "Scheduler");
    }
    return {};
}

} // namespace looma
