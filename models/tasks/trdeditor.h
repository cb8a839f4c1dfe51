// SPDX-License-Identifier: MIT
// Edits to a TRD's bytes that touch only what changes: a checkbox's mark, a task's
// completion marker. A TaskChange names its target by task id and subtask text, so it can
// be planned again on a document that changed on disk since it was read.
#pragma once

#include "trddocument.h"

#include <QByteArray>

namespace pwb {

struct TrdPatch
{
    qsizetype offset = 0;
    QByteArray before;
    QByteArray after;
};

struct TaskChange
{
    struct Subtask
    {
        int index = -1;
        QString text;
        bool checked = false;
        // What the box gets ("x" or " ") and what it held: the inverse swaps them, so undo
        // writes back the very sign ("[✓]", "[X]") an untick replaced.
        QByteArray mark;
        QByteArray markBefore;
    };
    enum class Marker
    {
        Keep,
        Add,
        Remove
    };

    QString taskId;
    QList<Subtask> subtasks;
    Marker marker = Marker::Keep;
    QByteArray markerBytes;  // for Add: what to insert (with its leading space); empty = the
                             // document's marker
    qsizetype markerAt = -1; // for Add: offset inside the header line; -1 = after the priority
    // For Add: the bytes the marker replaces (an "IN PROGRESS" marker), kept for the
    // inverse; for Remove: what goes back where the marker was (empty: nothing).
    QByteArray replaced;
    // Checklist tasks: their own checkbox.
    enum class Box
    {
        Keep,
        Check,
        Uncheck
    };
    Box ownBox = Box::Keep;
    // What Box::Check writes (an undone reopen puts back the 'X' or '✓' it replaced), and
    // what Box::Uncheck writes (an undone completion puts back a '~').
    QByteArray checkMark = QByteArrayLiteral("x");
    QByteArray openMark = QByteArrayLiteral(" ");
    // "- [x] ~~Drop the cache~~": struck through is done (or dropped) work, so reopening
    // takes the strike away (Remove); its inverse puts it back (Add). strikeAt holds where
    // each "~~" stood, from the start of the header line, as the header was when struck.
    Marker strike = Marker::Keep;
    QList<qsizetype> strikeAt;
    // Table rows: the Status cell's new content and what it held (for the inverse).
    bool setsStatusCell = false;
    QByteArray statusCell;
    QByteArray statusCellBefore;
    // "## Current Status" › "- [x] Step 1: Add the class": a box elsewhere in the document
    // that says the task is done (its evidence). Reopening unticks it (Uncheck), the inverse
    // ticks it again. evidenceLine is its line (1-based); the marks are what the box gets and
    // what it held.
    Box evidenceBox = Box::Keep;
    int evidenceLine = 0;
    QByteArray evidenceMark = QByteArrayLiteral(" ");
    QByteArray evidenceMarkBefore = QByteArrayLiteral("x");
    QString description; // for the undo stack

    bool isEmpty() const
    {
        return subtasks.isEmpty() && marker == Marker::Keep && !setsStatusCell &&
               ownBox == Box::Keep && strike == Marker::Keep && evidenceBox == Box::Keep;
    }
    TaskChange inverse() const;
};

namespace TrdEditor {
enum class Result
{
    Ok,
    NotFound,
    Ambiguous
};

TaskChange setSubtask(const TrdTask& task, int index, bool checked);
// Ticks every open subtask and adds the document's completion marker; a checklist task
// gets its own box ticked instead. A table row gets the done text its table already uses
// in the Status column ("✅ Done" when none).
TaskChange complete(const TrdDocument& doc, const TrdTask& task);
// Removes the completion marker; when every subtask is ticked the last one is unticked,
// or the task would still count as done. A table row gets its table's to-do text.
TaskChange reopen(const TrdDocument& doc, const TrdTask& task);

// The patches that carry out `change` on `bytes` (parsed as `doc`). When the document
// changed since the change was made (`moved`), a subtask is only found by a text that is
// unique within its task.
Result plan(const QByteArray& bytes, const TrdDocument& doc, const TaskChange& change,
            QList<TrdPatch>* patches, QString* why = nullptr, bool moved = false);
// Applies non-overlapping patches; false (and bytes untouched) when a patch's `before`
// bytes are not where they should be.
bool apply(QByteArray* bytes, QList<TrdPatch> patches);
} // namespace TrdEditor

} // namespace pwb
