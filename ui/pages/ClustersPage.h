#pragma once

#include "DashboardPage.h"

namespace looma {

class ClustersPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit ClustersPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
};

} // namespace looma
