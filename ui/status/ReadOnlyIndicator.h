#pragma once

#include <QWidget>

class QLabel;

namespace looma {

// "Read-only" with a lock, in the status bar while every fleet-changing action is disabled.
class ReadOnlyIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadOnlyIndicator(QWidget *parent = nullptr);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
};

} // namespace looma
