#include "BarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace looma {

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_chart(new QChart)
    , m_series(new QBarSeries)
    , m_xAxis(new QBarCategoryAxis)
    , m_yAxis(new QValueAxis)
{
    m_titleLabel->setObjectName(QStringLiteral("chartTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("barChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_view, 1);
}

void BarChart::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

QString BarChart::title() const
{
    return m_titleLabel->text();
}

void BarChart::setUnit(const QString &unit)
{
    m_yAxis->setTitleText(unit);
}

void BarChart::setData(const QStringList &categories, const QList<Set> &sets)
{
    m_categories = categories;
    m_sets = sets;
    if (m_xAxis->categories() != categories) {
        m_xAxis->clear();
        m_xAxis->append(categories);
    }
    const QList<QBarSet *> existing = m_series->barSets();
    bool sameShape = existing.size() == sets.size();
    for (qsizetype i = 0; sameShape && i < sets.size(); ++i)
        sameShape = existing[i]->count() == sets[i].values.size();
    if (!sameShape) {
        m_series->clear();
        for (const Set &set : sets) {
            auto *bars = new QBarSet(set.name);
            for (double v : set.values)
                bars->append(std::isfinite(v) ? v : 0.0);
            m_series->append(bars);
        }
    } else {
        for (qsizetype i = 0; i < sets.size(); ++i) {
            existing[i]->setLabel(sets[i].name);
            for (qsizetype j = 0; j < sets[i].values.size(); ++j) {
                const double v = sets[i].values[j];
                existing[i]->replace(j, std::isfinite(v) ? v : 0.0);
            }
        }
    }
    double top = 0.0;
    for (const Set &set : sets)
        for (double v : set.values)
            if (std::isfinite(v))
                top = std::max(top, v);
    m_yAxis->setRange(0.0, top > 0.0 ? top * 1.15 : 1.0);
    m_yAxis->applyNiceNumbers();
}

} // namespace looma
