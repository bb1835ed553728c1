#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace looma {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void addPage(const QString &title, QWidget *page);

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace looma
