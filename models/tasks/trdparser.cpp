// SPDX-License-Identifier: MIT
#include "trdparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <md4c.h>

#include <algorithm>
#include <cstring>

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("TrdParser", s);
}

// ---------------------------------------------------------------------------------------
// Pass 1: md4c turns the bytes into a flat list of leaf blocks (headings, paragraphs, list
// items, code blocks, table cells) with their text, strong/code spans and source offsets.

struct Chunk
{
    int textPos;
    qsizetype src;
};

struct Block
{
    enum Kind
    {
        Heading,
        Paragraph,
        Item,
        Code,
        Cell,
        Hr,
        RowEnd,
        TableEnd
    };
    Kind kind = Paragraph;
    int level = 0; // heading level; list depth for items
    bool isTask = false;
    bool headerCell = false;
    char mark = ' ';
    qsizetype markOffset = -1;
    qsizetype begin = -1;
    qsizetype end = -1;
    QByteArray text;
    QByteArray info; // code block language
    QList<Chunk> chunks;
    QList<QPair<int, int>> strong; // byte ranges in text
    QList<QPair<int, int>> code;
    QList<int> breaks; // text positions of soft/hard line breaks

    qsizetype srcOffset(int pos) const
    {
        if (chunks.isEmpty())
            return begin;
        auto it = std::upper_bound(chunks.cbegin(), chunks.cend(), pos,
                                   [](int p, const Chunk& c) { return p < c.textPos; });
        if (it == chunks.cbegin())
            return chunks.first().src;
        --it;
        return it->src + (pos - it->textPos);
    }
};

struct Collector
{
    const char* base = nullptr;
    qsizetype size = 0;
    QList<Block> blocks;
    QList<int> stack; // block index, or -1 for containers
    QList<int> strongStart;
    int codeStart = -1;
    int listDepth = 0;

    int current() const { return stack.isEmpty() ? -1 : stack.last(); }

    int add(Block::Kind kind, int level = 0)
    {
        Block b;
        b.kind = kind;
        b.level = level;
        blocks.append(std::move(b));
        return int(blocks.size() - 1);
    }

    bool inInput(const char* p, qsizetype n) const
    {
        const auto a = reinterpret_cast<quintptr>(p);
        const auto lo = reinterpret_cast<quintptr>(base);
        return a >= lo && a + quintptr(n) <= lo + quintptr(size);
    }
};

int enterBlock(MD_BLOCKTYPE type, void* detail, void* userdata)
{
    auto* c = static_cast<Collector*>(userdata);
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        ++c->listDepth;
        c->stack.append(-1);
        break;
    case MD_BLOCK_LI: {
        const int i = c->add(Block::Item, c->listDepth);
        const auto* d = static_cast<const MD_BLOCK_LI_DETAIL*>(detail);
        if (d && d->is_task) {
            Block& b = c->blocks[i];
            b.isTask = true;
            b.mark = d->task_mark;
            b.markOffset = qsizetype(d->task_mark_offset);
        }
        c->stack.append(i);
        break;
    }
    case MD_BLOCK_P: {
        const int top = c->current();
        if (top >= 0 && c->blocks[top].kind == Block::Item) {
            // A loose list item's paragraphs are the item's text.
            if (!c->blocks[top].text.isEmpty())
                c->blocks[top].text.append(' ');
            c->stack.append(top);
        } else {
            c->stack.append(c->add(Block::Paragraph));
        }
        break;
    }
    case MD_BLOCK_H:
        c->stack.append(
            c->add(Block::Heading, int(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level)));
        break;
    case MD_BLOCK_CODE: {
        const int i = c->add(Block::Code);
        const auto* d = static_cast<const MD_BLOCK_CODE_DETAIL*>(detail);
        if (d && d->lang.text)
            c->blocks[i].info = QByteArray(d->lang.text, qsizetype(d->lang.size)).toLower();
        c->stack.append(i);
        break;
    }
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
        const int i = c->add(Block::Cell);
        c->blocks[i].headerCell = type == MD_BLOCK_TH;
        c->stack.append(i);
        break;
    }
    case MD_BLOCK_HR:
        c->add(Block::Hr);
        c->stack.append(-1);
        break;
    default: // document, quote, html, table, thead, tbody, tr
        c->stack.append(-1);
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* userdata)
{
    auto* c = static_cast<Collector*>(userdata);
    if (type == MD_BLOCK_UL || type == MD_BLOCK_OL)
        --c->listDepth;
    else if (type == MD_BLOCK_TR)
        c->add(Block::RowEnd);
    else if (type == MD_BLOCK_TABLE)
        c->add(Block::TableEnd);
    if (!c->stack.isEmpty())
        c->stack.removeLast();
    return 0;
}

