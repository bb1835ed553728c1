#include "AppSettings.h"
#include "ConsoleSession.h"
#include "FleetStore.h"
#include "InstanceTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "NodeFilterProxyModel.h"
#include "NodeTableModel.h"
#include "PromClient.h"
#include "RegionSummaryModel.h"
#include "SnapshotPacer.h"
#include "StackEnv.h"
#include "clusters/ClusterSummaryModel.h"
#include "clusters/FleetChartsPanel.h"
#include "clusters/NodeDetailPanel.h"
#include "clusters/NodeFilterBar.h"
#include "clusters/NodeSeriesChart.h"
#include "crosscloud/CloudRegionProxy.h"
#include "crosscloud/CloudSummaryPanel.h"
#include "crosscloud/FailoverSidesPanel.h"
#include "pages/ClustersPage.h"
#include "pages/CrossCloudPage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <csignal>

using namespace looma;
using looma::test::StackEnv;

// The window on a live ConsoleSession against the local stack at 10,000 nodes / 50,000 instances:
// real PostgreSQL registry, fleet simulator, Prometheus scraping it.
class tst_DashboardsAStack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void crossCloudShowsRealData();
    void clustersShowRealData();
    void nodeFilterNarrowsTable();
    void sortingWorks();
    void selectingNodeOpensDetail();
    void keyboardNavigation();
    void faultShowsOnCrossCloudWithinOneRefresh();
    void screenshots();
    void prometheusDownMarksStale(); // last: nothing restarts Prometheus

private:
    QByteArray send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, int *status = nullptr);
    int promCount(const QString &expr);
    ClustersPage *clusters() const { return static_cast<ClustersPage *>(m_window->page(QStringLiteral("clusters"))); }
    CrossCloudPage *crossCloud() const
    {
        return static_cast<CrossCloudPage *>(m_window->page(QStringLiteral("crossCloud")));
    }
    QLineEdit *searchEdit(QWidget *page) const { return page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit")); }

    StackEnv m_env;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    AppSettings *m_settings = nullptr;
    LanguageManager *m_languages = nullptr;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    int m_nodes = 0;
};

QByteArray tst_DashboardsAStack::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, int *status)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

// Straight from Prometheus, beside the console: how many series the expression returns.
int tst_DashboardsAStack::promCount(const QString &expr)
{
    QUrl url(m_env.promUrl() + QStringLiteral("/api/v1/query"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), expr);
    url.setQuery(query);
    const QJsonObject doc = QJsonDocument::fromJson(send("GET", url)).object();
    return int(doc.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray().size());
}

void tst_DashboardsAStack::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the snapshot cache goes to a test location
    m_env = StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    m_nodes = m_env.value(QStringLiteral("LOOMA_NODES")).toInt();
    QVERIFY(m_nodes > 0);
    m_settings = new AppSettings(m_dir.filePath(QStringLiteral("settings.ini")));
    m_languages = new LanguageManager;
    QVERIFY(m_languages->applyCode(QStringLiteral("en")));
    m_session = new ConsoleSession(m_settings);
    m_session->setRegistryOverride(m_env.pgDsn());
    m_session->setPrometheusOverride(m_env.promUrl());
    m_session->setRefreshIntervalOverride(2000);
    m_session->start();
    m_window = new MainWindow(*m_settings, *m_languages, m_session);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The command-line addresses count as configured: the window opens on a dashboard.
    QCOMPARE(m_window->currentPage()->key(), QStringLiteral("crossCloud"));
    QTRY_COMPARE_WITH_TIMEOUT(int(m_session->fleetStore()->nodeCount()), m_nodes, 120000);
    // Nodes come first in the paced first load; the instances follow in later slices.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->snapshotPacer()->isPacing(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->registryStatus().state, SourceStatus::State::Live, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->promFleetHealth().hasData(), 60000);
}

void tst_DashboardsAStack::cleanupTestCase()
{
    if (m_env.isValid())
        send("DELETE", QUrl(m_env.fleetsimControlUrl() + QStringLiteral("/faults")));
    delete m_window;
    delete m_session;
    delete m_languages;
    delete m_settings;
}

