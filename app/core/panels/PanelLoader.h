#pragma once

#include "PanelDefinition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace looma {

struct PanelLoadResult
{
    QList<PanelDefinition> panels; // in file order; overrides keep the default's position
    QStringList messages;          // one per problem, each naming the file and line
};

// Reads panel files: {"version": 1, "panels": [ {id, page, title, promql, unit, kind, legend,
// thresholds: {warn, crit, direction}} ]}. A user file overrides the shipped panels by id, field
// by field (an override may change only "promql"), and may add panels or hide one with
// "hidden": true. A broken file or panel is reported with file and line and skipped; every other
// panel still loads.
class PanelLoader final
{
    Q_DECLARE_TR_FUNCTIONS(PanelLoader)

public:
    static QString defaultsPath() { return QStringLiteral(":/panels/default-panels.json"); }
    // <config dir>/panels.json, e.g. ~/.config/looma-ops/panels.json
    static QString userFilePath();

    // Parses one file's bytes; fileName is used in messages only.
    static PanelLoadResult parse(const QByteArray &json, const QString &fileName);
    // Defaults overridden by a user file (either may be empty bytes for "none").
    static PanelLoadResult combine(const QByteArray &defaults, const QString &defaultsName,
                                   const QByteArray &user, const QString &userName);
    // Reads the shipped defaults and, if it exists, the user file from disk.
    static PanelLoadResult load(const QString &userFile = userFilePath());

    // 1-based line and column of a byte offset, for QJsonParseError::offset.
    static std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);

private:
    struct RawPanel
    {
        QJsonObject object;
        QString file;
        int line = 0;
    };
    static QList<RawPanel> readRaw(const QByteArray &json, const QString &fileName,
                                   QStringList *messages);
    static std::optional<PanelDefinition> validate(const RawPanel &raw, QString *message);
};

} // namespace looma
