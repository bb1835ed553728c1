#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace looma {

// Asks for the reason of an audited operator action (acknowledge a cooldown, set or clear
// maintenance) and, for "set maintenance", how long. OK stays disabled until a reason is typed.
// Opened with open(), never exec(): the page acts on accepted().
class OperatorReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { AcknowledgeCooldown, SetMaintenance, ClearMaintenance };

    OperatorReasonDialog(Kind kind, const QString &group, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString reason() const;
    qint64 durationSeconds() const; // SetMaintenance only

private:
    void updateState();

    Kind m_kind;
    QLabel *m_text = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_unit = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace looma
