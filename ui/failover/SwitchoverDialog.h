#pragma once

#include "FailoverActions.h"
#include "GroupMembers.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace looma {

class FailoverService;

// Manual switchover of one failover group: choose the candidate (unhealthy ones are listed but
// need the override box), give a reason, confirm by typing the service name. The promotion takes
// the same transactional path as an automatic one, with this operator as the actor; the dialog
// shows it running and then the outcome. It never blocks: the answer comes as a queued signal.
class SwitchoverDialog final : public QDialog
{
    Q_OBJECT

public:
    SwitchoverDialog(const GroupMembers &group, FailoverService *service, const QString &dbUser,
                     QWidget *parent = nullptr);

    bool isRunning() const { return m_requestId != 0 && !m_done; }
    static constexpr int MaxReasonLength = 2000;

Q_SIGNALS:
    void switchoverFinished(const looma::PromotionResult &result);

public:
    void reject() override;

private:
    void fillCandidates();
    void updateState();
    void start();
    void onFinished(const PromotionResult &result);
    qint64 selectedCandidate(bool *healthy) const;

    GroupMembers m_group;
    QPointer<FailoverService> m_service;
    quint64 m_requestId = 0;
    bool m_done = false;

    QTreeWidget *m_candidates = nullptr;
    QCheckBox *m_override = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_confirmPrompt = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_switchButton = nullptr;
};

} // namespace looma
