#include "MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace looma {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Looma Ops Console"));
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    const QStringList titles{tr("Cross-cloud"), tr("Clusters"), tr("AI services"), tr("CRM"),
                             tr("Events"),      tr("Failover"), tr("Reports"),     tr("Settings")};
    for (const QString &title : titles)
        addPage(title, new QLabel(title, this));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    statusBar()->showMessage(tr("Registry: not configured · Prometheus: not configured"));
    resize(1280, 800);
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}

} // namespace looma
