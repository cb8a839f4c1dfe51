// SPDX-License-Identifier: MIT
// Task id -> number for the ids of one document (the parser's "seen before?" and
// TrdDocument::indexOf()). Open addressing with each entry's hash kept beside it: the ids of
// one plan mostly have the same length ("GEN-00001"), so QHash<QString, int>, which keeps no
// hashes, compared whole strings at nearly every probe, on key bytes long out of cache.
// Seeded like QHash, so a hostile document cannot make its ids collide on purpose.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace pwb {

class IdIndex
{
public:
    IdIndex();

    void reserve(qsizetype n);
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }

    // The number stored for id, or fallback.
    int value(QStringView id, int fallback = -1) const;
    // The number stored for id; absent, id is added with `value` first. *added says which.
    int& insert(const QString& id, int value, bool* added);
    // Every value v becomes to[v]; entries whose new value is negative (or whose v is out of
    // range) are dropped.
    void renumber(const QList<int>& to);

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 entry = -1; // index in m_keys / m_values; -1: empty
    };
    quint32 hashOf(QStringView id) const;
    void grow();

    std::vector<Slot> m_slots; // a power of two, at most half full
    QList<QString> m_keys;     // in the order they were added
    QList<int> m_values;
    size_t m_seed = 0;
};

} // namespace pwb