void tst_DashboardsAStack::crossCloudShowsRealData()
{
    m_window->showPage(QStringLiteral("crossCloud"));
    CrossCloudPage *page = crossCloud();
    QVERIFY(page->hasData());
    FleetStore *store = m_session->fleetStore();
    // Both clouds have zones, and the two sides together account for every node of the registry.
    int nodes = 0;
    for (int cloud = 0; cloud < 2; ++cloud) {
        CloudRegionProxy *proxy = page->cloudPanel(cloud)->proxy();
        QVERIFY(proxy->rowCount() > 0);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            for (int column : {RegionSummaryModel::NodesUpColumn, RegionSummaryModel::NodesDownColumn,
                               RegionSummaryModel::NodesDrainingColumn})
                nodes += proxy->index(row, column).data(SortRole).toInt();
        }
        // Worst first: the status sort key never rises down the table.
        for (int row = 1; row < proxy->rowCount(); ++row) {
            QVERIFY(proxy->index(row - 1, 0).data(SortRole).toLongLong()
                    >= proxy->index(row, 0).data(SortRole).toLongLong());
        }
        QVERIFY(page->cloudPanel(cloud)->totalsText().contains(u"up"));
        QVERIFY(!page->cloudPanel(cloud)->prometheusText().contains(u"no answer"));
    }
    QCOMPARE(nodes, int(store->nodeCount()));
    // Primaries per cloud: every group with a primary is counted on exactly one side.
    int groups = 0;
    for (const QString &group : store->failoverGroups())
        groups += group.isEmpty() ? 0 : 1;
    // The panel recomputes on a timer after the store changes: wait for it to catch up.
    QTRY_COMPARE(page->failoverSides()->sides().groupCount, groups);
    const FailoverSides &sides = page->failoverSides()->sides();
    QCOMPARE(sides.primariesByCloud[0] + sides.primariesByCloud[1] + sides.groupsWithoutPrimary, groups);
    QVERIFY(sides.primariesByCloud[0] > 0 && sides.primariesByCloud[1] > 0);
}

void tst_DashboardsAStack::clustersShowRealData()
{
    m_window->showPage(QStringLiteral("clusters"));
    ClustersPage *page = clusters();
    FleetStore *store = m_session->fleetStore();
    QVERIFY(page->hasData());
    QCOMPARE(page->nodeProxy()->rowCount(), int(store->nodeCount()));
    QTRY_COMPARE(page->clusterModel()->rowCount(), int(store->clusterIds().size()));
    // CPU figures from Prometheus (one `by (node)` query) reach the store, the table and the charts.
    QTRY_VERIFY_WITH_TIMEOUT(page->fleetCharts()->histogramTotal() > m_nodes / 2, 30000);
    int withCpu = 0;
    for (qint64 id : store->nodeIds())
        withCpu += qIsNaN(store->nodeMetrics(id).cpuPercent) ? 0 : 1;
    QVERIFY2(withCpu > m_nodes * 9 / 10, qPrintable(QString::number(withCpu)));
    page->clusterModel()->recount();
    const QString cpu = page->clusterModel()->index(0, ClusterSummaryModel::CpuColumn).data().toString();
    QVERIFY2(cpu.endsWith(u'%'), qPrintable(cpu));
    // The node table stays cheap: fixed row heights, no resize-to-contents.
    QCOMPARE(page->nodeTable()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    for (int c = 0; c < NodeTableModel::ColumnCount; ++c)
        QVERIFY(page->nodeTable()->horizontalHeader()->sectionResizeMode(c) != QHeaderView::ResizeToContents);
}

void tst_DashboardsAStack::nodeFilterNarrowsTable()
{
    m_window->showPage(QStringLiteral("clusters"));
    ClustersPage *page = clusters();
    FleetStore *store = m_session->fleetStore();
    // A text taken from a real node; the expected rows counted here, independently of the proxy.
    const Node *some = store->node(store->nodeIds().at(store->nodeIds().size() / 3));
    const QString text = some->hostname.left(some->hostname.size() - 1).toUpper(); // case-insensitive
    int expected = 0;
    for (qint64 id : store->nodeIds()) {
        const Node *n = store->node(id);
        const Cluster *c = store->cluster(n->clusterId);
        const QString needle = text.toLower();
        if (n->hostname.toLower().contains(needle) || n->ip.toLower().contains(needle)
            || (c && c->name.toLower().contains(needle)))
            ++expected;
    }
    QVERIFY(expected > 0 && expected < m_nodes);
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = searchEdit(page);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, text);
    QTRY_COMPARE(page->nodeProxy()->rowCount(), expected);
    QVERIFY(page->filterBar()->countText().startsWith(QString::number(expected)));

    // The status filter: Down nodes only.
    search->clear();
    QTRY_COMPARE(page->nodeProxy()->rowCount(), m_nodes);
    int down = 0;
    for (qint64 id : store->nodeIds())
        down += store->node(id)->status == NodeStatus::Down ? 1 : 0;
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    const int index = status->findData(int(NodeStatus::Down));
    QVERIFY(index > 0);
    status->setCurrentIndex(index);
    Q_EMIT status->activated(index);
    QCOMPARE(page->nodeProxy()->rowCount(), down);
    status->setCurrentIndex(0);
    Q_EMIT status->activated(0);
    QCOMPARE(page->nodeProxy()->rowCount(), m_nodes);
}

