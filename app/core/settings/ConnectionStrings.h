#pragma once

#include <QString>

namespace looma::connstr {

// libpq accepts a keyword/value string ("host=db port=5432 dbname=registry") or a URI
// ("postgresql://user@db:5432/registry?sslmode=require"). Both may carry a password, which the
// console refuses to store: these helpers find and remove it.
bool isUri(QStringView dsn);
bool hasPassword(const QString &dsn);
QString withoutPassword(const QString &dsn);

} // namespace looma::connstr
