#pragma once

#include <QString>

namespace looma {

// The data sources the status bar reports on.
enum class DataSource
{
    Registry,
    Prometheus,
    Scheduler
};

// The source's name for people, in the current language.
QString dataSourceName(DataSource source);

} // namespace looma
