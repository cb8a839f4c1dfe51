// SPDX-License-Identifier: MIT
#include "idindex.h"

#include <QHashFunctions>

#include <algorithm>
#include <bit>
#include <cstring>

namespace pwb {

IdIndex::IdIndex()
    : d(new Data)
{
    d->seed = QHashSeed::globalSeed();
}

quint32 IdIndex::hashOf(QStringView id) const
{
    const size_t h = qHash(id, d->seed);
    return quint32(h ^ (quint64(h) >> 32));
}

void IdIndex::reserve(qsizetype n)
{
    d->entries.reserve(size_t(n));
    rehash(std::bit_ceil(size_t(std::max<qsizetype>(n, 4)) * 2));
}

void IdIndex::rehash(size_t want)
{
    Data& x = *d;
    if (want <= x.probes.size())
        return;
    std::vector<Slot> table(want);
    const size_t mask = want - 1;
    for (const Slot& s : x.probes) {
        if (s.entry < 0)
            continue;
        size_t at = s.hash & mask;
        while (table[at].entry >= 0)
            at = (at + 1) & mask;
        table[at] = s;
    }
    x.probes = std::move(table);
}

void IdIndex::grow()
{
    rehash(std::max<size_t>(16, std::as_const(d)->probes.size() * 2));
}

int IdIndex::value(QStringView id, int fallback, qsizetype* hint) const
{
    const Data& x = *d;
    if (*hint >= 0 && size_t(*hint) < x.entries.size()) {
        const Entry& e = x.entries[size_t(*hint)];
        if (x.isKey(e, id)) {
            ++*hint;
            return e.value;
        }
    }
    if (x.probes.empty())
        return fallback;
    const quint32 h = hashOf(id);
    const size_t mask = x.probes.size() - 1;
    for (size_t at = h & mask;; at = (at + 1) & mask) {
        const Slot& s = x.probes[at];
        if (s.entry < 0)
            return fallback;
        if (s.hash == h && x.isKey(x.entries[size_t(s.entry)], id)) {
            *hint = s.entry + 1;
            return x.entries[size_t(s.entry)].value;
        }
    }
}

int IdIndex::value(QStringView id, int fallback) const
{
    if (d->probes.empty())
        return fallback;
    const quint32 h = hashOf(id);
    const size_t mask = d->probes.size() - 1;
    for (size_t at = h & mask;; at = (at + 1) & mask) {
        const Slot& s = d->probes[at];
        if (s.entry < 0)
            return fallback;
        if (s.hash == h) {
            const Entry& e = d->entries[size_t(s.entry)];
            if (d->isKey(e, id))
                return e.value;
        }
    }
}

int& IdIndex::insert(QStringView id, int value, bool* added)
{
    return d->entries[insertIndex(id, value, added)].value;
}

int& IdIndex::insert(QStringView id, int value, bool* added, qsizetype* hint)
{
    const Data& c = *std::as_const(d);
    if (*hint >= 0 && size_t(*hint) < c.entries.size() && c.isKey(c.entries[size_t(*hint)], id)) {
        *added = false;
        return d->entries[size_t((*hint)++)].value;
    }
    const size_t i = insertIndex(id, value, added);
    *hint = qsizetype(i) + 1;
    return d->entries[i].value;
}

size_t IdIndex::insertIndex(QStringView id, int value, bool* added)
{
    // Up to three quarters full (reserve() sizes for half): the table is kept with the
    // document, and its memory costs a parse more than a probe or two.
    if ((size_t(size()) + 1) * 4 > std::as_const(d)->probes.size() * 3)
        grow();
    Data& x = *d; // detached once
    const quint32 h = hashOf(id);
    const size_t mask = x.probes.size() - 1;
    size_t at = h & mask;
    for (;; at = (at + 1) & mask) {
        const Slot& s = x.probes[at];
        if (s.entry < 0)
            break;
        if (s.hash == h && x.isKey(x.entries[size_t(s.entry)], id)) {
            *added = false;
            return size_t(s.entry);
        }
    }
    x.probes[at] = Slot{h, qint32(x.entries.size())};
    const qsizetype offset = qsizetype(x.chars.size());
    x.chars.insert(x.chars.end(), id.utf16(), id.utf16() + id.size());
    x.entries.push_back(Entry{offset, int(id.size()), value});
    *added = true;
    return x.entries.size() - 1;
}

void IdIndex::renumber(const QList<int>& to)
{
    IdIndex kept;
    kept.d->seed = d->seed;
    kept.reserve(size());
    bool added = false;
    const Data& from = *std::as_const(d);
    for (const Entry& e : from.entries) {
        const int n = e.value >= 0 && e.value < to.size() ? to.at(e.value) : -1;
        if (n >= 0)
            kept.insert(from.keyOf(e), n, &added);
    }
    *this = std::move(kept);
}

} // namespace pwb
