// SPDX-License-Identifier: MIT
#include "trdeditor.h"

#include "trdscan.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrdEditor)
};

// Where a new completion marker goes in a header line: before a ⚠️ flag, else after the
// last visible character (trailing spaces stay trailing).
qsizetype insertionPoint(const QByteArray& header)
{
    qsizetype p = header.indexOf("\xE2\x9A\xA0"); // ⚠
    if (p < 0)
        p = header.size();
    while (p > 0 && (header.at(p - 1) == ' ' || header.at(p - 1) == '\t'))
        --p;
    return p;
}

bool isTable(const TrdTask& t)
{
    return t.form == TrdTask::Form::TableRow;
}

// A heading or bold task with a "**Status**:" line: the line is its status.
bool hasStatusField(const TrdTask& t)
{
    return !isTable(t) && t.statusCell.isValid();
}

// The Status text the document's table rows (or Status lines) use most for done (or for
// not started) tasks.
QByteArray statusText(const TrdDocument& doc, bool done, bool table)
{
    QHash<QByteArray, int> tally;
    QByteArray best;
    int bestCount = 0;
    for (const TrdTask& t : doc.tasks) {
        const QByteArray raw = t.statusCellRaw();
        if (isTable(t) != table || raw.isEmpty())
            continue;
        // A Status line speaks for itself; a heading's marker may say otherwise.
        const TrdScan::StatusWord word = TrdScan::statusWord(QString::fromUtf8(raw));
        const bool isDone =
            table ? t.marker == TrdTask::Marker::Completed : word == TrdScan::StatusWord::Done;
        // Neither under way nor stuck: reopening writes the words a task waiting its turn has.
        const bool going =
            table ? t.marker == TrdTask::Marker::InProgress || t.saysBlocked()
                  : word == TrdScan::StatusWord::InProgress || word == TrdScan::StatusWord::Blocked;
        if (done != isDone || (!done && going))
            continue;
        const int n = ++tally[raw];
        if (n > bestCount) {
            bestCount = n;
            best = raw;
        }
    }
    if (!best.isEmpty())
        return best;
    if (done)
        return QByteArray("\xE2\x9C\x85 Done");
    return table ? QByteArray("To do") : QByteArray("\xE2\x8F\xB3 Pending"); // ⏳
}

// Ticks (or unticks) subtask i of task: writes "x" (or " "), keeping what the box held
// for the inverse.
TaskChange::Subtask subtaskChange(const TrdTask& task, int i, bool checked)
{
    TaskChange::Subtask s;
    s.index = i;
    s.text = task.subtaskText(i);
    s.checked = checked;
    s.mark = checked ? QByteArrayLiteral("x") : QByteArrayLiteral(" ");
    s.markBefore = task.subtaskMark(task.subtasks.at(i));
    if (s.markBefore.isEmpty())
        s.markBefore = checked ? QByteArrayLiteral(" ") : QByteArrayLiteral("x");
    return s;
}

// Where the "~~" pairs of a task's header stand, from the header's start: the parser reads
// a task whose header holds a pair as done (an unpaired last "~~" is left alone).
QList<qsizetype> strikeOffsets(const TrdTask& task)
{
    QList<qsizetype> at;
    const QByteArray header = task.bytesOf(task.headerSpan);
    for (qsizetype i = header.indexOf("~~"); i >= 0; i = header.indexOf("~~", i + 2))
        at.append(i);
    if (at.size() % 2)
        at.removeLast();
    return at;
}

