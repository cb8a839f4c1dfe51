// SPDX-License-Identifier: MIT
#include "trdparser.h"

#include "trdblockreader.h"
#include "trdscan.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <cstring>

namespace pwb {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("TrdParser", s);
}

using Block = TrdBlock;
using Chunk = TrdBlock::Chunk;

// The lines of a multi-line paragraph as blocks of their own ("**Estimate**: 3h" then
// "**Priority**: High" on the next line).
QList<Block> splitLines(const Block& b)
{
    QList<Block> out;
    int from = 0;
    QList<int> cuts = b.breaks;
    cuts.append(int(b.text.size()));
    for (int cut : std::as_const(cuts)) {
        Block l;
        l.kind = b.kind;
        l.level = b.level;
        l.text = b.text.mid(from, cut - from);
        l.begin = b.srcOffset(from);
        l.end = b.srcOffset(cut);
        l.chunks.append(Chunk{0, l.begin});
        for (const auto& [x, y] : b.strong) {
            if (x >= from && y <= cut)
                l.strong.append({x - from, y - from});
        }
        for (const auto& [x, y] : b.code) {
            if (x >= from && y <= cut)
                l.code.append({x - from, y - from});
        }
        std::sort(l.strong.begin(), l.strong.end());
        out.append(l);
        from = cut + 1;
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Small text helpers.

using TrdScan::idEnd;

QString cleanHeading(QString s)
{
    static const QRegularExpression numbering(QStringLiteral("^\\d+(\\.\\d+)*\\.?\\s+"));
    static const QRegularExpression range(QStringLiteral("\\s*\\([^)]*\\)\\s*$"));
    s.remove(numbering);
    s.remove(range);
    return s.trimmed();
}

// The line-start table: line numbers of byte offsets in O(log n).
struct LineIndex
{
    QList<qsizetype> starts;
    qsizetype size = 0;
    mutable qsizetype hint = 0;

    explicit LineIndex(const QByteArray& bytes)
    {
        size = bytes.size();
        starts.reserve(bytes.size() / 40 + 1);
        starts.append(0);
        const char* p = bytes.constData();
        const char* end = p + bytes.size();
        while (p < end) {
            const void* nl = std::memchr(p, '\n', size_t(end - p));
            if (!nl)
                break;
            p = static_cast<const char*>(nl) + 1;
            starts.append(p - bytes.constData());
        }
    }
    int lineOf(qsizetype offset) const
    {
        if (offset < 0)
            return 0;
        // Blocks arrive in document order: look just ahead of the last answer first.
        const qsizetype n = starts.size();
        if (hint > 0 && hint <= n && starts.at(hint - 1) <= offset) {
            for (qsizetype l = hint; l < std::min(n, hint + 8); ++l) {
                if (starts.at(l) > offset)
                    return int(hint = l);
            }
        }
        auto it = std::upper_bound(starts.cbegin(), starts.cend(), offset);
        hint = it - starts.cbegin();
        return int(hint);
    }
    qsizetype lineStart(qsizetype offset) const
    {
        const int l = lineOf(offset);
        return l > 0 ? starts.at(l - 1) : 0;
    }
    // End of the line holding offset, before "\r\n" or "\n".
    qsizetype lineEnd(const QByteArray& bytes, qsizetype offset) const
    {
        const int l = std::max(lineOf(offset), 1);
        qsizetype e = l < starts.size() ? starts.at(l) - 1 : size;
        if (e > starts.at(l - 1) && bytes.at(e - 1) == '\r')
            --e;
        return e;
    }
};

// How many UTF-16 units b decodes to; ASCII (the usual case) without decoding it.
int utf16Length(QByteArrayView b)
{
    for (const char ch : b) {
        if (static_cast<unsigned char>(ch) >= 0x80)
            return int(QString::fromUtf8(b).size()); // exact, also for broken bytes
    }
    return int(b.size());
}

// First invalid UTF-8 byte, or -1.
qsizetype firstInvalidUtf8(const QByteArray& b)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData());
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: most of a TRD is ASCII.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            len = 2;
        else if ((c & 0xF0) == 0xE0)
            len = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            len = 4;
        else
            return i;
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += len;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------
// Pass 2: the blocks become tasks, sprints and edges.

class Builder : public TrdBlockSink
{
public:
    Builder(const QByteArray& bytes, const QString& path)
        : m_bytes(bytes)
        , m_lines(bytes)
    {
        m_doc.path = path;
        // A task takes a few hundred bytes of markdown; an estimate spares the big moves
        // of growing the list and costs nothing until the memory is touched.
        m_doc.tasks.reserve(bytes.size() / 512 + 8);
        m_seen.reserve(bytes.size() / 512 + 8);
    }

    void block(Block& b) override;
    TrdDocument finish();

private:
    void heading(const Block& b);
    void paragraph(const Block& b);
    void item(const Block& b);
    void code(const Block& b);
    void table();

    void startTask(const Block& b, TrdTask::Form form, int level);
    QList<ByteSpan> tableCells(qsizetype begin, qsizetype end) const;
    void finishTask();
    void endSprint() { m_sprint = -1; }
    void parseHeader(TrdTask& t, const QString& text, qsizetype strongEnd);
    void findMarkers(TrdTask& t);
    static bool hasLeadingStrong(const Block& b)
    {
        return !b.strong.isEmpty() && b.strong.first().first == 0;
    }
    bool field(const Block& b, const QString& text, QString* key, QString* value) const;
    bool strongField(const Block& b, QString* key, QString* value) const;
    // Field keys repeat on every task ("Dependencies", "Validation"...): one string each.
    QString internedKey(QByteArrayView bytes) const
    {
        for (const auto& [raw, str] : m_keys) {
            if (raw == bytes)
                return str;
        }
        QString str = QString::fromUtf8(bytes).trimmed();
        if (m_keys.size() < 64)
            m_keys.append({bytes.toByteArray(), str});
        return str;
    }
    bool plainField(const QString& text, QString* key, QString* value) const;
    void taskField(const Block& b, const QString& key, const QString& value);
    void sprintEntry(const Block& b, const QString& text);
    void statedTotals(const Block& b, const QString& text);
    void diag(int line, const QString& code, const QString& message,
              Diagnostic::Severity sev = Diagnostic::Severity::Warning)
    {
        m_doc.diagnostics.append(Diagnostic{m_doc.path, line, 0, code, message, sev});
    }
    int lineOf(qsizetype off) const { return m_lines.lineOf(off); }
    QString category(int belowLevel) const
    {
        for (int l = std::min(belowLevel - 1, 6); l >= 1; --l) {
            if (!m_headings[l].isEmpty())
                return m_headings[l];
        }
        return {};
    }

    const QByteArray& m_bytes;
    LineIndex m_lines;
    TrdDocument m_doc;
    QString m_headings[7];
    QStringList m_h1;
    bool m_inTask = false;
    TrdTask m_task;
    int m_taskLevel = 0;
    QString m_taskSection;
    int m_sprint = -1;
    int m_sprintLevel = 0;
    QString m_sprintKey;
    QList<Block> m_tableCells; // copies: the reader recycles its blocks
    QList<QList<Block>> m_tableRows;
    QHash<QString, int> m_markerTally;
    QStringList m_markerOrder;
    QHash<QString, int> m_seen; // id -> index of its first definition
    // Repeated ids, reported once each at the end (a TRD repeating one id 60,000 times
    // gets one line, not 60,000): id -> {times defined, line of the second definition}.
    QHash<QString, QPair<int, int>> m_repeats;
    QStringList m_repeatOrder;
    mutable QList<QPair<QByteArray, QString>> m_keys;
    int m_boldTasks = 0;
    int m_headingTasks = 0;
};

void Builder::block(Block& b)
{
    {
        switch (b.kind) {
        case Block::Heading:
            heading(b);
            break;
        case Block::Paragraph:
            paragraph(b);
            break;
        case Block::Item:
            item(b);
            break;
        case Block::Code:
            code(b);
            break;
        case Block::Hr:
            finishTask();
            endSprint();
            break;
        case Block::Cell:
            m_tableCells.append(b);
            break;
        case Block::RowEnd:
            m_tableRows.append(m_tableCells);
            m_tableCells.clear();
            break;
        case Block::TableEnd:
            table();
            m_tableRows.clear();
            break;
        }
        if (m_inTask && b.end > m_task.span.end && b.kind != Block::RowEnd &&
            b.kind != Block::TableEnd)
            m_task.span.end = b.end;
    }
}

TrdDocument Builder::finish()
{
    finishTask();

    // Title: the first H1 that is not the generic document-kind heading.
    for (const QString& h : std::as_const(m_h1)) {
        const QString low = h.toLower();
        if (low == u"technical requirements document" || low == u"product requirements document")
            continue;
        m_doc.title = h;
        break;
    }
    if (m_doc.title.isEmpty())
        m_doc.title = m_h1.value(0);

    // The document's own completion marker, the one written most often.
    int best = 0;
    for (const QString& m : std::as_const(m_markerOrder)) {
        if (m_markerTally.value(m) > best) {
            best = m_markerTally.value(m);
            m_doc.completionMarker = m;
        }
    }
    if (m_doc.completionMarker.isEmpty())
        m_doc.completionMarker = m_headingTasks > m_boldTasks ? QStringLiteral("✅ COMPLETED")
                                                              : QStringLiteral("✅ **COMPLETED**");

    for (const QString& id : std::as_const(m_repeatOrder)) {
        const auto [times, line] = m_repeats.value(id);
        const int first = m_doc.tasks.at(m_seen.value(id)).line;
        diag(line, QStringLiteral("trd-duplicate-id"),
             times == 2 ? tr("%1 is defined twice (first at line %2)").arg(id).arg(first)
                        : tr("%1 is defined %2 times (first at line %3)")
                              .arg(id, QString::number(times))
                              .arg(first),
             Diagnostic::Severity::Error);
    }
    for (const TrdSprint& s : std::as_const(m_doc.sprints)) {
        if (s.primary.isEmpty() && s.secondary.isEmpty())
            diag(s.line, QStringLiteral("trd-sprint-empty"), tr("%1 lists no tasks").arg(s.name));
    }
    if (m_doc.tasks.isEmpty())
        diag(0, QStringLiteral("trd-no-tasks"),
             tr("no tasks found (expected lines such as **TRD-001: Title** (4h))"),
             Diagnostic::Severity::Info);
    m_doc.reindex(std::move(m_seen));
    return std::move(m_doc);
}

void Builder::heading(const Block& b)
{
    const QString text = QString::fromUtf8(b.text).trimmed();
    const int level = std::clamp(b.level, 1, 6);
    if (level == 1)
        m_h1.append(text);
    const qsizetype e = idEnd(text, 0);
    if (e > 0) {
        finishTask();
        if (m_sprint >= 0 && level <= m_sprintLevel)
            endSprint();
        startTask(b, TrdTask::Form::Heading, level);
        return;
    }
    static const QRegularExpression sprintRe(
        QStringLiteral("^Sprint\\s+(\\d+)\\b\\s*[:\\-–—.]?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto sm = sprintRe.match(text);
    if (sm.hasMatch()) {
        finishTask();
        TrdSprint s;
        s.number = sm.captured(1).toInt();
        s.line = lineOf(b.begin);
        QString rest = sm.captured(2).trimmed();
        static const QRegularExpression hoursRe(
            QStringLiteral("\\s*[-–—:,]?\\s*\\(?(\\d+(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours?)\\b\\s*(?:"
                           "total)?\\)?\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const auto hm = hoursRe.match(rest);
        if (hm.hasMatch()) {
            s.statedHours = hm.captured(1).replace(u',', u'.').toDouble();
            rest.truncate(hm.capturedStart());
        }
        static const QRegularExpression weeksRe(QStringLiteral("\\s*\\(([^)]*)\\)\\s*$"));
        const auto wm = weeksRe.match(rest);
        if (wm.hasMatch()) {
            s.weeks = wm.captured(1).trimmed();
            rest.truncate(wm.capturedStart());
        }
        s.title = rest.trimmed();
        s.name = s.title.isEmpty() ? QStringLiteral("Sprint %1").arg(s.number)
                                   : QStringLiteral("Sprint %1: %2").arg(s.number).arg(s.title);
        m_doc.sprints.append(s);
        m_sprint = int(m_doc.sprints.size() - 1);
        m_sprintLevel = level;
        m_sprintKey.clear();
        return;
    }
    if (m_inTask && m_task.form == TrdTask::Form::Heading && level > m_taskLevel) {
        m_taskSection = cleanHeading(text).toLower();
        return;
    }
    finishTask();
    if (m_sprint >= 0 && level <= m_sprintLevel)
        endSprint();
    m_headings[level] = cleanHeading(text);
    for (int l = level + 1; l <= 6; ++l)
        m_headings[l].clear();
}

void Builder::paragraph(const Block& b)
{
    const QString text = QString::fromUtf8(b.text);
    // A bold task line: the paragraph opens with a strong span holding the id.
    if (!b.strong.isEmpty() && b.strong.first().first == 0) {
        const QStringView lead = QStringView(text).trimmed();
        const qsizetype e = idEnd(lead, 0);
        const int strongEnd = utf16Length(QByteArrayView(b.text).first(b.strong.first().second));
        if (e > 0 && e <= strongEnd) {
            finishTask();
            endSprint();
            startTask(b, TrdTask::Form::BoldLine, 7);
            parseHeader(m_task, text, strongEnd);
            findMarkers(m_task);
            return;
        }
    }
    if (!b.breaks.isEmpty()) {
        for (const Block& l : splitLines(b))
            paragraph(l);
        return;
    }
    QString key, value;
    const bool isField = field(b, text, &key, &value);
    if (isField && key.contains(u"total", Qt::CaseInsensitive) && m_sprint < 0) {
        statedTotals(b, value);
        return;
    }
    if (m_inTask) {
        if (isField)
            taskField(b, key, value);
        else
            m_task.fields.append(TrdField{QString(), text.trimmed(), lineOf(b.begin)});
        return;
    }
    if (m_sprint >= 0 && isField) {
        const QString k = key.toLower();
        TrdSprint& s = m_doc.sprints[m_sprint];
        if (k.contains(u"goal")) {
            s.goal = value;
            m_sprintKey = QStringLiteral("goal");
        } else if (k.contains(u"primary")) {
            m_sprintKey = QStringLiteral("primary");
        } else if (k.contains(u"secondary") || k.contains(u"stretch")) {
            m_sprintKey = QStringLiteral("secondary");
        } else if (k.contains(u"deliverable")) {
            m_sprintKey = QStringLiteral("deliverables");
        } else if (k.contains(u"success") || k.contains(u"criteria")) {
            m_sprintKey = QStringLiteral("success");
        } else if (k.contains(u"task")) {
            m_sprintKey = QStringLiteral("primary");
        } else {
            m_sprintKey.clear();
        }
        if (!value.isEmpty() && (m_sprintKey == u"primary" || m_sprintKey == u"secondary"))
            sprintEntry(b, value);
        return;
    }
}

void Builder::statedTotals(const Block& b, const QString& value)
{
    if (m_doc.statedTotalHours >= 0)
        return;
    static const QRegularExpression hoursRe(
        QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto hm = hoursRe.match(value);
    if (!hm.hasMatch())
        return;
    m_doc.statedTotalHours = hm.captured(1).replace(u',', u'.').toDouble();
    m_doc.statedTotalLine = lineOf(b.begin);
    static const QRegularExpression tasksRe(QStringLiteral("(\\d+)\\s+tasks?\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sprintsRe(QStringLiteral("(\\d+)\\s+sprints?\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (const auto tm = tasksRe.match(value); tm.hasMatch())
        m_doc.statedTaskCount = tm.captured(1).toInt();
    if (const auto sm = sprintsRe.match(value); sm.hasMatch())
        m_doc.statedSprintCount = sm.captured(1).toInt();
}

bool Builder::field(const Block& b, const QString& text, QString* key, QString* value) const
{
    return hasLeadingStrong(b) ? strongField(b, key, value) : plainField(text, key, value);
}

// `**Key**: value` or `**Key:** value`, cut on the bytes so only the two results are decoded.
bool Builder::strongField(const Block& b, QString* key, QString* value) const
{
    const int se = b.strong.first().second;
    QByteArrayView k = QByteArrayView(b.text.constData(), se).trimmed();
    QByteArrayView v = QByteArrayView(b.text.constData() + se, b.text.size() - se).trimmed();
    if (k.endsWith(':'))
        k.chop(1);
    else if (v.startsWith(':'))
        v = v.sliced(1);
    else
        return false;
    *key = internedKey(k.trimmed());
    *value = QString::fromUtf8(v.trimmed()).trimmed();
    return !key->isEmpty();
}

bool Builder::plainField(const QString& text, QString* key, QString* value) const
{
    static const QRegularExpression plain(
        QStringLiteral("^\\s*(Dependencies|Depends on|Blocked by|Validation|References?|"
                       "Estimate|Effort|Hours|Priority|Status|Note|Sprint)\\s*:\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);

    const auto m = plain.match(text);
    if (!m.hasMatch())
        return false;
    *key = m.captured(1);
    *value = m.captured(2).trimmed();
    return true;
}

void Builder::item(const Block& b)
{
    if (m_inTask) {
        if (b.isTask) {
            TrdSubtask s;
            s.text = QString::fromUtf8(b.text).trimmed();
            s.checked = b.mark == 'x' || b.mark == 'X';
            s.markOffset = b.markOffset;
            const qsizetype ls = m_lines.lineStart(b.markOffset);
            s.span = ByteSpan{ls, m_lines.lineEnd(m_bytes, b.markOffset)};
            s.line = lineOf(b.markOffset);
            if (s.span.end > m_task.span.end)
                m_task.span.end = s.span.end;
            if (m_task.subtasks.isEmpty())
                m_task.subtasks.reserve(8);
            m_task.subtasks.append(std::move(s));
            return;
        }
        QString key, value;
        if (hasLeadingStrong(b) && strongField(b, &key, &value)) {
            taskField(b, key, value);
            return;
        }
        const QString text = QString::fromUtf8(b.text);
        if (!hasLeadingStrong(b) && plainField(text, &key, &value)) {
            taskField(b, key, value);
            return;
        }
        if (m_taskSection.contains(u"depend")) {
            taskField(b, QStringLiteral("Dependencies"), text);
            return;
        }
        m_task.fields.append(TrdField{QString(), text.trimmed(), lineOf(b.begin)});
        return;
    }
    if (m_sprint < 0)
        return;
    const QString text = QString::fromUtf8(b.text).trimmed();
    TrdSprint& s = m_doc.sprints[m_sprint];
    if (m_sprintKey == u"deliverables")
        s.deliverables << text;
    else if (m_sprintKey == u"success")
        s.successCriteria << text;
    else if (m_sprintKey == u"goal")
        s.goal += (s.goal.isEmpty() ? QString() : QStringLiteral(" ")) + text;
    else
        sprintEntry(b, text);
}

void Builder::sprintEntry(const Block& b, const QString& text)
{
    TrdSprint& s = m_doc.sprints[m_sprint];
    const QStringList ids = TrdParser::findIds(text);
    if (ids.isEmpty()) {
        diag(lineOf(b.begin), QStringLiteral("trd-sprint-entry"),
             tr("%1: list entry without a task id: %2").arg(s.name, text.left(60)));
        return;
    }
    // "TRD-001: Title (6h)" names one task; "TRD-001, TRD-002" (a paragraph) several.
    const QStringList take = b.kind == Block::Item ? ids.mid(0, 1) : ids;
    for (const QString& id : take) {
        if (m_sprintKey == u"secondary")
            s.secondary << id;
        else
            s.primary << id;
        s.taskLines.insert(id, lineOf(b.begin));
    }
}

void Builder::taskField(const Block& b, const QString& rawKey, const QString& value)
{
    QString key = rawKey;
    if (key.contains(u'⚠')) {
        key.remove(QStringLiteral("⚠️")).remove(QStringLiteral("⚠"));
        key = key.trimmed();
    }
    // Compared without folding a copy: this runs for every field line of every task.
    const QStringView k = key;
    auto is = [&](QStringView w) { return k.compare(w, Qt::CaseInsensitive) == 0; };
    auto starts = [&](QStringView w) { return k.startsWith(w, Qt::CaseInsensitive); };
    const int line = lineOf(b.begin);
    if (m_task.fields.isEmpty())
        m_task.fields.reserve(4);
    m_task.fields.append(TrdField{key, value, line});
    if (starts(u"depend") || is(u"blocked by") || is(u"prerequisites")) {
        const QStringList ids = TrdParser::findIds(value);
        if (ids.isEmpty()) {
            const QString v = value.trimmed().toLower();
            if (!v.isEmpty() && !v.startsWith(u"none") && v != u"-" && v != u"n/a" && v != u"—")
                diag(line, QStringLiteral("trd-dependency-unreadable"),
                     tr("%1: no task id in Dependencies \"%2\"").arg(m_task.id, value.left(60)));
        }
        for (const QString& id : ids) {
            if (!m_task.dependencies.contains(id))
                m_task.dependencies << id;
            m_doc.dependencies.append(
                TrdDependency{id, m_task.id, TrdDependency::Source::Field, line});
        }
        if (m_task.dependenciesLine == 0)
            m_task.dependenciesLine = line;
    } else if (starts(u"validation") || starts(u"acceptance")) {
        if (m_task.validation.isEmpty())
            m_task.validation = value; // shared, not copied
        else
            m_task.validation += u'\n' + value;
    } else if (starts(u"reference")) {
        static const QRegularExpression rangeRe(
            QStringLiteral("^\\s*(\\d+)(?:\\s*[-–]\\s*(\\d+))?\\s*$"));
        QString lastFile;
        auto add = [&](const QString& file, int a, int z, const QString& text) {
            TrdReference r;
            r.file = file.startsWith(u'/') ? file.mid(1) : file;
            r.firstLine = a;
            r.lastLine = z > 0 ? z : a;
            r.text = text;
            r.line = line;
            m_task.references.append(r);
        };
        if (!b.code.isEmpty()) {
            for (const auto& [cs, ce] : b.code) {
                const QString span = QString::fromUtf8(b.text.constData() + cs, ce - cs);
                if (const TrdScan::FileRef f = TrdScan::findFileRef(span); f.start >= 0) {
                    lastFile = f.file.toString();
                    add(lastFile, f.firstLine, f.lastLine, span);
                } else if (const auto r = rangeRe.match(span);
                           r.hasMatch() && !lastFile.isEmpty()) {
                    add(lastFile, r.captured(1).toInt(), r.captured(2).toInt(), span);
                }
            }
        } else {
            for (TrdScan::FileRef f = TrdScan::findFileRef(value); f.start >= 0;
                 f = TrdScan::findFileRef(value, f.end))
                add(f.file.toString(), f.firstLine, f.lastLine,
                    value.mid(f.start, f.end - f.start));
        }
    } else if (is(u"note") || k.endsWith(u" note", Qt::CaseInsensitive)) {
        m_task.note += (m_task.note.isEmpty() ? QString() : QStringLiteral("\n")) + value;
    } else if (is(u"estimate") || is(u"effort") || is(u"hours")) {
        static const QRegularExpression num(QStringLiteral("(\\d+(?:[.,]\\d+)?)"));
        if (const auto m = num.match(value); m.hasMatch() && !m_task.hasHours())
            m_task.hours = m.captured(1).replace(u',', u'.').toDouble();
    } else if (is(u"priority")) {
        const QString p = value.section(u' ', 0, 0).toUpper().remove(u'*');
        static const QHash<QString, QString> pmap{
            {QStringLiteral("P0"), QStringLiteral("CRITICAL")},
            {QStringLiteral("P1"), QStringLiteral("HIGH")},
            {QStringLiteral("P2"), QStringLiteral("MEDIUM")},
            {QStringLiteral("P3"), QStringLiteral("LOW")}};
        if (m_task.priority.isEmpty())
            m_task.priority = pmap.value(p, p);
    } else if (is(u"status")) {
        const QString v = value.toLower();
        if (v.contains(u"✅") || v.contains(u"done") || v.contains(u"complete")) {
            m_task.marker = TrdTask::Marker::Completed;
            m_task.markerText = value;
        } else if (v.contains(u"progress") || v.contains(u"wip")) {
            m_task.marker = TrdTask::Marker::InProgress;
            m_task.markerText = value;
        }
    }
}

void Builder::code(const Block& b)
{
    if (b.info != "mermaid")
        return;
    static const QRegularExpression arrowRe(
        QStringLiteral("\\s*(?:--\\s[^>]*?\\s-->|<?-{2,}>|<?={2,}>|<?-\\.+->|-\\.-|-{3,}|={3,})\\s*"
                       "(?:\\|[^|]*\\|\\s*)?"));
    static const QRegularExpression nodeRe(
        QStringLiteral("^\\s*([A-Za-z0-9_\\-]+)\\s*(?:\\[+\\(?\"?([^\\]\"]*)|\\(+\\[?\"?([^)\"]*)|"
                       "\\{+\"?([^}\"]*)|>\"?([^\\]\"]*))?"));
    QHash<QString, QString> nodeIds;
    QList<TrdDependency> edges;
    Diagnostics pending;
    int pos = 0;
    const QByteArray& text = b.text;
    while (pos < text.size()) {
        int nl = int(text.indexOf('\n', pos));
        if (nl < 0)
            nl = int(text.size());
        const QString line = QString::fromUtf8(text.constData() + pos, nl - pos).trimmed();
        const int lineNo = lineOf(b.srcOffset(pos));
        pos = nl + 1;
        if (line.isEmpty() || line.startsWith(u"%%") || line.startsWith(u"graph") ||
            line.startsWith(u"flowchart") || line.startsWith(u"classDef") ||
            line.startsWith(u"class ") || line.startsWith(u"style") || line.startsWith(u"click") ||
            line.startsWith(u"subgraph") || line == u"end" || line.startsWith(u"linkStyle"))
            continue;
        // The common `A[...] --> B[...]` form without regular expressions (maps with
        // thousands of edges); anything fancier goes through arrowRe.
        const bool plainArrows =
            line.contains(QStringLiteral("-->")) && !line.contains(u'|') &&
            !line.contains(QStringLiteral("-.")) && !line.contains(QStringLiteral("==")) &&
            !line.contains(QStringLiteral("---")) && !line.contains(QStringLiteral("-- "));
        QStringList regexPieces; // owns the pieces of the rare non-plain lines
        QList<QStringView> pieces;
        if (plainArrows) {
            pieces = QStringView(line).split(u"-->");
        } else {
            regexPieces = line.split(arrowRe);
            for (const QString& piece : std::as_const(regexPieces))
                pieces << QStringView(piece);
        }
        QList<QStringList> groups;
        for (const QStringView piece : std::as_const(pieces)) {
            QStringList ids;
            for (const QStringView node : piece.split(u'&')) {
                QString name;
                QString label;
                const QStringView nv = QStringView(node).trimmed();
                qsizetype k = 0;
                while (k < nv.size() &&
                       (nv[k].isLetterOrNumber() || nv[k] == u'_' || nv[k] == u'-'))
                    ++k;
                if (k > 0 && (k == nv.size() || (nv[k] == u'[' && nv.endsWith(u']') &&
                                                 !nv.mid(k + 1).contains(u'[')))) {
                    name = nv.left(k).toString();
                    if (k < nv.size())
                        label = nv.mid(k + 1, nv.size() - k - 2).toString();
                } else {
                    const auto m = nodeRe.match(node.toString());
                    if (!m.hasMatch())
                        continue;
                    name = m.captured(1);
                    for (int c = 2; c <= 5 && label.isEmpty(); ++c)
                        label = m.captured(c);
                }
                QString id;
                if (const qsizetype e = idEnd(QStringView(label).trimmed(), 0); e > 0) {
                    id = QStringView(label).trimmed().left(e).toString();
                    nodeIds.insert(name, id);
                } else {
                    if (!nodeIds.isEmpty())
                        id = nodeIds.value(name);
                    if (id.isEmpty())
                        id = TrdParser::idFromNodeName(name);
                }
                if (id.isEmpty())
                    pending.append(
                        Diagnostic{m_doc.path, lineNo, 0, QStringLiteral("trd-mermaid-node"),
                                   tr("mermaid node \"%1\" does not name a task").arg(name),
                                   Diagnostic::Severity::Warning});
                ids << id;
            }
            groups << ids;
        }
        for (int g = 0; g + 1 < groups.size(); ++g) {
            for (const QString& from : groups.at(g)) {
                for (const QString& to : groups.at(g + 1)) {
                    if (!from.isEmpty() && !to.isEmpty())
                        edges.append(
                            TrdDependency{from, to, TrdDependency::Source::Mermaid, lineNo});
                }
            }
        }
    }
    if (edges.isEmpty())
        return; // an architecture diagram, not a task map
    m_doc.hasMermaidMap = true;
    m_doc.dependencies.append(edges);
    m_doc.diagnostics.append(pending);
}

void Builder::table()
{
    if (m_tableRows.size() < 2)
        return;
    enum Col
    {
        Id,
        Title,
        Hours,
        Priority,
        Status,
        Deps,
        Category,
        Sprint,
        Count
    };
    int col[Count];
    std::fill(std::begin(col), std::end(col), -1);
    const auto& head = m_tableRows.first();
    for (int i = 0; i < head.size(); ++i) {
        const QString h = QString::fromUtf8(head.at(i).text).trimmed().toLower();
        auto set = [&](Col c) {
            if (col[c] < 0)
                col[c] = i;
        };
        if (h == u"id" || h == u"#" || h == u"task id" || h == u"key")
            set(Id);
        else if (h.contains(u"depend") || h.contains(u"blocked"))
            set(Deps);
        else if (h.contains(u"estimate") || h.contains(u"hour") || h.contains(u"effort") ||
                 h == u"h" || h.contains(u"hrs"))
            set(Hours);
        else if (h.contains(u"priority"))
            set(Priority);
        else if (h.contains(u"status") || h == u"state" || h == u"done")
            set(Status);
        else if (h.contains(u"sprint"))
            set(Sprint);
        else if (h.contains(u"category") || h.contains(u"area") || h.contains(u"epic"))
            set(Category);
        else if (h.contains(u"task") || h.contains(u"title") || h.contains(u"name") ||
                 h.contains(u"summary") || h.contains(u"description"))
            set(Title);
    }
    for (qsizetype r = 1; r < m_tableRows.size(); ++r) {
        const auto& row = m_tableRows.at(r);
        auto cell = [&](int c) {
            return c >= 0 && c < row.size() ? QString::fromUtf8(row.at(c).text).trimmed()
                                            : QString();
        };
        QString id;
        int idCol = col[Id];
        if (idCol < 0) {
            for (int c = 0; c < row.size() && id.isEmpty(); ++c) {
                const QString t = cell(c);
                if (const qsizetype e = idEnd(t, 0); e > 0) {
                    id = t.left(e);
                    idCol = c;
                }
            }
        } else {
            const QString t = cell(idCol);
            if (const qsizetype e = idEnd(t, 0); e > 0)
                id = t.left(e);
        }
        if (id.isEmpty())
            continue;
        qsizetype rowBegin = -1;
        for (const Block& cb : row) {
            if (cb.begin >= 0) {
                rowBegin = cb.begin;
                break;
            }
        }
        if (m_sprint >= 0) {
            TrdSprint& s = m_doc.sprints[m_sprint];
            s.primary << id;
            s.taskLines.insert(id, lineOf(rowBegin));
            continue;
        }
        finishTask();
        m_task = TrdTask();
        m_inTask = true;
        m_task.form = TrdTask::Form::TableRow;
        m_task.id = id;
        m_task.line = lineOf(rowBegin);
        m_task.category = col[Category] >= 0 ? cell(col[Category]) : category(7);
        QString title = col[Title] >= 0 && col[Title] != idCol ? cell(col[Title]) : cell(idCol);
        if (title.startsWith(id))
            title = title.mid(id.size());
        while (!title.isEmpty() &&
               (title.at(0) == u':' || title.at(0) == u'-' || title.at(0).isSpace()))
            title.remove(0, 1);
        m_task.title = title.trimmed();
        static const QRegularExpression num(QStringLiteral("(\\d+(?:[.,]\\d+)?)"));
        if (const auto m = num.match(cell(col[Hours])); col[Hours] >= 0 && m.hasMatch())
            m_task.hours = m.captured(1).replace(u',', u'.').toDouble();
        if (col[Priority] >= 0)
            m_task.priority =
                cell(col[Priority]).toUpper().remove(u'*').remove(QStringLiteral(" PRIORITY"));
        if (col[Status] >= 0) {
            const QString st = cell(col[Status]);
            const QString low = st.toLower();
            if (low.contains(u"✅") || low.contains(u"done") || low.contains(u"complete") ||
                low == u"[x]" || low == u"x") {
                m_task.marker = TrdTask::Marker::Completed;
                m_task.markerText = st;
            } else if (low.contains(u"progress") || low.contains(u"wip")) {
                m_task.marker = TrdTask::Marker::InProgress;
                m_task.markerText = st;
            }
        }
        if (col[Deps] >= 0) {
            const QStringList ids = TrdParser::findIds(cell(col[Deps]));
            for (const QString& d : ids) {
                m_task.dependencies << d;
                m_doc.dependencies.append(
                    TrdDependency{d, id, TrdDependency::Source::Field, m_task.line});
            }
            m_task.dependenciesLine = m_task.line;
        }
        if (col[Status] >= 0 && rowBegin >= 0) {
            // The Status cell's bytes, so completing or reopening a row rewrites just them.
            const QList<ByteSpan> cells =
                tableCells(m_lines.lineStart(rowBegin), m_lines.lineEnd(m_bytes, rowBegin));
            if (col[Status] < cells.size()) {
                m_task.statusCell = cells.at(col[Status]);
                m_task.statusCellRaw =
                    m_bytes.mid(m_task.statusCell.begin, m_task.statusCell.size());
            }
        }
        for (int c = 0; c < row.size(); ++c) {
            if (c == idCol || c == col[Title] || c >= head.size())
                continue;
            m_task.fields.append(
                TrdField{QString::fromUtf8(head.at(c).text).trimmed(), cell(c), m_task.line});
        }
        finishTask();
    }
}

// The content of each cell of the table row in [begin, end), without the padding around
// it; an empty cell is an empty span after its first space. As in GFM (and md4c), only an
// escaped pipe does not end a cell, also inside a code span.
QList<ByteSpan> Builder::tableCells(qsizetype begin, qsizetype end) const
{
    QList<ByteSpan> cells;
    auto isBlank = [this](qsizetype i) { return m_bytes.at(i) == ' ' || m_bytes.at(i) == '\t'; };
    qsizetype i = begin;
    while (i < end && isBlank(i))
        ++i;
    if (i < end && m_bytes.at(i) == '|')
        ++i;
    while (i < end) {
        const qsizetype start = i;
        while (i < end && m_bytes.at(i) != '|') {
            if (m_bytes.at(i) == '\\' && i + 1 < end)
                ++i;
            ++i;
        }
        const qsizetype stop = i;
        if (stop == end && cells.size() > 0 && [&] {
                for (qsizetype k = start; k < stop; ++k) {
                    if (!isBlank(k))
                        return false;
                }
                return true;
            }())
            break; // blanks after the closing pipe
        qsizetype a = start;
        qsizetype z = stop;
        while (a < z && isBlank(a))
            ++a;
        while (z > a && isBlank(z - 1))
            --z;
        if (a == z)
            a = z = std::min(start + 1, stop);
        cells.append(ByteSpan{a, z});
        ++i; // the pipe
    }
    return cells;
}

void Builder::startTask(const Block& b, TrdTask::Form form, int level)
{
    m_task = TrdTask();
    m_inTask = true;
    m_taskSection.clear();
    m_task.form = form;
    m_taskLevel = level;
    m_task.line = lineOf(b.begin);
    const qsizetype ls = m_lines.lineStart(b.begin);
    const qsizetype le = m_lines.lineEnd(m_bytes, std::max(b.begin, b.end - 1));
    m_task.headerSpan = ByteSpan{ls, le};
    m_task.span = ByteSpan{ls, le};
    m_task.category = category(level);
    if (form == TrdTask::Form::Heading) {
        ++m_headingTasks;
        parseHeader(m_task, QString::fromUtf8(b.text).trimmed(), -1);
        findMarkers(m_task);
    } else {
        ++m_boldTasks;
    }
}

void Builder::parseHeader(TrdTask& t, const QString& text, qsizetype strongEnd)
{
    const QStringView s = QStringView(text);
    qsizetype i = 0;
    while (i < s.size() && s[i].isSpace())
        ++i;
    const qsizetype e = idEnd(s, i);
    t.id = s.mid(i, e - i).toString();
    qsizetype p = e;
    while (p < s.size() && (s[p].isSpace() || s[p] == u':' || s[p] == u'.' || s[p] == u'-' ||
                            s[p] == u'–' || s[p] == u'—'))
        ++p;
    qsizetype titleEnd = s.size();
    if (strongEnd > p) {
        titleEnd = strongEnd;
    } else {
        if (const TrdScan::Hours h = TrdScan::findHours(s, p); h.start >= 0)
            titleEnd = h.start;
        for (const char16_t* stop : {u" - ", u" — ", u" – ", u"✅", u"⚠", u" | "}) {
            const qsizetype at = s.indexOf(QStringView(stop), p);
            if (at >= 0 && at < titleEnd)
                titleEnd = at;
        }
    }
    t.title = s.mid(p, titleEnd - p).trimmed().toString();
    while (t.title.endsWith(u':') || t.title.endsWith(u'-'))
        t.title.chop(1);
    t.title = t.title.trimmed();
    const QStringView tail = s.mid(titleEnd);
    if (const TrdScan::Hours h = TrdScan::findHours(tail); h.start >= 0)
        t.hours = h.hours;
    t.priority = TrdScan::findPriority(tail);
    if (TrdScan::hasDoneMarker(tail))
        t.marker = TrdTask::Marker::Completed;
    else if (TrdScan::hasProgressMarker(tail))
        t.marker = TrdTask::Marker::InProgress;
    qsizetype w = tail.indexOf(u'⚠');
    while (w >= 0) {
        qsizetype start = w + 1;
        if (start < tail.size() && tail.at(start).unicode() == 0xFE0F)
            ++start;
        qsizetype stop = tail.size();
        for (const char16_t* end : {u"✅", u"⚠", u" ("}) {
            const qsizetype at = tail.indexOf(QStringView(end), start);
            if (at >= 0 && at < stop)
                stop = at;
        }
        const QString flag = tail.mid(start, stop - start).trimmed().toString();
        if (!flag.isEmpty())
            t.flags << flag;
        w = tail.indexOf(u'⚠', start);
    }
    if (t.title.isEmpty())
        diag(t.line, QStringLiteral("trd-task-no-title"), tr("%1 has no title").arg(t.id));
}

// Markers are found in the header's raw bytes so write-back knows exactly what to remove.
void Builder::findMarkers(TrdTask& t)
{
    const QByteArrayView line =
        QByteArrayView(m_bytes).sliced(t.headerSpan.begin, t.headerSpan.size());
    const qsizetype base = t.headerSpan.begin;
    auto mid = [&line](qsizetype q, qsizetype n) {
        q = std::clamp<qsizetype>(q, 0, line.size());
        return line.sliced(q, std::min(n, line.size() - q));
    };
    auto backOverSpace = [&](qsizetype p) {
        while (p > 0 && (line.at(p - 1) == ' ' || line.at(p - 1) == '\t'))
            --p;
        return p;
    };
    auto word = [&](qsizetype q, std::initializer_list<const char*> words) -> qsizetype {
        for (const char* w : words) {
            const qsizetype n = qsizetype(std::strlen(w));
            if (mid(q, n) == w)
                return q + n;
        }
        return -1;
    };
    if (t.marker == TrdTask::Marker::Completed) {
        qsizetype start = line.indexOf("\xE2\x9C\x85"); // ✅
        qsizetype q = -1;
        if (start >= 0) {
            q = start + 3;
            qsizetype r = q;
            while (r < line.size() && line.at(r) == ' ')
                ++r;
            const bool bold = mid(r, 2) == "**";
            const qsizetype w = word(bold ? r + 2 : r, {"COMPLETED", "COMPLETE", "DONE"});
            if (w > 0) {
                q = w;
                if (bold && mid(q, 2) == "**")
                    q += 2;
            }
        } else {
            for (const char* m :
                 {"**COMPLETED**", "**COMPLETE**", "**DONE**", "COMPLETED", "COMPLETE", "DONE"}) {
                start = line.indexOf(m);
                if (start >= 0) {
                    q = start + qsizetype(std::strlen(m));
                    break;
                }
            }
        }
        if (start >= 0 && q > start) {
            const qsizetype b = backOverSpace(start);
            t.markerSpan = ByteSpan{base + b, base + q};
            t.markerRaw = mid(b, q - b).toByteArray();
            t.markerText = QString::fromUtf8(mid(start, q - start));
            if (!m_markerTally.contains(t.markerText))
                m_markerOrder.append(t.markerText);
            m_markerTally[t.markerText] += 1;
        }
    } else if (t.marker == TrdTask::Marker::InProgress) {
        qsizetype p = line.indexOf("IN PROGRESS");
        if (p < 0)
            p = line.indexOf("In Progress");
        if (p >= 0) {
            qsizetype q = p + 11;
            if (mid(q, 2) == "**")
                q += 2;
            if (p >= 2 && mid(p - 2, 2) == "**")
                p -= 2;
            p = backOverSpace(p);
            if (p >= 4 && static_cast<unsigned char>(line.at(p - 4)) == 0xF0)
                p = backOverSpace(p - 4);
            t.inProgressSpan = ByteSpan{base + p, base + q};
            t.inProgressRaw = mid(p, q - p).toByteArray();
            t.markerText = QString::fromUtf8(mid(p, q - p)).trimmed();
        } else {
            t.markerText = QStringLiteral("IN PROGRESS");
        }
    }
}

void Builder::finishTask()
{
    if (!m_inTask)
        return;
    m_inTask = false;
    TrdTask& t = m_task;
    if (t.span.end >= 0 && t.form != TrdTask::Form::TableRow)
        t.span.end = m_lines.lineEnd(m_bytes, std::max(t.span.begin, t.span.end - 1));
    if (const auto seen = m_seen.constFind(t.id); seen != m_seen.constEnd()) {
        auto it = m_repeats.find(t.id);
        if (it == m_repeats.end()) {
            m_repeats.insert(t.id, {2, t.line});
            m_repeatOrder.append(t.id);
        } else {
            ++it->first;
        }
    } else {
        m_seen.insert(t.id, int(m_doc.tasks.size()));
        if (!t.hasHours())
            diag(t.line, QStringLiteral("trd-task-no-hours"), tr("%1 has no estimate").arg(t.id),
                 Diagnostic::Severity::Info);
    }
    m_doc.tasks.append(std::move(t));
    m_task = TrdTask();
}

} // namespace

namespace TrdParser {

QStringList findIds(QStringView text)
{
    QStringList out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() < 'A' || text[i].unicode() > 'Z')
            continue;
        const qsizetype e = idEnd(text, i);
        if (e > 0) {
            out << text.mid(i, e - i).toString();
            i = e;
        }
    }
    return out;
}

QString idFromNodeName(QStringView node)
{
    if (const qsizetype e = idEnd(node, 0); e == node.size())
        return node.toString();
    qsizetype i = 0;
    while (i < node.size() && node[i].isLetter() && node[i].unicode() < 128)
        ++i;
    if (i < 2 || i == node.size())
        return {};
    qsizetype j = i;
    if (node[j] == u'_')
        ++j;
    const qsizetype digits = j;
    while (j < node.size() && node[j].unicode() >= '0' && node[j].unicode() <= '9')
        ++j;
    if (j != node.size() || j == digits)
        return {};
    QString id(i + 1 + (node.size() - digits), Qt::Uninitialized);
    QChar* out = id.data();
    for (qsizetype k = 0; k < i; ++k)
        *out++ = node[k].toUpper();
    *out++ = u'-';
    for (qsizetype k = digits; k < node.size(); ++k)
        *out++ = node[k];
    return id;
}

TrdDocument parse(const QByteArray& utf8, const QString& path, Threads threads)
{
    // Below this size a thread costs more than it saves (a typical TRD is 20-100 KB).
    constexpr qsizetype pipelineFrom = 512 * 1024;
    const bool pipelined =
        threads == Threads::Auto && utf8.size() >= pipelineFrom && QThread::idealThreadCount() > 1;
    Builder builder(utf8, path);
    const int rc = pipelined ? TrdBlockReader::parsePipelined(utf8, builder)
                             : TrdBlockReader::parse(utf8, builder);
    TrdDocument doc = builder.finish();
    if (rc != 0)
        doc.diagnostics.append(Diagnostic{path, 0, 0, QStringLiteral("trd-markdown"),
                                          tr("the markdown parser stopped early (%1)").arg(rc),
                                          Diagnostic::Severity::Error});
    if (const qsizetype bad = firstInvalidUtf8(utf8); bad >= 0) {
        const LineIndex lines(utf8);
        doc.diagnostics.append(Diagnostic{path, lines.lineOf(bad),
                                          int(bad - lines.lineStart(bad)) + 1,
                                          QStringLiteral("trd-encoding"),
                                          tr("the file is not valid UTF-8 here; such bytes are "
                                             "shown as \uFFFD and left untouched on save"),
                                          Diagnostic::Severity::Warning});
    }
    return doc;
}

} // namespace TrdParser

} // namespace pwb
