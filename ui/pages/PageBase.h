#pragma once

#include <QIcon>
#include <QWidget>

namespace looma {

// One page of the main window. The window asks each page for its title and icon (navigation), and
// forwards Ctrl+F and F5 to the current page. Every page retranslates itself on LanguageChange.
class PageBase : public QWidget
{
    Q_OBJECT

public:
    // key: a stable, untranslated name ("clusters"), used to remember the last page.
    explicit PageBase(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    // Ctrl+F: focus this page's search field; false when the page has none.
    virtual bool focusSearch() { return false; }
    // F5: fetch fresh data now, where the page has a source.
    virtual void refresh() {}

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;

private:
    QString m_key;
};

} // namespace looma