// The offset of the mark in the box that leads line `line` (1-based) of bytes ("- [x] …",
// "  * [X] …", "3. [x] …"), or -1 when that line starts no box with a one-byte mark. Reads
// the bytes up to the line once.
qsizetype boxMarkOnLine(const QByteArray& bytes, int line)
{
    if (line <= 0)
        return -1;
    qsizetype at = 0;
    for (int l = 1; l < line; ++l) {
        at = bytes.indexOf('\n', at);
        if (at < 0)
            return -1;
        ++at;
    }
    const qsizetype end = std::min<qsizetype>(bytes.size(), at + 64);
    while (at < end && (bytes.at(at) == ' ' || bytes.at(at) == '\t'))
        ++at;
    if (at < end && (bytes.at(at) == '-' || bytes.at(at) == '*' || bytes.at(at) == '+')) {
        ++at;
    } else {
        const qsizetype digits = at;
        while (at < end && bytes.at(at) >= '0' && bytes.at(at) <= '9')
            ++at;
        if (at == digits || at >= end || (bytes.at(at) != '.' && bytes.at(at) != ')'))
            return -1;
        ++at;
    }
    if (at + 4 > end || bytes.at(at) != ' ' || bytes.at(at + 1) != '[' || bytes.at(at + 3) != ']')
        return -1;
    return at + 2;
}

TaskChange tableChange(const TrdDocument& doc, const TrdTask& task, bool done)
{
    TaskChange c;
    c.taskId = task.id;
    c.setsStatusCell = true;
    c.statusCellBefore = task.statusCellRaw();
    c.statusCell = statusText(doc, done, true);
    c.description = (done ? Tr::tr("Complete %1") : Tr::tr("Reopen %1")).arg(task.id);
    return c;
}
} // namespace

TaskChange TaskChange::inverse() const
{
    TaskChange inv = *this;
    std::swap(inv.statusCell, inv.statusCellBefore);
    for (Subtask& s : inv.subtasks) {
        s.checked = !s.checked;
        std::swap(s.mark, s.markBefore);
    }
    std::reverse(inv.subtasks.begin(), inv.subtasks.end());
    if (ownBox == Box::Check)
        inv.ownBox = Box::Uncheck;
    else if (ownBox == Box::Uncheck)
        inv.ownBox = Box::Check;
    // The marker and the strike-through are added or removed alike: the inverse swaps both.
    const auto swapped = [](Marker m) {
        return m == Marker::Add ? Marker::Remove : m == Marker::Remove ? Marker::Add : m;
    };
    inv.marker = swapped(marker);
    inv.strike = swapped(strike);
    if (evidenceBox == Box::Check)
        inv.evidenceBox = Box::Uncheck;
    else if (evidenceBox == Box::Uncheck)
        inv.evidenceBox = Box::Check;
    std::swap(inv.evidenceMark, inv.evidenceMarkBefore);
    return inv;
}