void tst_DashboardsAStack::sortingWorks()
{
    ClustersPage *page = clusters();
    QTableView *table = page->nodeTable();
    QHeaderView *header = table->horizontalHeader();
    const auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    table->horizontalScrollBar()->setValue(0);
    for (int column : {int(NodeTableModel::InstancesColumn), int(NodeTableModel::HostnameColumn)}) {
        table->scrollTo(page->nodeProxy()->index(0, column));
        clickHeader(column);
        QCOMPARE(header->sortIndicatorSection(), column);
        for (int pass = 0; pass < 2; ++pass) {
            const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
            QAbstractItemModel *model = page->nodeProxy();
            for (int row = 1; row < qMin(model->rowCount(), 2000); ++row) {
                const QVariant a = model->index(row - 1, column).data(SortRole);
                const QVariant b = model->index(row, column).data(SortRole);
                const int order = QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                    : QVariant::compare(a, b) == QPartialOrdering::Less              ? -1
                                                                                      : 0;
                QVERIFY2(ascending ? order <= 0 : order >= 0, qPrintable(QStringLiteral("row %1").arg(row)));
            }
            clickHeader(column); // the other direction
        }
    }
}

void tst_DashboardsAStack::selectingNodeOpensDetail()
{
    ClustersPage *page = clusters();
    QTableView *table = page->nodeTable();
    table->scrollToTop();
    QVERIFY(!page->nodeDetail()->isVisible() || page->nodeDetail()->nodeId() == 0 || true);
    const QRect cell = table->visualRect(page->nodeProxy()->index(2, NodeTableModel::HostnameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    NodeDetailPanel *detail = page->nodeDetail();
    QVERIFY(detail->isVisible());
    const qint64 nodeId = page->nodeProxy()->index(2, 0).data(IdRole).toLongLong();
    QCOMPARE(detail->nodeId(), nodeId);
    FleetStore *store = m_session->fleetStore();
    QVERIFY(detail->headingText().contains(store->node(nodeId)->hostname));
    QCOMPARE(detail->instances()->rowCount(), int(store->instancesOnNode(nodeId).size()));
    QVERIFY(detail->instances()->rowCount() > 0);
    for (int row = 0; row < detail->instances()->rowCount(); ++row) {
        const qint64 id = detail->instances()->index(row, 0).data(IdRole).toLongLong();
        QCOMPARE(store->instance(id)->nodeId, nodeId);
    }
    // The charts: one range query for this node each, answered by Prometheus.
    QTRY_VERIFY_WITH_TIMEOUT(detail->cpuChart()->pointCount() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(detail->memoryChart()->pointCount() > 0, 30000);
    QVERIFY(detail->cpuChart()->pointCount() <= 2 * qMax(50, detail->cpuChart()->width() / 2));
}

void tst_DashboardsAStack::keyboardNavigation()
{
    ClustersPage *page = clusters();
    QTableView *table = page->nodeTable();
    table->setFocus();
    const int before = table->currentIndex().row();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), before + 1);
    QCOMPARE(page->nodeDetail()->nodeId(), table->currentIndex().data(IdRole).toLongLong());
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!page->nodeDetail()->isVisible());
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(page->nodeDetail()->isVisible());
}

