// SPDX-License-Identifier: MIT
// The hook through which tests reach the editor: a run marker per `test`/`describe` of a
// test file, its last result and a failure's message, and the way back to run one. The
// Tests view implements it; the editor only paints and asks.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace pwb {

struct EditorTestMarker
{
    enum class Kind
    {
        Test,
        Describe
    };
    enum class State
    {
        NotRun,
        Running,
        Passed,
        Failed,
        Skipped
    };
    Kind kind = Kind::Test;
    int line = 0;    // 1-based: the line `mix test file:line` runs
    int endLine = 0; // the block's last line
    QString name;
    State state = State::NotRun;
    int failureLine = 0; // where the failed assertion is (0: none)
    QString failureMessage;
};

class TestMarkerProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Markers for `text`, the current content of the project-relative file; empty for a file
    // that is no test file.
    virtual QList<EditorTestMarker> testMarkers(const QString& relativePath,
                                                const QString& text) const = 0;
    // Runs the test or describe at `line` of the file (`mix test file:line`).
    virtual void runTest(const QString& relativePath, int line) = 0;

signals:
    // Results changed (a run started, a test finished): editors ask again.
    void markersChanged();
};

} // namespace pwb
