#pragma once

#include "GroupMembers.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace looma {

struct GroupDecision;

// The selected failover group in detail: every member with its health and where it runs, the
// generation, maintenance, cooldown, and what the scheduler last decided about it and why.
class GroupDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit GroupDetailsPane(QWidget *parent = nullptr);

    void setGroup(const GroupMembers &group, const QDateTime &now);
    void setCooldownText(const QString &text);
    // No scheduler in this window: say so instead of leaving the field empty.
    void setNoScheduler();
    // null: the scheduler has not evaluated it yet. lastFailover: when it last failed the group
    // over (shown beside a later "holds").
    void setDecision(const GroupDecision *decision, const QDateTime &lastFailover = {});
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<QLabel *> m_names; // the form's row names, in row order
    QLabel *m_title = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_primary = nullptr;
    QLabel *m_generation = nullptr;
    QLabel *m_maintenance = nullptr;
    QLabel *m_cooldown = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_blocking = nullptr;
    QTreeWidget *m_members = nullptr;
};

} // namespace looma
