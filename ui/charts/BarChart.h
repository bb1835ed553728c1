#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;

namespace looma {

// A small grouped bar chart: one bar set per named measure (e.g. "healthy", "total") over a few
// categories (e.g. the five AI services). Rebuilt in place on every update; it holds a handful of
// bars, so there is nothing to decimate.
class BarChart final : public QWidget
{
    Q_OBJECT

public:
    struct Set
    {
        QString name;
        QList<double> values; // one per category
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setUnit(const QString &unit); // y axis title; empty for counts
    void setData(const QStringList &categories, const QList<Set> &sets);

    QString title() const;
    QStringList categories() const { return m_categories; }
    QList<Set> sets() const { return m_sets; }
    QChart *chart() const { return m_chart; }

private:
    QLabel *m_titleLabel = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QStringList m_categories;
    QList<Set> m_sets;
};

} // namespace looma
