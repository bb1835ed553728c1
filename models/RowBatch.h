#pragma once

#include <QList>

#include <algorithm>
#include <vector>

namespace looma {

// Collects the cells a model update touched and reports them as few, narrow ranges: consecutive
// rows with the same column span merge into one dataChanged(); nothing is widened, so an update
// of the CPU column never reaches a proxy sorted by hostname as a sort-column change.
class RowBatch final
{
public:
    void add(int row, int firstColumn, int lastColumn) { m_spans.push_back({row, firstColumn, lastColumn}); }
    bool isEmpty() const { return m_spans.empty(); }

    // emitRange(topRow, bottomRow, firstColumn, lastColumn)
    template <typename F>
    void flush(F &&emitRange)
    {
        std::sort(m_spans.begin(), m_spans.end(),
                  [](const Span &a, const Span &b) { return a.row < b.row; });
        std::size_t i = 0;
        while (i < m_spans.size()) {
            std::size_t j = i + 1;
            while (j < m_spans.size() && m_spans[j].row == m_spans[j - 1].row + 1
                   && m_spans[j].first == m_spans[i].first && m_spans[j].last == m_spans[i].last)
                ++j;
            emitRange(m_spans[i].row, m_spans[j - 1].row, m_spans[i].first, m_spans[i].last);
            i = j;
        }
        m_spans.clear();
    }

private:
    struct Span
    {
        int row;
        int first;
        int last;
    };
    std::vector<Span> m_spans;
};

// Calls removeRun(first, last) for each run of consecutive rows, last run first, so earlier row
// numbers stay valid while later runs are removed. Duplicates are ignored.
template <typename F>
void forEachRunDescending(QList<int> rows, F &&removeRun)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i + 1;
        while (j < rows.size() && rows.at(j) == rows.at(j - 1) - 1)
            ++j;
        removeRun(rows.at(j - 1), rows.at(i));
        i = j;
    }
}

} // namespace looma
