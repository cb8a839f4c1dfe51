// SPDX-License-Identifier: MIT
// Parses of task documents by content: reopening a project, a file watcher firing on an
// unchanged file or a reload after a conflict reuse the parse instead of running md4c and
// the lint again. Keyed by the bytes' SHA-1, the path (diagnostics name it) and the hours
// per day; bounded by the size of the documents it holds. Thread-safe.
#pragma once

#include "trddocument.h"

namespace pwb {

struct ParsedDocument
{
    TrdDocument doc;
    Diagnostics lint; // parser diagnostics and TRD lint, by line
};

namespace ParseCache {
// The parse and lint of `bytes` read from `path`; `hit` says whether it came from the cache.
ParsedDocument parse(const QByteArray& bytes, const QString& path, double hoursPerDay,
                     bool* hit = nullptr);
void clear();
// Documents held.
int count();
struct Stats
{
    quint64 hits = 0;
    quint64 misses = 0;
};
// Since the process started (clear() keeps them).
Stats stats();
} // namespace ParseCache

} // namespace pwb
