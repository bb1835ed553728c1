#include "PanelLoader.h"
#include "PanelFixtures.h"
#include "PanelTitles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace looma;


class tst_PanelLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFile();
    void overrideById();
    void brokenUserFileKeepsDefaults();
    void badPanels_data();
    void badPanels();
    void shippedDefaults();
    void placeholdersAndLegend();
    void thresholds_data();
    void thresholds();
    void lineAndColumn();
};

void tst_PanelLoader::goodFile()
{
    const PanelLoadResult r = PanelLoader::parse(test::twoPanels(), QStringLiteral("good.json"));
    QVERIFY2(r.messages.isEmpty(), qPrintable(r.messages.join(u'\n')));
    QCOMPARE(r.panels.size(), 2);
    const PanelDefinition &p = r.panels[0];
    QCOMPARE(p.id, QStringLiteral("ai.requestRate"));
    QCOMPARE(p.page, PanelPage::AiServices);
    QCOMPARE(p.unit, PanelUnit::ReqPerSec);
    QCOMPARE(p.kind, PanelKind::TimeSeries);
    QCOMPARE(p.legendFormat, QStringLiteral("{{service}}"));
    QCOMPARE(p.sourceFile, QStringLiteral("good.json"));
    QCOMPARE(p.sourceLine, 4);
    const PanelDefinition &e = r.panels[1];
    QCOMPARE(e.kind, PanelKind::Stat);
    QCOMPARE(e.thresholds.warn, std::optional<double>(0.001));
    QCOMPARE(e.thresholds.crit, std::optional<double>(0.01));
    QCOMPARE(e.sourceLine, 7);
}

void tst_PanelLoader::overrideById()
{
    const QByteArray user = test::panelOverrides();
    const PanelLoadResult r =
        PanelLoader::combine(test::twoPanels(), QStringLiteral("defaults.json"), user, QStringLiteral("user.json"));
    QVERIFY2(r.messages.isEmpty(), qPrintable(r.messages.join(u'\n')));
    QCOMPARE(r.panels.size(), 2);
    const PanelDefinition &over = r.panels[0];
    QCOMPARE(over.id, QStringLiteral("ai.errorRate"));
    QCOMPARE(over.promql, QStringLiteral("sum by (service) (rate(my_errors_total[5m]))"));
    QCOMPARE(over.title, QStringLiteral("Error rate"));          // kept from the default
    QCOMPARE(over.thresholds.crit, std::optional<double>(0.01)); // kept from the default
    QCOMPARE(over.sourceFile, QStringLiteral("user.json"));
    QCOMPARE(over.sourceLine, 2);
    QCOMPARE(r.panels[1].id, QStringLiteral("my.extra"));
    QCOMPARE(r.panels[1].page, PanelPage::Crm);
}

void tst_PanelLoader::brokenUserFileKeepsDefaults()
{
    const QByteArray user = "{\n  \"panels\": [\n    {\"id\": \"x\",, }\n  ]\n}\n";
    const PanelLoadResult r =
        PanelLoader::combine(test::twoPanels(), QStringLiteral("defaults.json"), user, QStringLiteral("/home/op/panels.json"));
    QCOMPARE(r.panels.size(), 2);
    QCOMPARE(r.messages.size(), 1);
    QVERIFY2(r.messages[0].startsWith(QStringLiteral("/home/op/panels.json:3:")), qPrintable(r.messages[0]));
}

void tst_PanelLoader::badPanels_data()
{
    QTest::addColumn<QByteArray>("panel");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown unit")
        << QByteArray(R"({"id": "p", "page": "crm", "title": "T", "promql": "up", "unit": "furlongs"})")
        << QStringLiteral("unknown unit \"furlongs\"");
    QTest::newRow("unknown page")
        << QByteArray(R"({"id": "p", "page": "home", "title": "T", "promql": "up", "unit": "count"})")
        << QStringLiteral("unknown page");
    QTest::newRow("unknown kind")
        << QByteArray(R"({"id": "p", "page": "crm", "title": "T", "promql": "up", "unit": "count", "kind": "pie"})")
        << QStringLiteral("unknown kind");
    QTest::newRow("missing promql")
        << QByteArray(R"({"id": "p", "page": "crm", "title": "T", "unit": "count"})")
        << QStringLiteral("promql");
    QTest::newRow("threshold text")
        << QByteArray(R"({"id": "p", "page": "crm", "title": "T", "promql": "up", "unit": "count", "thresholds": {"warn": "high"}})")
        << QStringLiteral("numbers");
    QTest::newRow("thresholds crossed")
        << QByteArray(R"({"id": "p", "page": "crm", "title": "T", "promql": "up", "unit": "count", "thresholds": {"warn": 5, "crit": 1}})")
        << QStringLiteral("beyond");
    QTest::newRow("bad direction")
        << QByteArray(R"({"id": "p", "page": "crm", "title": "T", "promql": "up", "unit": "count", "thresholds": {"direction": "up"}})")
        << QStringLiteral("direction");
}

