#pragma once

#include "ReportData.h"

#include <QByteArray>

namespace looma {

// One self-contained HTML file: inline CSS, charts as base64 PNG data URIs, UTF-8, lang set;
// nothing is fetched from anywhere when it is opened (mail it, archive it, open it offline).
class HtmlReportRenderer final
{
public:
    static QByteArray render(const ReportData &data);
};

} // namespace looma
