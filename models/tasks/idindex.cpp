// SPDX-License-Identifier: MIT
#include "idindex.h"

#include <QHashFunctions>

#include <bit>

namespace pwb {

IdIndex::IdIndex()
    : m_seed(QHashSeed::globalSeed())
{}

quint32 IdIndex::hashOf(QStringView id) const
{
    const size_t h = qHash(id, m_seed);
    return quint32(h ^ (quint64(h) >> 32));
}

void IdIndex::reserve(qsizetype n)
{
    m_keys.reserve(n);
    m_values.reserve(n);
    const size_t want = std::bit_ceil(size_t(std::max<qsizetype>(n, 4)) * 2);
    if (want <= m_slots.size())
        return;
    std::vector<Slot> table(want);
    const size_t mask = want - 1;
    for (const Slot& s : m_slots) {
        if (s.entry < 0)
            continue;
        size_t at = s.hash & mask;
        while (table[at].entry >= 0)
            at = (at + 1) & mask;
        table[at] = s;
    }
    m_slots = std::move(table);
}

void IdIndex::grow()
{
    reserve(std::max<qsizetype>(8, m_keys.size() * 2));
}

int IdIndex::value(QStringView id, int fallback) const
{
    if (m_slots.empty())
        return fallback;
    const quint32 h = hashOf(id);
    const size_t mask = m_slots.size() - 1;
    for (size_t at = h & mask;; at = (at + 1) & mask) {
        const Slot& s = m_slots[at];
        if (s.entry < 0)
            return fallback;
        if (s.hash == h && m_keys.at(s.entry) == id)
            return m_values.at(s.entry);
    }
}

int& IdIndex::insert(const QString& id, int value, bool* added)
{
    if (size_t(m_keys.size() + 1) * 2 > m_slots.size())
        grow();
    const quint32 h = hashOf(id);
    const size_t mask = m_slots.size() - 1;
    size_t at = h & mask;
    for (;; at = (at + 1) & mask) {
        const Slot& s = m_slots[at];
        if (s.entry < 0)
            break;
        if (s.hash == h && m_keys.at(s.entry) == id) {
            *added = false;
            return m_values[s.entry];
        }
    }
    m_slots[at] = Slot{h, qint32(m_keys.size())};
    m_keys.append(id);
    m_values.append(value);
    *added = true;
    return m_values.last();
}

void IdIndex::renumber(const QList<int>& to)
{
    IdIndex kept;
    kept.m_seed = m_seed;
    kept.reserve(m_keys.size());
    bool added = false;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const int v = m_values.at(i);
        const int n = v >= 0 && v < to.size() ? to.at(v) : -1;
        if (n >= 0)
            kept.insert(m_keys.at(i), n, &added);
    }
    *this = std::move(kept);
}

} // namespace pwb
