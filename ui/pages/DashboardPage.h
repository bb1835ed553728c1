#pragma once

#include "PageBase.h"
#include "SourceStatus.h"
#include "status/DataSource.h"

#include <QList>
#include <QMap>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace looma {

class EmptyStateWidget;

// A dashboard page: a header (title, what the page shows, a search field) over a body that is either
// the page's content or, until data arrives, an empty state that says why and what to do.
// The content itself is added by setContentWidget() when the page's views exist.
class DashboardPage : public PageBase
{
    Q_OBJECT

public:
    DashboardPage(const QString &key, const QList<DataSource> &requiredSources, QWidget *parent = nullptr);

    bool focusSearch() override;
    QString searchText() const;

    void setContentWidget(QWidget *content);
    // True once the page's views have something to show; until then the empty state stays.
    void setHasData(bool hasData);
    bool hasData() const { return m_hasData; }

    EmptyStateWidget *emptyState() const { return m_emptyState; }
    QList<DataSource> requiredSources() const { return m_required; }

public Q_SLOTS:
    void setSourceStatus(looma::DataSource source, const looma::SourceStatus &status);

Q_SIGNALS:
    void searchTextChanged(const QString &text);
    void openSettingsRequested();

protected:
    // One or two sentences: what the page shows once it has data.
    virtual QString description() const = 0;
    virtual QString searchPlaceholder() const = 0;
    void retranslateUi() override;

private:
    void updateEmptyState();

    QList<DataSource> m_required;
    QMap<DataSource, SourceStatus> m_status;
    bool m_hasData = false;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QStackedWidget *m_body = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace looma
