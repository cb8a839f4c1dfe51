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
// Ranges ("TRD-013 through TRD-024", "TRD-013 to TRD-024", "TRD-013–TRD-024",
// "TRD-013..024") become every id they span, up to kMaxRangeIds; a longer one stays its
// two ends and its text goes to `tooLong`.
constexpr qint64 kMaxRangeIds = 1000;
QStringList findIds(QStringView text, QStringList* tooLong = nullptr);
// "TRD001" (a mermaid node id) -> "TRD-001"; empty when it does not look like one.
QString idFromNodeName(QStringView node);
// The trd-not-a-task message for a line that looks like a task ("“text” was not read as a
// task: why"), and its two parts back (false for another message).
QString notATaskMessage(const QString& text, const QString& why);
bool splitNotATask(const QString& message, QString* text, QString* why);
} // namespace TrdParser

} // namespace pwb
