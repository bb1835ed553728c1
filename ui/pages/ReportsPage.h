#pragma once

#include "DashboardPage.h"

namespace looma {

class ReportsPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
};

} // namespace looma