int enterSpan(MD_SPANTYPE type, void*, void* userdata)
{
    auto* c = static_cast<Collector*>(userdata);
    const int cur = c->current();
    if (cur < 0)
        return 0;
    if (type == MD_SPAN_STRONG)
        c->strongStart.append(int(c->blocks[cur].text.size()));
    else if (type == MD_SPAN_CODE)
        c->codeStart = int(c->blocks[cur].text.size());
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void*, void* userdata)
{
    auto* c = static_cast<Collector*>(userdata);
    const int cur = c->current();
    if (cur < 0)
        return 0;
    Block& b = c->blocks[cur];
    if (type == MD_SPAN_STRONG && !c->strongStart.isEmpty())
        b.strong.append({c->strongStart.takeLast(), int(b.text.size())});
    else if (type == MD_SPAN_CODE && c->codeStart >= 0) {
        b.code.append({c->codeStart, int(b.text.size())});
        c->codeStart = -1;
    }
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata)
{
    auto* c = static_cast<Collector*>(userdata);
    const int cur = c->current();
    if (cur < 0)
        return 0;
    Block& b = c->blocks[cur];
    switch (type) {
    case MD_TEXT_SOFTBR:
    case MD_TEXT_BR:
        b.breaks.append(int(b.text.size()));
        b.text.append(' ');
        return 0;
    case MD_TEXT_NULLCHAR:
        b.text.append("\xEF\xBF\xBD");
        return 0;
    default:
        break;
    }
    const qsizetype n = qsizetype(size);
    if (c->inInput(text, n)) {
        const qsizetype src = text - c->base;
        if (b.chunks.isEmpty() ||
            b.chunks.last().src + (b.text.size() - b.chunks.last().textPos) != src)
            b.chunks.append(Chunk{int(b.text.size()), src});
        if (b.begin < 0)
            b.begin = src;
        b.end = std::max(b.end, src + n);
    }
    b.text.append(text, n);
    return 0;
}

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

bool isUpper(QChar c)
{
    return c.unicode() >= 'A' && c.unicode() <= 'Z';
}
bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}
bool isIdChar(QChar c)
{
    return isUpper(c) || isDigit(c) || c.unicode() == '_';
}

// End of a PREFIX-NNN id starting at i, or -1.
qsizetype idEnd(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    if (i >= n || !isUpper(s[i]))
        return -1;
    if (i > 0 && (s[i - 1].isLetterOrNumber() || s[i - 1] == u'-' || s[i - 1] == u'/'))
        return -1;
    qsizetype j = i + 1;
    while (j < n && isIdChar(s[j]))
        ++j;
    if (j >= n || s[j] != u'-')
        return -1;
    qsizetype k = j + 1;
    while (k < n && isDigit(s[k]))
        ++k;
    if (k == j + 1)
        return -1;
    if (k < n && (s[k].isLetter() || s[k] == u'_'))
        return -1;
    return k;
}

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
        auto it = std::upper_bound(starts.cbegin(), starts.cend(), offset);
        return int(it - starts.cbegin());
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

// First invalid UTF-8 byte, or -1.
qsizetype firstInvalidUtf8(const QByteArray& b)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData());
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
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

class Builder
{
public:
    Builder(const QByteArray& bytes, const QString& path)
        : m_bytes(bytes)
        , m_lines(bytes)
    {
        m_doc.path = path;
    }

