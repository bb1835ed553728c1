#pragma once

#include "ReportData.h"
#include "ReportRequest.h"

#include <QString>

namespace looma {

// Writes a report in one format: a PDF or HTML file at path, or for CSV a directory at path
// holding summary.csv, incidents.csv and fleet.csv. Needs a QGuiApplication (fonts, images);
// safe on a worker thread. Returns an empty string on success, else why it failed.
class ReportRenderer final
{
public:
    static QString write(const ReportData &data, ReportFormat format, const QString &path);
};

} // namespace looma
