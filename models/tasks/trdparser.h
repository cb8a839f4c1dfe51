// SPDX-License-Identifier: MIT
// Reads TRD/PRD markdown (the seed's format and its real-world variants) into a
// TrdDocument with md4c, keeping the byte offsets write-back needs. Never fails: what
// does not parse becomes a located diagnostic.
#pragma once

#include "trddocument.h"

#include <QByteArray>
#include <QString>

namespace pwb {

namespace TrdParser {
enum class Threads
{
    Auto,      // md4c on a second thread for large documents when a second core exists
    Single,    // everything on the calling thread
    Pipelined, // md4c on a second thread whatever the size (tests, benchmarks)
};
TrdDocument parse(const QByteArray& utf8, const QString& path, Threads threads = Threads::Auto);

struct Options
{
    Threads threads = Threads::Auto;
    // Estimates in days count this many hours (weeks five days); a project setting.
    double hoursPerDay = 8;
};
TrdDocument parse(const QByteArray& utf8, const QString& path, const Options& options);

// Task ids in text: PREFIX-NNN (an upper-case letter, then letters/digits, '-', digits;
// see TrdScan::idEnd for the longer forms).
QStringList findIds(QStringView text);
// "TRD001" (a mermaid node id) -> "TRD-001"; empty when it does not look like one.
QString idFromNodeName(QStringView node);
} // namespace TrdParser

} // namespace pwb