namespace TrdEditor {

TaskChange setSubtask(const TrdTask& task, int index, bool checked)
{
    TaskChange c;
    c.taskId = task.id;
    if (index >= 0 && index < task.subtasks.size())
        c.subtasks.append(subtaskChange(task, index, checked));
    const QString text = c.subtasks.isEmpty() ? QString() : c.subtasks.first().text;
    c.description = (checked ? Tr::tr("Tick “%1” in %2") : Tr::tr("Untick “%1” in %2"))
                        .arg(text.left(40), task.id);
    return c;
}

TaskChange complete(const TrdDocument& doc, const TrdTask& task)
{
    if (task.form == TrdTask::Form::TableRow)
        return tableChange(doc, task, true);
    TaskChange c;
    c.taskId = task.id;
    c.description = Tr::tr("Complete %1").arg(task.id);
    for (int i = 0; i < task.subtasks.size(); ++i) {
        if (!task.subtasks.at(i).checked)
            c.subtasks.append(subtaskChange(task, i, true));
    }
    if (task.form == TrdTask::Form::Checklist) {
        // The box is the marker: "- [x]" says done in every markdown viewer.
        if (!task.ownChecked) {
            c.ownBox = TaskChange::Box::Check;
            if (const QByteArray was = task.ownMarkRaw(); !was.isEmpty())
                c.openMark = was; // "[~]", "[✗]": undo puts the '~' or '✗' back
        }
        return c;
    }
    if (hasStatusField(task)) {
        // "**Status**: ⏳ Pending" becomes the done text the document's Status lines use.
        if (TrdScan::statusWord(QString::fromUtf8(task.statusCellRaw())) !=
            TrdScan::StatusWord::Done) {
            c.setsStatusCell = true;
            c.statusCellBefore = task.statusCellRaw();
            c.statusCell = statusText(doc, true, false);
        }
        return c;
    }
    if (task.marker != TrdTask::Marker::Completed) {
        c.marker = TaskChange::Marker::Add;
        // "- ⬜ Title (2h)" becomes "- ✅ Title (2h)": the emoji is the box.
        c.markerBytes = !task.extra().leadDone.isEmpty() ? task.extra().leadDone
                                                         : ' ' + doc.completionMarker.toUtf8();
        if (task.extra().inProgressSpan.isValid())
            c.replaced = task.inProgressRaw(); // undo puts "IN PROGRESS" back, byte for byte
    }
    return c;
}

TaskChange reopen(const TrdDocument& doc, const TrdTask& task)
{
    if (task.form == TrdTask::Form::TableRow)
        return tableChange(doc, task, false);
    TaskChange c;
    c.taskId = task.id;
    c.description = Tr::tr("Reopen %1").arg(task.id);
    if (task.form == TrdTask::Form::Checklist && task.ownChecked) {
        c.ownBox = TaskChange::Box::Uncheck;
        if (const QByteArray was = task.ownMarkRaw(); !was.isEmpty())
            c.checkMark = was; // "[X]", "[✓]": undo puts the 'X' or '✓' back
    } else if (task.form == TrdTask::Form::Checklist && task.marker == TrdTask::Marker::Completed) {
        // "- [~] Add the indexes *Skipped*": closed by its box and its words; reopened, the
        // box is empty (undo puts the '~' back).
        if (const QByteArray was = task.ownMarkRaw(); !was.isEmpty() && was != " ") {
            c.ownBox = TaskChange::Box::Uncheck;
            c.checkMark = was;
        }
    }
    if (task.marker == TrdTask::Marker::Completed && task.markerSpan.isValid()) {
        c.marker = TaskChange::Marker::Remove;
        c.markerAt = task.markerSpan.begin - task.headerSpan.begin;
        c.markerBytes = task.markerRaw();
        c.replaced = task.extra().leadOpen; // "⬜", "[todo]": the line stays a task
    }
    // "- [x] ~~Keep the ping result~~ Deferred", "### ~~Old exporter~~ ✓ Done": done by its
    // strike too, which reopening takes away (unticked, or without its "✓ Done", the item
    // would still read as done).
    if (task.marker == TrdTask::Marker::Completed) {
        if (QList<qsizetype> at = strikeOffsets(task); !at.isEmpty()) {
            c.strike = TaskChange::Marker::Remove;
            c.strikeAt = std::move(at);
        }
    }
    if (hasStatusField(task) &&
        TrdScan::statusWord(QString::fromUtf8(task.statusCellRaw())) == TrdScan::StatusWord::Done) {
        c.setsStatusCell = true;
        c.statusCellBefore = task.statusCellRaw();
        c.statusCell = statusText(doc, false, false);
    }
    if (!task.subtasks.isEmpty() && task.checkedCount() == task.subtasks.size()) {
        const int last = int(task.subtasks.size() - 1);
        c.subtasks.append(subtaskChange(task, last, false));
    }
    // "## Current Status" › "- [x] Step 1: Add the class": done by a ticked box elsewhere in
    // this document, which its own lines do not say; reopening unticks that box (nothing
    // else would change, and the card would stay in Done).
    if (const TrdTaskExtra& x = task.extra();
        !x.evidence.isEmpty() && x.evidencePath.isEmpty() && x.evidenceLine > 0) {
        const qsizetype at = boxMarkOnLine(task.source, x.evidenceLine);
        if (at >= 0 && (task.source.at(at) == 'x' || task.source.at(at) == 'X')) {
            c.evidenceBox = TaskChange::Box::Uncheck;
            c.evidenceLine = x.evidenceLine;
            c.evidenceMarkBefore = task.source.mid(at, 1);
            c.evidenceMark = QByteArrayLiteral(" ");
        }
    }
    return c;
}

Result plan(const QByteArray& bytes, const TrdDocument& doc, const TaskChange& change,
            QList<TrdPatch>* patches, QString* why, bool moved)
{
    patches->clear();
    auto fail = [&](Result r, const QString& msg) {
        if (why)
            *why = msg;
        patches->clear();
        return r;
    };
    const TrdTask* task = nullptr;
    int found = 0;
    for (const TrdTask& t : doc.tasks) {
        if (t.id == change.taskId) {
            task = task ? task : &t;
            ++found;
        }
    }
    if (!task)
        return fail(Result::NotFound, Tr::tr("%1 is no longer in the document").arg(change.taskId));
    if (found > 1)
        return fail(Result::Ambiguous,
                    Tr::tr("%1 is defined %2 times in the document").arg(change.taskId).arg(found));
    if (!task->isEditable())
        return fail(Result::NotFound,
                    Tr::tr("%1 is a table row and its table has no Status column; edit the table "
                           "by hand")
                        .arg(change.taskId));
    if (change.setsStatusCell) {
        if (!task->statusCell.isValid())
            return fail(Result::NotFound,
                        isTable(*task)
                            ? Tr::tr("%1 is no longer a table row").arg(change.taskId)
                            : Tr::tr("%1 no longer has a Status line").arg(change.taskId));
        const ByteSpan cell = task->statusCell;
        const QByteArray now = bytes.mid(cell.begin, cell.size());
        if (now == change.statusCell)
            return Result::Ok; // already so
        if (now != change.statusCellBefore)
            return fail(Result::Ambiguous,
                        Tr::tr("the status of %1 changed to “%2” in the meantime")
                            .arg(change.taskId, QString::fromUtf8(now)));
        patches->append(TrdPatch{cell.begin, now, change.statusCell});
    }

    if (change.ownBox != TaskChange::Box::Keep) {
        const qsizetype at = task->ownMarkOffset;
        if (task->form != TrdTask::Form::Checklist || at < 0 || at >= bytes.size())
            return fail(Result::NotFound,
                        Tr::tr("%1 is no longer a checklist item").arg(change.taskId));
        const bool check = change.ownBox == TaskChange::Box::Check;
        // An unticked box may still hold a sign that closes the task ("[~]" over work given
        // up): unticking writes the open mark over it.
        if (task->ownChecked != check ||
            (!check && bytes.mid(at, task->ownMarkSize) != change.openMark))
            patches->append(TrdPatch{at, bytes.mid(at, task->ownMarkSize),
                                     check ? change.checkMark : change.openMark});
    }

    for (const TaskChange::Subtask& s : change.subtasks) {
        int idx = -1;
        int matches = 0;
        for (int i = 0; i < task->subtasks.size(); ++i) {
            if (task->subtaskText(i) == s.text) {
                idx = i;
                ++matches;
            }
        }
        if (s.index >= 0 && s.index < task->subtasks.size() &&
            task->subtaskText(s.index) == s.text && (!moved || matches == 1))
            idx = s.index;
        else if (matches == 0)
            return fail(
                Result::NotFound,
                Tr::tr("the subtask “%1” of %2 is no longer there").arg(s.text, change.taskId));
        else if (matches > 1)
            return fail(Result::Ambiguous,
                        Tr::tr("%1 has several subtasks “%2”").arg(change.taskId, s.text));
        const TrdSubtask& st = task->subtasks.at(idx);
        if (st.checked == s.checked)
            continue;
        if (st.markOffset < 0 || st.markOffset >= bytes.size())
            return fail(Result::NotFound, Tr::tr("the checkbox of “%1” was not found").arg(s.text));
        QByteArray mark = s.mark;
        if (mark.isEmpty())
            mark = s.checked ? QByteArrayLiteral("x") : QByteArrayLiteral(" ");
        patches->append(TrdPatch{st.markOffset, bytes.mid(st.markOffset, st.markSize), mark});
    }

    if (change.evidenceBox != TaskChange::Box::Keep) {
        const qsizetype at = boxMarkOnLine(bytes, change.evidenceLine);
        if (at < 0)
            return fail(Result::NotFound, Tr::tr("the box on line %1 that marks %2 done is no "
                                                 "longer there")
                                              .arg(change.evidenceLine)
                                              .arg(change.taskId));
        const QByteArray now = bytes.mid(at, 1);
        if (now != change.evidenceMark) {
            if (now != change.evidenceMarkBefore)
                return fail(
                    Result::Ambiguous,
                    Tr::tr("the box on line %1 changed in the meantime").arg(change.evidenceLine));
            patches->append(TrdPatch{at, now, change.evidenceMark});
        }
    }

    const ByteSpan header = task->headerSpan;
    if (change.strike != TaskChange::Marker::Keep) {
        // Offsets are as the header was when struck: once the strikes are gone, each one
        // stands two bytes earlier for every "~~" before it.
        const bool add = change.strike == TaskChange::Marker::Add;
        for (qsizetype k = 0; k < change.strikeAt.size(); ++k) {
            const qsizetype at = header.begin + change.strikeAt.at(k) - (add ? 2 * k : 0);
            if (at < header.begin || at > header.end ||
                (!add && (at + 2 > header.end || bytes.mid(at, 2) != "~~")))
                return fail(
                    Result::NotFound,
                    Tr::tr("the strike-through of %1 changed in the meantime").arg(change.taskId));
            patches->append(add ? TrdPatch{at, QByteArray(), QByteArrayLiteral("~~")}
                                : TrdPatch{at, QByteArrayLiteral("~~"), QByteArray()});
        }
    }
    if (change.marker == TaskChange::Marker::Add && task->marker != TrdTask::Marker::Completed) {
        const QByteArray line = bytes.mid(header.begin, header.size());
        QByteArray text = change.markerBytes;
        if (text.isEmpty())
            text = ' ' + doc.completionMarker.toUtf8();
        if (const ByteSpan going = task->extra().inProgressSpan; going.isValid()) {
            // "IN PROGRESS" gives way to the completion marker.
            patches->append(TrdPatch{going.begin, bytes.mid(going.begin, going.size()), text});
        } else {
            qsizetype at = change.markerAt;
            // markerAt was taken with the strikes in place, which go back in with it.
            if (at >= 0 && change.strike == TaskChange::Marker::Add) {
                for (const qsizetype s : change.strikeAt)
                    at -= s < change.markerAt ? 2 : 0;
            }
            if (at < 0 || at > line.size())
                at = insertionPoint(line);
            patches->append(TrdPatch{header.begin + at, QByteArray(), text});
        }
    } else if (change.marker == TaskChange::Marker::Remove &&
               task->marker == TrdTask::Marker::Completed) {
        if (!task->markerSpan.isValid())
            return fail(
                Result::NotFound,
                Tr::tr("%1 is marked done in a way that cannot be removed here").arg(task->id));
        patches->append(TrdPatch{task->markerSpan.begin,
                                 bytes.mid(task->markerSpan.begin, task->markerSpan.size()),
                                 change.replaced});
    }
    // Insertions at one offset ("~~" back before " ✓ Done") become one, in the order they
    // were planned: apply() orders patches by offset only.
    QHash<qsizetype, qsizetype> insertionAt; // offset -> its insertion in `merged`
    QList<TrdPatch> merged;
    merged.reserve(patches->size());
    for (TrdPatch& p : *patches) {
        if (p.before.isEmpty()) {
            if (const auto it = insertionAt.constFind(p.offset); it != insertionAt.cend()) {
                merged[*it].after += p.after;
                continue;
            }
            insertionAt.insert(p.offset, merged.size());
        }
        merged.append(std::move(p));
    }
    *patches = std::move(merged);
    return Result::Ok;
}

bool apply(QByteArray* bytes, QList<TrdPatch> patches)
{
    std::sort(patches.begin(), patches.end(),
              [](const TrdPatch& a, const TrdPatch& b) { return a.offset > b.offset; });
    for (int i = 0; i < patches.size(); ++i) {
        const TrdPatch& p = patches.at(i);
        if (p.offset < 0 || p.offset + p.before.size() > bytes->size() ||
            bytes->mid(p.offset, p.before.size()) != p.before)
            return false;
        if (i > 0 && p.offset + p.before.size() > patches.at(i - 1).offset)
            return false; // overlapping
    }
    for (const TrdPatch& p : std::as_const(patches))
        bytes->replace(p.offset, p.before.size(), p.after);
    return true;
}

} // namespace TrdEditor

} // namespace pwb
