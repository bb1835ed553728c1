#include "PanelLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStandardPaths>

namespace looma {

namespace {

QString where(const QString &file, int line)
{
    return line > 0 ? file + QLatin1Char(':') + QString::number(line) : file;
}

// Where a panel's "id" appears in the text, so a message about a valid-JSON but wrong panel
// can still point at a line (QJsonDocument keeps no positions).
int lineOfId(const QByteArray &text, const QString &id, qsizetype *searchFrom)
{
    if (id.isEmpty())
        return 0;
    const QRegularExpression re(QStringLiteral(R"re("id"\s*:\s*")re")
                                + QRegularExpression::escape(id) + QStringLiteral("\""));
    const QString s = QString::fromUtf8(text);
    const auto m = re.match(s, *searchFrom);
    if (!m.hasMatch())
        return 0;
    *searchFrom = m.capturedEnd();
    return int(QStringView(s).left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
}

bool readNumber(const QJsonObject &o, const char *key, std::optional<double> *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble())
        return false;
    *out = v.toDouble();
    return true;
}

} // namespace

QString PanelLoader::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/panels.json");
}

std::pair<int, int> PanelLoader::lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

QList<PanelLoader::RawPanel> PanelLoader::readRaw(const QByteArray &json, const QString &fileName,
                                                  QStringList *messages)
{
    QList<RawPanel> out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, pe.offset);
        messages->append(tr("%1:%2:%3: the panel file is not valid JSON (%4); none of its panels "
                            "were loaded.")
                             .arg(fileName)
                             .arg(line)
                             .arg(column)
                             .arg(pe.errorString()));
        return out;
    }
    const QJsonValue panels = doc.object().value(QLatin1String("panels"));
    if (!doc.isObject() || !panels.isArray()) {
        messages->append(tr("%1: expected an object with a \"panels\" array.").arg(fileName));
        return out;
    }
    const QJsonArray items = panels.toArray();
    qsizetype searchFrom = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            messages->append(tr("%1: panels[%2] is not an object; skipped.").arg(fileName).arg(i));
            continue;
        }
        RawPanel raw{items.at(i).toObject(), fileName, 0};
        raw.line = lineOfId(json, raw.object.value(QLatin1String("id")).toString(), &searchFrom);
        out.append(raw);
    }
    return out;
}

std::optional<PanelDefinition> PanelLoader::validate(const RawPanel &raw, QString *message)
{
    const QJsonObject &o = raw.object;
    PanelDefinition p;
    p.id = o.value(QLatin1String("id")).toString();
    p.sourceFile = raw.file;
    p.sourceLine = raw.line;
    const QString at = where(raw.file, raw.line);
    const auto fail = [&](const QString &why) {
        *message = tr("%1: panel \"%2\": %3; skipped.").arg(at, p.id, why);
        return std::nullopt;
    };
    if (p.id.isEmpty())
        return fail(tr("missing \"id\""));
    const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    const auto page = panelPageFromText(text("page"));
    if (!page)
        return fail(tr("unknown page \"%1\" (crossCloud, clusters, aiServices, crm)").arg(text("page")));
    p.page = *page;
    p.title = text("title");
    if (p.title.isEmpty())
        return fail(tr("missing \"title\""));
    p.promql = text("promql").trimmed();
    if (p.promql.isEmpty())
        return fail(tr("missing \"promql\""));
    const auto unit = panelUnitFromText(text("unit"));
    if (!unit)
        return fail(tr("unknown unit \"%1\" (percent, seconds, ms, reqps, ratio, bytes, count)")
                        .arg(text("unit")));
    p.unit = *unit;
    const QString kindText = o.contains(QLatin1String("kind")) ? text("kind") : QStringLiteral("timeseries");
    const auto kind = panelKindFromText(kindText);
    if (!kind)
        return fail(tr("unknown kind \"%1\" (stat, timeseries, table)").arg(kindText));
    p.kind = *kind;
    p.legendFormat = text("legend");
    const QJsonValue th = o.value(QLatin1String("thresholds"));
    if (!th.isUndefined() && !th.isNull()) {
        if (!th.isObject())
            return fail(tr("\"thresholds\" is not an object"));
        const QJsonObject t = th.toObject();
        if (!readNumber(t, "warn", &p.thresholds.warn) || !readNumber(t, "crit", &p.thresholds.crit))
            return fail(tr("thresholds \"warn\" and \"crit\" must be numbers"));
        const QString dir = t.value(QLatin1String("direction")).toString(QStringLiteral("above"));
        if (dir == QLatin1String("above"))
            p.thresholds.direction = PanelThresholds::Direction::Above;
        else if (dir == QLatin1String("below"))
            p.thresholds.direction = PanelThresholds::Direction::Below;
        else
            return fail(tr("unknown threshold direction \"%1\" (above, below)").arg(dir));
        const auto &w = p.thresholds.warn;
        const auto &c = p.thresholds.crit;
        if (w && c && (p.thresholds.direction == PanelThresholds::Direction::Above ? *w > *c : *w < *c))
            return fail(tr("the warning threshold lies beyond the critical one"));
    }
    return p;
}

PanelLoadResult PanelLoader::parse(const QByteArray &json, const QString &fileName)
{
    return combine(json, fileName, {}, {});
}

PanelLoadResult PanelLoader::combine(const QByteArray &defaults, const QString &defaultsName,
                                     const QByteArray &user, const QString &userName)
{
    PanelLoadResult result;
    QList<RawPanel> merged = readRaw(defaults, defaultsName, &result.messages);
    if (!user.isEmpty()) {
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < merged.size(); ++i)
            index.insert(merged.at(i).object.value(QLatin1String("id")).toString(), i);
        for (const RawPanel &over : readRaw(user, userName, &result.messages)) {
            const QString id = over.object.value(QLatin1String("id")).toString();
            const auto found = index.constFind(id);
            if (found == index.constEnd() || id.isEmpty()) {
                merged.append(over);
                continue;
            }
            RawPanel &base = merged[*found];
            for (auto it = over.object.begin(); it != over.object.end(); ++it)
                base.object.insert(it.key(), it.value());
            base.file = over.file;
            base.line = over.line;
        }
    }
    QSet<QString> seen;
    for (const RawPanel &raw : std::as_const(merged)) {
        if (raw.object.value(QLatin1String("hidden")).toBool())
            continue;
        QString message;
        auto panel = validate(raw, &message);
        if (!panel) {
            result.messages.append(message);
            continue;
        }
        if (seen.contains(panel->id)) {
            result.messages.append(tr("%1: panel \"%2\" is defined twice; the first one is kept.")
                                       .arg(where(raw.file, raw.line), panel->id));
            continue;
        }
        seen.insert(panel->id);
        result.panels.append(*panel);
    }
    return result;
}

PanelLoadResult PanelLoader::load(const QString &userFile)
{
    QFile defaults(defaultsPath());
    QByteArray defaultBytes;
    QStringList early;
    if (defaults.open(QIODevice::ReadOnly))
        defaultBytes = defaults.readAll();
    else
        early.append(tr("The built-in panel definitions %1 are missing.").arg(defaultsPath()));
    QByteArray userBytes;
    if (!userFile.isEmpty() && QFile::exists(userFile)) {
        QFile f(userFile);
        if (f.open(QIODevice::ReadOnly))
            userBytes = f.readAll();
        else
            early.append(tr("Cannot read the panel file %1: %2").arg(userFile, f.errorString()));
    }
    PanelLoadResult r = combine(defaultBytes, defaultsPath(), userBytes, userFile);
    r.messages = early + r.messages;
    return r;
}

} // namespace looma
