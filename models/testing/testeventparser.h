// SPDX-License-Identifier: MIT
// Turns the formatter's JSON-lines stream into TestEvents. Incremental: feed it chunks as
// the file grows; a line is parsed once its newline arrives. Bad lines become diagnostics.
#pragma once

#include "core/diagnostic.h"
#include "testevent.h"

#include <QByteArray>
#include <QJsonObject>

namespace pwb {

class TestEventParser
{
public:
    // `sourceName` names the stream in diagnostics (the events file).
    explicit TestEventParser(QString sourceName = {});

    // Parses every complete line in `chunk` (plus what was buffered before).
    QList<TestEvent> feed(const QByteArray& chunk);
    // End of stream: parses a last line without newline (a run cut short).
    QList<TestEvent> finish();

    const Diagnostics& diagnostics() const { return m_diagnostics; }
    int linesRead() const { return m_line; }

    // One event from one JSON object (used by feed; public for tests and replays).
    static TestEvent fromJson(const QJsonObject& o);
    static TestFailure failureFromJson(const QJsonObject& o);

private:
    void parseLine(QByteArrayView line, QList<TestEvent>& out);

    QString m_source;
    QByteArray m_buffer;
    int m_line = 0;
    Diagnostics m_diagnostics;
};

} // namespace pwb
