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

#if defined(__SIZEOF_INT128__)
namespace {
quint64 read64(const char* p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return v;
}
quint64 read32(const char* p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return v;
}
__extension__ typedef unsigned __int128 Wide; // a GCC/Clang type: -Wpedantic wants it said
// A 64 x 64 -> 128 bit product folded to 64 bits: the mixing step of wyhash-style hashes.
quint64 mum(quint64 a, quint64 b)
{
    const Wide r = static_cast<Wide>(a) * b;
    return quint64(r) ^ quint64(r >> 64);
}
constexpr quint64 kMix0 = 0xa0761d6478bd642fULL;
constexpr quint64 kMix1 = 0xe7037ed1a0b428dbULL;
} // namespace
#endif

// Ids are short (8 to 16 UTF-16 units): a keyed multiply-fold over at most two words,
// where Qt's general qHash took as long as the rest of a lookup (profiles of a plan of ten
// thousand tasks: 4% of parsing). Keyed with QHash's per-process seed, so a hostile document
// cannot choose ids that collide without knowing it, as with QHash.
quint32 IdIndex::hashOf(QStringView id) const
{
#if defined(__SIZEOF_INT128__)
    const char* p = reinterpret_cast<const char*>(id.utf16());
    const size_t n = size_t(id.size()) * 2; // bytes
    // Both operands of every product depend on the seed: a word equal to a fixed constant
    // would zero a product whatever the rest of the id, collisions anyone could write.
    quint64 seed = quint64(d->seed) ^ kMix0;
    const quint64 key = mum(seed, kMix1) | 1;
    quint64 a = 0;
    quint64 b = 0;
    if (n > 16) {
        size_t left = n;
        while (left > 16) {
            seed = mum(read64(p) ^ key, read64(p + 8) ^ seed);
            p += 16;
            left -= 16;
        }
        // The last 16 bytes, overlapping what the loop read when fewer are left.
        a = read64(p + left - 16);
        b = read64(p + left - 8);
    } else if (n >= 8) {
        a = read64(p);
        b = read64(p + n - 8);
    } else if (n >= 4) {
        a = read32(p);
        b = read32(p + n - 4);
    } else if (n == 2) {
        a = quint64(id.front().unicode());
    }
    const quint64 h = mum(key ^ n, mum(a ^ key, b ^ seed));
    return quint32(h ^ (h >> 32));
#else
    const size_t h = qHash(id, d->seed);
    return quint32(h ^ (quint64(h) >> 32));
#endif
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
