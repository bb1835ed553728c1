#include "ConnectionTestRow.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace looma {

ConnectionTestRow::ConnectionTestRow(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_iconLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
{
    QString capitalised = name;
    capitalised[0] = capitalised[0].toUpper();
    setObjectName(name + QStringLiteral("ConnectionTestRow"));
    m_button->setObjectName(QStringLiteral("test") + capitalised + QStringLiteral("PushButton"));
    m_iconLabel->setObjectName(name + QStringLiteral("TestIconLabel"));
    m_resultLabel->setObjectName(name + QStringLiteral("TestResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_resultLabel, 1);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!m_available) {
            setOutcome(Outcome::NotAvailable);
            return;
        }
        setOutcome(Outcome::Running);
        Q_EMIT testRequested();
    });
    retranslateUi();
}

void ConnectionTestRow::setOutcome(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    m_detail = text;
    showOutcome();
}

QString ConnectionTestRow::resultText() const
{
    return m_resultLabel->text();
}

void ConnectionTestRow::retranslateUi()
{
    m_button->setText(tr("Test connection"));
    showOutcome();
}

void ConnectionTestRow::showOutcome()
{
    const char *icon = nullptr;
    QString text;
    switch (m_outcome) {
    case Outcome::None:
        break;
    case Outcome::NotAvailable:
        icon = "status-off";
        text = tr("Not available yet: the connection test is not wired into this build.");
        break;
    case Outcome::Running:
        icon = "status-connecting";
        text = tr("Testing…");
        break;
    case Outcome::Passed:
        icon = "status-live";
        text = m_detail.isEmpty() ? tr("Connection works.") : tr("Connection works: %1").arg(m_detail);
        break;
    case Outcome::Failed:
        icon = "status-failed";
        text = m_detail.isEmpty() ? tr("Connection failed.") : tr("Connection failed: %1").arg(m_detail);
        break;
    }
    m_resultLabel->setText(text);
    const int size = fontMetrics().height();
    m_iconLabel->setPixmap(icon ? icons::load(icon).pixmap(size, size) : QPixmap());
    m_iconLabel->setVisible(icon != nullptr);
}

} // namespace looma
