#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace looma::cli {

// The options of the window mode; the same parser answers --help and --version without a display.
struct GuiOptions
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)

public:
    GuiOptions();
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption readOnly;
    QCommandLineOption language;
    QCommandLineOption configFile;
    QCommandLineOption registry;   // a DSN for this run, instead of the stored one
    QCommandLineOption prometheus; // a URL for this run, instead of the stored one
    QCommandLineOption noScheduler; // watch only: no checks, no automatic failover in this window
    QCommandLineOption page;        // the page to open on
    QCommandLineOption screenshot;  // save the window once its data is in, then quit
};

} // namespace looma::cli