    TrdDocument run(const QList<Block>& blocks);

private:
    void heading(const Block& b);
    void paragraph(const Block& b);
    void item(const Block& b);
    void code(const Block& b);
    void table();

    void startTask(const Block& b, TrdTask::Form form, int level);
    void finishTask();
    void endSprint() { m_sprint = -1; }
    void parseHeader(TrdTask& t, const QString& text, qsizetype strongEnd);
    void findMarkers(TrdTask& t);
    bool field(const Block& b, const QString& text, QString* key, QString* value) const;
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
    QList<const Block*> m_tableCells;
    QList<QList<const Block*>> m_tableRows;
    QHash<QString, int> m_markerTally;
    QStringList m_markerOrder;
    int m_boldTasks = 0;
    int m_headingTasks = 0;
};

TrdDocument Builder::run(const QList<Block>& blocks)
{
    for (const Block& b : blocks) {
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
            m_tableCells.append(&b);
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

    for (const TrdSprint& s : std::as_const(m_doc.sprints)) {
        if (s.primary.isEmpty() && s.secondary.isEmpty())
            diag(s.line, QStringLiteral("trd-sprint-empty"), tr("%1 lists no tasks").arg(s.name));
    }
    if (m_doc.tasks.isEmpty())
        diag(0, QStringLiteral("trd-no-tasks"),
             tr("no tasks found (expected lines such as **TRD-001: Title** (4h))"),
             Diagnostic::Severity::Info);
    m_doc.reindex();
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
        const int strongEnd =
            int(QString::fromUtf8(b.text.constData(), b.strong.first().second).size());
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
    if (!b.strong.isEmpty() && b.strong.first().first == 0) {
        const int se = b.strong.first().second;
        QString k = QString::fromUtf8(b.text.constData(), se).trimmed();
        QString v = QString::fromUtf8(b.text.constData() + se, b.text.size() - se).trimmed();
        if (k.endsWith(u':'))
            k.chop(1);
        else if (v.startsWith(u':'))
            v.remove(0, 1);
        else
            return false;
        *key = k.trimmed();
        *value = v.trimmed();
        return !key->isEmpty();
    }
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
            m_task.subtasks.append(s);
            if (s.span.end > m_task.span.end)
                m_task.span.end = s.span.end;
            return;
        }
        const QString text = QString::fromUtf8(b.text);
        QString key, value;
        if (field(b, text, &key, &value)) {
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
    key.remove(QStringLiteral("⚠️")).remove(QStringLiteral("⚠"));
    key = key.trimmed();
    const QString k = key.toLower();
    const int line = lineOf(b.begin);
    m_task.fields.append(TrdField{key, value, line});
    if (k.startsWith(u"depend") || k == u"blocked by" || k == u"prerequisites") {
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
    } else if (k.startsWith(u"validation") || k.startsWith(u"acceptance")) {
        m_task.validation +=
            (m_task.validation.isEmpty() ? QString() : QStringLiteral("\n")) + value;
    } else if (k.startsWith(u"reference")) {
        static const QRegularExpression fileRe(QStringLiteral(
            "([\\w.@~/+-]*[\\w-]\\.[A-Za-z0-9]{1,8}):(\\d+)(?:\\s*[-–]\\s*(\\d+))?"));
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
                if (const auto m = fileRe.match(span); m.hasMatch()) {
                    lastFile = m.captured(1);
                    add(lastFile, m.captured(2).toInt(), m.captured(3).toInt(), span);
                } else if (const auto r = rangeRe.match(span);
                           r.hasMatch() && !lastFile.isEmpty()) {
                    add(lastFile, r.captured(1).toInt(), r.captured(2).toInt(), span);
                }
            }
        } else {
            auto it = fileRe.globalMatch(value);
            while (it.hasNext()) {
                const auto m = it.next();
                add(m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(0));
            }
        }
    } else if (k == u"note" || k.endsWith(u" note")) {
        m_task.note += (m_task.note.isEmpty() ? QString() : QStringLiteral("\n")) + value;
    } else if (k == u"estimate" || k == u"effort" || k == u"hours") {
        static const QRegularExpression num(QStringLiteral("(\\d+(?:[.,]\\d+)?)"));
        if (const auto m = num.match(value); m.hasMatch() && !m_task.hasHours())
            m_task.hours = m.captured(1).replace(u',', u'.').toDouble();
    } else if (k == u"priority") {
        const QString p = value.section(u' ', 0, 0).toUpper().remove(u'*');
        static const QHash<QString, QString> pmap{
            {QStringLiteral("P0"), QStringLiteral("CRITICAL")},
            {QStringLiteral("P1"), QStringLiteral("HIGH")},
            {QStringLiteral("P2"), QStringLiteral("MEDIUM")},
            {QStringLiteral("P3"), QStringLiteral("LOW")}};
        if (m_task.priority.isEmpty())
            m_task.priority = pmap.value(p, p);
    } else if (k == u"status") {
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
        const QStringList pieces = line.split(arrowRe);
        QList<QStringList> groups;
        for (const QString& piece : pieces) {
            QStringList ids;
            for (const QString& node : piece.split(u'&')) {
                const auto m = nodeRe.match(node);
                if (!m.hasMatch())
                    continue;
                const QString name = m.captured(1);
                QString label;
                for (int c = 2; c <= 5 && label.isEmpty(); ++c)
                    label = m.captured(c);
                QString id;
                if (const qsizetype e = idEnd(QStringView(label).trimmed(), 0); e > 0) {
                    id = QStringView(label).trimmed().left(e).toString();
                    nodeIds.insert(name, id);
                } else {
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
        const QString h = QString::fromUtf8(head.at(i)->text).trimmed().toLower();
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
            return c >= 0 && c < row.size() ? QString::fromUtf8(row.at(c)->text).trimmed()
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
        for (const Block* cb : row) {
            if (cb->begin >= 0) {
                rowBegin = cb->begin;
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
        for (int c = 0; c < row.size(); ++c) {
            if (c == idCol || c == col[Title] || c >= head.size())
                continue;
            m_task.fields.append(
                TrdField{QString::fromUtf8(head.at(c)->text).trimmed(), cell(c), m_task.line});
        }
        finishTask();
    }
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
    static const QRegularExpression hoursRe(
        QStringLiteral(
            "\\((?:~\\s*|est\\.?\\s*)?(\\d+(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours?)\\b[^)]*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype titleEnd = s.size();
    if (strongEnd > p) {
        titleEnd = strongEnd;
    } else {
        const QRegularExpressionMatch hm = hoursRe.match(text, p);
        if (hm.hasMatch())
            titleEnd = hm.capturedStart();
        for (const QString& stop :
             {QStringLiteral(" - "), QStringLiteral(" — "), QStringLiteral(" – "),
              QStringLiteral("✅"), QStringLiteral("⚠"), QStringLiteral(" | ")}) {
            const qsizetype at = text.indexOf(stop, p);
            if (at >= 0 && at < titleEnd)
                titleEnd = at;
        }
    }
    t.title = s.mid(p, titleEnd - p).trimmed().toString();
    while (t.title.endsWith(u':') || t.title.endsWith(u'-'))
        t.title.chop(1);
    t.title = t.title.trimmed();
    const QString tail = text.mid(titleEnd);
    if (const auto hm = hoursRe.match(tail); hm.hasMatch())
        t.hours = hm.captured(1).replace(u',', u'.').toDouble();
    static const QRegularExpression prioRe(
        QStringLiteral("\\b(CRITICAL|HIGH|MEDIUM|LOW)\\b|\\b(Critical|High|Medium|Low)\\s+[Pp]"
                       "riority\\b|\\bP([0-3])\\b"));
    if (const auto pm = prioRe.match(tail); pm.hasMatch()) {
        if (!pm.captured(1).isEmpty())
            t.priority = pm.captured(1);
        else if (!pm.captured(2).isEmpty())
            t.priority = pm.captured(2).toUpper();
        else
            t.priority = QStringList{QStringLiteral("CRITICAL"), QStringLiteral("HIGH"),
                                     QStringLiteral("MEDIUM"), QStringLiteral("LOW")}
                             .at(pm.captured(3).toInt());
    }
    static const QRegularExpression doneRe(QStringLiteral("✅|\\b(COMPLETED|COMPLETE|DONE)\\b"));
    static const QRegularExpression progressRe(
        QStringLiteral("\\bIN PROGRESS\\b|\\bIn Progress\\b|🔄|🚧|\\bWIP\\b"));
    if (doneRe.match(tail).hasMatch())
        t.marker = TrdTask::Marker::Completed;
    else if (progressRe.match(tail).hasMatch())
        t.marker = TrdTask::Marker::InProgress;
    qsizetype w = tail.indexOf(u'⚠');
    while (w >= 0) {
        qsizetype start = w + 1;
        if (start < tail.size() && tail.at(start).unicode() == 0xFE0F)
            ++start;
        qsizetype stop = tail.size();
        for (const QString& end :
             {QStringLiteral("✅"), QStringLiteral("⚠"), QStringLiteral(" (")}) {
            const qsizetype at = tail.indexOf(end, start);
            if (at >= 0 && at < stop)
                stop = at;
        }
        const QString flag = tail.mid(start, stop - start).trimmed();
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
    const QByteArray line = m_bytes.mid(t.headerSpan.begin, t.headerSpan.size());
    const qsizetype base = t.headerSpan.begin;
    auto backOverSpace = [&](qsizetype p) {
        while (p > 0 && (line.at(p - 1) == ' ' || line.at(p - 1) == '\t'))
            --p;
        return p;
    };
    auto word = [&](qsizetype q, std::initializer_list<const char*> words) -> qsizetype {
        for (const char* w : words) {
            const qsizetype n = qsizetype(std::strlen(w));
            if (line.mid(q, n) == w)
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
            const bool bold = line.mid(r, 2) == "**";
            const qsizetype w = word(bold ? r + 2 : r, {"COMPLETED", "COMPLETE", "DONE"});
            if (w > 0) {
                q = w;
                if (bold && line.mid(q, 2) == "**")
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
            t.markerRaw = line.mid(b, q - b);
            t.markerText = QString::fromUtf8(line.mid(start, q - start));
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
            if (line.mid(q, 2) == "**")
                q += 2;
            if (p >= 2 && line.mid(p - 2, 2) == "**")
                p -= 2;
            p = backOverSpace(p);
            if (p >= 4 && static_cast<unsigned char>(line.at(p - 4)) == 0xF0)
                p = backOverSpace(p - 4);
            t.inProgressSpan = ByteSpan{base + p, base + q};
            t.markerText = QString::fromUtf8(line.mid(p, q - p)).trimmed();
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
    if (!t.hasHours())
        diag(t.line, QStringLiteral("trd-task-no-hours"), tr("%1 has no estimate").arg(t.id),
             Diagnostic::Severity::Info);
    for (const TrdTask& other : std::as_const(m_doc.tasks)) {
        if (other.id == t.id) {
            diag(t.line, QStringLiteral("trd-duplicate-id"),
                 tr("%1 is defined twice (first at line %2)").arg(t.id).arg(other.line),
                 Diagnostic::Severity::Error);
            break;
        }
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
        if (!isUpper(text[i]))
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
    while (j < node.size() && isDigit(node[j]))
        ++j;
    if (j != node.size() || j == digits)
        return {};
    return node.left(i).toString().toUpper() + u'-' + node.mid(digits).toString();
}

TrdDocument parse(const QByteArray& utf8, const QString& path)
{
    Collector c;
    c.base = utf8.constData();
    c.size = utf8.size();
    c.blocks.reserve(utf8.size() / 48 + 8);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTMLSPANS;
    parser.enter_block = &enterBlock;
    parser.leave_block = &leaveBlock;
    parser.enter_span = &enterSpan;
    parser.leave_span = &leaveSpan;
    parser.text = &onText;
    const int rc = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &c);

    Builder builder(utf8, path);
    TrdDocument doc = builder.run(c.blocks);
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
