#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace looma {

// A page's body while it has nothing to show: a picture, a heading, what to do, and optionally a
// button that does it. Better than a blank page, which looks like a bug.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setHeading(const QString &text);
    void setText(const QString &text);
    // An empty text hides the button.
    void setActionText(const QString &text);

    QString heading() const;
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_iconLabel = nullptr;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QPushButton *m_actionButton = nullptr;
};

} // namespace looma
