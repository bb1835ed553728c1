#pragma once

#include <QHash>

#include <utility>
#include <vector>

namespace looma {

// The storage of a table model: pre-formatted rows in display order plus key -> row number.
// Row must have a `key` member. Erasing leaves the index stale from the first erased row until
// reindexFrom() runs once, so removing many scattered rows costs one pass, not one per run.
template <typename Key, typename Row>
class KeyedRows final
{
public:
    int size() const { return static_cast<int>(m_rows.size()); }
    const Row &at(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    Row &at(int row) { return m_rows[static_cast<std::size_t>(row)]; }
    int indexOf(const Key &key) const { return m_index.value(key, -1); }
    bool contains(const Key &key) const { return m_index.contains(key); }

    void reserve(int count)
    {
        m_rows.reserve(static_cast<std::size_t>(count));
        m_index.reserve(count);
    }
    void append(Row row)
    {
        m_index.insert(row.key, size());
        m_rows.push_back(std::move(row));
    }
    void eraseRange(int first, int last)
    {
        for (int i = first; i <= last; ++i)
            m_index.remove(at(i).key);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    }
    void reindexFrom(int first)
    {
        for (int i = first; i < size(); ++i)
            m_index[at(i).key] = i;
    }
    void clear()
    {
        m_rows.clear();
        m_index.clear();
    }

private:
    std::vector<Row> m_rows;
    QHash<Key, int> m_index;
};

} // namespace looma
