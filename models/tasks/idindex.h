// SPDX-License-Identifier: MIT
// Task id -> number for the ids of one document (the parser's "seen before?" and
// TrdDocument::indexOf()). Open addressing with each entry's hash kept beside it: the ids of
// one plan mostly have the same length ("GEN-00001"), so QHash<QString, int>, which keeps no
// hashes, compared whole strings at nearly every probe, on key bytes long out of cache. The
// keys' characters are copied end to end in one array: lookups come in document order
// much as the ids were added, so the compare reads memory next to the last one.
// Seeded like QHash, so a hostile document cannot make its ids collide on purpose; shared
// between copies like QHash (TrdDocument is copied whole).
#pragma once

#include <QList>
#include <QSharedData>
#include <QStringView>

#include <cstring>
#include <vector>

namespace pwb {

class IdIndex
{
public:
    IdIndex();

    void reserve(qsizetype n);
    qsizetype size() const { return qsizetype(d->entries.size()); }
    bool isEmpty() const { return d->entries.empty(); }

    // The number stored for id, or fallback.
    int value(QStringView id, int fallback = -1) const;
    // The same, first trying the entry at *hint (ids are often looked up in the order they
    // were added: a sprint's list, a chain of dependencies); *hint becomes the entry after
    // the one found, so a caller walking the ids in order never hashes.
    int value(QStringView id, int fallback, qsizetype* hint) const;
    // The number stored for id; absent, id is added with `value` first. *added says which.
    int& insert(QStringView id, int value, bool* added);
    // The same, first trying the entry at *hint (a summary table naming the plan's tasks in
    // order); *hint becomes the entry after the one found or added.
    int& insert(QStringView id, int value, bool* added, qsizetype* hint);
    // Every value v becomes to[v]; entries whose new value is negative (or whose v is out of
    // range) are dropped.
    void renumber(const QList<int>& to);

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 entry = -1; // index in m_entries; -1: empty
    };
    struct Entry
    {
        qsizetype offset; // of the key in m_chars
        int size;         // ids are short: 16 bytes an entry, not 24
        int value;
    };
    struct Data : QSharedData
    {
        std::vector<Slot> probes;    // slots: a power of two, at most 3/4 full
        std::vector<Entry> entries;  // in the order they were added
        std::vector<char16_t> chars; // the keys, end to end
        size_t seed = 0;
        QStringView keyOf(const Entry& e) const
        {
            return QStringView(chars.data() + e.offset, e.size);
        }
        // keyOf(e) == id, bytes compared inline: the lookups that follow a hint (most of
        // them) were spending more in Qt's out-of-line string comparison than in the rest.
        bool isKey(const Entry& e, QStringView id) const
        {
            return e.size == id.size() &&
                   (e.size == 0 ||
                    std::memcmp(chars.data() + e.offset, id.utf16(), size_t(e.size) * 2) == 0);
        }
    };
    quint32 hashOf(QStringView id) const;
    size_t insertIndex(QStringView id, int value, bool* added); // the entry's index
    void grow();
    void rehash(size_t slots); // to at least `slots` slots (a power of two)

    QSharedDataPointer<Data> d;
};

} // namespace pwb