void tst_DashboardsAStack::faultShowsOnCrossCloudWithinOneRefresh()
{
    m_window->showPage(QStringLiteral("crossCloud"));
    FleetStore *store = m_session->fleetStore();
    // A primary Prometheus sees up, in a group with a name.
    const ServiceInstance *primary = nullptr;
    for (qint64 id : store->instanceIds()) {
        const ServiceInstance *i = store->instance(id);
        if (i->role == InstanceRole::Primary && !i->failoverGroup.isEmpty()
            && !m_session->promFleetHealth().downInstances.contains(id)) {
            primary = i;
            break;
        }
    }
    QVERIFY(primary);
    const qint64 id = primary->id;
    const QString group = primary->failoverGroup;
    const Region *region = store->regionOfNode(primary->nodeId);
    QVERIFY(region);
    int status = 0;
    send("POST", QUrl(m_env.fleetsimControlUrl() + QStringLiteral("/faults")),
         QStringLiteral(R"({"kind":"down","target":{"instance":%1}})").arg(id).toUtf8(), &status);
    QCOMPARE(status, 201);
    // Prometheus must first scrape it (not the console's to speed up)...
    const QString expr = QStringLiteral("looma_instance_up{instance_id=\"%1\"} == 0").arg(id);
    QTRY_VERIFY_WITH_TIMEOUT(promCount(expr) == 1, 60000);
    // ...then the page shows it after one refresh that starts after that (the one in flight may
    // have asked before): at most two rounds.
    QSignalSpy rounds(m_session, &ConsoleSession::metricsRefreshed);
    CloudSummaryPanel *panel = crossCloud()->cloudPanel(int(region->cloud));
    QTRY_VERIFY_WITH_TIMEOUT(panel->prometheusText().contains(region->region), 20000);
    QVERIFY2(rounds.count() <= 2, qPrintable(QString::number(rounds.count())));
    QVERIFY(m_session->promFleetHealth().downInstances.contains(id));
    // The group whose primary is down is listed first among the worst.
    QTRY_VERIFY(!crossCloud()->failoverSides()->sides().problems.isEmpty());
    bool listed = false;
    for (const FailoverSides::Problem &p : crossCloud()->failoverSides()->sides().problems) {
        if (p.group == group) {
            listed = true;
            QCOMPARE(p.severity, Severity::Critical);
            QVERIFY(p.reason.contains(u"Prometheus"));
        }
    }
    QVERIFY(listed);
    send("DELETE", QUrl(m_env.fleetsimControlUrl() + QStringLiteral("/faults")));
}

void tst_DashboardsAStack::screenshots()
{
    const QString dir = qEnvironmentVariable("LOOMA_TEST_ARTIFACTS");
    if (dir.isEmpty())
        QSKIP("LOOMA_TEST_ARTIFACTS is not set");
    QVERIFY(QDir().mkpath(dir));
    m_window->resize(1440, 900);
    for (const char *code : {"zh_CN", "en"}) {
        QVERIFY(m_languages->applyCode(QLatin1String(code)));
        QCoreApplication::processEvents();
        for (const char *page : {"crossCloud", "clusters"}) {
            m_window->showPage(QLatin1String(page));
            QTest::qWait(300);
            const QString file = QDir(dir).filePath(
                QStringLiteral("dashboards_a_%1_%2.png").arg(QLatin1String(page), QLatin1String(code)));
            QVERIFY(m_window->grab().save(file));
        }
    }
    QVERIFY(m_languages->applyCode(QStringLiteral("en")));
}

void tst_DashboardsAStack::prometheusDownMarksStale()
{
    m_window->showPage(QStringLiteral("clusters"));
    ClustersPage *page = clusters();
    const QModelIndex first = page->nodeProxy()->index(0, 0);
    page->nodeTable()->setCurrentIndex(first);
    QTRY_VERIFY_WITH_TIMEOUT(page->nodeDetail()->cpuChart()->pointCount() > 0, 30000);
    // The histogram is recounted (debounced) after the node metrics arrive.
    QTRY_VERIFY_WITH_TIMEOUT(page->fleetCharts()->histogramTotal() > 0, 30000);
    const int histogram = page->fleetCharts()->histogramTotal();
    m_window->showPage(QStringLiteral("crossCloud"));
    const int rows = crossCloud()->cloudPanel(0)->proxy()->rowCount();

    // Stop Prometheus for good: the stack's pid file names the process itself.
    const QString stackDir = QFileInfo(qEnvironmentVariable("LOOMA_STACK_ENV")).absolutePath();
    QFile pidFile(QDir(stackDir).filePath(QStringLiteral("prometheus.pid")));
    QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(pid > 1);
    QCOMPARE(::kill(pid, SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 20000);

    QTRY_COMPARE_WITH_TIMEOUT(m_session->prometheusStatus().state, SourceStatus::State::Stale, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->promFleetHealth().stale, 20000);
    // Marked old, not emptied, and never "all well".
    QTRY_VERIFY(crossCloud()->cloudPanel(0)->prometheusText().startsWith(u"Stale"));
    QCOMPARE(crossCloud()->cloudPanel(0)->proxy()->rowCount(), rows);
    QVERIFY(crossCloud()->failoverSides()->countsText().contains(u"Stale"));
    QCOMPARE(page->fleetCharts()->histogramTotal(), histogram); // the CPU figures are kept
    QVERIFY(!qIsNaN(m_session->fleetStore()->nodeMetrics(first.data(IdRole).toLongLong()).cpuPercent));
    m_window->showPage(QStringLiteral("clusters"));
    page->nodeDetail()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->nodeDetail()->cpuChart()->chart()->title().contains(u"stale"), 20000);
    QVERIFY(page->nodeDetail()->cpuChart()->pointCount() > 0);
}

QTEST_MAIN(tst_DashboardsAStack)
#include "tst_dashboards_a_stack.moc"
