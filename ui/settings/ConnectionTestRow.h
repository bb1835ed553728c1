#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace looma {

// A "Test connection" button and its result. Until a client is wired to the request signal the row
// says honestly that the test is not available, rather than pretending it passed.
class ConnectionTestRow final : public QWidget
{
    Q_OBJECT

public:
    enum class Outcome
    {
        None,
        NotAvailable,
        Running,
        Passed,
        Failed
    };

    // name: the object-name stem, e.g. "registry" gives testRegistryPushButton, registryTestResultLabel.
    ConnectionTestRow(const QString &name, QWidget *parent = nullptr);

    void setAvailable(bool available) { m_available = available; }
    bool isAvailable() const { return m_available; }
    void setOutcome(Outcome outcome, const QString &text = QString());
    Outcome outcome() const { return m_outcome; }
    QString resultText() const;
    void retranslateUi();

Q_SIGNALS:
    // Emitted on a click only when available; otherwise the row shows "not available yet" itself.
    void testRequested();

private:
    void showOutcome();

    QPushButton *m_button = nullptr;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    bool m_available = false;
    Outcome m_outcome = Outcome::None;
    QString m_detail;
};

} // namespace looma
