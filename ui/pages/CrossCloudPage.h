#pragma once

#include "DashboardPage.h"

namespace looma {

class CrossCloudPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit CrossCloudPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
};

} // namespace looma
