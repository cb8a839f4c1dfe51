// SPDX-License-Identifier: MIT
#include "parsecache.h"

#include "trdlint.h"
#include "trdparser.h"

#include <QCache>
#include <QCryptographicHash>
#include <QMutex>

namespace pwb {

namespace {

struct Cache
{
    QMutex mutex;
    // Cost in KiB of the document's bytes: 64 MiB of documents at most (a parse is a few
    // times its text).
    QCache<QByteArray, ParsedDocument> entries{64 * 1024};
    ParseCache::Stats stats;
};

Cache& cache()
{
    static Cache c;
    return c;
}

QByteArray keyOf(const QByteArray& bytes, const QString& path, double hoursPerDay)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(bytes);
    return h.result() + path.toUtf8() + '\0' + QByteArray::number(hoursPerDay);
}

} // namespace

namespace ParseCache {

ParsedDocument parse(const QByteArray& bytes, const QString& path, double hoursPerDay, bool* hit)
{
    const QByteArray key = keyOf(bytes, path, hoursPerDay);
    Cache& c = cache();
    {
        const QMutexLocker lock(&c.mutex);
        if (const ParsedDocument* p = c.entries.object(key)) {
            ++c.stats.hits;
            if (hit)
                *hit = true;
            return *p;
        }
        ++c.stats.misses;
    }
    if (hit)
        *hit = false;
    TrdParser::Options options;
    options.hoursPerDay = hoursPerDay;
    // Parsed outside the lock: other threads parse other documents meanwhile.
    auto* p = new ParsedDocument;
    p->doc = TrdParser::parse(bytes, path, options);
    p->lint = TrdLint::all(p->doc);
    ParsedDocument out = *p;
    const qsizetype cost = std::max<qsizetype>(1, bytes.size() / 1024);
    const QMutexLocker lock(&c.mutex);
    c.entries.insert(key, p, cost); // larger than the whole cache: QCache deletes it
    return out;
}

void clear()
{
    const QMutexLocker lock(&cache().mutex);
    cache().entries.clear();
}

Stats stats()
{
    const QMutexLocker lock(&cache().mutex);
    return cache().stats;
}

int count()
{
    const QMutexLocker lock(&cache().mutex);
    return int(cache().entries.count());
}

} // namespace ParseCache

} // namespace pwb
