#pragma once

#include "DashboardPage.h"

namespace looma {

class EventsPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit EventsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
};

} // namespace looma
