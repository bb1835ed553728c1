#pragma once

#include <QByteArray>
#include <QString>

// Panel-file texts for tst_panelloader. They live outside the test's moc-scanned file because
// moc 6.4 mis-reads raw strings with a custom delimiter, and PromQL is full of )".
namespace looma::test {

QByteArray twoPanels();
QByteArray panelOverrides();
QString placeholderQuery();
QString placeholderQueryExpanded();

} // namespace looma::test
