#pragma once

#include "FleetSnapshot.h"

#include <QHash>
#include <QSet>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace looma {

// Reads the registry: a full snapshot, then deltas by change sequence. Holds the watermarks.
//
// Late commits: change_seq is taken when a row is written, not when its transaction commits, so a
// row stamped 100 may become visible after one stamped 105 was already read. Every delta therefore
// re-reads the last `overlap` sequence values (and history ids) below the watermark, and drops the
// rows whose sequence (or id) it already delivered: the consumer sees each change once, a late one
// included, as long as it lands within the window. The periodic full reload covers anything later.
class RegistryReader final
{
public:
    struct Result
    {
        FleetSnapshot snapshot;
        QList<RejectedRow> rejected;  // only rows not reported before
        bool needsFullReload = false; // the watermark cannot be trusted (sequence went backwards)
    };

    RegistryReader(qint64 overlap, int historyLimit);

    // One repeatable-read, read-only transaction; resets the watermarks to what it saw.
    Result readFull(pqxx::connection_base &connection);
    // Changes since the watermarks. Precondition: hasWatermark().
    Result readDelta(pqxx::connection_base &connection);

    bool hasWatermark() const { return m_loaded; }
    qint64 watermark() const { return m_changeSeq; }
    void forget() { m_loaded = false; }

private:
    template <typename T>
    void readRows(pqxx::transaction_base &tx, const std::string &sql, const QString &table, QList<T> &out,
                  QList<RejectedRow> &rejected);
    void readTombstones(pqxx::transaction_base &tx, qint64 after, FleetSnapshot &delta);
    void report(const QString &table, qint64 id, const QString &reason, QList<RejectedRow> &rejected);
    template <typename T> void keepUnseenBySeq(QList<T> &rows);
    template <typename T> void keepUnseenById(QList<T> &rows, QSet<qint64> &seen);
    void rememberSeq(qint64 seq);
    void pruneWindows();

    qint64 m_overlap = 1000;
    int m_historyLimit = 1000;
    bool m_loaded = false;
    qint64 m_changeSeq = 0;
    qint64 m_healthId = 0;
    qint64 m_auditId = 0;
    QSet<qint64> m_seenSeqs;      // delivered sequence values within the overlap window
    QSet<qint64> m_seenHealthIds; // delivered health_events ids within the window
    QSet<qint64> m_seenAuditIds;
    QHash<QString, QSet<qint64>> m_reported; // table -> ids already reported as rejected
};

} // namespace looma
