// SPDX-License-Identifier: MIT
// Reads a Playwright trace zip (context.tracing's trace.trace layout, or `playwright test
// --trace on`'s test.trace + N-trace.* layout; format version 10 and older) into a Trace.
// Never throws or fails hard: what cannot be read becomes a Diagnostic on the trace.
#pragma once

#include "trace.h"
#include "ziparchive.h"

#include <atomic>

namespace pwb {

namespace TraceReader {

struct Options
{
    ZipLimits limits;
    qint64 maxLineBytes = qint64(64) << 20; // longer NDJSON lines are skipped as broken
    int maxDiagnostics = 50;                // further broken lines are only counted
    const std::atomic_bool* cancel = nullptr;
};

// `ok` is false when nothing usable could be read (not a zip, no trace inside, cancelled).
Trace read(const QString& path, const Options& options = {}, bool* ok = nullptr);

// One JPEG (or other resource) of a trace, capped like every other read.
QByteArray readEntry(const QString& path, const QString& entry, QString* error = nullptr);

// The title Playwright's action would have, from its class and method ("click" → "Click").
QString titleFor(const QString& className, const QString& method);

} // namespace TraceReader

} // namespace pwb