void tst_PanelLoader::badPanels()
{
    QFETCH(QByteArray, panel);
    QFETCH(QString, fragment);
    // The bad panel sits on line 3, between two good ones, which must still load.
    const QByteArray file = "{\"panels\": [\n"
                            R"({"id": "a", "page": "crm", "title": "A", "promql": "up", "unit": "count"},)"
                            "\n" + panel + ",\n"
                            R"({"id": "b", "page": "crm", "title": "B", "promql": "up", "unit": "count"}]})";
    const PanelLoadResult r = PanelLoader::parse(file, QStringLiteral("panels.json"));
    QCOMPARE(r.panels.size(), 2);
    QCOMPARE(r.messages.size(), 1);
    QVERIFY2(r.messages[0].startsWith(QStringLiteral("panels.json:3: panel \"p\"")), qPrintable(r.messages[0]));
    QVERIFY2(r.messages[0].contains(fragment), qPrintable(r.messages[0]));
}

void tst_PanelLoader::shippedDefaults()
{
    QTemporaryDir dir;
    const PanelLoadResult r = PanelLoader::load(dir.filePath(QStringLiteral("absent.json")));
    QVERIFY2(r.messages.isEmpty(), qPrintable(r.messages.join(u'\n')));
    QVERIFY(r.panels.size() >= 20);
    const QStringList known = PanelTitles::known();
    QSet<PanelPage> pages;
    for (const PanelDefinition &p : r.panels) {
        pages.insert(p.page);
        QVERIFY2(known.contains(p.title), qPrintable(p.title + QStringLiteral(" is not in PanelTitles")));
        // Fleet-wide panels aggregate; only the node-detail panels name one node.
        QVERIFY2(p.promql.contains(QStringLiteral(" by (")), qPrintable(p.id));
    }
    QCOMPARE(pages.size(), 4);
    QCOMPARE(PanelTitles::translate(QStringLiteral("Not shipped")), QStringLiteral("Not shipped"));

    // And a user file on disk overrides one of them.
    QFile user(dir.filePath(QStringLiteral("panels.json")));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("{\"panels\": [{\"id\": \"ai.accuracy\", \"promql\": \"avg by (service) (my_accuracy)\"}]}");
    user.close();
    const PanelLoadResult o = PanelLoader::load(user.fileName());
    QVERIFY(o.messages.isEmpty());
    QCOMPARE(o.panels.size(), r.panels.size());
    auto it = std::find_if(o.panels.begin(), o.panels.end(),
                           [](const PanelDefinition &p) { return p.id == QLatin1String("ai.accuracy"); });
    QVERIFY(it != o.panels.end());
    QCOMPARE(it->promql, QStringLiteral("avg by (service) (my_accuracy)"));
}

void tst_PanelLoader::placeholdersAndLegend()
{
    PanelDefinition p;
    p.promql = test::placeholderQuery();
    const QString q = p.expandedQuery({{QStringLiteral("service"), QStringLiteral("chat-service")},
                                       {QStringLiteral("window"), QStringLiteral("5m")}});
    QCOMPARE(q, test::placeholderQueryExpanded());
    p.legendFormat = QStringLiteral("{{service}} ({{ cluster }})");
    QCOMPARE(p.legendFor({{QStringLiteral("service"), QStringLiteral("a")}, {QStringLiteral("cluster"), QStringLiteral("c1")}}),
             QStringLiteral("a (c1)"));
    p.legendFormat.clear();
    QCOMPARE(p.legendFor({{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("a"), QStringLiteral("1")}}),
             QStringLiteral("a=1, b=2"));
}

void tst_PanelLoader::thresholds_data()
{
    QTest::addColumn<bool>("below");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("severity");
    QTest::newRow("latency ok") << false << 0.2 << int(PanelSeverity::Ok);
    QTest::newRow("latency warn") << false << 0.3 << int(PanelSeverity::Warning);
    QTest::newRow("latency crit") << false << 1.5 << int(PanelSeverity::Critical);
    QTest::newRow("nan") << false << qQNaN() << int(PanelSeverity::Ok);
    QTest::newRow("availability ok") << true << 0.9995 << int(PanelSeverity::Ok);
    QTest::newRow("availability warn") << true << 0.998 << int(PanelSeverity::Warning);
    QTest::newRow("availability crit") << true << 0.9 << int(PanelSeverity::Critical);
}

void tst_PanelLoader::thresholds()
{
    QFETCH(bool, below);
    QFETCH(double, value);
    QFETCH(int, severity);
    PanelThresholds t;
    t.direction = below ? PanelThresholds::Direction::Below : PanelThresholds::Direction::Above;
    t.warn = below ? 0.999 : 0.3;
    t.crit = below ? 0.995 : 1.0;
    QCOMPARE(int(t.evaluate(value)), severity);
}

void tst_PanelLoader::lineAndColumn()
{
    const QByteArray text = "ab\ncd\n\nef";
    QCOMPARE(PanelLoader::lineAndColumn(text, 0), std::make_pair(1, 1));
    QCOMPARE(PanelLoader::lineAndColumn(text, 4), std::make_pair(2, 2));
    QCOMPARE(PanelLoader::lineAndColumn(text, 7), std::make_pair(4, 1));
    QCOMPARE(PanelLoader::lineAndColumn(text, 999), std::make_pair(4, 3));
}

QTEST_GUILESS_MAIN(tst_PanelLoader)
#include "tst_panelloader.moc"
