// SPDX-License-Identifier: MIT
#include "trdparser.h"

#include "sprintstatus.h"
#include "trdblockreader.h"
#include "trdscan.h"

#include "core/documentkind.h"
#include "core/yaml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <span>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace pwb {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrdParser)
};

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

// b up to text position cut (a line break): its first lines, the rest dropped.
void cutBlock(Block& b, int cut)
{
    b.text.truncate(cut);
    b.end = b.srcOffset(cut);
    b.strong.removeIf([cut](const QPair<int, int>& r) { return r.second > cut; });
    b.code.removeIf([cut](const QPair<int, int>& r) { return r.second > cut; });
    b.breaks.removeIf([cut](int br) { return br >= cut; });
}

// ---------------------------------------------------------------------------------------
// Small text helpers.

using TrdScan::idEnd;

QString cleanHeading(QString s)
{
    // What ^\d+(\.\d+)*\.?\s+ and then \s*\([^)]*\)\s*$ remove (ASCII digits and blanks, as
    // the expressions read them), without running them: a thousand area headings, each with
    // its range of ids in brackets, showed in profiles.
    auto blank = [](QChar c) { return TrdScan::isRegexSpace(c); };
    const auto digit = [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; };
    // "2.1 Data models", "3. Plan": the section number and the blanks after it.
    if (!s.isEmpty() && digit(s.front())) {
        const qsizetype n = s.size();
        qsizetype i = 0;
        while (i < n && digit(s[i]))
            ++i;
        while (i + 1 < n && s[i] == u'.' && digit(s[i + 1])) {
            ++i;
            while (i < n && digit(s[i]))
                ++i;
        }
        if (i < n && s[i] == u'.')
            ++i;
        const qsizetype numberEnd = i;
        while (i < n && blank(s[i]))
            ++i;
        if (i > numberEnd)
            s.remove(0, i);
    }
    // "Area 3 (TRD-021 to TRD-030)": the bracket that ends the heading, from the first '('
    // after the ')' before it, with the blanks around it.
    if (s.contains(u'(')) {
        qsizetype e = s.size();
        while (e > 0 && blank(s[e - 1]))
            --e;
        if (e > 0 && s[e - 1] == u')') {
            qsizetype open = -1;
            for (qsizetype k = e - 2; k >= 0 && s[k] != u')'; --k) {
                if (s[k] == u'(')
                    open = k;
            }
            if (open >= 0) {
                while (open > 0 && blank(s[open - 1]))
                    --open;
                s.truncate(open);
            }
        }
    }
    return s.trimmed();
}

// Whether an ASCII heading names none of the words a sprint heading starts with (Sprint,
// Phase, Week, Milestone, Iteration, Stage, Wave, and the Spanish and Portuguese Fase, Semana
// and Etapa, in any case), so the sprint expression need not run. Headings with other
// characters are left to the expression and its case folding.
bool namesNoSprint(QStringView s)
{
    static const QLatin1StringView words[] = {
        QLatin1StringView("sprint"),    QLatin1StringView("phase"),     QLatin1StringView("week"),
        QLatin1StringView("milestone"), QLatin1StringView("iteration"), QLatin1StringView("stage"),
        QLatin1StringView("wave"),      QLatin1StringView("fase"),      QLatin1StringView("semana"),
        QLatin1StringView("etapa")};
    for (const QChar c : s) {
        if (c.unicode() >= 128)
            return false;
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode() | 0x20; // ASCII letters in lower case
        if (c != u's' && c != u'p' && c != u'w' && c != u'm' && c != u'i' && c != u'f' && c != u'e')
            continue;
        for (const QLatin1StringView w : words) {
            if (i + w.size() > s.size() || w.front() != QLatin1Char(char(c)))
                continue;
            qsizetype k = 1;
            while (k < w.size() && (s[i + k].unicode() | 0x20) == uchar(w[k].toLatin1()))
                ++k;
            if (k == w.size())
                return false;
        }
    }
    return true;
}

// A task id at the start of a heading or checklist item: "TRD-001", "Task 1.1",
// "Task I-1.2", "Step 3"; in checklist items also "T001" (spec-kit) and "2.1" (numbered).
struct LeadingId
{
    qsizetype start = -1;
    qsizetype end = -1;
    QString id;
    bool requirement = false; // FR-1, REQ-001, AC-3...: not a task
    bool bracketed = false;   // "[P1-T1] Title": tags may follow ("[P1-T1][ecto] Title")
    bool isValid() const { return start >= 0 && end > start; }
};

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}
bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}
// Whether s is one of words, in any case. Sizes first: the callers run for every sprint entry
// and heading ("- GEN-00001: Title"), and a case-folding compare of every word cost more than
// the rest of reading the entry.
bool equalsAnyCi(QStringView s, std::initializer_list<QStringView> words)
{
    return std::any_of(words.begin(), words.end(), [s](QStringView w) {
        return s.size() == w.size() && s.compare(w, Qt::CaseInsensitive) == 0;
    });
}

// "FR-1", "REQ-001": the id's prefix (all of it when it has no '-') names a requirement.
// A view, not QString::section(): this runs for every id the parser meets.
// DocumentKind::isRequirementPrefix(prefix), with the last prefix asked and its answer at
// hand: a plan's ids share a few prefixes, and this runs for every id the parser reads.
bool requirementPrefix(QStringView prefix)
{
    struct Last
    {
        char16_t text[4];
        qsizetype size = -1;
        bool requirement = false;
    };
    thread_local Last last;
    if (prefix.isEmpty() || prefix.size() > 4)
        return false; // as isRequirementPrefix() says, without asking
    if (prefix.size() == last.size &&
        std::equal(prefix.utf16(), prefix.utf16() + prefix.size(), last.text))
        return last.requirement;
    last.size = prefix.size();
    std::copy(prefix.utf16(), prefix.utf16() + prefix.size(), last.text);
    last.requirement = DocumentKind::isRequirementPrefix(prefix);
    return last.requirement;
}

bool isRequirementId(QStringView id)
{
    const qsizetype dash = TrdScan::find(id, u'-');
    // "M-S1", "M-B12" beside "H-S1" and "L-F2": an audit's finding coded by its severity
    // (Medium) and its area (Security, Backend), no metric ("M-1", "M1").
    if (dash == 1 && id.front() == u'M') {
        qsizetype i = 2;
        while (i < id.size() && i < 5 && id[i] >= u'A' && id[i] <= u'Z')
            ++i;
        if (i > 2 && i < id.size() && isAsciiDigit(id[i]))
            return false;
    }
    if (requirementPrefix(dash < 0 ? id : id.first(dash)))
        return true;
    // "TRD-NFR-001": a plan's own numbering of the requirements it verifies.
    const qsizetype second = dash < 0 ? -1 : TrdScan::find(id, u'-', dash + 1);
    return second > dash + 1 && requirementPrefix(id.sliced(dash + 1, second - dash - 1));
}

// "TRD-NFR-001": a requirement id the plan numbers within its own ("TRD-"), where
// "NFR-001" is one the requirements document numbers.
bool planNumbered(QStringView id)
{
    const qsizetype dash = TrdScan::find(id, u'-');
    return dash > 0 && !requirementPrefix(id.first(dash));
}

QString plainId(QStringView id);

// "[ecto]" at q: the index of its ']' when the brackets hold a short word and end it (no
// link's text: "[PR-12](url)"), else -1.
qsizetype bracketGroupEnd(QStringView s, qsizetype q)
{
    qsizetype close = q + 1;
    while (close < s.size() && close - q <= 24 && s[close] != u']' && s[close] != u'[')
        ++close;
    if (close >= s.size() || s[close] != u']' || close == q + 1)
        return -1;
    const qsizetype after = close + 1;
    return after == s.size() || s[after] == u' ' || s[after] == u'[' || s[after] == u':' ? close
                                                                                         : -1;
}

// "P0" to "P4" in brackets: a priority ("- [ ] [P1] Fix the crash"), no id.
bool isBracketPriority(QStringView inner)
{
    return inner.size() == 2 && inner[0] == u'P' && inner[1] >= u'0' && inner[1] <= u'4';
}

// "[HIGH] Fix the sync", "[MED]": the priority the bracket names, else empty.
QString bracketPriority(QStringView inner)
{
    if (isBracketPriority(inner)) {
        static const char16_t* const names[] = {u"CRITICAL", u"HIGH", u"MEDIUM", u"LOW", u"LOW"};
        return QString::fromUtf16(names[inner[1].unicode() - u'0']);
    }
    for (const char16_t* word : {u"CRITICAL", u"HIGH", u"MEDIUM", u"LOW"}) {
        if (inner.compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(word);
    }
    if (inner.compare(u"MED", Qt::CaseInsensitive) == 0)
        return QStringLiteral("MEDIUM");
    return QString();
}

// "P1-T1", "DEP-B1", "T-C1" (ids as the text reads them), or "C3", "W12" (a review's
// findings: capitals, then digits) inside brackets; not a priority.
bool isBracketCode(QStringView inner)
{
    if (TrdScan::idEnd(inner, 0) == inner.size())
        return true;
    if (isBracketPriority(inner))
        return false;
    qsizetype k = 0;
    while (k < inner.size() && k < 4 && inner[k] >= u'A' && inner[k] <= u'Z')
        ++k;
    const qsizetype letters = k;
    while (k < inner.size() && inner[k] >= u'0' && inner[k] <= u'9')
        ++k;
    // "[Q1] What defines an admin?", "[OQ2]": a requirement's open questions.
    const QStringView prefix = inner.first(letters);
    if (prefix == u"Q" || prefix == u"OQ")
        return false;
    return letters > 0 && k > letters && k == inner.size();
}

// The bracket's code ("P1-T1"), or the first of the codes it joins ("PERF-1 + ARCH-3",
// "C1, C2"); empty when it holds anything else.
QStringView firstBracketCode(QStringView inner)
{
    if (isBracketCode(inner))
        return inner;
    QStringView first;
    qsizetype from = 0;
    while (from < inner.size()) {
        qsizetype end = from;
        while (end < inner.size() && inner[end] != u' ' && inner[end] != u',' &&
               inner[end] != u'+' && inner[end] != u'/' && inner[end] != u'&')
            ++end;
        const QStringView part = inner.sliced(from, end - from);
        if (!part.isEmpty()) {
            if (!isBracketCode(part))
                return QStringView();
            if (first.isEmpty())
                first = part;
        }
        from = end + 1;
    }
    return first;
}

// "[ecto]", "[direct]", "[BLOCKED]", "[P1]": words in brackets that tag a task.
bool isBracketTag(QStringView inner)
{
    if (isBracketPriority(inner))
        return true;
    bool lower = true;
    bool upper = true;
    bool letter = false;
    for (const QChar ch : inner) {
        const char16_t c = ch.unicode();
        const bool l = c >= u'a' && c <= u'z';
        const bool u = c >= u'A' && c <= u'Z';
        letter = letter || l || u;
        lower = lower && (l || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_');
        upper = upper && (u || c == u'_' || c == u' ');
    }
    return letter && (lower || upper);
}

// make(view) gives the string of a coded id ("TRD-001"): the Builder shares the strings of
// tasks it has read (a summary table naming every task).
template <typename Make> LeadingId leadingIdWith(QStringView s, bool listItem, Make&& make)
{
    LeadingId r;
    qsizetype i = 0;
    while (i < s.size() && s[i].isSpace())
        ++i;
    // "- [x] [P1-T1][ecto] Create the schema", "- [x] [oban] [C1] Publish the UUID",
    // "### [P3-T3] Rename the queries": the id in brackets, among tags, as Elixir/Phoenix
    // planning plugins number a phase's tasks and review-fix plans their findings.
    // Only in list items: "**[H1] Checkboxes out of date**" is a review's finding.
    for (qsizetype q = i; listItem && q < s.size() && s[q] == u'[';) {
        const qsizetype close = bracketGroupEnd(s, q);
        if (close < 0)
            break;
        const QStringView inner = s.sliced(q + 1, close - q - 1);
        // "[PERF-1 + ARCH-3]": one task for two findings, known by the first.
        const QStringView code = firstBracketCode(inner);
        if (!code.isEmpty()) {
            r.start = i;
            r.end = close + 1;
            r.id = make(code);
            r.requirement = isRequirementId(r.id);
            r.bracketed = true;
            return r;
        }
        if (!isBracketTag(inner))
            break;
        q = close + 1;
        while (q < s.size() && s[q] == u' ')
            ++q;
    }
    if (const qsizetype e = TrdScan::idEnd(s, i); e > 0) {
        r.start = i;
        r.end = e;
        r.id = make(s.mid(i, e - i));
        r.requirement = isRequirementId(r.id);
        return r;
    }
    for (const QStringView word : {QStringView(u"Task "), QStringView(u"Step ")}) {
        if (s.mid(i, 5).compare(word, Qt::CaseInsensitive) != 0)
            continue;
        qsizetype j = i + 5;
        bool digit = false;
        while (j < s.size() &&
               (isAsciiAlnum(s[j]) ||
                ((s[j] == u'.' || s[j] == u'-') && j + 1 < s.size() && isAsciiAlnum(s[j + 1])))) {
            digit = digit || isAsciiDigit(s[j]);
            ++j;
        }
        if (digit && (j == s.size() || !s[j].isLetterOrNumber())) {
            r.start = i;
            r.end = j;
            // "Task I-1.2" is task I-1.2, as the plan's other lists call it; "Task 1.1" keeps
            // its word, since "1.1" alone would be a section number.
            const QStringView token = s.mid(i + 5, j - i - 5);
            r.id = TrdScan::idEnd(token, 0) == token.size() ? token.toString()
                                                            : s.mid(i, j - i).toString();
            return r;
        }
    }
    // "## Task01:", "## Task05 -- Icons" beside "## Task 02: …": the word glued to its number,
    // typed in a hurry; the same task id as with the space. Only "Task"/"task": "TASK001" is a
    // coded id of its own (below).
    if (s.mid(i, 4) == u"Task" || s.mid(i, 4) == u"task") {
        qsizetype j = i + 4;
        while (j < s.size() && j - i < 8 && isAsciiDigit(s[j]))
            ++j;
        if (j > i + 4 && (j == s.size() || s[j] == u':' || s[j] == u' ')) {
            r.start = i;
            r.end = j;
            r.id = u"Task " + s.mid(i + 4, j - i - 4);
            return r;
        }
    }
    if (!listItem)
        return r;
    // "T001 Create the project", "T012a" (one inserted later), "T1.1.1: Title", "T7: Title":
    // capitals glued to two or more digits, dotted numbers or a number and a colon.
    qsizetype j = i;
    while (j < s.size() && j - i < 4 && s[j].unicode() >= 'A' && s[j].unicode() <= 'Z')
        ++j;
    const qsizetype d = j;
    while (j < s.size() && isAsciiDigit(s[j]))
        ++j;
    const qsizetype digits = j - d;
    bool dotted = false;
    while (digits > 0 && j + 1 < s.size() && s[j] == u'.' && isAsciiDigit(s[j + 1])) {
        dotted = true;
        ++j;
        while (j < s.size() && isAsciiDigit(s[j]))
            ++j;
    }
    if (digits >= 2 && !dotted && j + 1 < s.size() && s[j].unicode() >= 'a' &&
        s[j].unicode() <= 'z' && (s[j + 1] == u' ' || s[j + 1] == u':'))
        ++j;
    const bool ends = j == s.size() || s[j] == u' ' || s[j] == u':';
    if (d > i && digits > 0 && ends && (digits >= 2 || dotted || (j < s.size() && s[j] == u':'))) {
        r.start = i;
        r.end = j;
        r.id = s.mid(i, j - i).toString();
        // "FR1: Users log in", "NFR2", "US3": requirements numbered the same way.
        r.requirement = requirementPrefix(s.mid(i, d - i));
        return r;
    }
    // "1. Set up", "2.1 Write the parser": a numbered checklist.
    j = i;
    while (j < s.size() && (isAsciiDigit(s[j]) || (s[j] == u'.' && j > i)))
        ++j;
    // "5 aggression levels implemented", "5 ADRs created": a count in a sentence; a list's
    // numbers have a dot ("1. Set up", "2.1 Schemas").
    const bool count = QStringView(s).sliced(i, j - i).indexOf(u'.') < 0;
    if (j > i && j < s.size() && s[j] == u' ' && !count) {
        r.start = i;
        r.end = j;
        r.id = s.mid(i, j - i).toString();
        while (r.id.endsWith(u'.'))
            r.id.chop(1);
        if (r.id.isEmpty())
            r = LeadingId();
    }
    return r;
}

LeadingId leadingId(QStringView s, bool listItem)
{
    return leadingIdWith(s, listItem, plainId);
}

// "Step 2" (a LeadingId from the word): a step of the task it is written in, when inside one
// ("### Task 1: …" then "**Step 1: Write the failing test**", as superpowers plans do).
bool isStep(const LeadingId& id)
{
    return id.id.startsWith(u"Step ", Qt::CaseInsensitive);
}

// "Track A — UI kit", "Track 2: Sync": a parallel track of a sprint plan, lettered or
// numbered, then a separator. The id keeps its word ("Track A").
LeadingId trackId(QStringView s)
{
    LeadingId r;
    if (!s.startsWith(u"Track "))
        return r;
    qsizetype j = 6;
    while (j < s.size() && (isAsciiDigit(s[j]) || (s[j].unicode() >= 'A' && s[j].unicode() <= 'Z')))
        ++j;
    const bool colon = j < s.size() && s[j] == u':';
    const bool dash =
        j + 1 < s.size() && s[j] == u' ' &&
        (s[j + 1] == u'—' || s[j + 1] == u'–' || s[j + 1] == u'-' || s[j + 1] == u':');
    if (j == 6 || j - 6 > 3 || !(colon || dash))
        return r;
    r.start = 0;
    r.end = j;
    r.id = s.first(j).toString();
    return r;
}

// "1.1 Cache layer", "2.3: Retry helper": the dotted number a heading opens with, as the
// id of the work package it names. A single number ("3. Update the types") is too often a
// step of a how-to, and repeats from one phase to the next.
LeadingId sectionNumberId(QStringView s)
{
    LeadingId r;
    qsizetype j = 0;
    bool dotted = false;
    while (j < s.size() && (isAsciiDigit(s[j]) || (s[j] == u'.' && j > 0 && j + 1 < s.size() &&
                                                   isAsciiDigit(s[j + 1])))) {
        dotted = dotted || s[j] == u'.';
        ++j;
    }
    if (!dotted || j - 0 > 12)
        return r;
    qsizetype k = j;
    if (k < s.size() && (s[k] == u'.' || s[k] == u':'))
        ++k;
    if (k >= s.size() || s[k] != u' ')
        return r;
    r.start = 0;
    r.end = j;
    r.id = s.first(j).toString();
    return r;
}

// "4. Buffer Tasks", "12. US-101: …": where the text after a heading's item number ("1." to
// "999.", then blanks) starts; -1 without one. "1.1 Setup" and "2024. Review" are no items.
qsizetype listNumberEnd(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && i < 4 && isAsciiDigit(s[i]))
        ++i;
    if (i == 0 || i > 3 || i + 1 >= s.size() || s[i] != u'.' || s[i + 1] != u' ')
        return -1;
    i += 2;
    while (i < s.size() && s[i] == u' ')
        ++i;
    return i < s.size() ? i : -1;
}

// "2-3h", "~1–2 days", "2 - 3 hours": the lower end of a range, -1 for a single number.
double rangeLow(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && !isAsciiDigit(s[i]))
        ++i;
    const qsizetype d = i;
    while (i < s.size() && (isAsciiDigit(s[i]) || ((s[i] == u'.' || s[i] == u',') &&
                                                   i + 1 < s.size() && isAsciiDigit(s[i + 1]))))
        ++i;
    if (i == d)
        return -1;
    const qsizetype numberEnd = i;
    while (i < s.size() && s[i] == u' ')
        ++i;
    if (i >= s.size() || (s[i] != u'-' && s[i] != u'\u2013'))
        return -1;
    ++i;
    while (i < s.size() && s[i] == u' ')
        ++i;
    if (i >= s.size() || !isAsciiDigit(s[i]))
        return -1;
    // Made only for a range: nearly every estimate is a single number ("3h").
    return s.sliced(d, numberEnd - d).toString().replace(u',', u'.').toDouble();
}

// "react-query v5, zod 3.22", "@tanstack/query@5", "axios ^1.6": a task's Dependencies
// naming the packages it needs. Each item is a lower-case package name, then at most a
// version; a task id ("TRD-001", "Task 1.2") or a sentence is none.
bool namesPackages(QStringView value)
{
    static const QRegularExpression name(
        QStringLiteral(R"(^@?[a-z][a-z0-9._-]*(?:/[a-z0-9][a-z0-9._-]*)?(?:@[\^~]?\d[\w.-]*)?$)"));
    static const QRegularExpression version(QStringLiteral(R"(^\(?[v\^~>=]*\d[\w.*-]*\)?$)"));
    bool any = false;
    for (QStringView item : value.tokenize(u',')) {
        const QStringList words = item.trimmed().toString().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString& first = words.first();
        if (words.size() > 2 || first == u"task" || first == u"step" || first == u"story" ||
            first == u"item" || !name.match(first).hasMatch() ||
            (words.size() == 2 && !version.match(words.at(1)).hasMatch()))
            return false;
        any = true;
    }
    return any;
}

// "Item 4: Title", "Story 2:": a word and a number ending in a colon (or the text), as TODO
// lists number their items and epics their stories. The id keeps its word ("Item 4"): a bare
// number would read as a section number. Narrower than leadingId()'s "Task 1.1": "Item 4 of
// the checklist" and "Story 2 depends on …" are prose.
LeadingId labelId(QStringView s, QStringView word)
{
    LeadingId r;
    qsizetype i = 0;
    while (i < s.size() && s[i].isSpace())
        ++i;
    if (s.size() - i <= word.size() || s.mid(i, word.size()).compare(word, Qt::CaseInsensitive))
        return r;
    qsizetype j = i + word.size();
    const qsizetype n = j;
    while (j < s.size() && (isAsciiDigit(s[j]) ||
                            (s[j] == u'.' && j + 1 < s.size() && isAsciiDigit(s[j + 1]) && j > n)))
        ++j;
    if (j == n || (j < s.size() && s[j] != u':'))
        return r;
    r.start = i;
    r.end = j;
    r.id = s.mid(i, j - i).toString();
    return r;
}

// "## TODO 1 — Unify the admin sessions", "### TODO 2: Retry the sends": a plan's open items
// numbered as to-dos, the word in capitals as a plan writes it ("TODO list" names none).
LeadingId todoId(QStringView s)
{
    LeadingId r;
    if (!s.startsWith(u"TODO "))
        return r;
    qsizetype j = 5;
    while (j < s.size() && (isAsciiDigit(s[j]) ||
                            (s[j] == u'.' && j > 5 && j + 1 < s.size() && isAsciiDigit(s[j + 1]))))
        ++j;
    const bool colon = j < s.size() && s[j] == u':';
    const bool dash = j + 2 < s.size() && s[j] == u' ' &&
                      (s[j + 1] == u'—' || s[j + 1] == u'–' || s[j + 1] == u'-') &&
                      s[j + 2] == u' ';
    if (j == 5 || !(colon || dash))
        return r;
    r.start = 0;
    r.end = j;
    r.id = s.first(j).toString();
    return r;
}

// "P2：Hooks + Scheduler（4~6 天）", "P1: Sync engine (3 days)": a heading naming how long
// its work takes is a phase of the plan, not a priority section of a TODO list ("P1 — Should
// do soon"). The duration in parentheses, ASCII or full-width, in English or CJK units.
bool namesDuration(QStringView h)
{
    if (TrdScan::findEstimate(h).start >= 0)
        return true;
    for (qsizetype open = 0; open < h.size(); ++open) {
        if (h[open] != u'(' && h[open] != u'（')
            continue;
        qsizetype close = open + 1;
        while (close < h.size() && h[close] != u')' && h[close] != u'）')
            ++close;
        const QStringView inner = h.sliced(open + 1, close - open - 1);
        const bool digit = std::any_of(inner.cbegin(), inner.cend(), isAsciiDigit);
        for (const char16_t* unit : {u"天", u"周", u"週", u"小时", u"時間", u"人日", u"个月"}) {
            if (digit && inner.contains(QStringView(unit)))
                return true;
        }
        open = close;
    }
    return false;
}

// "T7", "S12", "T4a": capitals and a number, the whole of an id cell.
// "#903": an issue of the project's tracker.
// "#903", and "#019a" beside "#019b": a tracker's number, split into parts with a letter.
bool issueNumber(QStringView s)
{
    if (s.size() >= 3 && s.back() >= u'a' && s.back() <= u'z' && isAsciiDigit(s[s.size() - 2]))
        s.chop(1);
    return s.size() >= 2 && s.size() <= 8 && s.front() == u'#' &&
           std::all_of(s.cbegin() + 1, s.cend(), [](QChar c) { return isAsciiDigit(c); });
}

// The tickets a Dependencies cell's part names: "#013", or "#002-#007", each of the range
// (at most a hundred, spelt as wide as its ends); none when the part is anything else.
QStringList issueNumbers(QStringView part)
{
    if (issueNumber(part))
        return {part.toString()};
    const qsizetype dash = part.indexOf(u'-');
    if (dash < 0)
        return {};
    const QStringView from = part.first(dash).trimmed();
    const QStringView to = part.sliced(dash + 1).trimmed();
    bool okFrom = false;
    bool okTo = false;
    const int a = from.sliced(std::min<qsizetype>(1, from.size())).toInt(&okFrom);
    const int z = to.sliced(std::min<qsizetype>(1, to.size())).toInt(&okTo);
    if (!issueNumber(from) || !issueNumber(to) || !okFrom || !okTo || z < a || z - a >= 100)
        return {};
    QStringList out;
    for (int k = a; k <= z; ++k)
        out << u'#' + QString::number(k).rightJustified(from.size() - 1, u'0');
    return out;
}

// "| 1.4 | Write the setup guide | 🔲 Todo |" in the sprint numbered 1: a ticket numbered
// after its sprint, the whole of a "#" cell. Only the sprint's own number leads: "2.3" in
// sprint 1 is a version or a section, no ticket of it.
bool sprintTicketNumber(QStringView s, int sprint)
{
    const qsizetype dot = s.indexOf(u'.');
    if (dot <= 0 || dot > 3 || dot + 1 >= s.size() || s.size() - dot - 1 > 3)
        return false;
    const auto digits = [](QStringView part) {
        return std::all_of(part.cbegin(), part.cend(), [](QChar c) { return isAsciiDigit(c); });
    };
    return digits(s.first(dot)) && digits(s.sliced(dot + 1)) && s.first(dot).toInt() == sprint;
}

// "| Story ID | Story Title | Status |" over "| 1.4 | CSV upload | ✅ Done |": a dotted number
// in a column headed as a story's (or task's) ids is that story's number, the whole cell. Its
// id keeps the header's word ("Story 1.4"), as the plan's own "**Story 1.4**: …" lines write
// it; a bare "1.4" would read as a section number.
QString numberedByHeader(QStringView cell, QStringView header)
{
    QStringView word;
    for (const char16_t* w : {u"Story", u"Task"}) {
        const QStringView v(w);
        if (header.size() == v.size() + 3 && header.startsWith(v, Qt::CaseInsensitive) &&
            header.endsWith(u" id", Qt::CaseInsensitive))
            word = v;
    }
    const qsizetype dot = cell.indexOf(u'.');
    if (word.isEmpty() || dot <= 0 || dot > 3 || dot + 1 >= cell.size() ||
        cell.size() - dot - 1 > 3)
        return {};
    const auto digits = [](QStringView part) {
        return std::all_of(part.cbegin(), part.cend(), [](QChar c) { return isAsciiDigit(c); });
    };
    if (!digits(cell.first(dot)) || !digits(cell.sliced(dot + 1)))
        return {};
    return word.toString() + u' ' + cell.toString();
}

bool shortId(QStringView s)
{
    qsizetype k = 0;
    while (k < s.size() && k < 4 && s[k].unicode() >= 'A' && s[k].unicode() <= 'Z')
        ++k;
    const qsizetype d = k;
    while (k < s.size() && k - d < 6 && isAsciiDigit(s[k]))
        ++k;
    if (k < s.size() && k > d && s[k].unicode() >= 'a' && s[k].unicode() <= 'z')
        ++k;
    return d > 0 && k > d && k == s.size();
}

// "Status Key", "**Legend:**", "Key": a heading or label over the key to a plan's status
// signs (lower case).
bool namesLegend(QStringView lower)
{
    while (!lower.isEmpty() &&
           (lower.back() == u':' || lower.back() == u'*' || lower.back() == u' '))
        lower.chop(1);
    while (!lower.isEmpty() && (lower.front() == u'*' || lower.front() == u' '))
        lower = lower.sliced(1);
    if (lower.contains(u"legend"))
        return true;
    for (const char16_t* w : {u"key", u"keys", u"status key", u"status keys", u"progress key",
                              u"task status key", u"symbols", u"status symbols"}) {
        if (lower == QStringView(w))
            return true;
    }
    return false;
}

// "- [ ] Not started", "- [~] In progress", "- [x] Done", "- [!] Blocked": the key to a
// plan's boxes, written with the boxes themselves and no "Legend" over it; text is what
// follows the box. Only a status alone ("- [x] Done - merged" may be a task's note) or
// "= not started, [~] = in progress" (the key on one line). Nobody names a task "Done".
bool isBoxLegend(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '*' || text.front() == '`' ||
                               text.front() == '_'))
        text = text.sliced(1);
    if (text.size() >= 2 && text[0] == '=' && (text[1] == ' ' || text[1] == '\t'))
        return true;
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '*' || text.back() == '`' ||
                               text.back() == '_' || text.back() == ':' || text.back() == '.'))
        text.chop(1);
    if (text.size() < 4 || text.size() > 11)
        return false;
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    // Views of literals: their sizes are known when compiled (a `const char*` list measured
    // every word on every subtask, a tenth of this check's time and more). The size and the
    // first letter first: most items match no word in either.
    static constexpr QByteArrayView words[] = {
        "not started", "to do",       "todo",      "pending",  "open",    "planned",
        "in progress", "in-progress", "under way", "underway", "ongoing", "done",
        "complete",    "completed",   "finished",  "blocked",  "on hold", "skipped",
        "deferred",    "postponed",   "cancelled", "canceled"};
    const char first = lower(text.front());
    return std::any_of(std::begin(words), std::end(words), [&](QByteArrayView w) {
        if (w.size() != text.size() || w.front() != first)
            return false;
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (lower(text[i]) != w[i])
                return false;
        }
        return true;
    });
}

// "[M]", "[XS]", "[XL]": a T-shirt size in brackets, as plans size their work packages.
bool hasSizeTag(QStringView text)
{
    for (qsizetype open = TrdScan::find(text, u'['); open >= 0;
         open = TrdScan::find(text, u'[', open + 1)) {
        qsizetype j = open + 1;
        while (j < text.size() && j - open <= 3 &&
               (text[j] == u'X' || text[j] == u'S' || text[j] == u'M' || text[j] == u'L'))
            ++j;
        if (j > open + 1 && j < text.size() && text[j] == u']') {
            const QStringView size = text.sliced(open + 1, j - open - 1);
            if (size == u"S" || size == u"M" || size == u"L" || size == u"XS" || size == u"XL" ||
                size == u"XXL")
                return true;
        }
    }
    return false;
}

// "### Testing Migration (Week 3)", "### Milestone 2.1: Extraction (Days 6-10)": a heading
// that ends with its slot in the schedule, a piece of planned work like its siblings. The
// slot as written ("Week 3", "Days 6-10"), empty for any other heading.
QStringView scheduleSlot(QStringView text)
{
    text = text.trimmed();
    if (!text.endsWith(u')'))
        return QStringView();
    const qsizetype open = text.lastIndexOf(u'(');
    if (open < 0)
        return QStringView();
    const QStringView slot = text.sliced(open + 1, text.size() - open - 2).trimmed();
    QStringView in = slot;
    bool unit = false;
    for (const QStringView w :
         {QStringView(u"weeks"), QStringView(u"week"), QStringView(u"days"), QStringView(u"day")}) {
        if (in.startsWith(w, Qt::CaseInsensitive)) {
            in = in.sliced(w.size());
            unit = true;
            break;
        }
    }
    if (!unit || in.isEmpty() || in.front() != u' ')
        return QStringView();
    in = in.trimmed();
    // "1", "6-10", "2–3": numbers and a dash, nothing else.
    bool digit = false;
    for (const QChar c : in) {
        if (isAsciiDigit(c))
            digit = true;
        else if (c != u'-' && c != u'\u2013' && c != u' ')
            return QStringView();
    }
    return digit && isAsciiDigit(in.front()) ? slot : QStringView();
}

// "3 Phase - …", "3.1 Section - …", "3.1.1 Task {#id} [repo: x] - …", "3.1.1.1 Subtask …": the
// items of a plan written as one nested checklist, numbered, then their kind. Returns the
// kind's word ("Phase"), empty for any other item.
QByteArrayView nestedPlanKind(QByteArrayView t)
{
    qsizetype i = 0;
    while (i < t.size() && i < 24 && ((t[i] >= '0' && t[i] <= '9') || (t[i] == '.' && i > 0)))
        ++i;
    if (i == 0 || i >= t.size() || t[i] != ' ' || t[i - 1] == '.')
        return {};
    const QByteArrayView rest = t.sliced(i + 1);
    for (const auto& [lead, word] : {std::pair{"Phase - ", 5}, std::pair{"Section - ", 7},
                                     std::pair{"Task ", 4}, std::pair{"Subtask ", 7}}) {
        if (rest.startsWith(lead))
            return rest.first(word);
    }
    return {};
}

// "Day 8: Testing Mode", "Days 1-2 - Canvas": a heading led by its day in the schedule (in a
// sprint's week), a piece of planned work like the days beside it.
bool leadsWithDaySlot(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    if (text.startsWith(u"Days ", Qt::CaseInsensitive))
        i = 5;
    else if (text.startsWith(u"Day ", Qt::CaseInsensitive))
        i = 4;
    else
        return false;
    const qsizetype digits = i;
    while (i < text.size() && i - digits < 8 &&
           (isAsciiDigit(text[i]) || text[i] == u'-' || text[i] == u'\u2013'))
        ++i;
    if (i == digits || !isAsciiDigit(text[digits]))
        return false;
    while (i < text.size() && text[i] == u' ')
        ++i;
    return i < text.size() &&
           (text[i] == u':' || text[i] == u'-' || text[i] == u'\u2013' || text[i] == u'\u2014');
}

// "17 tasks", "3 steps", "1 story": a count of the work a heading holds, nothing else.
bool countsWork(QStringView s)
{
    s = s.trimmed();
    qsizetype i = 0;
    while (i < s.size() && i < 4 && isAsciiDigit(s[i]))
        ++i;
    if (i == 0 || i >= s.size() || s[i] != u' ')
        return false;
    const QStringView noun = s.sliced(i + 1).trimmed();
    return equalsAnyCi(noun, {u"task", u"tasks", u"step", u"steps", u"item", u"items", u"story",
                              u"stories", u"subtask", u"subtasks"});
}

// Whether lower holds w at the start of a word: "Metrics", "Success Metrics", not
// "Biometric Login" (nor "risk" in "asterisk", "review" in "preview").
bool containsWordStart(const QString& lower, QStringView w)
{
    for (qsizetype at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
        if (at == 0 || !lower.at(at - 1).isLetter())
            return true;
    }
    return false;
}

// "Cancelled", "won't fix", "Superseded", "- [~] No longer needed": a status word for work
// given up, which closes a task as a struck-through one is (done or dropped); the word found
// in `lower` (lower case) as it is written here, or none. The one list for status cells,
// half-done boxes and ticket files; only where a status stands ("Show archived projects" is
// a title).
QStringView givenUpWord(const QString& lower)
{
    for (const char16_t* w : {u"archived", u"cancelled", u"canceled", u"dropped", u"won't do",
                              u"wont do", u"wontfix", u"won't fix", u"obsolete", u"superseded",
                              u"no longer needed", u"not needed", u"skipped"}) {
        if (containsWordStart(lower, QStringView(w)))
            return QStringView(w);
    }
    return {};
}

// "**Acceptance Criteria:**" (trimmed): a line labelling the list after it, lower case;
// empty for any other line.
QString listLabel(const QString& t)
{
    return t.size() < 80 && t.endsWith(u':') ? t.toLower() : QString();
}

// "## ✅ Mastery Gate", "### Release Gates:": what must hold before moving on, named by its
// last word. "## API Gateway" and "### Autonomy gate enforcement" name work.
bool namesGate(const QString& lower)
{
    QStringView s = QStringView(lower).trimmed();
    while (!s.isEmpty() && !s.back().isLetter())
        s.chop(1);
    if (s.endsWith(u's'))
        s.chop(1);
    return s.endsWith(u"gate") && (s.size() == 4 || !s.at(s.size() - 5).isLetter());
}

// " 2026-01-09": a space, then a date as Obsidian Tasks writes it after its done (✅) and
// cancelled (❌) signs.
bool isSpacedIsoDate(QByteArrayView d)
{
    return d.size() == 11 && d.at(0) == ' ' && d.at(5) == '-' && d.at(8) == '-' &&
           std::all_of(d.begin() + 1, d.end(),
                       [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

// "Session 16: Testing in Elixir", "Module 3 - Validation": the lower-cased word leading a
// numbered unit of a course or a system, or empty. A number follows the word, then ':', '.',
// a space or the end.
QString seriesWord(QStringView text)
{
    const qsizetype sp = text.indexOf(u' ');
    if (sp <= 0 || sp > 12)
        return {};
    const QString word = text.first(sp).toString().toLower();
    bool known = false;
    for (const char16_t* w : {u"session", u"module", u"lesson", u"chapter", u"unit", u"part"})
        known = known || word == QStringView(w);
    if (!known)
        return {};
    qsizetype i = sp + 1;
    const qsizetype digits = i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    if (i == digits)
        return {};
    if (i < text.size() && text[i] != u':' && text[i] != u'.' && text[i] != u' ')
        return {};
    return word;
}

// Sections whose checklists are criteria, not work: an id-less checkbox there is no task.
// Criteria headed in Spanish, Italian, Portuguese, French, German and Polish plans
// ("## 14. Criterios de aceptación por módulo", "Critères d'acceptation"): the words of a
// criteria section and of the parent of one alike.
bool namesForeignCriteria(const QString& lower)
{
    for (const char16_t* w :
         {u"criteri", u"crit\u00e9rio", u"crit\u00e8re", u"akzeptanzkriterien", u"abnahmekriterien",
          u"kryteria", u"definici\u00f3n de hecho", u"definici\u00f3n de terminado"}) {
        if (containsWordStart(lower, QStringView(w)))
            return true;
    }
    // Chinese writes no spaces between words, so these are looked for anywhere in the heading:
    // "## 11. 退出标准" (exit criteria), "### 功能验收" (functional acceptance), "## 验收标准"
    // (acceptance criteria), "# 8. 成功指标" (success metrics). "验收" is accepting delivered
    // work, never a piece of it.
    for (const char16_t* w :
         {u"\u9a8c\u6536", u"\u9000\u51fa\u6807\u51c6", u"\u6210\u529f\u6307\u6807"}) {
        if (lower.contains(QStringView(w)))
            return true;
    }
    return false;
}
// "## ✅ Definition of Ready (DoR)", "Entry checks": what must hold before a ticket's work
// starts, ticked as it does; no work of the ticket.
bool namesReadiness(const QString& lower)
{
    return containsWordStart(lower, u"definition of ready") || lower.contains(u"(dor)") ||
           lower == u"dor" || containsWordStart(lower, u"entry checks");
}
// At i, one of Obsidian Tasks' fields: a priority sign ("⏫"), a repeat ("🔁 every week"), or
// a date sign with its date ("📅 2026-01-14"); the task's words end before it.
bool obsidianTaskField(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return false;
    const char16_t c = s[i].unicode();
    if (c == u'\u23EB' || c == u'\u23EC') // ⏫ ⏬
        return true;
    auto dated = [&s](qsizetype after) {
        return after + 1 < s.size() && s[after] == u' ' && isAsciiDigit(s[after + 1]);
    };
    if (c == u'\u23F3' || c == u'\u2795' || c == u'\u274C') // ⏳ ➕ ❌
        return dated(i + 1);
    if (c != 0xD83D || i + 1 >= s.size())
        return false;
    switch (s[i + 1].unicode()) {
    case 0xDD3A: // 🔺
    case 0xDD3C: // 🔼
    case 0xDD3D: // 🔽
    case 0xDD01: // 🔁
        return true;
    case 0xDCC5: // 📅
    case 0xDEEB: // 🛫
        return dated(i + 2);
    default:
        return false;
    }
}

// The priority Obsidian Tasks writes as a sign after a task's words, or empty.
QString obsidianPriority(QStringView tail)
{
    // One pass: every task's tail is asked, and few hold a sign.
    for (qsizetype i = 0; i < tail.size(); ++i) {
        const char16_t c = tail[i].unicode();
        if (c == u'\u23EB') // ⏫
            return QStringLiteral("HIGH");
        if (c == u'\u23EC') // ⏬
            return QStringLiteral("LOW");
        if (c != 0xD83D || i + 1 >= tail.size())
            continue;
        switch (tail[i + 1].unicode()) {
        case 0xDD3A: // 🔺
            return QStringLiteral("CRITICAL");
        case 0xDD3C: // 🔼
            return QStringLiteral("MEDIUM");
        case 0xDD3D: // 🔽
            return QStringLiteral("LOW");
        default:
            break;
        }
    }
    return QString();
}

// "[[Camera]]", "[[notes/friction|Anisotropic friction]]": Obsidian's links to notes, shown as
// the note's name or the link's own words. One pass.
QString unwrapWikiLinks(const QString& title)
{
    QString out;
    out.reserve(title.size());
    qsizetype i = 0;
    while (i < title.size()) {
        const qsizetype open = title.indexOf(u"[[", i);
        const qsizetype close = open < 0 ? -1 : title.indexOf(u"]]", open + 2);
        if (close < 0) {
            out += QStringView(title).sliced(i);
            break;
        }
        out += QStringView(title).sliced(i, open - i);
        QStringView inner = QStringView(title).sliced(open + 2, close - open - 2);
        if (const qsizetype bar = inner.lastIndexOf(u'|'); bar >= 0)
            inner = inner.sliced(bar + 1);
        out += inner;
        i = close + 2;
    }
    return out;
}

// A heading that is only a status names a lane of a kanban board (DocumentKind::laneOf, the
// one table of lane words). "Review", "Testing" or "QA" only once a board has shown two
// plain lanes, at their level: "## ✅ Completed" over "### Testing" is a section of a guide.
// Done and to-do lanes leave their items to their boxes. lanes counts the headings seen that
// are plainly lanes.
TrdScan::StatusWord laneOf(const QString& heading, int level, int& lanes, int& laneLevel)
{
    using W = TrdScan::StatusWord;
    using L = DocumentKind::Lane;
    const L lane = DocumentKind::laneOf(QStringView(heading));
    if (lane == L::None)
        return W::None;
    if (lane == L::Review)
        return lanes >= 2 && level == laneLevel ? W::InProgress : W::None;
    if (lanes++ == 0)
        laneLevel = level;
    switch (lane) {
    case L::InProgress:
        return W::InProgress;
    case L::Blocked:
        return W::Blocked;
    case L::Done:
        return W::Done;
    default:
        return W::Todo;
    }
}
bool isCriteriaSection(const QString& lower)
{
    if (namesLegend(lower) || namesReadiness(lower))
        return true;
    for (const char16_t* w :
         {u"acceptance", u"criteria", u"definition of done", u"checklist", u"success",
          u"verification", u"validation", u"risk", u"prerequisite", u"requirement", u"goal",
          u"deliverable", u"exit", u"quality gate", u"review", u"question", u"assumption",
          u"metric", u"scope", u"note", u"example", u"test plan", u"testing", u"outcome",
          u"objective", u"dod", u"kpi", u"done when", u"checkpoint", u"constitution", u"artifact",
          u"compliance", u"performance target", u"advance when",
          // "**Expected:**" › "- [x] No memory leaks": the results a check should show.
          u"expected",
          // spec-kit's "Progress Tracking": "- [x] Phase 0: Research
          // complete" ticks a step of the method, it is no task.
          u"progress tracking", u"phase status", u"gate status", u"rubric"}) {
        if (containsWordStart(lower, QStringView(w)))
            return true;
    }
    return namesForeignCriteria(lower) || namesGate(lower);
}

// Criteria headings whose sub-headings stay criteria: "## Acceptance Criteria" over
// "### Glossary Compilation" (a "## Testing" or "## Implementation Checklist" section holds
// work under its sub-headings, so not every criteria word carries over).
bool isCriteriaParent(const QString& lower)
{
    // "## 11. Testing Checklist" › "### Functionality": checks to tick once it works.
    // "## Dependencies & Prerequisites" › "### Tooling": what must be in place, ticked as it is.
    for (const char16_t* w :
         {u"acceptance", u"criteria", u"definition of done", u"dod", u"done when", u"exit",
          u"quality gate", u"success", u"testing checklist", u"test checklist", u"qa checklist",
          u"prerequisite", u"readiness checklist", u"definition of ready",
          // spec-kit's "## Constitution Check" › "### Gates Status": gates passed, no work.
          u"constitution", u"quality checklist", u"rubric",
          // "## Validation Checklist (Before Merge)" › "### Edge Cases": what to check. Not a
          // "Verification Checklist" › "### Completed" / "### Remaining": a status note's
          // record of work done and left.
          u"validation checklist", u"review checklist", u"merge checklist"}) {
        if (containsWordStart(lower, QStringView(w)))
            return true;
    }
    return namesForeignCriteria(lower);
}

// "Phase 1 Quality Gates", "Phase 3: Entry Requirements": a sprint heading naming its
// criteria. Its other words name work ("Phase 8: Polish & Testing", "Sprint 4: Review").
// "Phase 1 Validation", "Sprint 2 verification": the checks closing the phase of that
// number (perme8's plans end each phase with one, 227 headings in the mirrors), where
// "Phase 3: Validation" names a phase whose work is validating.
bool checksOfSprint(QStringView lower)
{
    const qsizetype sp = lower.indexOf(u' ');
    if (sp <= 0)
        return false;
    const QStringView kind = lower.first(sp);
    if (kind != u"phase" && kind != u"sprint" && kind != u"stage" && kind != u"milestone" &&
        kind != u"week")
        return false;
    qsizetype i = sp + 1;
    const qsizetype digits = i;
    while (i < lower.size() && (isAsciiDigit(lower[i]) || lower[i] == u'.'))
        ++i;
    if (i == digits || i >= lower.size() || lower[i] != u' ')
        return false;
    const QStringView rest = lower.sliced(i + 1);
    return rest.startsWith(u"validation") || rest.startsWith(u"verification");
}

bool isSprintCriteria(const QString& lower)
{
    return isCriteriaParent(lower) || lower.contains(u"checklist") ||
           lower.contains(u"entry requirement") || checksOfSprint(lower);
}

// "P1 — Should do soon", "🔴 P0", "High Priority (This Week)", "Critical": a section of a
// TODO list named by the priority of what it holds; returns CRITICAL/HIGH/MEDIUM/LOW, or
// empty. Only at the start: "Notes on P1 bugs" is a topic.
// The level of a "Priority 1: …" heading (0 to 3), -1 for any other. Its sections group
// work by urgency; a heading below one is no task for that (a "## P1" section's are).
int priorityNumber(QStringView h)
{
    while (!h.isEmpty() && !h.front().isLetterOrNumber())
        h = h.sliced(1);
    if (h.size() < 10 || h.first(8).compare(u"priority", Qt::CaseInsensitive) != 0 || h[8] != u' ')
        return -1;
    const QStringView rest = h.sliced(9).trimmed();
    if (!rest.isEmpty() && rest[0] >= u'0' && rest[0] <= u'3' &&
        (rest.size() == 1 || !rest[1].isLetterOrNumber()))
        return rest[0].unicode() - u'0';
    return -1;
}

QString sectionPriority(QStringView h)
{
    qsizetype i = 0;
    while (i < h.size() && !h[i].isLetterOrNumber())
        ++i;
    h = h.sliced(i);
    auto wordAt = [&h](QStringView w) {
        return h.size() >= w.size() && h.first(w.size()).compare(w, Qt::CaseInsensitive) == 0 &&
               (h.size() == w.size() || !h[w.size()].isLetterOrNumber());
    };
    static constexpr const char16_t* kLevels[] = {u"CRITICAL", u"HIGH", u"MEDIUM", u"LOW"};
    // "### Priority 1: Must happen first" numbers its levels as "P1" does, unless it names
    // one too ("Priority 1: CRITICAL FIXES").
    if (const int n = priorityNumber(h); n >= 0) {
        const QStringView named = h.sliced(h.indexOf(QChar(u'0' + n)) + 1);
        for (const char16_t* w : kLevels) {
            const qsizetype at = named.indexOf(QStringView(w), 0, Qt::CaseSensitive);
            if (at >= 0 && (at == 0 || !named[at - 1].isLetter()) &&
                (at + QStringView(w).size() == named.size() ||
                 !named[at + QStringView(w).size()].isLetter()))
                return QString::fromUtf16(w);
        }
        return QString::fromUtf16(kLevels[n]);
    }
    if (h.size() >= 2 && (h[0] == u'P' || h[0] == u'p') && h[1] >= u'0' && h[1] <= u'3' &&
        (h.size() == 2 || !h[2].isLetterOrNumber()))
        return QString::fromUtf16(kLevels[h[1].unicode() - u'0']);
    for (const char16_t* w : kLevels) {
        if (!wordAt(QStringView(w)))
            continue;
        // "High Priority", "Critical", "Low (backlog)"; not "High-level design", "Low latency".
        const QStringView rest = h.sliced(QStringView(w).size()).trimmed();
        // A word joined on ("Medium-term Goals", "High-level design") is no priority.
        if (rest.size() > 1 && rest[0] == u'-' && rest[1].isLetter() &&
            !rest.startsWith(u"-priority", Qt::CaseInsensitive))
            continue;
        if (rest.isEmpty() || rest.startsWith(u"priority", Qt::CaseInsensitive) ||
            rest.startsWith(u"-priority", Qt::CaseInsensitive) || !rest[0].isLetter())
            return QString::fromUtf16(w);
    }
    return {};
}

// "~~Stash cleanup~~ ✓ Done", "~~Old exporter~~ — removed": a heading struck through and
// marked done, how TODO files close their items. Returns the title between the tildes.
QString struckDoneTitle(QStringView h)
{
    if (!h.startsWith(u"~~"))
        return {};
    const qsizetype close = h.indexOf(u"~~", 2);
    if (close <= 2)
        return {};
    const QString after = h.sliced(close + 2).toString().toLower();
    for (const char16_t* m : {u"✓", u"✅", u"✔", u"☑", u"done", u"complete", u"removed", u"dropped",
                              u"cancel", u"won't", u"obsolete", u"superseded"}) {
        if (after.contains(QStringView(m)))
            return h.sliced(2, close - 2).trimmed().toString();
    }
    return {};
}

// "Tasks", "Task Breakdown", "Tasks for Phase 0": a heading that is just that (a top-level
// item with a bold title is a task there and in its sub-headings, "1. **Compile the glossary**
// (12 hours)", "### Backend" › "- **Update the config endpoint**: …").
bool isTaskSection(QStringView lower)
{
    while (!lower.isEmpty() && (lower.back() == u' ' || lower.back() == u':'))
        lower.chop(1);
    // "🔴 Remaining Tasks", "📋 Backlog": the words after the emoji.
    while (!lower.isEmpty() && !lower.front().isLetterOrNumber())
        lower = lower.sliced(1);
    for (const char16_t* w :
         {u"tasks", u"task list", u"task breakdown", u"implementation tasks", u"remaining tasks",
          u"todo", u"to do", u"to-do", u"backlog", u"work items", u"work breakdown",
          u"technical tasks", u"tareas", u"tareas t\u00e9cnicas", u"zadania", u"zadanie"}) {
        if (lower == QStringView(w))
            return true;
    }
    // "All Tasks Remaining": what is left of a sprint, as "Remaining Tasks" is.
    if (lower.contains(u"remaining") && lower.contains(u"tasks"))
        return true;
    // "Tasks for Phase 0", "Tasks for the backend engineer": the work of one stage or role.
    return lower.startsWith(u"tasks for ");
}

// "## 7. Build order (each = one commit)" › "1. Add the schema migration": a feature plan's
// work, listed in the order it lands, one numbered step each. Only the steps right under such
// a heading: sprints below it ("### Sprint 1") list tasks defined elsewhere, and so does an
// "Implementation Order" ("1. TRD-003, then TRD-001"), which is left out.
bool namesBuildOrder(QStringView lower)
{
    return lower == u"build order" || lower == u"build sequence";
}

// "refund", "trial", "grace", "Widerruf": a word naming a period a product grants its users
// (refunds, trials, grace, retention, warranty, expiry, withdrawal).
bool isGrantedPeriodWord(QStringView word)
{
    if (word.size() < 4)
        return false;
    for (const char16_t* w :
         {u"refund",      u"refunds",        u"reembolso",   u"reembolsos",    u"remboursement",
          u"rimborso",    u"rückerstattung", u"trial",       u"grace",         u"gracia",
          u"carência",    u"retention",      u"retención",   u"retenção",      u"warranty",
          u"garantía",    u"garantia",       u"garantie",    u"expiry",        u"expiration",
          u"caducidad",   u"vencimiento",    u"cooling-off", u"desistimiento", u"widerruf",
          u"rétractation"}) {
        if (word.compare(QStringView(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "Flujo de reembolso", "Free trial", "Grace": text whose last word names a period a product
// grants its users. "Trial period implementation", "Refund window check": text naming such a
// period ("trial period", "refund window") before the work on it.
bool namesGrantedPeriod(QStringView before)
{
    while (!before.isEmpty() && (before.back() == u' ' || before.back() == u'('))
        before.chop(1);
    qsizetype at = before.size();
    while (at > 0 && (before[at - 1].isLetter() || before[at - 1] == u'-'))
        --at;
    if (isGrantedPeriodWord(before.sliced(at)))
        return true;
    // One pass over the words: a granted word right before "period" or "window".
    QStringView previous;
    for (const QStringView word : before.tokenize(u' ', Qt::SkipEmptyParts)) {
        if ((word.compare(u"period", Qt::CaseInsensitive) == 0 ||
             word.compare(u"window", Qt::CaseInsensitive) == 0) &&
            isGrantedPeriodWord(previous))
            return true;
        previous = word;
    }
    return false;
}

// "### STORY-01-01: Mock services (8 tasks)": a heading counting the tasks below it names a
// group of them (the index lists each under it), not one more.
bool countsItsTasks(QStringView heading)
{
    const QStringView t = heading.trimmed();
    if (!t.endsWith(u')'))
        return false;
    const qsizetype open = t.lastIndexOf(u'(');
    if (open < 0)
        return false;
    const QStringView inner = t.sliced(open + 1, t.size() - open - 2).trimmed();
    qsizetype d = 0;
    while (d < inner.size() && isAsciiDigit(inner.at(d)))
        ++d;
    if (d == 0 || d >= inner.size() || inner.at(d) != u' ')
        return false;
    return equalsAnyCi(inner.sliced(d + 1).trimmed(), {u"task", u"tasks", u"subtasks", u"stories",
                                                       u"tickets", u"items", u"work items"});
}

// "D57-1", "D3-12": a design decision's number, "D", the story's number, a dash and the
// decision's own number.
bool isDecisionNumber(QStringView id)
{
    if (id.size() < 4 || id.front() != u'D')
        return false;
    qsizetype i = 1;
    while (i < id.size() && isAsciiDigit(id[i]))
        ++i;
    if (i == 1 || i >= id.size() - 1 || id[i] != u'-')
        return false;
    for (qsizetype j = i + 1; j < id.size(); ++j) {
        if (!isAsciiDigit(id[j]))
            return false;
    }
    return true;
}

// "TODO", "To do", "Todos:": a heading (lower case) that only names a to-do list.
bool namesTodo(QStringView lower)
{
    while (!lower.isEmpty() && (lower.back() == u' ' || lower.back() == u':'))
        lower.chop(1);
    for (const char16_t* w : {u"todo", u"todos", u"to do", u"to-do", u"to-dos"}) {
        if (lower == QStringView(w))
            return true;
    }
    return false;
}

// "Estimated Stories: 6", "Estimated Cost: $40": an "Estimated …" field that counts or
// prices the work instead of sizing it ("Estimated Completion: 8 hours" sizes it).
bool countsOrPrices(QStringView key)
{
    for (const char16_t* w : {u"stories", u"tasks", u"issues", u"tickets", u"sprints", u"tests",
                              u"files", u"lines", u"cost", u"budget"}) {
        if (key.endsWith(QStringView(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "| LOC Estimate |", "| Test Count Estimate |": a table column (its header, lower case)
// estimating how much code or how many of something, not how long the work takes. Whole
// words only ("Block Estimate", "Recount Hours" size the work).
bool headerCountsNotTime(const QString& lower)
{
    for (const QStringView w : {QStringView(u"loc"), QStringView(u"sloc"), QStringView(u"lines"),
                                QStringView(u"count")}) {
        for (qsizetype at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
            const qsizetype end = at + w.size();
            if ((at == 0 || !lower.at(at - 1).isLetter()) &&
                (end == lower.size() || !lower.at(end).isLetter()))
                return true;
        }
    }
    return false;
}

// "day 3 (oct 22):", "day 1 (mon 12/02) - story 1.1", "monday:": a label or heading (lower
// case) naming a day of a schedule.
bool namesDay(QStringView lower)
{
    if (lower.startsWith(u"day ") && lower.size() > 4 && isAsciiDigit(lower.at(4)))
        return true;
    for (const char16_t* w :
         {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"}) {
        if (lower.startsWith(QStringView(w)))
            return true;
    }
    return false;
}

// "Workplan: Ledger Purge", "Sprint 4 Tasks": a document title naming a plan, not a report
// on one ("Sprint 4 Completion Report", "Plan Status Summary").
bool titleNamesPlan(const QString& title)
{
    const QString t = title.toLower();
    for (const char16_t* w : {u"report", u"summary", u"complete", u"retrospective", u"results",
                              u"status", u"review", u"audit", u"changelog"}) {
        if (t.contains(QStringView(w)))
            return false;
    }
    for (const char16_t* w :
         {u"plan", u"tasks", u"task list", u"todo", u"roadmap", u"backlog", u"sprint"}) {
        if (t.contains(QStringView(w)))
            return true;
    }
    return false;
}

// "estimated hours", "total", "total effort": a field key (lower case) stating how many hours
// the work of its section takes ("team capacity", "buffer" say what is available).
bool statesHours(QStringView key)
{
    for (const char16_t* w : {u"estimated hours", u"estimate", u"estimated effort", u"effort",
                              u"hours", u"total", u"total hours", u"total effort",
                              u"total estimate", u"estimated total", u"planned hours"}) {
        if (key == QStringView(w))
            return true;
    }
    return false;
}

// "Implementation Plan", "3. Implementation Phases", "Tasks": a section holding a plan's
// phases (lower case).
bool isPlanSection(QStringView lower)
{
    while (!lower.isEmpty() &&
           (isAsciiDigit(lower.front()) || lower.front() == u'.' || lower.front() == u' '))
        lower = lower.sliced(1);
    for (const char16_t* w :
         {u"implementation plan", u"implementation steps", u"implementation phases",
          u"implementation roadmap", u"development plan", u"work plan"}) {
        if (lower.startsWith(QStringView(w)))
            return true;
    }
    return isTaskSection(lower);
}

// A range of ids starting with the id s[i, e): "TRD-013 through TRD-024", "TRD-013 to
// TRD-024", "TRD-013–TRD-024", "TRD-013..024" (how plans list a sprint's tasks, a task's
// dependencies and what a report covers). Both ends share everything but the number.
struct IdRange
{
    qsizetype end = -1; // where the range's text ends; -1: no range here
    QStringView stem;   // "TRD-"
    qint64 first = 0;
    qint64 last = 0;
    qsizetype width = 0;    // digits of the first id ("013": 3), kept for every id
    QStringView lastDigits; // as written: "024"
    bool isValid() const { return end > 0; }
    bool tooLong() const { return last - first + 1 > TrdParser::kMaxRangeIds; }
};

// The value of a run of at most 18 ASCII digits, as toLongLong() reads it.
qint64 digitsValue(QStringView digits)
{
    qint64 v = 0;
    for (const QChar c : digits)
        v = v * 10 + (c.unicode() - '0');
    return v;
}

IdRange idRange(QStringView s, qsizetype i, qsizetype e)
{
    const qsizetype n = s.size();
    qsizetype p = e;
    while (p < n && (s[p] == u' ' || s[p] == u'\t'))
        ++p;
    if (p >= n)
        return {};
    const bool spaced = p > e;
    bool bare = true; // "TRD-013..024": the second end may be a bare number
    auto word = [&](QStringView w) {
        if (p + w.size() < n && s.mid(p, w.size()).compare(w, Qt::CaseInsensitive) == 0 &&
            s[p + w.size()].isSpace()) {
            p += w.size();
            return true;
        }
        return false;
    };
    // The connector before the id's digits: most ids are followed by none (this is asked for
    // every id-led item and table row).
    const char16_t c = s[p].unicode();
    const bool t = spaced && (c | 0x20) == u't';
    if (t && (word(u"through") || word(u"thru"))) {
    } else if (t && word(u"to")) {
        bare = false; // "move TRD-001 to 2 days" names no range
    } else if (c == u'–' || c == u'—' || c == u'…') {
        ++p;
        bare = !spaced && p < n && s[p] != u' ';
    } else if (c == u'.' && p + 1 < n && s[p + 1] == u'.') {
        while (p < n && s[p] == u'.')
            ++p;
    } else if (spaced && c == u'-' && p + 1 < n && s[p + 1] == u' ') {
        ++p;
        bare = false;
    } else {
        return {};
    }
    qsizetype d = e;
    while (d > i && isAsciiDigit(s[d - 1]))
        --d;
    if (d == e || e - d > 9)
        return {};
    IdRange r;
    r.stem = s.mid(i, d - i);
    r.width = e - d;
    r.first = digitsValue(s.mid(d, e - d));
    while (p < n && (s[p] == u' ' || s[p] == u'\t'))
        ++p;
    qsizetype b = p;
    if (s.mid(p, r.stem.size()) == r.stem && p + r.stem.size() < n &&
        isAsciiDigit(s[p + r.stem.size()]))
        b = p + r.stem.size();
    else if (!bare || p >= n || !isAsciiDigit(s[p]))
        return {};
    qsizetype z = b;
    while (z < n && isAsciiDigit(s[z]))
        ++z;
    if (z - b > 9)
        return {};
    // The end is a whole id (or number): "TRD-024a", "2.5h", "3 days" are not.
    if (z < n && (s[z].isLetterOrNumber() || s[z] == u'_' ||
                  ((s[z] == u'.' || s[z] == u'-') && z + 1 < n && isAsciiAlnum(s[z + 1]))))
        return {};
    r.last = digitsValue(s.mid(b, z - b));
    if (r.last <= r.first)
        return {};
    r.lastDigits = s.mid(b, z - b);
    r.end = z;
    return r;
}

// "T001-T005" as spec-kit summaries write a range: idEnd reads one id (prefix "T001",
// number "T005"); both halves are the same capitals and digits, so it is a range.
IdRange gluedRange(QStringView s, qsizetype i, qsizetype e)
{
    const QStringView id = s.mid(i, e - i);
    const qsizetype dash = TrdScan::find(id, u'-');
    if (dash <= 0 || id.size() != 2 * dash + 1)
        return {};
    const QStringView a = id.first(dash);
    const QStringView b = id.sliced(dash + 1);
    qsizetype k = 0;
    while (k < a.size() && a[k].unicode() >= 'A' && a[k].unicode() <= 'Z')
        ++k;
    if (k == 0 || k == a.size() || a.size() - k > 9 || a.first(k) != b.first(k))
        return {};
    for (qsizetype m = k; m < a.size(); ++m) {
        if (!isAsciiDigit(a[m]) || !isAsciiDigit(b[m]))
            return {};
    }
    IdRange r;
    r.stem = a.first(k);
    r.width = a.size() - k;
    r.first = digitsValue(a.sliced(k));
    r.last = digitsValue(b.sliced(k));
    r.lastDigits = b.sliced(k);
    if (r.last <= r.first)
        return {};
    r.end = e;
    return r;
}

// "### GAP-UTIL-006 & GAP-UTIL-007: extract_files", "### CPUB-F002 / CPUB-F003 — Card": the
// id s[i, e) and a second of its family (all but the number the same) joined by " & ", " / "
// or " and ", then the title's separator (or nothing): one entry for two tasks. Where the
// second id ends, its start in *second; -1 for anything else ("TRD-001 / TRD-002 are
// blocked" is a sentence, "TRD-001 & FR-2" names a requirement).
qsizetype pairedIdEnd(QStringView s, qsizetype i, qsizetype e, qsizetype* second)
{
    const qsizetype n = s.size();
    qsizetype d = e;
    while (d > i && isAsciiDigit(s[d - 1]))
        --d;
    if (d == e || d == i || e - d > 9 || e + 4 > n || s[e] != u' ')
        return -1;
    const QStringView stem = s.mid(i, d - i);
    qsizetype p = e + 1;
    if (s[p] == u'&' || s[p] == u'/')
        ++p;
    else if (s.mid(p, 3).compare(u"and", Qt::CaseInsensitive) == 0)
        p += 3;
    else
        return -1;
    if (p >= n || s[p] != u' ')
        return -1;
    ++p;
    if (s.mid(p, stem.size()) != stem)
        return -1;
    const qsizetype b = p + stem.size();
    qsizetype z = b;
    while (z < n && z - b <= 9 && isAsciiDigit(s[z]))
        ++z;
    if (z == b || z - b > 9 || s.mid(b, z - b) == s.mid(d, e - d))
        return -1;
    if (z < n && (s[z].isLetterOrNumber() || s[z] == u'_' || s[z] == u'-' || s[z] == u'.'))
        return -1;
    qsizetype q = z;
    while (q < n && (s[q] == u' ' || s[q] == u'*'))
        ++q;
    const bool separated = q == n || s[q] == u':' || s[q] == u'\u2013' || s[q] == u'\u2014' ||
                           (s[q] == u'-' && q + 1 < n && s[q + 1] == u' ');
    if (!separated)
        return -1;
    *second = p;
    return z;
}

// !TrdParser::findIds(s).isEmpty(), without making the ids (a heading "Area 3 (TRD-021 to
// TRD-030)" would expand to ten strings only to be asked whether there is one).
bool hasId(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].unicode() >= 'A' && s[i].unicode() <= 'Z' && idEnd(s, i) > 0)
            return true;
    }
    return false;
}

// Whether findIds() finds no id in s from `from` on.
bool noIdFrom(QStringView s, qsizetype from)
{
    for (qsizetype k = from; k < s.size(); ++k) {
        if (s[k].unicode() >= 'A' && s[k].unicode() <= 'Z' && idEnd(s, k) > 0)
            return false;
    }
    return true;
}

// Where the one id of s starts when TrdParser::findIds(s) is just that id (no range, no
// other id after it), else -1.
qsizetype singleId(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].unicode() < 'A' || s[i].unicode() > 'Z')
            continue;
        const qsizetype e = idEnd(s, i);
        if (e <= 0)
            continue;
        if (idRange(s, i, e).isValid() || gluedRange(s, i, e).isValid() || !noIdFrom(s, e))
            return -1;
        return i;
    }
    return -1;
}

// "| 5m |", "| ~15 m |" in a task table's estimate column: minutes. Only a whole cell, and
// only there: in prose "3m" may be months or millions, but nobody sizes a task row in months
// with a bare "m".
TrdScan::Estimate minutesCell(QStringView cell)
{
    TrdScan::Estimate e;
    QStringView t = cell.trimmed();
    if (t.startsWith(u'~'))
        t = t.sliced(1).trimmed();
    if (t.size() < 2 || (t.back() != u'm' && t.back() != u'M'))
        return e;
    const QStringView number = t.chopped(1).trimmed();
    bool ok = false;
    const double v = number.toDouble(&ok);
    if (!ok || v <= 0 || !isAsciiDigit(number.front()))
        return e;
    e.start = 0;
    e.end = cell.size();
    e.value = v;
    e.unit = TrdScan::EstimateUnit::Minutes;
    e.text = t.toString();
    return e;
}

// "- Blocked by: ITR-B003", "- **Can parallelize with**: 1A, 1B": a line of a sprint's
// session notes naming what the work waits for or runs beside. Its ids are planned elsewhere;
// read as entries, one task was planned in two phases.
bool relationItem(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i] == u'*' || text[i] == u'_'))
        ++i;
    const qsizetype colon = TrdScan::find(text, u':', i);
    if (colon < 0 || colon - i > 28)
        return false;
    QStringView label = text.sliced(i, colon - i).trimmed();
    while (!label.isEmpty() && (label.back() == u'*' || label.back() == u'_'))
        label.chop(1);
    return equalsAnyCi(label, {u"blocked by", u"blocks", u"depends on", u"depends", u"dependencies",
                               u"prerequisites", u"requires", u"can parallelize with",
                               u"can run in parallel with", u"parallel with"});
}

// "**Tasks:** ~18 tasks", "12 stories": a sprint's line counting its work, which lists none.
bool countOfWork(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'~' || text[i] == u'\u2248'))
        ++i;
    const qsizetype digits = i;
    while (i < text.size() &&
           (isAsciiDigit(text[i]) || text[i] == u'-' || text[i] == u'\u2013' || text[i] == u'+'))
        ++i;
    if (i == digits || !isAsciiDigit(text[digits]))
        return false;
    QStringView noun = text.sliced(i).trimmed();
    if (const qsizetype open = TrdScan::find(noun, u'('); open > 0)
        noun = noun.first(open).trimmed(); // "12 tasks (8 backend, 4 tests)"
    return equalsAnyCi(
        noun, {u"tasks", u"task", u"stories", u"items", u"issues", u"tickets", u"subtasks"});
}

// "TRD-001, TRD-001-TEST, TRD-002 and TRD-003": text that is nothing but the ids it names,
// with commas, slashes or "and" between them, perhaps after a label. A sprint's list item of that
// kind
// ("**PR 1 tasks** (10.5h): TRD-001, TRD-002, …") plans each of them, where an item that
// names a task and then mentions others ("TRD-004: Title, after TRD-002") plans only the first.
bool onlyIds(QStringView s, const QStringList& ids)
{
    // After a label that names none of them: "**PR 1 tasks** (10.5h): TRD-001, TRD-002".
    qsizetype i = 0;
    if (const qsizetype colon = s.indexOf(u':'); colon > 0) {
        const QStringView label = s.first(colon);
        if (std::none_of(ids.cbegin(), ids.cend(),
                         [label](const QString& id) { return label.contains(id); }))
            i = colon + 1;
    }
    const qsizetype n = s.size();
    while (i < n) {
        const char16_t c = s[i].unicode();
        if (c == u' ' || c == u',' || c == u';' || c == u'/' || c == u'&' || c == u'+' ||
            c == u'`' || c == u'*' || c == u'\t') {
            ++i;
            continue;
        }
        if (s.sliced(i).startsWith(u"and ")) {
            i += 4;
            continue;
        }
        // The longest: "TRD-001-TEST" is not "TRD-001" and "-TEST".
        qsizetype longest = 0;
        for (const QString& id : ids) {
            if (id.size() > longest && s.sliced(i).startsWith(id))
                longest = id.size();
        }
        if (longest == 0)
            return false;
        i += longest;
    }
    return true;
}

// Whether idRange() can find a range anywhere in s: one of its connectors ("to", "through",
// "thru", '–', '—', '…', "..", a spaced '-') is there. Most list items have none, and then
// their leading id need not be read a second time.
bool mayHoldRange(QStringView s)
{
    const qsizetype n = s.size();
    const char16_t* c = s.utf16();
    // One switch per character: most are letters that none of the connectors starts with.
    for (qsizetype i = 0; i < n; ++i) {
        switch (c[i]) {
        case u'–':
        case u'—':
        case u'…':
            return true;
        case u'.':
            if (i + 1 < n && c[i + 1] == u'.')
                return true;
            break;
        case u'-':
            if (i > 0 && i + 1 < n && c[i + 1] == u' ' && (c[i - 1] == u' ' || c[i - 1] == u'\t'))
                return true;
            break;
        case u't':
        case u'T':
            // "to", "through", "thru" as words after a space or at the start (idRange()
            // reads no other): not the "th" of every "the" and "with".
            if (i + 2 < n && (i == 0 || c[i - 1] == u' ' || c[i - 1] == u'\t')) {
                const char16_t next = c[i + 1] | 0x20, third = c[i + 2];
                if ((next == u'o' && (third == u' ' || third == u'\t')) ||
                    (next == u'h' && (third | 0x20) == u'r'))
                    return true;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

// Whether s may hold a done or progress marker (TrdScan::hasDoneMarker, hasProgressMarker,
// "PASSED", "in progress" in any case): one pass over the characters instead of the five
// scans, most list items holding none. True is only a "maybe"; false is sure.
bool mayMarkStatus(QStringView s)
{
    const qsizetype n = s.size();
    auto at = [&s, n](qsizetype i, QLatin1StringView w) {
        return i + w.size() <= n && s.sliced(i, w.size()) == w;
    };
    for (qsizetype i = 0; i < n; ++i) {
        switch (s[i].unicode()) {
        case u'\u2705': // ✅
        case 0xD83D:    // the high half of 🔄 and 🚧
            return true;
        case u'C':
            if (at(i, QLatin1StringView("COMPLETE")))
                return true;
            break;
        case u'D':
            if (at(i, QLatin1StringView("DONE")))
                return true;
            break;
        case u'P':
            if (at(i, QLatin1StringView("PASSED")))
                return true;
            break;
        case u'W':
            if (at(i, QLatin1StringView("WIP")))
                return true;
            break;
        case u'i':
        case u'I':
        case 0x130: // İ and ı, in case a case folding reads them as i
        case 0x131:
            if (i + 11 <= n &&
                s.sliced(i, 11).compare(QLatin1StringView("in progress"), Qt::CaseInsensitive) == 0)
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

QString plainId(QStringView id)
{
    return id.toString();
}

// "TRD-001, 002 & 003", "STORY-03-02, 03-03": after the id ending at `at`, a list separator
// and a number written short, the id's prefix left off. Returns the id it stands for (the
// id's trailing numbers replaced, as many and as wide as written) and sets *end after it;
// empty when there is none. Only a whole item of the list: "TRD-001, 100 users" and
// "TRD-001, 2 hours" name no TRD-100 or TRD-2.
QString shortSibling(QStringView text, qsizetype at, QStringView id, qsizetype* end)
{
    qsizetype p = at;
    if (p < text.size() && (text[p] == u',' || text[p] == u'/'))
        ++p;
    else if (text.sliced(p).startsWith(u" & "))
        p += 3;
    else if (text.sliced(p).startsWith(u" and "))
        p += 5;
    else
        return {};
    while (p < text.size() && text[p] == u' ')
        ++p;
    // The token's groups of digits and the separators between them.
    qsizetype q = p;
    int groups = 0;
    QChar sep;
    for (;;) {
        const qsizetype g = q;
        while (q < text.size() && isAsciiDigit(text[q]))
            ++q;
        if (q == g)
            return {};
        ++groups;
        if (q + 1 < text.size() && (text[q] == u'-' || text[q] == u'.') &&
            isAsciiDigit(text[q + 1]) && (sep.isNull() || text[q] == sep)) {
            sep = text[q];
            ++q;
            continue;
        }
        break;
    }
    // The item ends with the token.
    const QStringView after = text.sliced(q);
    const QStringView rest = after.trimmed();
    if (!(rest.isEmpty() || after.startsWith(u',') || after.startsWith(u';') ||
          after.startsWith(u')') || after.startsWith(u']') || after.startsWith(u'|') ||
          (after.startsWith(u'.') && (after.size() == 1 || after.at(1) == u' ')) ||
          after.startsWith(u" & ") || after.startsWith(u" and ") || after.startsWith(u" (") ||
          after.startsWith(u" - ") || after.startsWith(u" — ") || after.startsWith(u" |")))
        return {};
    // The same number of trailing groups of the id, group for group as wide.
    const QStringView token = text.sliced(p, q - p);
    qsizetype idPos = id.size();
    qsizetype tokPos = token.size();
    for (int k = 0; k < groups; ++k) {
        qsizetype a = idPos;
        while (a > 0 && isAsciiDigit(id[a - 1]))
            --a;
        qsizetype b = tokPos;
        while (b > 0 && isAsciiDigit(token[b - 1]))
            --b;
        if (a == idPos || idPos - a != tokPos - b)
            return {};
        idPos = a;
        tokPos = b;
        if (k + 1 < groups) {
            if (idPos == 0 || id[idPos - 1] != token[tokPos - 1])
                return {};
            --idPos;
            --tokPos;
        }
    }
    // A prefix must stay: "TRD-", "STORY-", "T".
    if (idPos == 0 || isAsciiDigit(id[idPos - 1]))
        return {};
    *end = q;
    return id.first(idPos).toString() + token;
}

// Every id written short after `id` (which ends at `at`), in order, handed to take(id);
// returns where the last of them ends (`at` when there is none).
template <typename Take>
qsizetype eachShortSibling(QStringView text, qsizetype at, QStringView id, Take&& take)
{
    qsizetype end = -1;
    for (QString more = shortSibling(text, at, id, &end); !more.isEmpty();
         more = shortSibling(text, at, id, &end)) {
        take(more);
        at = end;
    }
    return at;
}

// TrdParser::findIds() with the string of each id written in the text (not made from a
// range) made by make(view): the Builder shares the strings of tasks it has read.
template <typename Make>
void appendIdsWith(QStringView text, QStringList* out, QStringList* tooLong, Make&& make)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() < 'A' || text[i].unicode() > 'Z')
            continue;
        const qsizetype e = idEnd(text, i);
        if (e <= 0)
            continue;
        IdRange r = idRange(text, i, e);
        if (!r.isValid())
            r = gluedRange(text, i, e);
        if (!r.isValid()) {
            const QStringView id = text.mid(i, e - i);
            out->append(make(id));
            i = eachShortSibling(text, e, id,
                                 [&](const QString& more) { out->append(make(more)); });
            continue;
        }
        if (r.tooLong()) {
            // Read as its two ends, as before ranges were expanded; the caller says so.
            out->append(r.stem.toString() + QString::number(r.first).rightJustified(r.width, u'0'));
            out->append(r.stem.toString() + r.lastDigits.toString());
            if (tooLong)
                *tooLong << text.mid(i, r.end - i).toString();
        } else {
            const QString stem = r.stem.toString();
            for (qint64 k = r.first; k <= r.last; ++k)
                out->append(stem + QString::number(k).rightJustified(r.width, u'0'));
        }
        i = r.end;
    }
}

// TrdParser::findIds() with the string of each id written in the text (not made from a
// range) made by make(view): the Builder shares the strings of tasks it has read.
template <typename Make>
QStringList findIdsWith(QStringView text, QStringList* tooLong, Make&& make)
{
    QStringList out;
    appendIdsWith(text, &out, tooLong, make);
    return out;
}

// s.startsWith(lower, Qt::CaseInsensitive) for a lower-case ASCII word, letter by letter
// (Qt's comparison is a call per tag); Qt's when a letter of s in reach is not ASCII.
bool startsWithCi(QStringView s, QStringView lower)
{
    if (s.size() < lower.size())
        return false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        char16_t c = s[i].unicode();
        if (c >= 128)
            return s.startsWith(lower, Qt::CaseInsensitive);
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (c != lower[i].unicode())
            return false;
    }
    return true;
}

// "Each task follows:", "For each story:": a line opening the steps every task goes through.
bool introducesProcedure(QStringView text)
{
    return startsWithCi(text, u"each ") || startsWithCi(text, u"every ") ||
           startsWithCi(text, u"for each ");
}

// "[depends: TRD-001, TRD-002]", "[satisfies REQ-001]", "[verifies TRD-001]" tags.
template <typename Make>
void readTagsWith(QStringView s, QStringList* depends, QStringList* satisfies, QStringList* tooLong,
                  Make&& make)
{
    for (qsizetype i = TrdScan::find(s, u'['); i >= 0; i = TrdScan::find(s, u'[', i + 1)) {
        const qsizetype close = TrdScan::find(s, u']', i);
        if (close < 0)
            return;
        const QStringView inner = s.mid(i + 1, close - i - 1).trimmed();
        if (startsWithCi(inner, u"depend") || startsWithCi(inner, u"blocked by")) {
            appendIdsWith(inner, depends, tooLong, make);
        } else if (startsWithCi(inner, u"satisf") || startsWithCi(inner, u"implements")) {
            appendIdsWith(inner, satisfies, tooLong, make);
        }
        i = close;
    }
    // "(2h) - Priority: High - Depends: TRD-022 to TRD-030": inline, up to the next " - ".
    qsizetype depth = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'[')
            ++depth;
        else if (s[i] == u']' && depth > 0)
            --depth;
        if (depth > 0 || (s[i] != u'D' && s[i] != u'd' && s[i] != u'B' && s[i] != u'b') ||
            (i > 0 && s[i - 1].isLetterOrNumber()))
            continue;
        // Every key below goes on with "e" or "l": most words are spared eight comparisons.
        if (const char16_t next = i + 1 < s.size() ? s[i + 1].unicode() : 0;
            next < 128 && next != u'e' && next != u'E' && next != u'l' && next != u'L')
            continue;
        qsizetype v = -1;
        for (const QStringView key :
             {QStringView(u"depends on:"), QStringView(u"depends on "), QStringView(u"depends:"),
              QStringView(u"dependencies:"), QStringView(u"blocked by:"),
              QStringView(u"blocked by "), QStringView(u"depends**:"),
              QStringView(u"dependencies**:")}) {
            if (s.mid(i, key.size()).compare(key, Qt::CaseInsensitive) == 0) {
                v = i + key.size();
                break;
            }
        }
        if (v < 0)
            continue;
        qsizetype end = s.size();
        for (const QStringView stop :
             {QStringView(u" - "), QStringView(u" | "), QStringView(u" — ")}) {
            const qsizetype at = s.indexOf(stop, v);
            if (at >= 0 && at < end)
                end = at;
        }
        appendIdsWith(s.mid(v, end - v), depends, tooLong, make);
        i = end;
    }
}

// The id a mermaid node name spells ("TRD001" -> "TRD-001", see TrdParser::idFromNodeName)
// written to out, which holds node.size() + 1 characters: its length, 0 when it spells none.
qsizetype nodeIdInto(QStringView node, char16_t* out)
{
    if (const qsizetype e = idEnd(node, 0); e == node.size()) {
        std::copy(node.utf16(), node.utf16() + node.size(), out);
        return node.size();
    }
    qsizetype i = 0;
    while (i < node.size() && node[i].isLetter() && node[i].unicode() < 128)
        ++i;
    if (i < 2 || i == node.size())
        return 0;
    qsizetype j = i;
    if (node[j] == u'_')
        ++j;
    const qsizetype digits = j;
    while (j < node.size() && node[j].unicode() >= '0' && node[j].unicode() <= '9')
        ++j;
    if (j != node.size() || j == digits)
        return 0;
    char16_t* o = out;
    for (qsizetype k = 0; k < i; ++k)
        *o++ = node[k].toUpper().unicode();
    *o++ = u'-';
    for (qsizetype k = digits; k < node.size(); ++k)
        *o++ = node[k].unicode();
    return o - out;
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
    qsizetype lineStart(qsizetype offset) const { return startOfLine(lineOf(offset)); }
    // End of the line holding offset, before "\r\n" or "\n".
    qsizetype lineEnd(const QByteArray& bytes, qsizetype offset) const
    {
        return endOfLine(bytes, lineOf(offset));
    }
    // The same for a line number lineOf() gave.
    qsizetype startOfLine(int l) const { return l > 0 ? starts.at(l - 1) : 0; }
    qsizetype endOfLine(const QByteArray& bytes, int line) const
    {
        const int l = std::max(line, 1);
        qsizetype e = l < starts.size() ? starts.at(l) - 1 : size;
        if (e > starts.at(l - 1) && bytes.at(e - 1) == '\r')
            --e;
        return e;
    }
};

// QString::fromUtf8(b).trimmed(), with the ASCII blanks trimmed on the bytes first: only what
// stays is decoded, and trimmed again only when a non-ASCII byte is at an edge (U+00A0, or a
// broken sequence). Most lines the parser keeps are item and cell texts with blanks around.
QString trimmedUtf8(QByteArrayView b)
{
    b = b.trimmed();
    QString s = QString::fromUtf8(b);
    if (!b.isEmpty() && (static_cast<unsigned char>(b.front()) >= 0x80 ||
                         static_cast<unsigned char>(b.back()) >= 0x80))
        return std::move(s).trimmed();
    return s;
}

// No byte of b has its high bit set. Eight bytes a step: the parser asks this of nearly
// every line it reads, and a byte loop with an early exit is one the compiler leaves scalar.
bool isAscii(QByteArrayView b)
{
    const char* p = b.data();
    const qsizetype n = b.size();
    quint64 any = 0;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        any |= w;
    }
    for (; i < n; ++i)
        any |= static_cast<unsigned char>(p[i]);
    return (any & 0x8080808080808080ULL) == 0;
}

// ASCII p[0, n) as UTF-16 into out: sixteen bytes a step where SSE2 is (every x86-64).
void widenAscii(const char* p, qsizetype n, char16_t* out)
{
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_unpacklo_epi8(v, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i + 8), _mm_unpackhi_epi8(v, zero));
    }
#endif
    for (; i < n; ++i)
        out[i] = static_cast<unsigned char>(p[i]);
}

// How many UTF-16 units b decodes to; ASCII (the usual case) without decoding it.
int utf16Length(QByteArrayView b)
{
    if (!isAscii(b))
        return int(QString::fromUtf8(b).size()); // exact, also for broken bytes
    return int(b.size());
}

// Text decoded to be read, not kept, into a buffer kept from block to block: most lines
// are read once and dropped, and a string for each showed in profiles. A view is valid
// until the next call on the same scratch.
class Utf16Scratch
{
public:
    // QString::fromUtf8(b).
    QStringView decode(QByteArrayView b)
    {
        if (widen(b))
            return QStringView(m_buf.data(), b.size());
        m_str = QString::fromUtf8(b);
        return m_str;
    }
    // trimmedUtf8(b).
    QStringView trimmed(QByteArrayView b)
    {
        b = b.trimmed();
        if (widen(b))
            return QStringView(m_buf.data(), b.size());
        m_str = trimmedUtf8(b);
        return m_str;
    }
    // The last text decoded, as a string to keep.
    QString toString(QStringView last) const
    {
        return last.data() == m_str.data() ? m_str : last.toString();
    }

private:
    // ASCII (nearly every line) is widened here; false for Qt's decoder to do the rest.
    bool widen(QByteArrayView b)
    {
        if (!isAscii(b))
            return false;
        m_buf.resize(b.size());
        widenAscii(b.data(), b.size(), m_buf.data());
        return true;
    }

    QVarLengthArray<char16_t, 256> m_buf;
    QString m_str;
};

// First invalid UTF-8 byte, or -1.
qsizetype firstInvalidUtf8(const QByteArray& b)
{
    // Qt's test is stricter than this one (it also refuses overlong forms and surrogates)
    // and reads sixteen bytes a step: what it accepts, this accepts too, so only a document
    // it refuses is read again here to find the byte. A plan is nearly always valid.
    if (QByteArrayView(b).isValidUtf8())
        return -1;
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

// What the lines right under a heading hold, up to the next heading outside a code fence:
// a checkbox, an estimate field ("**Estimated Hours:** 8h"). Asked only for the few headings
// that are tasks when their section says so, each section once: the parse stays linear.
struct SectionAhead
{
    bool checkbox = false;
    bool estimate = false;
};

SectionAhead sectionAhead(const QByteArray& bytes, qsizetype from)
{
    SectionAhead r;
    const char* p = bytes.constData();
    const qsizetype n = bytes.size();
    char fence = 0;
    for (qsizetype ls = from; ls < n && !(r.checkbox && r.estimate);) {
        const char* nl = static_cast<const char*>(std::memchr(p + ls, '\n', size_t(n - ls)));
        const qsizetype le = nl ? nl - p : n;
        qsizetype i = ls;
        while (i < le && i - ls < 4 && (p[i] == ' ' || p[i] == '\t'))
            ++i;
        const QByteArrayView line(p + i, le - i);
        if (line.startsWith("```") || line.startsWith("~~~")) {
            if (fence == 0)
                fence = line.front();
            else if (line.front() == fence)
                fence = 0;
        } else if (fence == 0) {
            if (i - ls < 4 && line.startsWith('#')) {
                qsizetype h = 0;
                while (h < line.size() && line.at(h) == '#')
                    ++h;
                if (h <= 6 && (h == line.size() || line.at(h) == ' ' || line.at(h) == '\t'))
                    break;
            }
            // "- [ ] Step", "* [x] Step", "1. [ ] Step", at any depth.
            QByteArrayView item = line.trimmed();
            qsizetype m = 0;
            while (m < item.size() && item.at(m) >= '0' && item.at(m) <= '9')
                ++m;
            if (m > 0 && m < item.size() && (item.at(m) == '.' || item.at(m) == ')'))
                ++m;
            else if (m == 0 && !item.isEmpty() &&
                     (item.front() == '-' || item.front() == '*' || item.front() == '+'))
                m = 1;
            else
                m = -1;
            if (m > 0 && item.size() >= m + 4 && item.at(m) == ' ' && item.at(m + 1) == '[' &&
                item.at(m + 3) == ']' &&
                (item.at(m + 2) == ' ' || item.at(m + 2) == 'x' || item.at(m + 2) == 'X')) {
                r.checkbox = true;
            } else if (!r.estimate) {
                // "**Estimated Hours:** 8h", "Effort: 2 days", "- **Story Points**: 5".
                if (m == 1)
                    item = item.sliced(1).trimmed();
                while (item.startsWith('*') || item.startsWith('_'))
                    item = item.sliced(1);
                const qsizetype colon = item.indexOf(':');
                if (colon > 0 && colon <= 30) {
                    QByteArray key = item.first(colon).toByteArray().toLower();
                    while (key.endsWith('*') || key.endsWith('_') || key.endsWith(' '))
                        key.chop(1);
                    const bool points = key == "story points" || key == "points";
                    if (key.startsWith("estimat") || key == "effort" || key == "hours" ||
                        key == "duration" || points) {
                        QByteArrayView value = item.sliced(colon + 1);
                        while (value.startsWith('*') || value.startsWith('_'))
                            value = value.sliced(1);
                        const TrdScan::Estimate e =
                            TrdScan::parseEstimate(QString::fromUtf8(value));
                        r.estimate = e.start >= 0 && e.value > 0;
                    }
                }
            }
        }
        ls = le + 1;
    }
    return r;
}

// "(Day 1)", "(Days 2-3)", "(Week 2)" after a heading's title (a marker written when the
// work is done may follow): when in the schedule the work is done, not how long it takes.
bool hasDayMarker(QStringView text)
{
    for (qsizetype open = TrdScan::find(text, u'('); open >= 0;
         open = TrdScan::find(text, u'(', open + 1)) {
        const QStringView inner = text.sliced(open + 1);
        for (const QStringView w : {QStringView(u"day"), QStringView(u"week")}) {
            if (!inner.startsWith(w, Qt::CaseInsensitive))
                continue;
            qsizetype i = w.size();
            if (i < inner.size() && (inner[i] == u's' || inner[i] == u'S'))
                ++i;
            if (i + 1 < inner.size() && inner[i] == u' ' && isAsciiDigit(inner[i + 1]) &&
                TrdScan::find(inner, u')', i) > 0)
                return true;
        }
    }
    return false;
}

// "1.1 Project Setup (Day 1)", "2.3 Search API (2 days)": a dotted work number and a title;
// with `scheduled`, also a day or an estimate after the title. The number, or empty.
QStringView numberedWork(QStringView text, bool scheduled)
{
    qsizetype i = 0;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    if (i == 0 || i + 1 >= text.size() || text[i] != u'.' || !isAsciiDigit(text[i + 1]))
        return {};
    while (i + 1 < text.size() && text[i] == u'.' && isAsciiDigit(text[i + 1])) {
        ++i;
        while (i < text.size() && isAsciiDigit(text[i]))
            ++i;
    }
    const QStringView number = text.first(i);
    if (i < text.size() && text[i] == u'.')
        ++i;
    if (i >= text.size() || text[i] != u' ')
        return {};
    // "### 6.2 Sprint 1: Foundation (Week 1)": a sprint numbered as a section.
    const QStringView title = text.sliced(i).trimmed();
    if (!namesNoSprint(title.first(std::min<qsizetype>(title.size(), 10))))
        return {};
    if (scheduled && !hasDayMarker(text) && TrdScan::findEstimate(text).start < 0)
        return {};
    return number;
}

// "### SPRINT 2: Data Collection ⚠️ 70% COMPLETE": a share below 100% before the done word
// says the section is under way, not done.
bool partlyDone(QStringView text)
{
    for (qsizetype pct = TrdScan::find(text, u'%'); pct > 0;
         pct = TrdScan::find(text, u'%', pct + 1)) {
        qsizetype d = pct;
        while (d > 0 && isAsciiDigit(text[d - 1]))
            --d;
        if (d < pct && text.sliced(d, pct - d).toInt() < 100)
            return true;
    }
    return false;
}

// "Unit Tests (4 hours) ✅ COMPLETED" -> "Unit Tests (4 hours)": a heading without the status
// marker after its closing parenthesis (what completing a task on the board writes there);
// the heading itself when nothing or more than a status follows it.
QStringView withoutStatusTail(QStringView text)
{
    if (text.endsWith(u')'))
        return text;
    const qsizetype close = text.lastIndexOf(u')');
    if (close <= 0 || text.size() - close > 48)
        return text;
    const QStringView tail = text.sliced(close + 1).trimmed();
    if (tail.isEmpty())
        return text.first(close + 1);
    const TrdScan::Markers m = TrdScan::findMarkers(tail);
    const TrdScan::StatusWord w = TrdScan::statusWord(tail);
    if ((m.done || m.progress) && m.priority.isEmpty() &&
        (w == TrdScan::StatusWord::Done || w == TrdScan::StatusWord::InProgress))
        return text.first(close + 1);
    return text;
}

// "PR 1: Prove the log bridge", "PR 2 — Structured logs": a stacked pull request, the unit
// a plan delivers its tasks in (each with its "**Shippable State:**"), written as a heading.
// Its number and what follows the separator; false for anything else ("PR #412 review",
// "PRD 2", "PR: title"). Only capitals: "Pr 1" and "pr 1" name no pull request.
bool pullRequestHeading(QStringView plain, QStringView* number, QStringView* rest)
{
    if (!plain.startsWith(u"PR "))
        return false;
    qsizetype i = 3;
    while (i < plain.size() && plain[i] == u' ')
        ++i;
    const qsizetype digits = i;
    while (i < plain.size() && i - digits < 3 && isAsciiDigit(plain[i]))
        ++i;
    if (i == digits || (i < plain.size() && isAsciiDigit(plain[i])))
        return false;
    *number = plain.sliced(digits, i - digits);
    while (i < plain.size() && plain[i] == u' ')
        ++i;
    if (i >= plain.size() ||
        !(plain[i] == u':' || plain[i] == u'-' || plain[i] == u'\u2014' || plain[i] == u'\u2013'))
        return false;
    *rest = plain.sliced(i + 1).trimmed();
    return !rest->isEmpty();
}

// "## Public Readiness Sprint - Release Hygiene", "## Hardening Sprint": a sprint named, not
// numbered. The name ("Public Readiness") and what follows the separator; false for
// "## Next Sprint", "## Goals per Sprint", "## Design Sprint Results".
bool namedSprint(QStringView plain, QStringView* name, QStringView* rest)
{
    qsizetype at = -1;
    for (qsizetype i = 1; i + 6 <= plain.size(); ++i) {
        if (plain[i - 1] == u' ' &&
            plain.sliced(i, 6).compare(u"sprint", Qt::CaseInsensitive) == 0 &&
            (i + 6 == plain.size() || !plain[i + 6].isLetterOrNumber())) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return false;
    const QStringView prefix = plain.first(at).trimmed();
    if (prefix.isEmpty() || prefix.size() > 40)
        return false;
    static const QLatin1StringView stop[] = {
        QLatin1StringView("next"),    QLatin1StringView("current"), QLatin1StringView("previous"),
        QLatin1StringView("last"),    QLatin1StringView("this"),    QLatin1StringView("that"),
        QLatin1StringView("each"),    QLatin1StringView("every"),   QLatin1StringView("per"),
        QLatin1StringView("for"),     QLatin1StringView("the"),     QLatin1StringView("a"),
        QLatin1StringView("an"),      QLatin1StringView("our"),     QLatin1StringView("your"),
        QLatin1StringView("any"),     QLatin1StringView("one"),     QLatin1StringView("by"),
        QLatin1StringView("of"),      QLatin1StringView("in"),      QLatin1StringView("upcoming"),
        QLatin1StringView("future"),  QLatin1StringView("ongoing"), QLatin1StringView("active"),
        QLatin1StringView("new"),     QLatin1StringView("example"), QLatin1StringView("sample"),
        QLatin1StringView("typical"), QLatin1StringView("after"),   QLatin1StringView("before"),
        QLatin1StringView("during"),  QLatin1StringView("end"),     QLatin1StringView("post"),
        QLatin1StringView("pre"),     QLatin1StringView("mid"),     QLatin1StringView("to"),
        QLatin1StringView("and"),     QLatin1StringView("or"),      QLatin1StringView("sprint")};
    int words = 0;
    for (const QStringView w : prefix.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (++words > 4 || !w.front().isLetter())
            return false;
        for (const QChar c : w) {
            if (!c.isLetterOrNumber() && c != u'-' && c != u'&')
                return false;
        }
        for (const QLatin1StringView s : stop) {
            if (w.compare(s, Qt::CaseInsensitive) == 0)
                return false;
        }
    }
    QStringView after = plain.sliced(at + 6).trimmed();
    if (!after.isEmpty()) {
        if (after.front() == u'-' || after.front() == u'–' || after.front() == u'—' ||
            after.front() == u':')
            after = after.sliced(1).trimmed();
        else if (after.front() != u'(')
            return false;
    }
    *name = prefix;
    *rest = after;
    return true;
}

// A list item led by a box markdown does not know becomes a checkbox item: its first `len`
// bytes (the box and what follows it) leave the text, the mark (markSize bytes, read as
// `mark`, or as written when 0) stays where it is written so ticking rewrites just it.
// Takes the first len bytes off b's text (a box, a status sign), keeping its spans and
// source offsets right for what stays.
void dropLead(Block& b, int len)
{
    b.text.remove(0, len);
    auto shift = [len](QList<QPair<int, int>>& spans) {
        QList<QPair<int, int>> out;
        for (const auto& [from, to] : std::as_const(spans)) {
            if (from >= len)
                out.append({from - len, to - len});
        }
        spans = out;
    };
    shift(b.strong);
    shift(b.code);
    for (TrdBlock::Chunk& c : b.chunks)
        c.textPos -= len;
    // Breaks in what was taken off go with it (a loose item's later paragraphs are cut
    // from its front, past the first paragraph's lines).
    b.breaks.removeIf([len](int br) { return br < len; });
    for (int& br : b.breaks)
        br -= len;
}

void takeBox(Block& b, int len, int markSize = 1, char mark = 0)
{
    b.isTask = true;
    b.mark = mark ? mark : b.text.at(1);
    b.markSize = quint8(markSize);
    b.markOffset = b.srcOffset(1);
    dropLead(b, len);
}

// "- [✓] Create the entity", "- [✅] …": a sign in the box, which md4c does not read as one.
// Real plans write ✓ ✔ ✅ ☑ for done (fr1-style task lists with a legend "[✓] Completed",
// BMAD validation reports, status pages). ✗ ✘ ❌ ✖ are never done: the same legends give them
// "Blocked", and the other files that write them mean a check that failed, a file still
// missing or work not implemented; so such a box is open, and completing it writes "x".
// ☐ and ⬜ are empty boxes. → is "In Progress" in those legends (see progressBox()).
// Returns the sign's size in bytes (its emoji variation selector included) and sets *done;
// 0 when b does not start with such a box followed by a space.
int signBox(const Block& b, bool* done)
{
    const QByteArray& t = b.text;
    if (b.isTask || t.size() < 6 || t.at(0) != '[' || uchar(t.at(1)) != 0xE2)
        return 0;
    const uchar c2 = uchar(t.at(2));
    const uchar c3 = uchar(t.at(3));
    int n = 0;
    if (c2 == 0x9C && (c3 == 0x93 || c3 == 0x94 || c3 == 0x85)) { // ✓ ✔ ✅
        n = 3;
        *done = true;
    } else if (c2 == 0x98 && c3 == 0x91) { // ☑
        n = 3;
        *done = true;
    } else if ((c2 == 0x9C && (c3 == 0x97 || c3 == 0x98 || c3 == 0x96)) || // ✗ ✘ ✖
               (c2 == 0x9D && c3 == 0x8C) ||                               // ❌
               (c2 == 0x98 && c3 == 0x90) ||                               // ☐
               (c2 == 0xAC && c3 == 0x9C)) {                               // ⬜
        n = 3;
        *done = false;
    } else {
        return 0;
    }
    if (t.size() > 1 + n + 3 && t.at(1 + n) == '\xEF' && t.at(2 + n) == '\xB8' &&
        t.at(3 + n) == '\x8F') // U+FE0F: "✔️"
        n += 3;
    if (t.size() < n + 4 || t.at(1 + n) != ']' || (t.at(2 + n) != ' ' && t.at(2 + n) != '\t'))
        return 0;
    // "`[✓]` means done": a legend written in code, no box.
    if (!b.code.isEmpty() && b.code.first().first == 0)
        return 0;
    return n;
}

// "- [~] 2.1 Run fsck", "- [-] …", "- [/] …", "- [→] …": a box markdown does not know,
// written for work under way. Returns the mark's size in bytes, 0 when b has none.
int progressBox(const Block& b)
{
    const QByteArray& t = b.text;
    if (b.isTask || t.size() <= 4 || t.at(0) != '[' ||
        (!b.code.isEmpty() && b.code.first().first == 0)) // "`[~]` → in progress": a legend
        return 0;
    if (t.at(2) == ']' && t.at(3) == ' ' && (t.at(1) == '~' || t.at(1) == '-' || t.at(1) == '/'))
        return 1;
    if (t.size() > 6 && t.startsWith("[\xE2\x86\x92] ")) // →
        return 3;
    return 0;
}

// "- [!] **Resolve the paused branch**": a box written for work that is blocked or needs
// someone's attention (legends write "[!] Blocked", "[!] blocker"). Not done; ticking it
// writes "x" into the box.
bool blockedBox(const Block& b)
{
    const QByteArray& t = b.text;
    return !b.isTask && t.size() > 4 && t.at(0) == '[' && t.at(1) == '!' && t.at(2) == ']' &&
           t.at(3) == ' ' && (b.code.isEmpty() || b.code.first().first > 0);
}

// Kiro's optional tasks: "- [ ]* 2.1 Write property tests", "- [x]* 3.2 …" (the star marks
// work the spec may skip). md4c reads no box there, as none is followed by a space.
bool optionalBox(const Block& b)
{
    return !b.isTask && b.text.size() > 5 && b.text.at(0) == '[' && b.text.at(2) == ']' &&
           b.text.at(3) == '*' && b.text.at(4) == ' ' &&
           (b.text.at(1) == ' ' || b.text.at(1) == 'x' || b.text.at(1) == 'X') &&
           (b.code.isEmpty() || b.code.first().first > 0);
}

// ---------------------------------------------------------------------------------------
// Pass 2: the blocks become tasks, sprints and edges.

qsizetype findBytes(QByteArrayView hay, QByteArrayView needle, qsizetype from = 0);

// The number of a line inside a paragraph that reads as a numbered task, "5. **DEVOPS-005:**
// …" or "5. DEVOPS-005: …", or 0. Such lines after "**Tasks:**" were meant as a list that goes
// on from an earlier one; CommonMark lets only a list starting at 1 interrupt a paragraph.
int continuedItemNumber(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    const qsizetype digits = i;
    while (i < line.size() && i - digits < 4 && line.at(i) >= '0' && line.at(i) <= '9')
        ++i;
    if (i == digits || i + 2 >= line.size() || line.at(i) != '.' || line.at(i + 1) != ' ')
        return 0;
    QByteArrayView rest = line.sliced(i + 2);
    if (rest.startsWith("**"))
        rest = rest.sliced(2);
    // An id: capitals, a dash, a digit ("DEVOPS-005", "TRD-12").
    qsizetype k = 0;
    while (k < rest.size() && rest.at(k) >= 'A' && rest.at(k) <= 'Z')
        ++k;
    if (k < 2 || k + 1 >= rest.size() || rest.at(k) != '-' || rest.at(k + 1) < '0' ||
        rest.at(k + 1) > '9')
        return 0;
    return QByteArrayView(line.sliced(digits, i - digits)).toInt();
}

// A predicate on a heading or label that is asked about far more often than the text changes:
// each item under "#### Area 12" asked isTaskSection() of it again (80,000 times in a plan of
// ten thousand tasks, a twentieth of its parse). The answer is kept with the string it was
// worked out for; keeping a copy shares that string's bytes, so a new text can never reuse
// them and be taken for the old one.
class StringMemo
{
public:
    template <typename Predicate> bool operator()(const QString& s, Predicate&& predicate) const
    {
        if (m_key.constData() != s.constData() || m_key.size() != s.size()) {
            m_key = s;
            m_value = predicate(s);
        }
        return m_value;
    }

private:
    mutable QString m_key;
    mutable bool m_value = false;
};

class Builder : public TrdBlockSink
{
public:
    Builder(const QByteArray& bytes, const QString& path, double hoursPerDay,
            bool deliverablesAreWork = false)
        : m_deliverablesAreWork(deliverablesAreWork)
        , m_bytes(bytes)
        , m_lines(bytes)
    {
        m_source = bytes.capacity() == 0 && !bytes.isEmpty()
                       ? QByteArray(bytes.constData(), bytes.size())
                       : bytes;
        m_doc.path = path;
        m_doc.hoursPerDay = hoursPerDay > 0 ? hoursPerDay : 8;
        // "todo/openapi-docs-verification.md": a file in a folder of things to do.
        for (const QStringView part : QStringView(path).split(u'/', Qt::SkipEmptyParts).first(
                 std::max<qsizetype>(path.count(u'/'), 0))) {
            if (part.compare(u"todo", Qt::CaseInsensitive) == 0 ||
                part.compare(u"todos", Qt::CaseInsensitive) == 0)
                m_todoFolder = true;
        }
        // A task takes a hundred bytes of markdown or more (a dense checklist line and its
        // summary row): reserving that many spares the big moves of growing the list (a
        // plan of checklists moved its tasks twice), and costs nothing until the memory is
        // touched. Not squeezed after: giving the tail back let malloc trim the heap, and a
        // large plan's next parse paid its page faults again.
        m_doc.tasks.reserve(bytes.size() / 128 + 8);
        m_seen.reserve(bytes.size() / 256 + 8); // growing showed in profiles
        m_doc.dependencies.reserve(bytes.size() / 256 + 8); // so did this list's growth
        m_rangeBudget = 4 * TrdParser::kMaxRangeIds + bytes.size() / 8;
        // findBytes, not indexOf: Qt 6.4's general search took a tenth of parsing a large
        // TRD for a tag most plans never write.
        if (findBytes(bytes, "<task") >= 0)
            scanXmlTasks();
    }

    void block(Block& b) override;
    TrdDocument finish();
    // GSD plans ("07-01-PLAN.md"): "<task type=\"auto\">" blocks with <name>, <files>,
    // <action>, <verify> and <done> children, inside <tasks>, beside <objective>,
    // <success_criteria> and other sections. Found in one pass over the lines before md4c
    // runs (md4c drops raw HTML, and reads the text between blank lines as markdown).
    struct XmlTask
    {
        qsizetype begin = -1; // the "<task" line
        qsizetype end = -1;   // the end of the "</task>" line
        ByteSpan name, files, action, verify, done;
        ByteSpan built, howToVerify; // a checkpoint's <what-built> and <how-to-verify>
        QByteArray type;
    };
    void scanXmlTasks();
    void xmlTask(const XmlTask& x);
    int sprintDeliverables() const { return m_sprintDeliverables; }
    // Lines of "## Phase 1: Title" headings whose section defines no task but holds a
    // "### Success Criteria" (or "#### Automated Verification") checklist: a phase plan
    // ("create_plan") whose phases are its work. A second read takes each as a task.
    const QSet<int>& phaseTaskLines() const { return m_phaseTaskLines; }
    // The line of the plan's "**Status:** Done" (see documentStatus()), 0 when none.
    int documentStatusLine() const { return m_documentStatusLine; }
    void readPhasesAsTasks(const QSet<int>& lines) { m_phasesAsTasks = lines; }
    // "## Phase 1: Alkali" › "### 1.1 — Create the config", "### 1.2 — Translate the features":
    // headings numbered after their phase, no task read around them (how many were seen), and
    // a read that takes them as the plan's tasks.
    int numberedPhaseSteps() const { return m_sectionLikeSteps > 0 ? 0 : m_numberedPhaseSteps; }
    void readNumberedPhaseSteps() { m_phaseStepsAreTasks = true; }

private:
    void heading(const Block& b);
    void storySection(int level, int line, const QString& text);
    void paragraph(const Block& b);
    void item(const Block& b);
    void code(const Block& b);
    void table();
    // The heading task just started names a section instead (its tasks have ids of their own).
    void headingToSection();
    void joinedFields(const Block& b, QString key, QString value);

    void startTask(const Block& b, TrdTask::Form form, int level, const LeadingId& id);
    bool checklistTask(const Block& b);
    bool boxedTask(const Block& b);
    bool pipeRow(const Block& b, const QString& text);
    void idRow(const QStringList& cells, const QString& id, int line);
    void setEstimate(TrdTask& t, const TrdScan::Estimate& e, TrdScan::EstimateUnit bare);
    // "#### 2.3 EmbeddingStore - Basic Operations (Days 3-4)": the dash is the title's own (a
    // suffix after it names a priority only in id'd headers); the title runs to a marker.
    void numberedTitle(QStringView text, qsizetype numberEnd)
    {
        QStringView rest = text.sliced(numberEnd);
        while (!rest.isEmpty() && (rest.front() == u'.' || rest.front() == u' '))
            rest = rest.sliced(1);
        const QString& title = m_task.title;
        if (title.isEmpty() || !rest.startsWith(title))
            return;
        const QStringView after = rest.sliced(title.size());
        if (!after.startsWith(u" - ") && !after.startsWith(u" — ") && !after.startsWith(u" – "))
            return;
        qsizetype end = rest.size();
        if (const TrdScan::Estimate e = TrdScan::findEstimate(rest); e.start >= 0)
            end = e.start;
        for (qsizetype i = title.size(); i < end; ++i) {
            if (rest[i] == u'✅' || rest[i] == u'⚠' || rest[i] == u'❌') {
                end = i;
                break;
            }
        }
        m_task.title = rest.first(end).trimmed().toString();
    }
    // What the lines under heading b hold.
    SectionAhead below(const Block& b) const
    {
        return sectionAhead(m_bytes, m_lines.lineEnd(m_bytes, std::max(b.begin, b.end - 1)) + 1);
    }
    void candidate(int line, QStringView text, const QString& why)
    {
        if (m_candidates.size() < 10)
            m_candidates.append(Candidate{line, text.toString().simplified().left(80), why});
    }
    // "Task 1.3.1" (or "1.3.1") under a heading numbered "1.3": that number, else empty.
    QString sectionOfStep(QStringView id, int level) const
    {
        if (id.startsWith(u"Task "))
            id = id.sliced(5);
        const qsizetype dot = id.lastIndexOf(u'.');
        if (dot <= 0 || id.count(u'.') < 2 || !std::all_of(id.cbegin(), id.cend(), [](QChar c) {
                return c == u'.' || isAsciiDigit(c);
            }))
            return {};
        const QStringView parent = id.first(dot);
        for (int l = level - 1; l >= 2; --l) {
            if (m_headingNumbers[l] == parent)
                return parent.toString();
        }
        return {};
    }
    // "Task 2.1.1 …" right under the heading numbered 2.1.1: the box of that heading's work.
    bool boxOfHeading(const LeadingId& id) const
    {
        return id.isValid() && id.id.startsWith(u"Task ") && m_headingLevel >= 2 &&
               !m_headingNumbers[m_headingLevel].isEmpty() &&
               QStringView(id.id).sliced(5) == m_headingNumbers[m_headingLevel] &&
               !m_headings[m_headingLevel].isEmpty();
    }
    // "Task 2.1.1 Complete" (or "Done", or with a note: "Complete (39 tests)"): the box says
    // only that the work is complete, the heading names it.
    static bool saysOnlyComplete(QStringView text, const LeadingId& id)
    {
        QStringView rest = text.sliced(std::min<qsizetype>(id.end, text.size()));
        while (!rest.isEmpty() && (rest.front() == u' ' || rest.front() == u'*' ||
                                   rest.front() == u':' || rest.front() == u'-'))
            rest = rest.sliced(1);
        // "Complete", "Complete (39 tests)", "Done.": the word, then nothing or a note.
        for (const QStringView w :
             {QStringView(u"completed"), QStringView(u"complete"), QStringView(u"done")}) {
            if (rest.startsWith(w, Qt::CaseInsensitive) &&
                (rest.size() == w.size() || !rest[w.size()].isLetterOrNumber()))
                return rest.size() == w.size() || rest[w.size()] != u' ' ||
                       rest.size() == w.size() + 1 || !rest[w.size() + 1].isLetter();
        }
        return false;
    }
    // A list item at the level of a completion box's task that stays the task's: a step
    // numbered under it, or a line that is no box.
    bool stepOfCompletionBox(const Block& b) const
    {
        if (m_completionNumber.isEmpty() || b.level != m_taskLevel)
            return false;
        if (!b.isTask)
            return true;
        const QByteArray number = m_completionNumber.toLatin1();
        const QByteArrayView t(b.text);
        if (t.size() > number.size() + 1 && t.startsWith(number) && t.at(number.size()) == '.' &&
            t.at(number.size() + 1) >= '0' && t.at(number.size() + 1) <= '9')
            return true;
        // "**Unit Tests for Section 6.1:**" › "- [x] Test the ontology loads": the tests of
        // the task the section's box completes, as much its steps as "6.1.1" above them.
        const QString& label = m_labelInTask;
        if (!label.contains(u"test"))
            return false;
        for (qsizetype at = label.indexOf(m_completionNumber); at > 0;
             at = label.indexOf(m_completionNumber, at + 1)) {
            const qsizetype end = at + m_completionNumber.size();
            const bool wordEnd =
                end == label.size() ||
                !(label.at(end).isDigit() ||
                  (label.at(end) == u'.' && end + 1 < label.size() && label.at(end + 1).isDigit()));
            if (label.at(at - 1) == u' ' && wordEnd)
                return true;
        }
        return false;
    }
    // In a task whose steps are written "Step 1", "Step 2" (a "Step 1" task has none).
    bool inStepsOfTask() const
    {
        return m_inTask &&
               (m_task.form == TrdTask::Form::Heading || m_task.form == TrdTask::Form::BoldLine) &&
               !m_task.id.startsWith(u"Step ", Qt::CaseInsensitive);
    }
    // A plan laid out in phases or sprints, read outside them: "**Step 1: Design the UI**"
    // under "## Implementation Guidelines" is how the team works on each task, not one more.
    bool outsideSprints() const { return m_sprint < 0 && !m_doc.sprints.isEmpty(); }
    // The heading text and list label that decide whether a checklist holds tasks.
    // Under "## Tasks", "### Tasks for the backend", or a "**Implementation Tasks**:" line
    // opening the list: where list items name pieces of work.
    bool underTaskHeading() const
    {
        return m_taskSectionLevel > 0 || sectionNamesTasks() || labelNamesTasks();
    }
    bool inCriteriaSection() const
    {
        // "### Phase 8: Polish & Testing" and "### Security Reviewer Tasks" name work, not
        // criteria, whatever their words.
        // A sprint's section is criteria only by its strong words ("Phase 1 Quality Gates").
        // So is a numbered part of a phase ("## Phase 5" › "### 5.3 Data Validation" beside
        // "### 5.1 Filesystem Errors"): a work package like its siblings.
        // "## Review" between "## In Progress" and "## Done" is a board's lane of work.
        // "### User Story 1.1" › "#### Backend (14 hours)", "#### Testing (3 hours)": a section
        // that budgets hours is a part of the work, "Testing" naming the kind of work; criteria
        // take no hours of their own.
        const bool budgeted = m_headingLevel > 0 && m_sizedHeading[m_headingLevel];
        // "todo/openapi-docs-verification.md" titled "# OpenAPI docs verification": a to-do
        // file's title names the job, verifying being the work; the boxes right under it
        // are its tasks.
        const bool todoTitle = m_todoFolder && m_headingLevel == 1;
        const bool section =
            m_sectionIsSprint || m_sectionScheduled || (m_sprint >= 0 && m_sectionNumbered)
                ? m_sprintCriteriaMemo(m_section, isSprintCriteria)
                : !m_section.endsWith(u" tasks") && !m_workChecklist && !budgeted &&
                      m_lane == TrdScan::StatusWord::None && !todoTitle &&
                      m_sectionCriteriaMemo(m_section, isCriteriaSection);
        // "### Phase 3: Decisions" › "**Testing:**" › "- [x] Unit tests for the schema": the
        // phase's testing work, a part of it like "**Schema & Migration:**" beside it.
        // So are "**Scalability Testing:**" and "**Timeline Workflow Testing:**" beside
        // "**Bridge Layer Integration:**": the kind of testing the phase does. Not "**User
        // Acceptance Testing:**", the checks the phase must pass.
        const bool phaseTesting =
            (m_sectionIsSprint || m_sectionScheduled) &&
            (m_listLabel == u"testing:" || m_listLabel == u"tests:" ||
             ((m_listLabel.endsWith(u" testing:") || m_listLabel.endsWith(u" tests:")) &&
              !m_listLabel.contains(u"acceptance") && !m_listLabel.contains(u"criteria")));
        // "### WCAG 2.1 AA Compliance" › "**Tasks:**" › "- [ ] Fix color contrast": the list
        // says it holds the feature's tasks, whatever the feature's name says.
        const bool labelledTasks = labelNamesTasks();
        return m_criteriaLevel > 0 || (section && !labelledTasks) ||
               (!phaseTesting && m_labelCriteriaMemo(m_listLabel, isCriteriaSection)) ||
               (m_itemLabelLevel > 0 && m_itemLabelCriteriaMemo(m_itemLabel, isCriteriaSection));
    }
    bool sectionNamesTasks() const { return m_sectionTasksMemo(m_section, isTaskSection); }
    bool labelNamesTasks() const { return m_labelTasksMemo(m_listLabel, isTaskSection); }
    bool listTask(const Block& b);
    bool numberedStep(const Block& b);
    void laterParagraphs(const Block& b);
    bool sizedStep(const Block& b);
    bool codeLedTask(const Block& b);
    bool dashStatusTask(const Block& b);
    bool bracketTicketTask(const Block& b);
    QStringList definedShortIds(QStringView text) const;
    QList<ByteSpan> tableCells(qsizetype begin, qsizetype end) const;
    void finishTask();
    void setImplicitId(int line);
    bool fillInBlank(const TrdTask& t);
    // "#" + the title (cut at 60 characters), made unique within the document: " (2)"...
    QString implicitId(const QString& title);
    void continueTask(TrdTask& task, TrdTask& part);
    QList<bool> dropIdlessChecklists();
    LeadingId rangeTask(QStringView text, LeadingId id, int line);
    void statusMention(QStringView text, int line);
    void endSprint() { m_sprint = -1; }
    // Bold tasks defined right under a sprint or phase heading, and that sprint.
    QList<std::pair<int, QString>> m_homeSprints;
    // "## Sprint 4" › "Covers PR 4.": the sprint, and the keys of the groups it takes.
    QList<std::pair<int, QStringList>> m_coveredGroups;
    int m_boldHome = -1; // the sprint or phase whose section the bold tasks are in
    IdIndex sprintListedIds() const;
    void homeSprints();
    void columnSprints();
    void coversLine(QStringView text);
    void rangeParagraph(const Block& b, QStringView text);
    void coveredGroups();
    // wholeTitle: a heading's title goes on past a dash ("### Step 5: EventProcessor — session
    // filtering"), unless what follows the dash is a status, a priority, an estimate or the
    // dependencies ("### TRD-001: Parser - HIGH PRIORITY").
    void parseHeader(TrdTask& t, QStringView text, qsizetype strongEnd, const LeadingId& id,
                     bool wholeTitle = false);
    qsizetype bracketTags(TrdTask& t, QStringView s, qsizetype p);
    qsizetype specKitMarkers(TrdTask& t, QStringView s, qsizetype p);
    void mermaidMaps();
    // A mermaid block's edges (a range of m_doc.dependencies) and the findings on its nodes,
    // kept until the end decides whether it maps tasks.
    struct MermaidBlock
    {
        qsizetype edgesBegin = 0;
        qsizetype edgesEnd = 0;
        Diagnostics pending;
    };
    QList<MermaidBlock> m_mermaidBlocks;
    // Task headers read without a title (line, id): a finding unless the task stored has one.
    QList<std::pair<int, QString>> m_untitled;
    void findMarkers(TrdTask& t);
    static bool hasLeadingStrong(const Block& b)
    {
        return !b.strong.isEmpty() && b.strong.first().first == 0;
    }
    bool field(const Block& b, const QString& text, QString* key, QString* value) const;
    bool strongField(const Block& b, QString* key, QString* value) const;
    // Field keys repeat on every task ("Dependencies", "Validation"...): one string each.
    // Values repeat too ("**Validation**: the checks pass on CI" under every task): the last
    // value read for each key shares its string with the next that reads the same.
    struct Key
    {
        QByteArray raw;
        QString str;
        QString lastValue;
    };
    Key* internedKey(QByteArrayView bytes, QString* str) const
    {
        for (Key& k : m_keys) {
            if (k.raw == bytes) {
                *str = k.str;
                return &k;
            }
        }
        *str = QString::fromUtf8(bytes).trimmed();
        if (m_keys.size() >= 64)
            return nullptr;
        m_keys.append(Key{bytes.toByteArray(), *str, QString()});
        return &m_keys.last();
    }
    // trimmedUtf8(v), shared with `last` when that is what it reads (ASCII bytes equal to
    // its characters); `last` becomes the value read.
    static QString sharedValue(QString& last, QByteArrayView v)
    {
        const QByteArrayView t = v.trimmed();
        if (readsAs(last, t))
            return last;
        last = trimmedUtf8(t);
        return last;
    }
    // Whether trimmed ASCII bytes t, not empty, decode to s.
    static bool readsAs(const QString& s, QByteArrayView t)
    {
        if (t.isEmpty() || s.size() != t.size())
            return false;
        const char16_t* c = reinterpret_cast<const char16_t*>(s.constData());
        qsizetype i = 0;
        while (i < t.size() && static_cast<unsigned char>(t[i]) < 0x80 && c[i] == char16_t(t[i]))
            ++i;
        return i == t.size();
    }
    // Short subtask texts repeat from task to task ("Tests", "Update the docs"): the last
    // few read, so that a task whose text is one of them shares its string. Long ones are
    // rarely the same ("Subtask 1 of task 5: …"), and are not compared.
    QString m_recentTexts[4];
    int m_recentNext = 0;
    QString recentText(QByteArrayView bytes)
    {
        const QByteArrayView t = bytes.trimmed();
        if (t.size() > 24)
            return trimmedUtf8(t);
        for (const QString& r : m_recentTexts) {
            if (readsAs(r, t))
                return r;
        }
        QString text = trimmedUtf8(t);
        m_recentTexts[m_recentNext] = text;
        m_recentNext = (m_recentNext + 1) % int(std::size(m_recentTexts));
        return text;
    }
    // A subtask's text from b.text[from...]: where the document's bytes hold it as written
    // (most do) only their span, else the rendered text.
    void subtaskText(const Block& b, int from, TrdSubtask& s)
    {
        const QByteArrayView all(b.text);
        const QByteArrayView t = all.sliced(from).trimmed();
        // Non-ASCII at an edge may be a blank QString::trimmed() takes off (U+00A0).
        const bool asciiEdges = t.isEmpty() || (static_cast<unsigned char>(t.front()) < 0x80 &&
                                                static_cast<unsigned char>(t.back()) < 0x80);
        const qsizetype src = asciiEdges ? b.srcOffset(int(t.data() - all.data())) : -1;
        if (src >= 0 && src + t.size() <= m_bytes.size() &&
            std::memcmp(m_bytes.constData() + src, t.data(), size_t(t.size())) == 0) {
            s.textSpan = ByteSpan{src, src + t.size()};
            return;
        }
        m_task.setSubtaskText(s, recentText(all.sliced(from)));
    }
    bool plainField(const QString& text, QString* key, QString* value) const;
    // key and value by value: the field keeps them (moved in, not copied).
    void taskField(const Block& b, QString key, QString value);
    void statusField(const Block& b);
    // A status in bold opening the first paragraph under a heading task ("**DONE — date.**").
    void leadStatus(const Block& b);
    void sprintEntry(const Block& b, QStringView text);
    void idEntry(const Block& b, QStringView text, int line, bool bare = false);
    void ledEntry(const Block& b, const QString& text);
    // Records id as one of the sprint's tasks, listed at line, unless it is a requirement or
    // listed already; true when it was recorded.
    bool planInSprint(int sprint, const QString& id, int line, bool secondary);
    int slotSprint(QStringView slot) const;
    LeadingId phaseStepId(QStringView heading) const;
    // Lists id in the sprint unless the sprint lists it; true when added. `fresh`: id was
    // just read for the first time, so no list can hold it unless a list entry named it.
    bool listInSprint(int sprint, const QString& id, int line, bool secondary, bool fresh);
    bool sprintChecklistEntry(const Block& b, QStringView text, const LeadingId& id, int line);
    void statedTotals(const Block& b, const QString& text);
    void totalLine(const Block& b, const QString& text);
    void diag(int line, const QString& code, const QString& message,
              Diagnostic::Severity sev = Diagnostic::Severity::Warning)
    {
        m_doc.diagnostics.append(Diagnostic{m_doc.path, line, 0, code, message, sev});
    }
    int lineOf(qsizetype off) const { return m_lines.lineOf(off); }
    bool estimateFieldFollows(qsizetype from) const;
    // Task ids in text, ranges expanded; a range too long to expand is a finding at `line`.
    QStringList ids(QStringView text, int line)
    {
        QStringList tooLong;
        QStringList out = findIdsWith(text, &tooLong, [this](QStringView v) { return knownId(v); });
        rangeDiag(line, tooLong);
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (const QStringList range = tailRange(out.at(i)); !range.isEmpty()) {
                out.remove(i);
                for (const QString& id : range)
                    out.insert(i++, id);
                --i;
            }
        }
        return out;
    }
    // "STORY-001-007" in "Dependencies: all stories (STORY-001-007)": a range written with
    // one dash, STORY-001 to STORY-007, when STORY-001 is a task and STORY-001-007 is none
    // ("AC-001-002" and "TASK-01-02" number parts of a thing: the same digits, no range).
    QStringList tailRange(const QString& id) const
    {
        const qsizetype dash = id.lastIndexOf(u'-');
        const qsizetype width = id.size() - dash - 1;
        if (dash < 2 || width < 2 || width > 9 || m_seen.value(id) >= 0)
            return {};
        const QStringView last = QStringView(id).sliced(dash + 1);
        qsizetype d = dash;
        while (d > 0 && isAsciiDigit(id.at(d - 1)))
            --d;
        if (dash - d != width || d == 0 || isAsciiDigit(id.at(d - 1)) ||
            !std::all_of(last.cbegin(), last.cend(), isAsciiDigit) ||
            m_seen.value(QStringView(id).first(dash)) < 0)
            return {};
        const qint64 first = digitsValue(QStringView(id).sliced(d, width));
        const qint64 to = digitsValue(last);
        if (to <= first || to - first >= TrdParser::kMaxRangeIds)
            return {};
        QStringList out;
        const QStringView stem = QStringView(id).first(d);
        for (qint64 k = first; k <= to; ++k)
            out << stem.toString() + QString::number(k).rightJustified(width, u'0');
        return out;
    }
    // The string of an id read in text: the task's own when it is defined already
    // (dependencies and sprint lists name tasks read before, mostly in order), shared rather
    // than copied anew.
    QString knownId(QStringView id)
    {
        const int at = m_seen.value(id, -1, &m_idHint);
        return at >= 0 ? m_doc.tasks.at(at).id : id.toString();
    }
    void readKnownTags(QStringView s, QStringList* depends, QStringList* satisfies,
                       QStringList* tooLong = nullptr)
    {
        readTagsWith(s, depends, satisfies, tooLong, [this](QStringView v) { return knownId(v); });
    }
    // "[depends: TRD-001] [satisfies REQ-2]" on a line of the current task's own (a paragraph
    // below its heading, an item below its box): its dependencies and requirements.
    void taskTags(QStringView text, int line)
    {
        QStringList depends, satisfies, tooLong;
        readKnownTags(text, &depends, &satisfies, &tooLong);
        rangeDiag(line, tooLong);
        for (const QString& d : std::as_const(depends)) {
            if (!m_task.dependencies.contains(d))
                m_task.dependencies << d;
            m_doc.dependencies.append(
                TrdDependency{d, m_task.id, TrdDependency::Source::Field, line});
        }
        for (const QString& r : std::as_const(satisfies)) {
            addRequirement(m_task, r);
        }
    }
    void rangeDiag(int line, const QStringList& ranges)
    {
        for (const QString& r : ranges)
            diag(line, QStringLiteral("trd-id-range-too-long"),
                 Tr::tr("“%1” spans more than %2 ids; only its two ends are read")
                     .arg(r, QLocale().toString(TrdParser::kMaxRangeIds)));
    }
    // "### Daily Standup Template", "## Template: Sprint Review", "**Report template:**": the
    // heading (or list label) of a form to fill in, whose "- [ ] Task 1" lines are blanks.
    QString templateHeading() const
    {
        auto isTemplate = [](QStringView h) {
            while (!h.isEmpty() && !h.back().isLetter())
                h.chop(1);
            while (!h.isEmpty() && !h.front().isLetter())
                h = h.sliced(1);
            constexpr QStringView word = u"template";
            // One character each end first: most headings end in another letter.
            const auto low = [](QChar c) { return c.unicode() | 0x20; };
            if (h.size() < word.size() || (low(h.back()) != u'e' && low(h.front()) != u't'))
                return false;
            const bool named =
                (h.size() >= word.size() &&
                 (h.last(word.size()).compare(word, Qt::CaseInsensitive) == 0 &&
                  (h.size() == word.size() || h[h.size() - word.size() - 1] == u' '))) ||
                // "Template: Sprint Review", "Template for the standup"; not "Template
                // Selection UI", a feature about templates.
                (h.size() > word.size() + 1 &&
                 h.first(word.size()).compare(word, Qt::CaseInsensitive) == 0 &&
                 (h[word.size()] == u':' ||
                  (h[word.size()] == u' ' && !h[word.size() + 1].isUpper())));
            if (!named) // most headings: asked for every item under them
                return false;
            // "#### 3.2 Create HomeLive Template": the work of building one, not a form.
            for (const char16_t* verb : {u"create ", u"add ", u"build ", u"implement ", u"update ",
                                         u"write ", u"design ", u"style "}) {
                if (h.startsWith(QStringView(verb), Qt::CaseInsensitive))
                    return false;
            }
            return true;
        };
        if (isTemplate(m_listLabel))
            return m_listLabel;
        for (int l = 6; l >= 1; --l) {
            if (!m_headings[l].isEmpty() && isTemplate(m_headings[l]))
                return m_headings[l];
        }
        return {};
    }
    QString category(int belowLevel) const
    {
        for (int l = std::min(belowLevel - 1, 6); l >= 1; --l) {
            if (!m_headings[l].isEmpty())
                return withoutEndSigns(m_headings[l]);
        }
        return {};
    }
    // "## Backlog 💭", "## ✅ Done", "## ⚙️ Doing": the heading's words name the category;
    // an emoji before or after them is decoration (a box where the font lacks it). Only emoji and
    // symbol blocks: "C++" keeps its signs. Shares the heading when there is none.
    static QString withoutEndSigns(const QString& h)
    {
        auto sign = [](QChar c) {
            const char16_t u = c.unicode();
            return c.isSurrogate() || (u >= 0x2190 && u <= 0x2BFF) || u == 0xFE0F || u == 0x200D ||
                   u == 0x20E3 || u == u' ';
        };
        qsizetype from = 0;
        qsizetype to = h.size();
        while (from < to && sign(h.at(from)))
            ++from;
        while (to > from && sign(h.at(to - 1)))
            --to;
        return from == 0 && to == h.size() ? h : h.sliced(from, to - from);
    }

    // m_task = TrdTask() without a temporary to move from: after a task is stored its
    // members are moved-from already, and the move assignment per task showed in profiles.
    void resetTask()
    {
        std::destroy_at(&m_task);
        std::construct_at(&m_task);
    }
    static void addRequirement(TrdTask& t, const QString& r)
    {
        if (!t.extra().requirements.contains(r))
            t.mutableExtra().requirements << r;
    }
    // Subtasks and fields are read into a list kept from task to task and stored at their
    // exact size: a plan of ten thousand tasks with two subtasks each held eight slots each
    // (a blanket reservation), and their memory showed in profiles as much as the parsing.
    QList<TrdSubtask> m_spareSubtasks;
    QList<TrdField> m_spareFields;
    template <typename T> static void storeExact(QList<T>& list, QList<T>& spare)
    {
        if (list.capacity() == list.size())
            return;
        QList<T> exact;
        exact.reserve(list.size());
        for (T& x : list)
            exact.append(std::move(x));
        list.clear(); // keeps its memory for the next task
        spare.swap(list);
        list.swap(exact);
    }

    // Status and estimate cells repeat down a table ("✅ Done", "Todo", "3h"): the last few
    // distinct cells and what they say, so a summary of ten thousand rows reads each kind
    // once and its rows share the strings.
    template <typename V> struct CellMemo
    {
        static constexpr int N = 4;
        QString text[N];
        V value[N];
        int next = 0;
        int find(QStringView t) const
        {
            for (int i = 0; i < N; ++i) {
                if (!text[i].isNull() && text[i] == t)
                    return i;
            }
            return -1;
        }
        int add(QStringView t, V v)
        {
            const int at = next;
            text[at] = t.toString();
            value[at] = std::move(v);
            next = (next + 1) % N;
            return at;
        }
    };
    CellMemo<TrdScan::StatusWord> m_statusCells;
    CellMemo<TrdScan::Estimate> m_estimateCells;
    // statusWord(cell), and the cell's text as a shared string.
    TrdScan::StatusWord cellStatus(QStringView cell, const QString** text = nullptr)
    {
        int at = m_statusCells.find(cell);
        if (at < 0)
            at = m_statusCells.add(cell, TrdScan::statusWord(cell));
        if (text)
            *text = &m_statusCells.text[at];
        return m_statusCells.value[at];
    }
    const TrdScan::Estimate& cellEstimate(QStringView cell)
    {
        int at = m_estimateCells.find(cell);
        if (at < 0) {
            TrdScan::Estimate e = TrdScan::parseEstimate(cell);
            if (e.start < 0)
                e = minutesCell(cell);
            at = m_estimateCells.add(cell, std::move(e));
        }
        return m_estimateCells.value[at];
    }

    const bool m_deliverablesAreWork; // read a sprint's deliverable checkboxes as its tasks
    int m_sprintDeliverables = 0;     // deliverable checkboxes seen in sprints
    const QByteArray& m_bytes;
    // m_bytes for the tasks to share; a copy when they are raw data that may not outlive
    // the parse.
    QByteArray m_source;
    LineIndex m_lines;
    TrdDocument m_doc;
    QString m_headings[7];
    QString m_seriesWords[7];      // "session" of "### Session 15: Protocols", per level
    bool m_testingHeading[7] = {}; // the heading at each level names tests ("## Testing")
    bool m_sizedHeading[7] = {};   // the heading at each level ends with an estimate
    QString m_headingNumbers[7]; // "1.3" of "### 1.3 Wrap the parser", per level
    int m_headingLines[7] = {};  // line of the last heading of each level, 0 under a new parent
    // Per sprint, the line of the heading enclosing the one that stated its hours: a repeat
    // under the same parent ("### Sprint 2 Tests (~13h)" after "### Sprint 2 — Core (~20h)")
    // plans more of the sprint; one in another section ("Goals", "Breakdown") restates it.
    QList<int> m_sprintHoursParent;
    bool m_numberedSprints = false; // a "Sprint 1" heading was read: sprints may be named too
    int m_numberedWorkLevel = 0;    // level of the "#### 1.1 Setup (Day 1)" work headings, 0: none
    int m_numberedItemLevel = 0; // level of the "#### 1. US-101: Title (5 pts)" headings, 0: none
    // Headings marked done ("## Milestone 2: Sync ✅ DONE"): their line, level, text, and
    // the last line of their section (0 while open).
    struct DoneSection
    {
        int line = 0;
        int level = 0;
        int endLine = 0;
        QString text;
        bool document = false; // the plan's own status line: a task's subtasks speak for it
    };
    QList<DoneSection> m_doneSections;
    bool m_preamble = true; // no heading below the title yet
    // "**Status**: ➡️ Moved" on the task itself (a field the status words may not know).
    static bool hasStatusField(const TrdTask& t)
    {
        return std::any_of(t.fields.cbegin(), t.fields.cend(), [](const TrdField& f) {
            return f.key.compare(u"status", Qt::CaseInsensitive) == 0 ||
                   f.key.compare(u"state", Qt::CaseInsensitive) == 0;
        });
    }
    int m_documentStatusLine = 0;
    bool m_planningStage = false; // the preamble says the document is at its planning stage
    // "**Status:** ✅ FULLY IMPLEMENTED" above the plan's first section: the whole plan is done,
    // so its tasks that say nothing of their own status are (as in a done section).
    void documentStatus(const Block& b, const QString& key, const QString& value)
    {
        // Not "Sprint 1 Status", "Epic 11 Validation Status": a part's.
        const QString k = key.trimmed().toLower();
        // "**Phase**: 2A - Deployment Planning" then "**Status**: ✅ COMPLETE": the planning
        // is done, the work it plans is not.
        if ((k == u"phase" || k == u"stage") && (value.contains(u"planning", Qt::CaseInsensitive) ||
                                                 value.contains(u"design", Qt::CaseInsensitive))) {
            m_planningStage = true;
            m_doneSections.removeIf([](const DoneSection& d) { return d.document; });
            return;
        }
        if (m_planningStage)
            return;
        if (k != u"status" && k != u"plan status" && k != u"overall status" &&
            k != u"implementation status" && k != u"project status" && k != u"document status")
            return;
        if (TrdScan::statusWord(value) != TrdScan::StatusWord::Done || partlyDone(value))
            return;
        // "Code Complete (awaiting review)", "Phase 1-3 Complete", "Investigation complete -
        // ready for implementation": part of the plan, or a stage before its work.
        const QString v = value.toLower();
        for (const char16_t* w : {u"awaiting", u"pending", u"partial", u"phase", u"part ",
                                  u"ready for", u"except", u"mostly", u"in progress", u"review",
                                  u"investigation", u"design", u"planning", u"draft", u"~"}) {
            if (v.contains(QStringView(w)))
                return;
        }
        if (m_documentStatusLine > 0)
            return;
        m_documentStatusLine = lineOf(b.begin);
        m_doneSections.append(
            DoneSection{m_documentStatusLine, 1, 0, value.simplified().left(80), true});
    }
    // "| M1: Critical Bug Fixes | ✅ COMPLETE |" in a milestone status table: by sprint key
    // ("milestone 1"), the row's line and its status text.
    QHash<QString, std::pair<int, QString>> m_sprintsDone;
    void doneSection(const Block& b, int level, const QString& text)
    {
        if (level >= 2 && TrdScan::hasDoneMarker(text) && !partlyDone(text))
            m_doneSections.append(
                DoneSection{lineOf(b.begin), level, 0, text.simplified().left(80)});
    }
    QStringList m_h1;
    bool m_inTask = false;
    TrdTask m_task;
    int m_taskLevel = 0;
    QString m_taskSection;
    int m_sprint = -1;
    int m_sprintLevel = 0;
    QString m_sprintKey;
    // The table being read: each cell's text in one buffer, the cells of all rows in one
    // list and where each row ends in it (no allocation per cell; the reader keeps its
    // blocks' buffers for the next ones).
    struct TableCell
    {
        qsizetype text; // offset in m_tableText
        qsizetype size;
        qsizetype begin; // the block's source offset
    };
    QByteArray m_tableText;
    QList<TableCell> m_tableCells;
    QList<qsizetype> m_tableRowEnds; // m_tableCells index after each row
    std::span<const TableCell> tableRow(qsizetype r) const
    {
        const qsizetype from = r > 0 ? m_tableRowEnds.at(r - 1) : 0;
        return {m_tableCells.constData() + from, size_t(m_tableRowEnds.at(r) - from)};
    }
    QByteArrayView cellText(const TableCell& c) const
    {
        return QByteArrayView(m_tableText).sliced(c.text, c.size);
    }
    QHash<QString, int> m_markerTally;
    // The last marker, estimate and referenced file read, whose strings the next task that
    // writes the same shares.
    QByteArray m_lastMarkerBytes;
    QString m_lastMarkerText;
    QString m_lastEstimate;
    QString m_lastRefFile;
    const QString& refFile(QStringView file)
    {
        if (file != m_lastRefFile)
            m_lastRefFile = file.toString();
        return m_lastRefFile;
    }
    QStringList m_markerOrder;
    IdIndex m_seen; // id -> index of its first definition
    // What each sprint lists, for the sprints where that is asked (a list entry named an id,
    // or a task came again); a plan defining each task once inside its sprint needs none.
    std::vector<std::optional<IdIndex>> m_sprintIds;
    // Where the last lookups in m_seen ended: tables and summaries name tasks in the order
    // they were defined, and the entry after the last one found is tried first.
    qsizetype m_seenHint = 0;
    qsizetype m_tableHint = 0;
    qsizetype m_idHint = 0;
    mutable QList<Key> m_keys;
    int m_boldTasks = 0;
    int m_headingTasks = 0;
    int m_checklistTasks = 0; // tasks defined (not mentioned) in each form
    int m_tableTasks = 0;
    int m_headingDefs = 0;
    int m_boldDefs = 0;
    int m_mentions = 0;
    QString m_section;              // the nearest heading, lower case
    QString m_labelInTask;          // the last label paragraph inside the open task, lower case
    // What the predicates below said of m_section, m_listLabel and m_itemLabel.
    StringMemo m_sectionTasksMemo;
    StringMemo m_labelTasksMemo;
    StringMemo m_sprintCriteriaMemo;
    StringMemo m_sectionCriteriaMemo;
    StringMemo m_labelCriteriaMemo;
    StringMemo m_itemLabelCriteriaMemo;
    // "## In Progress", "## Blocked", a kanban board's lane: what its unticked items are
    // (None under any other heading), and how many such lanes the document has had.
    TrdScan::StatusWord m_lane = TrdScan::StatusWord::None;
    int m_lanes = 0;
    int m_laneLevel = 0;            // the level of the first
    bool m_workChecklist = false;   // it is "## Implementation Checklist" opening the plan's work
    bool m_sectionNumbered = false; // and it is numbered as a part ("5.3 Data Validation")
    bool m_sectionIsSprint = false; // and it is a sprint's ("Phase 8: Polish & Testing")
    bool m_sectionScheduled = false; // and it ends with its slot ("Testing Migration (Week 3)")
    int m_slotSprint = -1; // the sprint that slot names ("(Week 3)" and "## Week 3: …"), if any
    int m_criteriaLevel = 0;        // level of the enclosing criteria heading, 0: none
    int m_decisionLevel = 0;        // level of an enclosing "Architectural Decisions" heading
    // The same for "## Surface-wide invariants", "## Known exposures", "## Constraints":
    // numbered rules and findings about the system, no work (m_ruleSection says which).
    int m_ruleLevel = 0;
    QString m_ruleSection;
    int m_taskSectionLevel = 0;     // level of the enclosing "## Task Breakdown" heading, 0: none
    int m_storyTasksLevel = 0;      // level of the enclosing "## Tasks / Subtasks" heading, 0: none
    int m_storyTasksLine = 0;       // and its line
    qsizetype m_storyTasksFrom = 0; // the tasks defined before it
    int m_storyRecordLevel = 0;     // level of the story's sections after its tasks, 0: none
    int m_planSectionLevel = 0;     // level of an enclosing "## Implementation Plan", 0: none
    int m_priorityLevel = 0;        // level of the enclosing "## P1" section heading, 0: none
    QString m_sectionPriority;      // and the priority it names: its tasks' unless they say
    bool m_priorityItem = false;    // the task is a heading right under such a section
    bool m_priorityHeadingsAreTasks = true; // not under "### Priority 1: …" (see priorityNumber)
    int m_headingLevel = 0;         // level of the last heading
    int m_topSectionLine = 0;       // line of the last heading of level 1 or 2
    bool m_listTask = false;        // the task is a list item without a checkbox
    bool m_todoFolder = false;      // the document sits in a todo/ (or todos/) folder
    // "### 2.1.1 File Reader" › "- [x] **Task 2.1.1 Complete**": the task is the heading's, its
    // box that line; the number ("2.1.1") whose steps ("- [x] 2.1.1.1 …") below are its own.
    QString m_completionNumber;
    bool m_hoursActual = false;     // the task's hours are its "Actual:" time, no estimate
    QList<XmlTask> m_xmlTasks;      // GSD tasks, in document order
    QList<ByteSpan> m_xmlSections;  // and the sections holding them and their criteria
    qsizetype m_xmlNext = 0;        // the next GSD task to read
    qsizetype m_xmlSection = 0;     // the first section not yet behind
    bool m_inXml = false;           // the last block was inside such a section
    int m_xmlRead = 0;
    QString m_listLabel; // a "**Acceptance Criteria:**" paragraph before a list, lower case
    // The same written as a list item over a nested list ("- **Success Criteria:**" ›
    // "  - [ ] Build fails on any gate violation"), and that item's level (0: none).
    QString m_itemLabel;
    int m_itemLabelLevel = 0;
    struct Candidate
    {
        int line;
        QString text;
        QString why;
    };
    QList<Candidate> m_candidates; // lines that look like tasks but were not read
    // Entries of sprint lists without a task id ("why" holds the sprint's name), and how
    // many entries name one: a plan whose sprints list ids is told of an entry that names
    // none; a plan whose sprints list work in words is not (a finding per line was noise).
    QList<Candidate> m_idlessEntries;
    int m_idEntries = 0;
    // Items of "**Tasks**:" lists in sprints without an id: the plan's tasks when its sprints
    // name no task otherwise (a route-by-route plan listing each phase's work in words).
    struct WordEntry
    {
        int sprint;
        int line;
        QString text;
        ByteSpan span;
    };
    QList<WordEntry> m_wordEntries;
    // "## Milestone 1" › "- **LED-001**: Generate the app (2h)": a sprint's entry naming an id
    // no task defines (so far). When none does by the end and the entry reads as a task (an
    // estimate, a status, fields of its own below it), the entry is the task.
    // A status written before an item's text instead of a box: "- ✅ …", "- [todo] …".
    enum class Lead
    {
        None,
        Done,
        Going,
        Open
    };
    struct LeadMark
    {
        Lead lead = Lead::None;
        qsizetype skip = 0; // bytes of the emoji and the space after it
        bool blocked = false;
        bool legend = false; // given its status by the document's key
    };
    // The status emoji that leads raw (fixed ones, then the document's key), if any.
    LeadMark emojiLead(QByteArrayView raw) const;
    // The status sign right after a checkbox ("- [ ] ⏸ …", "- [ ] 🚧 …"), if any.
    LeadMark boxSign(QByteArrayView raw) const;
    // Makes the lead of b (skip bytes) the task's marker: completing or reopening replaces it.
    void applyLead(const Block& b, const LeadMark& m, bool wordBox);
    struct IdEntry
    {
        int sprint; // -1: an item under a task heading ("## Tasks" › "- ✅ T-1: …")
        int line;
        int level;
        int strongEnd; // where the bold lead ends in text; -1: none, or only the id is bold
        ByteSpan span;
        QString text; // after the lead, if any
        LeadingId id;
        QList<TrdBlock> fields; // "  - **Estimated Effort**: 2 hours" items below it
        LeadMark lead;
        TrdBlock block; // the item itself, when a lead is its marker
        QString category;
        int sectionLine = 0; // the line of the heading it is under
        bool bare = false;   // "1. TASK-7-01: Title" under "## Tasks": no lead, no status
    };
    QList<IdEntry> m_idEntryTasks;
    // "- 🟢 **Completed**: finished and checked": a legend giving an emoji a status; items it
    // leads then carry that status ("- 🟢 **TASK-001**: …"). An emoji no legend explains says
    // nothing (🔴 is as often a priority as "blocked").
    struct LegendEmoji
    {
        QByteArray bytes;
        TrdScan::StatusWord status;
    };
    QList<LegendEmoji> m_legend;
    // The legend is read where the document gives its key: under "### Status Key",
    // "**Legend:**".
    bool inLegend() const { return namesLegend(m_listLabel) || namesLegend(m_section); }
    // Gives emoji the status label names (the first word given an emoji stands); false when
    // the label names none.
    bool learnSign(QByteArrayView emoji, const QString& label);
    // "**Status key:** ✅ done · 🔧 in progress · ⏸ blocked": a key written on one line.
    void legendLine(QStringView text);
    void legendItem(const Block& b);
    QByteArray legendFor(TrdScan::StatusWord status, const char* fallback) const
    {
        for (const LegendEmoji& l : m_legend) {
            if (l.status == status)
                return ' ' + l.bytes;
        }
        return QByteArray(fallback);
    }
    qsizetype m_openIdEntry = -1; // the entry whose nested items are being read
    void idEntryTasks();
    bool m_tasksLabel = false; // the sprint's list opened with "**Tasks**:"
    void wordEntryTasks();
    QHash<QString, int> m_implicitIds;
    QSet<QString> m_titledOnly; // list tasks read for their bold title alone (no id, no estimate)
    // Checklist tasks without an id under a day of a schedule ("**Day 3 (Oct 22):**",
    // "#### Day 1 (Mon 12/02) - Story 1.1"): when the plan sizes its work in estimated
    // headings, these say when that work is done, they are none of their own.
    QSet<QString> m_scheduled;
    QStringList m_rangeIds;     // "- [x] **TRD-010 – TRD-014**: …": the ids after the first
    // Ids all ranges may still add as tasks: a 30-byte line may span 1,000 ids, a file of
    // such lines must not become millions of tasks.
    qint64 m_rangeBudget = 0;
    QList<TrdLink> m_progressMentions; // "| TRD-010 – TRD-014 | 🔄 In Progress |"
    int m_pipeLine = -2;               // the last header-less table row read
    QStringList m_headerDeps;          // "[depends: ...]" in the task's header, added when it ends
    QHash<QString, int> m_duplicates;  // id -> index of its duplicate-id diagnostic
    QHash<QString, int> m_definitions; // id -> how many times defined in the same form
    // Ids a sprint's list defined as "- [TRD-001] **Title**": a definition of the plan's own
    // further on takes their place, as over a summary row.
    QSet<QString> m_listedTickets;
    QSet<int> m_sprintsWithItems;      // sprints with their own lists or code (not a task's)
    // The phase whose section is being read, while it may still be a task of its own.
    struct PhaseCandidate
    {
        int line = 0;
        int level = 0;
        int sprint = -1;
        int tasks = 0;         // tasks defined in its section (not bare checks, see below)
        int boxes = 0;         // checkboxes in its section
        bool criteria = false; // a "Success Criteria" or "… Verification" sub-heading
    };
    std::optional<PhaseCandidate> m_phase;
    QList<PhaseCandidate> m_phaseCandidates; // phases whose section defined no task
    void closePhase();
    // "- [ ] No console errors" under "### Testing Steps:" in such a phase: a check without
    // an id or estimate, one more of the phase's criteria rather than a task of its own.
    static bool bareCheck(const TrdTask& t)
    {
        return t.form == TrdTask::Form::Checklist && t.implicitId && !t.hasHours() &&
               t.points < 0 && t.subtasks.isEmpty();
    }
    QSet<int> m_phaseTaskLines;        // found by this read
    int m_numberedPhaseSteps = 0;      // "### 1.1 …" right under "## Phase 1: …"
    int m_sectionLikeSteps = 0;        // of them, named like a part of a document
    bool m_phaseStepsAreTasks = false; // and they are the plan's tasks (a second read)
    QSet<int> m_phasesAsTasks;         // given for this read
    Utf16Scratch m_paragraphText;      // the paragraph being read
    Utf16Scratch m_itemText;           // the checklist item being read
    Utf16Scratch m_entryText;          // a list item outside any task
    char m_fence = 0;                  // the last fenced code block: its fence and content
    qsizetype m_fenceBegin = -1;
    qsizetype m_fenceEnd = -1;
};

void Builder::block(Block& b)
{
    if (!m_xmlSections.isEmpty()) {
        if (b.begin >= 0) {
            while (m_xmlNext < m_xmlTasks.size() && m_xmlTasks.at(m_xmlNext).begin <= b.begin)
                xmlTask(m_xmlTasks.at(m_xmlNext++));
            while (m_xmlSection < m_xmlSections.size() &&
                   m_xmlSections.at(m_xmlSection).end <= b.begin)
                ++m_xmlSection;
            m_inXml = m_xmlSection < m_xmlSections.size() &&
                      m_xmlSections.at(m_xmlSection).begin <= b.begin;
        }
        // What md4c made of an <action>'s text, or "- [ ] …" under <success_criteria>.
        if (m_inXml)
            return;
    }
    {
        if (b.kind != Block::Item)
            m_openIdEntry = -1;
        switch (b.kind) {
        case Block::Heading:
            // "### - [x] [P1-T1][ecto] Batch the inserts": a checklist task written as a
            // heading, so the notes and code below it read as its own section.
            if (b.text.size() > 6 && (b.text.startsWith("- [") || b.text.startsWith("* [")) &&
                (b.text.at(3) == ' ' || b.text.at(3) == 'x' || b.text.at(3) == 'X') &&
                b.text.at(4) == ']' && b.text.at(5) == ' ') {
                dropLead(b, 2); // the bullet; then the box, its mark where it is written
                takeBox(b, 4);
                b.kind = Block::Item;
                b.level = 1;
                item(b);
                break;
            }
            heading(b);
            break;
        case Block::Paragraph:
            paragraph(b);
            break;
        case Block::Item:
            // Items of a sprint outside any task: deliverables or activities, so the sprint
            // plans by other means (a "Phase 1" overview repeating the sprints' goals).
            if (m_sprint >= 0 && !m_inTask)
                m_sprintsWithItems.insert(m_sprint);
            if (optionalBox(b)) {
                takeBox(b, 5);
            } else if (b.text.startsWith('[')) {
                bool done = false;
                if (const int n = signBox(b, &done))
                    takeBox(b, n + 3, n, done ? 'x' : ' ');
            }
            item(b);
            break;
        case Block::Code:
            // A timeline drawn in a code block under a sprint heading: an overview too.
            if (m_sprint >= 0 && !m_inTask)
                m_sprintsWithItems.insert(m_sprint);
            code(b);
            break;
        case Block::Hr:
            // A rule ends a task; sprints end at headings (plans rule off every task).
            finishTask();
            break;
        case Block::Cell:
            // A table's first cell: room for the rest of the document in cells (about eight
            // bytes a cell at the least), so a long summary table is not copied as it grows;
            // untouched room costs nothing.
            if (m_tableCells.capacity() == 0 && b.begin >= 0) {
                const qsizetype rest = m_bytes.size() - b.begin;
                m_tableCells.reserve(std::min<qsizetype>(rest / 8 + 16, 1 << 20));
                m_tableText.reserve(std::min<qsizetype>(rest + 16, 1 << 24));
            }
            m_tableCells.append(TableCell{m_tableText.size(), b.text.size(), b.begin});
            m_tableText.append(b.text);
            break;
        case Block::RowEnd:
            m_tableRowEnds.append(m_tableCells.size());
            break;
        case Block::TableEnd: {
            table();
            // Cells after the last row's end (none, unless md4c stopped early) open the next
            // table's first row.
            const qsizetype read = m_tableRowEnds.isEmpty() ? 0 : m_tableRowEnds.constLast();
            m_tableRowEnds.resize(0);
            if (read == m_tableCells.size()) {
                m_tableCells.resize(0);
                m_tableText.resize(0);
            } else {
                m_tableCells.remove(0, read);
            }
            break;
        }
        }
        if (m_inTask && b.end > m_task.span.end && b.kind != Block::RowEnd &&
            b.kind != Block::TableEnd)
            m_task.span.end = b.end;
    }
}

void Builder::closePhase()
{
    if (!m_phase)
        return;
    PhaseCandidate p = *std::exchange(m_phase, std::nullopt);
    if (m_inTask && !bareCheck(m_task))
        ++p.tasks; // begun in its section
    if (p.tasks == 0 && p.criteria && p.boxes > 0 && p.sprint >= 0)
        m_phaseCandidates.append(p);
}

TrdDocument Builder::finish()
{
    while (m_xmlNext < m_xmlTasks.size())
        xmlTask(m_xmlTasks.at(m_xmlNext++));
    finishTask();
    closePhase();
    mermaidMaps();
    // Asked again of the tasks as stored: "### RECUR-B001" over a task's notes, after the
    // table row that defines it with a title, is that task with the row's title (finishTask()).
    for (const auto& [line, id] : std::as_const(m_untitled)) {
        if (const int at = m_seen.value(id); at < 0 || m_doc.tasks.at(at).title.isEmpty())
            diag(line, QStringLiteral("trd-task-no-title"), Tr::tr("%1 has no title").arg(id));
    }
    // Its own section defines no task and no list of the phase names one defined in the
    // plan: the criteria are all the phase says of its work.
    for (const PhaseCandidate& p : std::as_const(m_phaseCandidates)) {
        const QStringList listed = m_doc.sprints.at(p.sprint).tasks();
        if (std::none_of(listed.cbegin(), listed.cend(), [this](const QString& id) {
                const int at = m_seen.value(id);
                return at >= 0 && !bareCheck(m_doc.tasks.at(at));
            }))
            m_phaseTaskLines.insert(p.line);
    }

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

    homeSprints();
    columnSprints();
    coveredGroups();
    // Sprints that list no task are worth a word only when others do: a plan whose
    // sprints are all prose ("Covers PR 1") plans by other means.
    const QList<bool> listedChecklists = dropIdlessChecklists();
    bool anyListed = false;
    for (const TrdSprint& s : std::as_const(m_doc.sprints))
        anyListed = anyListed || !s.tasks().isEmpty();
    for (qsizetype i = 0; i < m_doc.sprints.size(); ++i) {
        const TrdSprint& s = m_doc.sprints.at(i);
        // A phase listing activities and checks ("Phase 1: Beta Deployment") is no empty sprint.
        if (anyListed && s.primary.isEmpty() && s.secondary.isEmpty() &&
            !listedChecklists.value(i) && !m_sprintsWithItems.contains(int(i)))
            diag(s.line, QStringLiteral("trd-sprint-empty"),
                 Tr::tr("%1 lists no tasks").arg(s.name));
    }

    wordEntryTasks();
    idEntryTasks();
    if (m_idEntries > 0) {
        constexpr qsizetype kShown = 5;
        for (qsizetype i = 0; i < std::min(kShown, m_idlessEntries.size()); ++i) {
            const Candidate& c = m_idlessEntries.at(i);
            diag(c.line, QStringLiteral("trd-sprint-entry"),
                 Tr::tr("%1: list entry without a task id: %2").arg(c.why, c.text));
        }
        if (m_idlessEntries.size() > kShown)
            diag(m_idlessEntries.at(kShown).line, QStringLiteral("trd-sprint-entry"),
                 Tr::tr("%n more sprint list entries without a task id", nullptr,
                        int(m_idlessEntries.size() - kShown)));
    }

    // Estimates: a plan that gives none is not nagged task by task.
    int noHours = 0;
    int firstNoHours = 0;
    for (const TrdTask& t : std::as_const(m_doc.tasks)) {
        // A T-shirt size ("M", "Large") is an estimate too, in no unit the board can total.
        if (!t.hasHours() && t.points < 0 && t.estimate.isEmpty()) {
            if (noHours++ == 0)
                firstNoHours = t.line;
        }
    }
    if (noHours == m_doc.tasks.size() || (m_doc.tasks.size() - noHours) * 4 < m_doc.tasks.size()) {
        // No task has one: the plan does not estimate (spec-kit, Kiro and step-by-step plans
        // never do). Its "0 h" says so; a finding per plan was noise in every sample. Nor
        // does a TODO list where one item in many happens to say "(2h)".
    } else if (noHours >= 3) { // one finding, not a line per task
        diag(firstNoHours, QStringLiteral("trd-task-no-hours"),
             Tr::tr("%1 of %2 tasks have no estimate").arg(noHours).arg(m_doc.tasks.size()),
             Diagnostic::Severity::Info);
    } else if (noHours > 0) {
        for (const TrdTask& t : std::as_const(m_doc.tasks)) {
            if (!t.hasHours() && t.points < 0 && t.estimate.isEmpty())
                diag(t.line, QStringLiteral("trd-task-no-hours"),
                     Tr::tr("%1 has no estimate").arg(t.id), Diagnostic::Severity::Info);
        }
    }
    for (auto it = m_duplicates.cbegin(); it != m_duplicates.cend(); ++it) {
        const int times = m_definitions.value(it.key()) + 1;
        if (times > 2) {
            Diagnostic& d = m_doc.diagnostics[it.value()];
            d.message = Tr::tr("%1 is defined %2 times (first at line %3)")
                            .arg(it.key(), QLocale().toString(times))
                            .arg(m_doc.tasks.at(m_seen.value(it.key(), 0)).line);
        }
    }

    // A fenced block that runs to the end of the file: nothing after it is read.
    if (m_fence && m_fenceBegin >= 0) {
        // "> ```elixir" in a quote: its closing "> ```" is quoted too, and a line that is
        // not ends the quote and the block with it (md4c closes a block with its container).
        auto unquoted = [](QByteArrayView l, bool* quote) {
            l = l.trimmed();
            *quote = l.startsWith('>');
            while (l.startsWith('>'))
                l = l.sliced(1).trimmed();
            return l;
        };
        bool inQuote = false;
        if (m_fenceBegin < m_bytes.size()) {
            const qsizetype ls = m_lines.lineStart(m_fenceBegin);
            unquoted(QByteArrayView(m_bytes).sliced(ls, m_lines.lineEnd(m_bytes, ls) - ls),
                     &inQuote);
        }
        bool closed = false;
        qsizetype p = m_fenceEnd;
        while (p >= 0 && p < m_bytes.size() && !closed) {
            qsizetype nl = m_bytes.indexOf('\n', p);
            if (nl < 0)
                nl = m_bytes.size();
            bool quoted = false;
            const QByteArrayView l = unquoted(QByteArrayView(m_bytes).sliced(p, nl - p), &quoted);
            qsizetype k = 0;
            while (k < l.size() && l.at(k) == m_fence)
                ++k;
            closed = (k >= 3 && k == l.size()) || (inQuote && !quoted);
            p = nl + 1;
        }
        if (!closed) {
            // The fence's own line: md4c's content starts after any blank lines under it.
            int opened = std::max(1, lineOf(m_fenceBegin) - 1);
            while (opened > 1 &&
                   QByteArrayView(m_bytes)
                       .sliced(m_lines.starts.at(opened - 1),
                               m_lines.lineEnd(m_bytes, m_lines.starts.at(opened - 1)) -
                                   m_lines.starts.at(opened - 1))
                       .trimmed()
                       .isEmpty())
                --opened;
            const int last = lineOf(std::max<qsizetype>(0, m_bytes.size() - 1));
            diag(opened, QStringLiteral("trd-unclosed-fence"),
                 Tr::tr("code block opened at line %1 is never closed; %2 lines render as code")
                     .arg(opened)
                     .arg(QLocale().toString(last - opened)));
        }
    }

    // Lists and summary rows outside any task that mark ids done ("TRD-013 through
    // TRD-024 ✅", "| TRD-050 – TRD-052 | Done |") are evidence for the document's own tasks.
    for (const TrdLink& m : std::as_const(m_doc.doneMentions)) {
        const int at = m_seen.value(m.requirement);
        if (at < 0)
            continue;
        TrdTask& t = m_doc.tasks[at];
        if (t.isExplicitlyDone())
            continue;
        TrdTaskExtra& x = t.mutableExtra();
        x.evidence = m.tasks.value(0);
        x.evidenceLine = m.line;
        ++m_mentions;
    }
    for (const TrdSprint& sp : std::as_const(m_doc.sprints)) {
        const auto it = m_sprintsDone.constFind(sp.key);
        if (it == m_sprintsDone.constEnd())
            continue;
        for (const QString& id : sp.tasks()) {
            const int at = m_seen.value(id);
            if (at < 0)
                continue;
            TrdTask& t = m_doc.tasks[at];
            if (t.isExplicitlyDone() || t.marker != TrdTask::Marker::None ||
                t.form == TrdTask::Form::Checklist || t.statusCell.begin >= 0)
                continue;
            TrdTaskExtra& x = t.mutableExtra();
            x.evidence = it->second;
            x.evidenceLine = it->first;
        }
    }
    // "## Milestone 2: Sync ✅ DONE": its tasks that say nothing of their own status are
    // done; a checkbox or a status cell says, and wins.
    for (DoneSection& d : m_doneSections) {
        const int end = d.endLine > 0 ? d.endLine : std::numeric_limits<int>::max();
        for (TrdTask& t : m_doc.tasks) {
            if (t.line <= d.line || t.line > end || t.isExplicitlyDone() ||
                t.marker != TrdTask::Marker::None || t.form == TrdTask::Form::Checklist ||
                t.statusCell.begin >= 0 ||
                (d.document && (!t.subtasks.isEmpty() || hasStatusField(t))))
                continue;
            TrdTaskExtra& x = t.mutableExtra();
            x.evidence = d.text;
            x.evidenceLine = d.line;
        }
    }
    for (const TrdLink& m : std::as_const(m_progressMentions)) {
        const int at = m_seen.value(m.requirement);
        if (at < 0)
            continue;
        TrdTask& t = m_doc.tasks[at];
        if (t.isExplicitlyDone() || t.marker != TrdTask::Marker::None)
            continue;
        t.marker = TrdTask::Marker::InProgress;
        t.markerText = Tr::tr("%1 (line %2)").arg(m.tasks.value(0)).arg(m.line);
        ++m_mentions;
    }

    if (m_headingDefs)
        m_doc.forms << QStringLiteral("heading");
    if (m_boldDefs > m_xmlRead)
        m_doc.forms << QStringLiteral("bold");
    if (m_xmlRead)
        m_doc.forms << QStringLiteral("gsd");
    if (m_checklistTasks)
        m_doc.forms << QStringLiteral("checklist");
    if (m_tableTasks)
        m_doc.forms << QStringLiteral("table");
    if (m_mentions)
        m_doc.forms << QStringLiteral("summary");
    if (!m_doc.links.isEmpty())
        m_doc.forms << QStringLiteral("traceability");
    if (!m_doc.sprints.isEmpty())
        m_doc.forms << QStringLiteral("sprints");

    if (m_doc.tasks.isEmpty()) {
        diag(0, QStringLiteral("trd-no-tasks"),
             m_candidates.isEmpty()
                 ? Tr::tr("no tasks recognised in %1 (expected lines such as - [ ] **TRD-001**: "
                          "Title (2h), ### TRD-001: Title or a task table)")
                       .arg(m_doc.path)
                 : Tr::tr("no tasks recognised in %1; %n line(s) look like tasks", nullptr,
                          int(m_candidates.size()))
                       .arg(m_doc.path),
             Diagnostic::Severity::Info);
        for (const Candidate& c : std::as_const(m_candidates))
            diag(c.line, QStringLiteral("trd-not-a-task"), TrdParser::notATaskMessage(c.text, c.why),
                 Diagnostic::Severity::Info);
    }
    m_doc.reindex(std::move(m_seen));
    return std::move(m_doc);
}

// Whether the first line after the heading ending at from is an estimate field:
// "**Effort:** 2-3 days | **Impact:** High", "**Estimate**: 4h". Reads one line of bytes.
bool Builder::estimateFieldFollows(qsizetype from) const
{
    const QByteArrayView all(m_bytes);
    qsizetype p = from < 0 ? -1 : all.indexOf('\n', from);
    // "### 2.1 Persona Archetypes" › "**Status:** ✅ Complete" › "**Estimate:** 3 hours": the
    // work package's status (or priority, owner) may come first; a few such lines at most.
    int fields = 0;
    for (int blank = 0; p >= 0 && p + 1 < all.size() && blank < 2 + 2 * fields; ++blank) {
        const qsizetype begin = p + 1;
        qsizetype nl = all.indexOf('\n', begin);
        if (nl < 0)
            nl = all.size();
        const QByteArrayView line = all.sliced(begin, nl - begin).trimmed();
        p = nl;
        if (line.isEmpty())
            continue;
        if (!line.startsWith("**"))
            return false;
        const qsizetype close = line.indexOf("**", 2);
        if (close < 0 || close > 40)
            return false;
        QByteArrayView key = line.sliced(2, close - 2).trimmed();
        QByteArrayView value = line.sliced(close + 2);
        if (key.endsWith(':'))
            key.chop(1);
        else if (value.startsWith(':'))
            value = value.sliced(1);
        else
            return false;
        const QByteArray k = key.toByteArray().toLower();
        // "### 🔴 Remaining Tasks" › "#### 1.2 Complete Hierarchy Builder" › "**Priority**: P0":
        // under a heading that names tasks, a prioritised numbered heading is one of them.
        if (k == "priority" && m_taskSectionLevel > 0)
            return true;
        if ((k == "status" || k == "priority" || k == "owner" || k == "assignee") && fields < 3) {
            ++fields;
            continue;
        }
        if (k != "effort" && k != "estimate" && k != "estimated" && k != "estimated effort" &&
            k != "estimated time" && k != "time estimate" && k != "duration")
            return false;
        if (const qsizetype bar = value.indexOf('|'); bar >= 0)
            value = value.first(bar);
        value = value.trimmed();
        if (value.startsWith('~'))
            value = value.sliced(1).trimmed();
        return !value.isEmpty() && value.front() >= '0' && value.front() <= '9' &&
               TrdScan::parseEstimate(QString::fromUtf8(value)).start >= 0;
    }
    return false;
}

// A BMAD story: "## Tasks / Subtasks" lists its tasks; the sections after it (Dev Notes, Dev
// Agent Record, Senior Developer Review, Change Log) report on them: "**Task 1 Complete
// (2025-11-12)**:" notes, a debug log repeating "**Task 2: Push to develop**", coverage tables
// of its acceptance criteria, review rows "| Task 7.1-7.11 | [x] Complete |". A task named
// there is a mention of the listed one; nothing there is a task of its own. A heading above
// the list's level (the next story of an epic file) or another such list ends that.
void Builder::storySection(int level, int line, const QString& text)
{
    // The task open at the heading ends in the part it was written in.
    if (m_storyRecordLevel > 0 && level < m_storyRecordLevel) {
        finishTask();
        m_storyRecordLevel = 0;
    }
    if (m_storyTasksLevel > 0 && level <= m_storyTasksLevel) {
        if (m_inTask && m_task.line > m_storyTasksLine)
            finishTask();
        if (m_doc.tasks.size() > m_storyTasksFrom)
            m_storyRecordLevel = m_storyTasksLevel;
        m_storyTasksLevel = 0;
    }
    if (level < 2 || text.size() > 24 || !text.contains(u"ubtask"))
        return;
    QString lower = text.toLower();
    while (lower.endsWith(u':'))
        lower.chop(1);
    if (lower == u"tasks / subtasks" || lower == u"tasks/subtasks" ||
        lower == u"tasks and subtasks") {
        if (m_storyRecordLevel > 0)
            finishTask();
        m_storyTasksLevel = level;
        m_storyTasksLine = line;
        m_storyTasksFrom = m_doc.tasks.size();
        m_storyRecordLevel = 0;
    }
}

void Builder::heading(const Block& b)
{
    m_boldHome = -1;
    const QString text = trimmedUtf8(b.text);
    const int level = std::clamp(b.level, 1, 6);
    if (level == 1)
        m_h1.append(text);
    m_listLabel.clear();
    m_itemLabelLevel = 0;
    m_headingLevel = level;
    if (level >= 2)
        m_preamble = false;
    storySection(level, lineOf(b.begin), text);
    if (m_phase && level <= m_phase->level) {
        closePhase();
    } else if (m_phase) {
        // "### Success Criteria:", "#### Automated Verification:", "#### Manual Verification".
        QString lower = cleanHeading(text).toLower();
        while (lower.endsWith(u':'))
            lower.chop(1);
        if (lower.contains(u"success criteria") || lower.endsWith(u"verification"))
            m_phase->criteria = true;
    }
    if (level <= 2)
        m_topSectionLine = lineOf(b.begin);
    for (DoneSection& d : m_doneSections) {
        if (d.endLine == 0 && d.level >= level)
            d.endLine = lineOf(b.begin) - 1;
    }
    for (int l = level; l <= 6; ++l)
        m_headingNumbers[l].clear();
    int parentLine = 0;
    for (int l = 1; l < level; ++l)
        parentLine = std::max(parentLine, m_headingLines[l]);
    m_headingLines[level] = lineOf(b.begin);
    for (int l = level + 1; l <= 6; ++l)
        m_headingLines[l] = 0;
    m_testingHeading[level] = text.contains(u"test", Qt::CaseInsensitive);
    // "## Module 6: Testing (10-12 hours)", "### Unit Tests (4 hours)": the estimate ends it.
    // "### Unit Tests (4 hours) ✅ COMPLETED" is the same heading once completed on the board
    // (the completion marker goes after the estimate): it stays sized, or completing it
    // would turn its checkboxes into tasks of their own.
    const QStringView sized = withoutStatusTail(text);
    qsizetype sizeAt = -1;
    if (sized.endsWith(u')')) {
        const TrdScan::Estimate e = TrdScan::findEstimate(sized);
        if (e.start > 0 && e.unit != TrdScan::EstimateUnit::Points &&
            sized.sliced(e.end).trimmed().isEmpty())
            sizeAt = e.start;
    }
    m_sizedHeading[level] = sizeAt > 0;
    for (int l = level + 1; l <= 6; ++l)
        m_testingHeading[l] = m_sizedHeading[l] = false;
    if (m_criteriaLevel > 0 && level <= m_criteriaLevel)
        m_criteriaLevel = 0;
    if (m_decisionLevel > 0 && level <= m_decisionLevel)
        m_decisionLevel = 0;
    if (m_ruleLevel > 0 && level <= m_ruleLevel)
        m_ruleLevel = 0;
    if (m_taskSectionLevel > 0 && level <= m_taskSectionLevel)
        m_taskSectionLevel = 0;
    if (m_planSectionLevel > 0 && level <= m_planSectionLevel)
        m_planSectionLevel = 0;
    if (m_priorityLevel > 0 && level <= m_priorityLevel) {
        finishTask(); // with the priority of its section
        m_priorityLevel = 0;
        m_sectionPriority.clear();
    }
    // An H1 with an id names the document ("# TRD-2026-002: Migration"), not a task.
    LeadingId id = level >= 2 ? leadingId(text, false) : LeadingId();
    // "#### Item 3: Verify the logger ✅ COMPLETE": a TODO list numbering its items;
    // "### Story 14.2: Export the ledger": an epic's story, as BMAD's epics files write them.
    if (!id.isValid() && level >= 2)
        id = labelId(text, u"Item ");
    if (!id.isValid() && level >= 2 && !(m_criteriaLevel > 0 && level > m_criteriaLevel))
        id = labelId(text, u"Story ");
    if (!id.isValid() && level >= 2)
        id = todoId(text);
    // "#### 1. US-101: Submit a URL (5 pts)": a sprint's backlog numbered in its order, the
    // item's id after the number. Estimated (in the heading or on the line below), a user
    // story there is the sprint's work, as in a sprint's section.
    bool numberedItem = false;
    const qsizetype itemNumber = !id.isValid() && level >= 2 ? listNumberEnd(text) : -1;
    if (itemNumber > 0) {
        LeadingId n = leadingId(QStringView(text).sliced(itemNumber), false);
        if (n.isValid() && n.start == 0 && !isAsciiDigit(n.id.at(0)) && !isStep(n) &&
            (TrdScan::findEstimate(text).start >= 0 || below(b).estimate)) {
            n.start += itemNumber;
            n.end += itemNumber;
            if (n.id.startsWith(u"US-"))
                n.requirement = false;
            id = n;
            numberedItem = !n.requirement;
        }
    }
    // "### Epic PHX-34: Email & SMS reminders": a tracker's epic, written up as work to
    // create and do; the id after the word is its id ("### Epic 2: Billing" groups stories).
    if (!id.isValid() && level >= 2 && text.startsWith(u"Epic ")) {
        LeadingId e = leadingId(QStringView(text).sliced(5), false);
        if (e.isValid() && e.start == 0 && !e.requirement && !isAsciiDigit(e.id.at(0))) {
            e.start += 5;
            e.end += 5;
            id = e;
        }
    }
    // "### W0.1 Scaffold the monorepo (5 pts)", "### Track A — UI kit (13 pts)": a sprint
    // plan's work, numbered per wave or lettered per track. The estimate makes it a task
    // ("### A1.2 Background" in a design note is a section).
    if (!id.isValid() && level >= 2 && !text.isEmpty() && text.front().unicode() >= 'A' &&
        text.front().unicode() <= 'Z') {
        LeadingId w = leadingId(text, true);
        if (!w.isValid() || w.requirement || !w.id.contains(u'.'))
            w = trackId(text);
        if (w.isValid() && TrdScan::findEstimate(text).start >= 0)
            id = w;
    }
    // "## Sprint 1" › "#### US-1.1: View the dashboard" › "**Estimated Hours:** 8h": a
    // sprint plan's story, estimated, is its work item (in a PRD a user story is a
    // requirement: it sits in no sprint and carries no estimate).
    if (id.isValid() && id.requirement && id.id.startsWith(u"US-") && m_sprint >= 0 &&
        level > m_sprintLevel && (TrdScan::findEstimate(text).start >= 0 || below(b).estimate))
        id.requirement = false;
    // "#### 1.1 Project Setup (Day 1)" over its checkbox steps: the heading is the task, the
    // boxes its subtasks ("### 2.1 Data models" in a design note is a section). Once the plan
    // numbers its work so, "#### 2.1 Streaming Tools" at that level, over steps, is work too.
    bool numberedHeading = false;
    if (!id.isValid() && level >= 2 && !text.isEmpty() && isAsciiDigit(text.front())) {
        const QStringView number = numberedWork(text, level != m_numberedWorkLevel);
        if (!number.isEmpty() && below(b).checkbox) {
            id.start = 0;
            id.end = number.size();
            id.id = number.toString();
            m_numberedWorkLevel = level;
            numberedHeading = true;
        }
    }
    // "#### 1.1 Cache layer" then "**Effort:** 2-3 days | **Status:** Not started": a
    // roadmap's work package, numbered like a section and estimated on its first line. Its
    // checklists are its subtasks ("### 1.1 Repository Setup" with no estimate stays a
    // section whose items are the tasks).
    if (!id.isValid() && level >= 3 && !text.isEmpty() && isAsciiDigit(text.front())) {
        const LeadingId n = sectionNumberId(text);
        if (n.isValid() && estimateFieldFollows(b.end))
            id = n;
    }
    // "## Phase 1: Alkali" › "### 1.1 — Create the config": a step of the phase, numbered
    // after it. Counted here; read as a task only when the plan has no task of another form.
    if (!id.isValid() && m_sprint >= 0 && level == m_sprintLevel + 1 && !text.isEmpty() &&
        isAsciiDigit(text.front())) {
        if (const LeadingId n = phaseStepId(text); n.isValid()) {
            ++m_numberedPhaseSteps;
            // "### 1.1 Problem Statement", "### 1.2 Proposed Solution", "### 1.5 Risk
            // Assessment": a document numbering the parts of its sections, not steps of work.
            QString rest = cleanHeading(text.mid(n.end)).toLower();
            // "### 1.1 — Problem Statement": the name after its dash.
            qsizetype name = 0;
            while (name < rest.size() && !rest.at(name).isLetterOrNumber())
                ++name;
            rest.remove(0, name);
            for (const char16_t* w :
                 {u"problem", u"proposed solution", u"solution", u"overview", u"background",
                  u"context", u"summary", u"risk", u"rationale", u"motivation", u"goal", u"scope",
                  u"introduction", u"current state", u"analysis"}) {
                if (rest.startsWith(QStringView(w)))
                    ++m_sectionLikeSteps;
            }
            if (m_phaseStepsAreTasks)
                id = n;
        }
    }
    // "### T7: Add the CI step" after a table listing T7: the short id is known, the
    // heading is its definition.
    if (!id.isValid() && level >= 2 && !m_seen.isEmpty()) {
        const LeadingId known = leadingId(text, true);
        if (known.isValid() && !isAsciiDigit(known.id.at(0)) && m_seen.value(known.id) >= 0)
            id = known;
    }
    // "### 1.3 Wrap the parser" › "#### Task 1.3.1: Add the helper": a step of the section's
    // work (the plan lists 1.3 as its task), not a task of its own.
    if (id.isValid() && !id.requirement && level >= 3) {
        if (const QString parent = sectionOfStep(id.id, level); !parent.isEmpty()) {
            candidate(lineOf(b.begin), text,
                      Tr::tr("a step of section %1, not a task of its own").arg(parent));
            id = LeadingId();
        }
    }
    // "## Architectural Decisions" › "### AD-1: Multi-stage Docker builds": a decision taken,
    // numbered as plans number work; a decision to carry out says what it costs.
    if (id.isValid() && !id.requirement && m_decisionLevel > 0 && level > m_decisionLevel &&
        TrdScan::findEstimate(text).start < 0 && !below(b).estimate) {
        candidate(lineOf(b.begin), text, Tr::tr("a decision, under a decisions heading"));
        id = LeadingId();
    }
    // "## D57-1 -- Canon relocates": decision 1 of story 57 in its design document, numbered
    // "D<story>-<n>" as plans number work; without an estimate it records a choice made.
    if (id.isValid() && !id.requirement && level >= 2 && isDecisionNumber(id.id) &&
        TrdScan::findEstimate(text).start < 0 && !below(b).estimate) {
        candidate(lineOf(b.begin), text, Tr::tr("a numbered design decision, not work"));
        id = LeadingId();
    }
    // "## Surface-wide invariants" › "### INV-01 -- Usage errors exit 1": a rule the system
    // keeps, numbered as plans number work; so are "## Known exposures" › "### EXP-01 …".
    if (id.isValid() && !id.requirement && m_ruleLevel > 0 && level > m_ruleLevel &&
        TrdScan::findEstimate(text).start < 0 && !below(b).estimate) {
        candidate(lineOf(b.begin), text,
                  Tr::tr("a rule or finding under \"%1\", not work").arg(m_ruleSection));
        id = LeadingId();
    }
    if (id.isValid() && !id.requirement && countsItsTasks(text)) {
        candidate(lineOf(b.begin), text, Tr::tr("it counts the tasks below it: a group of them"));
        id = LeadingId();
    }
    if (!text.isEmpty() && isAsciiDigit(text.front())) {
        qsizetype e = 0;
        while (e < text.size() &&
               (isAsciiDigit(text.at(e)) ||
                (text.at(e) == u'.' && e + 1 < text.size() && isAsciiDigit(text.at(e + 1)))))
            ++e;
        m_headingNumbers[level] = text.left(e);
    }
    if (id.isValid() && !id.requirement && isStep(id) && inStepsOfTask() && level > m_taskLevel) {
        m_taskSection = cleanHeading(text).toLower();
        return;
    }
    // "### Task 1: Theme module (12 hours)" › "#### 1.3 Tailwind config (2 hours)": a part of
    // task 1, its boxes the task's; the task's estimate covers it.
    if (id.isValid() && !id.requirement && m_inTask && m_task.form == TrdTask::Form::Heading &&
        level > m_taskLevel && m_task.id.startsWith(u"Task ") && !id.id.isEmpty() &&
        isAsciiDigit(id.id.at(0)) && id.id.startsWith(QStringView(m_task.id).sliced(5)) &&
        id.id.size() > m_task.id.size() - 5 && id.id.at(m_task.id.size() - 5) == u'.') {
        m_taskSection = cleanHeading(text).toLower();
        return;
    }
    if (m_numberedItemLevel > 0 && level < m_numberedItemLevel - 1)
        m_numberedItemLevel = 0;
    // "## Testing Strategy" › "### Unit Tests (12 hours)": the testing work of the plan, sized
    // per kind of test ("### Unit Tests (14 tests)" counts tests, and is no estimate).
    bool testWork = false;
    if (!id.isValid() && level >= 3 && m_sizedHeading[level] && namesNoSprint(sized) &&
        !(m_inTask && m_task.form == TrdTask::Form::Heading && level > m_taskLevel)) {
        bool testing = false;
        for (int l = 1; l < level && !testing; ++l)
            testing = m_testingHeading[l];
        testWork = testing && m_testingHeading[level] && m_sizedHeading[level];
        // "## Module 5: WebSocket Reliability (6-8 hours)" › "### Reconnection Logic (2 hours)"
        // over its checkboxes: the module's estimate split among its parts, each a work item
        // whose checkboxes are its steps.
        if (!testWork && m_criteriaLevel == 0) {
            int parent = level - 1;
            while (parent > 0 && m_headingLines[parent] == 0)
                --parent;
            testWork = parent > 0 && m_sizedHeading[parent] && below(b).checkbox;
        }
    }
    if (id.isValid() && !id.requirement) {
        finishTask();
        if (m_sprint >= 0 && level <= m_sprintLevel)
            endSprint();
        startTask(b, TrdTask::Form::Heading, level, rangeTask(text, id, lineOf(b.begin)));
        if (numberedHeading)
            numberedTitle(text, id.end);
        if (numberedItem)
            m_numberedItemLevel = level;
        return;
    }
    if (testWork) {
        finishTask();
        if (m_sprint >= 0 && level <= m_sprintLevel)
            endSprint();
        startTask(b, TrdTask::Form::Heading, level, LeadingId());
        setImplicitId(m_task.line);
        return;
    }
    // "#### 4. Buffer Tasks (3 pts)" after "#### 3. US-103: …": one more item of the same
    // numbered backlog, estimated, without an id of its own.
    // "### Tareas Técnicas" › "#### 1. Crear SignalR Hub (2 horas)": a numbered heading sized
    // at its end, under a section of tasks, is one ("#### 1. `lib/x.ex`" under "### Changes
    // Required" is a part of its section).
    const bool numberedInTasks =
        itemNumber > 0 && m_sizedHeading[level] && m_taskSectionLevel > 0 &&
        level > m_taskSectionLevel &&
        !(m_inTask && m_task.form == TrdTask::Form::Heading && level > m_taskLevel);
    if (!id.isValid() && itemNumber > 0 &&
        (numberedInTasks ||
         (level == m_numberedItemLevel && TrdScan::findEstimate(text).start >= 0))) {
        finishTask();
        if (m_sprint >= 0 && level <= m_sprintLevel)
            endSprint();
        startTask(b, TrdTask::Form::Heading, level, LeadingId());
        if (const QStringView number = QStringView(text).first(itemNumber).trimmed();
            m_task.title.startsWith(number))
            m_task.title = m_task.title.sliced(number.size()).trimmed();
        setImplicitId(m_task.line);
        return;
    }
    static const QRegularExpression sprintRe(
        QStringLiteral(
            "^(?:\\d+(?:\\.\\d+)*[a-z]?\\.?\\s+)?(Sprint|Phase|Week|Milestone|Iteration|"
            "Stage|Wave|Fase|Semana|Etapa)\\s+((?:[A-Z]{0,2}\\d+(?:\\.\\d+)*[a-z]?)(?:[-–]\\d+)?|["
            "IVX]+|[A-Z])\\b\\s*[:\\-–—.]*"
            "\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    // The document's title ("# Sprint 1 Completion Report") is no sprint. "## 📋 Phase 1:
    // Frame" is one behind an emoji.
    QStringView plain = text;
    while (!plain.isEmpty() && !plain.front().isLetterOrNumber())
        plain = plain.sliced(1);
    const bool mayNameSprint = level >= 2 && !namesNoSprint(plain);
    const auto sm = mayNameSprint ? sprintRe.match(plain) : QRegularExpressionMatch();
    QString sprintWord, sprintNumber, sprintRest;
    if (sm.hasMatch()) {
        sprintWord = sm.captured(1);
        sprintNumber = sm.captured(2);
        sprintRest = sm.captured(3);
    }
    // "## Public Readiness Sprint - Release Hygiene" after the plan's numbered sprints: one
    // more, named. Not inside a sprint, where it would be a part of it.
    QStringView sprintName;
    if (!sm.hasMatch() && mayNameSprint && m_numberedSprints &&
        (m_sprint < 0 || level <= m_sprintLevel)) {
        QStringView rest;
        if (namedSprint(plain, &sprintName, &rest)) {
            sprintWord = QStringLiteral("Sprint");
            sprintRest = rest.toString();
        }
    }
    // "## Master Task List" › "### PR 1: Prove the bridge": the plan delivers its tasks in
    // pull requests as others do in sprints. Only under a heading naming the task list, where
    // a review's "### PR 3: …" notes do not stand.
    bool pullRequest = false;
    if (QStringView number, rest; !sm.hasMatch() && sprintName.isEmpty() && level >= 2 &&
                                  pullRequestHeading(plain, &number, &rest)) {
        for (int l = 2; l < level && !pullRequest; ++l)
            pullRequest = m_headings[l].contains(u"task", Qt::CaseInsensitive);
        if (pullRequest) {
            sprintWord = QStringLiteral("PR");
            sprintNumber = number.toString();
            sprintRest = rest.toString();
        }
    }
    const bool isSprint = sm.hasMatch() || !sprintName.isEmpty() || pullRequest;
    // A "Week 1" inside "Sprint 1" is a part of the sprint, not a sprint of its own.
    const bool nested = sm.hasMatch() && m_sprint >= 0 && level > m_sprintLevel &&
                        !m_doc.sprints.at(m_sprint).key.startsWith(sprintWord.toLower());
    // "## Phase 1" › "### Sprint 1": a phase of sprints groups them, it is no task.
    if (nested && m_phase)
        ++m_phase->tasks;
    // "#### Sprint 3 Verification Report", "## Sprint 0 Retrospective": a section about a
    // sprint, written inside another one, plans no sprint of its own.
    bool aboutSprint = false;
    if (isSprint) {
        const QString rest = sprintRest.toLower();
        // "Sprint 2: Code Review Integration" is work: "review" only as the first word.
        // "Sprint 4: Reports & Exports" builds reports, "Phase 5: Enhanced Reporting & UI"
        // reporting: the word is "report", not "reports" or "reporting".
        for (const char16_t* w : {u"report", u"retrospective", u"summary"}) {
            const QStringView word(w);
            for (qsizetype at = rest.indexOf(word); at >= 0 && !aboutSprint;
                 at = rest.indexOf(word, at + 1)) {
                const qsizetype e = at + word.size();
                aboutSprint = word != u"report" || e == rest.size() || !rest.at(e).isLetter();
            }
        }
        aboutSprint = aboutSprint || rest.startsWith(u"review");
        // "### Phase 1 → Phase 2" under "Success Criteria (Phase Gates)": the gate between
        // two phases, what must hold to pass it ("->" arrives here as ">").
        aboutSprint =
            aboutSprint || rest.startsWith(u"→") || rest.startsWith(u">") || rest.startsWith(u"⇒");
    }
    if (isSprint && !nested && !aboutSprint) {
        finishTask();
        QString kind = sprintWord.toLower();
        kind[0] = kind.at(0).toUpper();
        if (pullRequest)
            kind = sprintWord; // "PR 1", not "Pr 1"
        const QString number = sprintName.isEmpty() ? sprintNumber : sprintName.toString();
        if (kind == u"Phase" && sprintName.isEmpty()) {
            const int line = lineOf(b.begin);
            if (m_phasesAsTasks.contains(line)) {
                // "## Phase 2: Update the callers" over its success criteria: the phase is
                // the task, its criteria the subtasks (ticked as the phase is verified).
                if (m_sprint >= 0 && level <= m_sprintLevel)
                    endSprint();
                LeadingId id;
                id.start = plain.data() - text.data() + sm.capturedStart(1);
                id.end = plain.data() - text.data() + sm.capturedEnd(2);
                id.id = kind + u' ' + number.toUpper();
                startTask(b, TrdTask::Form::Heading, level, id);
                return;
            }
            if (level >= 2) {
                closePhase();
                m_phase = PhaseCandidate{line, level, -1, 0, 0, false};
            }
        }
        bool repeated = false; // a sprint planned above, in another section
        TrdSprint s;
        s.number = number.toInt();
        if (s.number == 0) {
            // "M2", "2a", "2-3" (weeks 2 to 3): the first number written.
            const auto digit = [](QChar c) { return c.isDigit(); };
            const auto first = std::find_if(number.cbegin(), number.cend(), digit);
            const auto end = std::find_if_not(first, number.cend(), digit);
            s.number = QStringView(first, end).toInt();
        }
        s.key = kind.toLower() + u' ' + number.toUpper();
        s.line = lineOf(b.begin);
        QString rest = sprintRest.trimmed();
        // "### Phase IV & V", "## Sprint 3 and 4: Billing": one heading over two phases. The
        // second number belongs to the name (it read "Phase IV: & V"); the first is the key.
        QString alsoNumber;
        if (sprintName.isEmpty() && !pullRequest &&
            (rest.startsWith(u'&') || rest.startsWith(u'+') || rest.startsWith(u'/') ||
             rest.startsWith(u"and ", Qt::CaseInsensitive))) {
            static const QRegularExpression alsoRe(
                QStringLiteral(
                    "^(&|\\+|/|and)\\s*((?:[A-Z]{0,2}\\d+(?:\\.\\d+)*[a-z]?|(?-i:[IVX]+)))\\b\\s*"
                    "[:\\-–—.]*\\s*"),
                QRegularExpression::CaseInsensitiveOption);
            if (const auto am = alsoRe.match(rest, 0, QRegularExpression::NormalMatch);
                am.hasMatch()) {
                alsoNumber = am.captured(1) + u' ' + am.captured(2);
                rest = rest.sliced(am.capturedEnd()).trimmed();
            }
        }
        static const QRegularExpression hoursRe(
            QStringLiteral(
                "\\s*[-–—:,]?\\s*\\(?~?\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours?)\\b\\s*"
                "(?:total)?\\)?\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        // ": Core", "— Core": what separated a part cut off the front from the title.
        auto dropSeparators = [&rest] {
            while (rest.startsWith(u':') || rest.startsWith(u'-') || rest.startsWith(u'—') ||
                   rest.startsWith(u'–'))
                rest = rest.sliced(1).trimmed();
        };
        const auto hm = hoursRe.match(rest);
        if (hm.hasMatch()) {
            s.statedHours = hm.captured(1).replace(u',', u'.').toDouble();
            rest.truncate(hm.capturedStart());
        } else if (const TrdScan::Estimate e = TrdScan::findEstimate(rest);
                   e.start >= 0 && e.part < 0 && e.unit == TrdScan::EstimateUnit::Hours) {
            // "(~40h, 2 weeks)", "[~40h]", "(40h est.)", "(~40h): Core": the hours in a
            // bracket of their own, not at the end.
            s.statedHours = e.value;
            rest.remove(e.start, e.end - e.start);
            rest = rest.trimmed();
            dropSeparators();
        }
        // "## Phase 1: Storage [COMPLETED]": the phase's state, which its tasks' boxes say
        // again, is no part of its name.
        if (rest.endsWith(u']')) {
            const qsizetype open = rest.lastIndexOf(u'[');
            const QStringView inner =
                open < 0 ? QStringView() : QStringView(rest).sliced(open + 1).chopped(1);
            if (!inner.isEmpty() && inner.size() <= 20 &&
                std::all_of(inner.begin(), inner.end(), [](QChar c) {
                    return (c.unicode() >= 'A' && c.unicode() <= 'Z') || c == u'_' || c == u' ';
                }))
                rest = rest.first(open).trimmed();
        }
        // "## Sprint 1 (Days 1–3): PR 1 (Config Infrastructure)": the sprint's days first,
        // then its title, whose own bracket names no time and no task and stays in it.
        if (rest.startsWith(u'(')) {
            const qsizetype close = rest.indexOf(u')');
            const QString inner = close > 0 ? rest.mid(1, close - 1).trimmed() : QString();
            if (!inner.isEmpty() && !hasId(inner)) {
                s.weeks = inner;
                rest = rest.mid(close + 1).trimmed();
                dropSeparators();
            }
        }
        // "(Week 1)", "(14 days, 33h)" once the hours are cut, "(REQ-001, REQ-002)",
        // "(TRD-001 through TRD-019)": the tasks of the sprint, named in its heading.
        QString headingIds;
        for (int guard = 0; guard < 3; ++guard) {
            const qsizetype open = rest.lastIndexOf(u'(');
            if (open < 0)
                break;
            QString inner = rest.mid(open + 1).trimmed();
            if (inner.endsWith(u')'))
                inner.chop(1);
            else if (inner.contains(u')'))
                break;
            if (!s.weeks.isEmpty() && !hasId(inner) &&
                std::none_of(inner.cbegin(), inner.cend(), [](QChar c) { return c.isDigit(); }))
                break;
            // "(17 tasks)": what the sprint holds, counted; its tasks say so again.
            if (countsWork(inner)) {
                rest.truncate(open);
                rest = rest.trimmed();
                continue;
            }
            if (!hasId(inner) && s.weeks.isEmpty())
                s.weeks = inner.trimmed();
            else if (hasId(inner) && headingIds.isEmpty())
                headingIds = inner;
            rest.truncate(open);
            rest = rest.trimmed();
        }
        // "## Phase 1: Presence Module — 3 steps": the count again, after a dash.
        for (const QStringView dash :
             {QStringView(u" — "), QStringView(u" – "), QStringView(u" - "), QStringView(u", ")}) {
            const qsizetype at = rest.lastIndexOf(dash);
            if (at > 0 && countsWork(QStringView(rest).sliced(at + dash.size()))) {
                rest.truncate(at);
                break;
            }
        }
        while (rest.endsWith(u'-') || rest.endsWith(u'—') || rest.endsWith(u'–'))
            rest = rest.chopped(1).trimmed();
        s.title = rest.trimmed();
        s.name = sprintName.isEmpty() ? kind + u' ' + number : number + u' ' + kind;
        if (!alsoNumber.isEmpty())
            s.name += u' ' + alsoNumber;
        if (!s.title.isEmpty())
            s.name += u": " + s.title;
        // The same sprint in "Goals", "Breakdown" and "Timeline" sections is one sprint.
        int existing = -1;
        for (int i = 0; i < m_doc.sprints.size() && existing < 0; ++i) {
            if (m_doc.sprints.at(i).key == s.key)
                existing = i;
        }
        repeated = existing >= 0;
        if (existing >= 0) {
            TrdSprint& e = m_doc.sprints[existing];
            if (e.title.isEmpty() && !s.title.isEmpty()) {
                e.title = s.title;
                e.name = s.name;
            }
            // Hours stated again in another section are the same hours; a heading of its
            // own under the same parent states another part's ("Sprint 2 Tests (~13h)").
            if (e.statedHours < 0) {
                e.statedHours = s.statedHours;
                m_sprintHoursParent[existing] = parentLine;
            } else if (s.statedHours >= 0 && m_sprintHoursParent.at(existing) == parentLine &&
                       s.title != e.title) {
                e.statedHours += s.statedHours;
            }
            if (e.weeks.isEmpty())
                e.weeks = s.weeks;
            m_sprint = existing;
        } else {
            m_numberedSprints = m_numberedSprints || (sm.hasMatch() && kind == u"Sprint");
            m_doc.sprints.append(s);
            m_sprintHoursParent.append(parentLine);
            m_sprint = int(m_doc.sprints.size() - 1);
        }
        m_sprintLevel = level;
        m_sprintKey.clear();
        if (m_phase && m_phase->line == lineOf(b.begin))
            m_phase->sprint = m_sprint;
        // Only tasks defined above: "(P0, P1)" are priorities, "(FIX-P1)" a family's prefix.
        if (!headingIds.isEmpty()) {
            const int line = lineOf(b.begin);
            QStringList known = ids(headingIds, line);
            known.removeIf([this](const QString& id) { return m_seen.value(id, -1) < 0; });
            if (!known.isEmpty())
                ++m_idEntries;
            for (const QString& id : std::as_const(known))
                planInSprint(m_sprint, id, line, false);
        }
        m_section = text.toLower();
        m_lane = TrdScan::StatusWord::None;
        m_workChecklist = false;
        m_sectionNumbered = false;
        m_sectionIsSprint = true;
        m_sectionScheduled = false;
        m_slotSprint = -1;
        // A sprint's work, whatever encloses it; but "## Success Criteria" › "### Phase 1: …"
        // over a phase planned above is that phase's checks, not more of its work.
        if (!(repeated && m_criteriaLevel > 0 && m_criteriaLevel < level))
            m_criteriaLevel = 0;
        // "## Summary" then "## Phase 1: Data": the phase's tasks are in no summary (the
        // sprint names where they are).
        for (int l = level; l <= 6; ++l)
            m_headings[l].clear();
        doneSection(b, level, text);
        return;
    }
    if (m_inTask && m_task.form == TrdTask::Form::Heading && level > m_taskLevel) {
        m_taskSection = cleanHeading(text).toLower();
        return;
    }
    // A TODO list written in headings: each heading right under "## P1 — Should do soon" is
    // an item, and so is a heading struck through and marked done anywhere.
    // md4c drops the tildes from the heading's text: they are read from its line.
    QString struck;
    if (level >= 2 && !id.isValid()) {
        const qsizetype ls = m_lines.lineStart(b.begin);
        QByteArrayView raw = QByteArrayView(m_bytes).sliced(ls, m_lines.lineEnd(m_bytes, ls) - ls);
        while (!raw.isEmpty() && (raw.front() == '#' || raw.front() == ' ' || raw.front() == '\t'))
            raw = raw.sliced(1);
        if (raw.startsWith("~~"))
            struck = struckDoneTitle(QString::fromUtf8(raw));
    }
    if (level >= 2 && !id.isValid() &&
        (!struck.isEmpty() ||
         (m_priorityLevel > 0 && level == m_priorityLevel + 1 && m_priorityHeadingsAreTasks))) {
        finishTask();
        if (m_sprint >= 0 && level <= m_sprintLevel)
            endSprint();
        startTask(b, TrdTask::Form::Heading, level, LeadingId());
        if (!struck.isEmpty()) {
            m_task.title = struck;
            // " ✓ Done" after the closing tildes is its marker: reopening removes it (and the
            // tildes), completing again writes it back.
            const ByteSpan h = m_task.headerSpan;
            const QByteArrayView line = QByteArrayView(m_bytes).sliced(h.begin, h.size());
            const qsizetype open = findBytes(line, "~~");
            const qsizetype close = open < 0 ? -1 : findBytes(line, "~~", open + 2);
            qsizetype end = line.size();
            while (end > 0 && (line.at(end - 1) == ' ' || line.at(end - 1) == '\t' ||
                               line.at(end - 1) == '\r'))
                --end;
            if (close > open && close + 2 < end && !m_task.markerSpan.isValid()) {
                m_task.marker = TrdTask::Marker::Completed;
                m_task.markerSpan = ByteSpan{h.begin + close + 2, h.begin + end};
                m_task.markerText =
                    QString::fromUtf8(line.sliced(close + 2, end - close - 2)).trimmed();
            }
        } else {
            m_priorityItem = true;
        }
        setImplicitId(m_task.line);
        if (struck.isEmpty())
            m_titledOnly.insert(m_task.id);
        return;
    }
    finishTask();
    if (m_sprint >= 0 && level <= m_sprintLevel)
        endSprint();
    // "**Implementation Tasks**:" opened a list of the sprint's tasks; a sub-heading
    // ("#### Feature 4: Test polish") starts prose of its own.
    m_sprintKey.clear();
    if (level >= 2)
        totalLine(b, text);
    m_headings[level] = cleanHeading(text);
    for (int l = level + 1; l <= 6; ++l)
        m_headings[l].clear();
    m_section = m_headings[level].toLower();
    m_lane = laneOf(m_section, level, m_lanes, m_laneLevel);
    // "### `todo`", "### `backlog`": a heading that is all code names a command or a module
    // of the project, not a section of its work ("## Family: `todo`" in a CLI reference).
    // Kept with its backticks, so no section word matches it.
    if (b.code.size() == 1 && b.code.first().first <= 1 &&
        b.code.first().second >= int(b.text.size()) - 1)
        m_section = u'`' + m_section + u'`';
    // "## Implementation Checklist" › "- [x] Add the event_type attribute": in a task's own
    // document, the steps of the work, ticked as they land. Only while no task was read: in a
    // plan whose phases define the work, such a list near the end restates it ("Pre-
    // Implementation Checklist" is what must hold before).
    {
        const qsizetype at = m_section.indexOf(u"implementation checklist");
        m_workChecklist =
            at >= 0 && m_doc.tasks.isEmpty() && !m_inTask &&
            (at == 0 || (!m_section.at(at - 1).isLetter() && m_section.at(at - 1) != u'-'));
    }
    // "5.3 Data Validation", "2.1. Setup", "1.2.3 …": numbered as a part of a section (its
    // number was read above).
    const QString& number = m_headingNumbers[level];
    const qsizetype dots = number.count(u'.');
    m_sectionNumbered = dots >= 2 || (dots == 1 && number.size() < text.size() &&
                                      (text[number.size()] == u' ' || text[number.size()] == u'.'));
    m_sectionIsSprint = false;
    // "## Milestone 7a" › "### Phase 1.5: Testing and validation": a phase of the milestone, a
    // work package like its siblings; its words name the work, not criteria.
    if (isSprint && nested)
        m_sectionNumbered = true;
    // "## Phase 2: Content" › "### Session 15: Protocols", "### Session 16: Testing in Elixir":
    // one more unit of a numbered series of the phase, the same kind of work as the one before
    // it; "Testing" is its subject, not criteria. Only after a sibling led by the same word, and
    // only for words that name a unit of a course or a system ("Step 4: Verification" is checks).
    {
        const QString series = seriesWord(text);
        if (m_sprint >= 0 && !series.isEmpty() && series == m_seriesWords[level])
            m_sectionNumbered = true;
        m_seriesWords[level] = series;
        for (int l = level + 1; l <= 6; ++l)
            m_seriesWords[l].clear();
    }
    // "### Prometheus Metrics [M] ✅" beside "### Background Tasks [M]": a work package sized
    // like its siblings; "Metrics" names what it builds, not criteria.
    if (hasSizeTag(text))
        m_sectionNumbered = true;
    // "### Testing Migration (Week 3)" under "## Migration Checklist": the week's work, read
    // as a sprint's section is (criteria only by strong words), "Testing" naming the work.
    // "### Week 1" › "#### Day 8: Testing Mode": the same, led by its day.
    const QStringView slot = scheduleSlot(text);
    m_sectionScheduled = !slot.isEmpty() || (m_sprint >= 0 && leadsWithDaySlot(text));
    m_slotSprint = m_sectionScheduled ? slotSprint(slot) : -1;
    doneSection(b, level, text);
    // "## Sprint 1" › "### Tasks" › "- Write the compose file": the sprint's list of its work,
    // as after a "**Tasks**:" line.
    if (m_sprint >= 0 && level > m_sprintLevel && sectionNamesTasks()) {
        m_sprintKey = QStringLiteral("primary");
        m_tasksLabel = true;
    }
    if (m_criteriaLevel == 0 && level >= 2 && isCriteriaParent(m_section))
        m_criteriaLevel = level;
    if (m_decisionLevel == 0 && level >= 2 && m_section.contains(u"decision"))
        m_decisionLevel = level;
    if (m_ruleLevel == 0 && level >= 2 &&
        (containsWordStart(m_section, u"invariant") || containsWordStart(m_section, u"exposure") ||
         containsWordStart(m_section, u"constraint"))) {
        m_ruleLevel = level;
        m_ruleSection = m_headings[level].left(60);
    }
    if (m_taskSectionLevel == 0 && level >= 2 && sectionNamesTasks())
        m_taskSectionLevel = level;
    if (m_planSectionLevel == 0 && level >= 2 && isPlanSection(m_section))
        m_planSectionLevel = level;
    if (level >= 2) {
        if (QString p = sectionPriority(m_headings[level]); !p.isEmpty() && !namesDuration(text)) {
            m_sectionPriority = std::move(p);
            m_priorityLevel = level;
            m_priorityHeadingsAreTasks = priorityNumber(m_headings[level]) < 0;
        }
    }
    if (id.isValid() && id.requirement)
        return;
    if (level >= 2 && hasId(text) && TrdScan::findEstimate(text).start >= 0)
        candidate(lineOf(b.begin), text, Tr::tr("the task id is not at the start of the heading"));
}

void Builder::paragraph(const Block& b)
{
    // A paragraph outside any list ends a checklist task (and a list item task), except a
    // heading's completion box: its description and its steps follow it.
    if (m_inTask && (m_task.form == TrdTask::Form::Checklist || m_listTask) &&
        m_completionNumber.isEmpty())
        finishTask();
    // Line by line: "**TRD-001:** 8h" then "**TRD-002:** 1h" on the next line are two lines.
    if (!b.breaks.isEmpty()) {
        const QList<Block> lines = splitLines(b);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (const int n = continuedItemNumber(lines.at(i).text); n > 1) {
                const int line = lineOf(lines.at(i).begin);
                diag(line, QStringLiteral("trd-list-in-paragraph"),
                     Tr::tr("the numbered items from line %1 continue the paragraph above them: a "
                            "list starting at %2 cannot interrupt a paragraph, so markdown viewers "
                            "show them as text (a blank line before them makes them a list)")
                         .arg(line)
                         .arg(n));
                break;
            }
        }
        for (const Block& l : lines)
            paragraph(l);
        return;
    }
    // A bold task line: the paragraph opens with a strong span holding the id. Read in the
    // scratch buffer: the task keeps only what parseHeader() takes of it.
    if (!b.strong.isEmpty() && b.strong.first().first == 0) {
        const QStringView text = m_paragraphText.decode(b.text);
        const LeadingId id = leadingId(text, false);
        const int strongEnd = utf16Length(QByteArrayView(b.text).first(b.strong.first().second));
        // "**TRD-001:** 8h" under a sprint, after TRD-001 was defined: a sprint's list of
        // its tasks and their hours, not a second definition.
        if (id.isValid() && !id.requirement && id.end <= strongEnd && m_sprint >= 0 &&
            m_seen.value(id.id) >= 0) {
            QStringView rest = QStringView(text).sliced(strongEnd).trimmed();
            if (rest.startsWith(u':'))
                rest = rest.sliced(1).trimmed();
            const TrdScan::Estimate e = TrdScan::parseEstimate(rest);
            if (QStringView(text).first(strongEnd).trimmed().size() <= id.end - id.start + 1 &&
                (rest.isEmpty() || (e.start == 0 && e.end == rest.size()))) {
                finishTask();
                sprintEntry(b, text);
                ++m_mentions;
                return;
            }
        }
        if (id.isValid() && !id.requirement && id.end <= strongEnd &&
            !(isStep(id) && (inStepsOfTask() || outsideSprints()))) {
            finishTask();
            // Under "### Sprint 1" › "#### Stories Included", "**STORY-001: Setup** (38h)"
            // is the sprint's; a bold line right under the sprint heading ends its list.
            // Under "### Phase 1: Core (Week 1-2)", "**GT-001** Create the folders" is
            // defined in the phase: the phase is its home when no sprint list names it.
            // The bold tasks after it, until the next heading, share that home.
            if (m_sprint >= 0 && m_headingLevel <= m_sprintLevel)
                m_boldHome = m_sprint;
            const int home = m_boldHome;
            if (!(m_sprint >= 0 && m_headingLevel > m_sprintLevel))
                endSprint();
            const LeadingId ranged = rangeTask(text, id, lineOf(b.begin));
            startTask(b, TrdTask::Form::BoldLine, 7, ranged);
            parseHeader(m_task, text, strongEnd, ranged);
            findMarkers(m_task);
            if (home >= 0)
                m_homeSprints.append({home, m_task.id});
            return;
        }
        // "**3h** | [satisfies REQ-001]" under a task heading: the estimate.
        if (m_inTask && !m_task.hasHours() && m_task.points < 0) {
            const QString lead = trimmedUtf8(QByteArrayView(b.text).first(b.strong.first().second));
            const TrdScan::Estimate e = TrdScan::parseEstimate(lead);
            if (e.start == 0 && e.end == lead.size() && !lead.isEmpty() && lead.at(0).isDigit())
                setEstimate(m_task, e, TrdScan::EstimateUnit::Hours);
        }
    }
    const QString text = QString::fromUtf8(b.text);
    if (m_inTask) {
        taskTags(text, lineOf(b.begin));
        // A label inside the task ("**Unit Tests for Section 6.1:**"): stepOfCompletionBox()
        // reads it; the lists of the plan keep theirs.
        m_labelInTask = text.size() < 160 ? listLabel(text.trimmed()) : QString();
    } else {
        const QString t = text.trimmed();
        // "No setup tasks required.", "N/A for this feature": the phase is empty on purpose,
        // which is no finding.
        if (m_sprint >= 0 && (t.contains(u"N/A") || t.contains(u"task", Qt::CaseInsensitive))) {
            static const QRegularExpression nothing(
                QStringLiteral("\\bN/A\\b|\\bno\\b[^.]{0,40}\\btasks?\\b[^.]{0,20}\\b(?:required|"
                               "needed|planned)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            if (nothing.match(t).hasMatch())
                m_sprintsWithItems.insert(m_sprint);
        }
        m_listLabel = listLabel(t);
        m_itemLabelLevel = 0;
        if (!t.isEmpty() && QStringView(u"SsLlKkPpT").contains(t.front()))
            legendLine(t);
        // "TRD-010 to TRD-014: 🔄 In Progress": a status line (a bold one is a task line).
        if (!hasLeadingStrong(b))
            statusMention(t, lineOf(b.begin));
        if (m_sprint >= 0 && !hasLeadingStrong(b))
            rangeParagraph(b, t);
        if (t.size() < 200 && TrdScan::findEstimate(t).start > 0)
            candidate(lineOf(b.begin), t,
                      Tr::tr("a paragraph with an estimate but no task id and no checkbox"));
    }
    if (pipeRow(b, text))
        return;
    if (!m_inTask)
        totalLine(b, text);
    if (!m_inTask && m_sprint >= 0 && text.size() > 8 && (text[0] == u'C' || text[0] == u'c'))
        coversLine(text);
    QString key, value;
    const bool isField = field(b, text, &key, &value);
    if (isField && m_preamble && !m_inTask)
        documentStatus(b, key, value);
    // "### Remaining Tasks" › "Each task follows:" over numbered steps: the procedure every
    // task goes through, not more entries of the list above it.
    if (!isField && !m_inTask && m_sprint >= 0 && text.endsWith(u':') && introducesProcedure(text))
        m_sprintKey.clear();
    if (isField && key.contains(u"total", Qt::CaseInsensitive) && m_sprint < 0) {
        statedTotals(b, value);
        return;
    }
    // A bold task inside a sprint ends at the sprint's own lines: "**Sprint Goal:**",
    // "**Key Deliverables (STORY-003, partial):**" after STORY-005.
    if (m_inTask && isField && m_sprint >= 0 && m_task.form == TrdTask::Form::BoldLine &&
        !m_listTask) {
        const QString k = key.toLower();
        bool sprints = k.startsWith(u"sprint") || k.contains(u"deliverable");
        for (const QString& other : TrdParser::findIds(key))
            sprints = sprints || other != m_task.id;
        if (sprints)
            finishTask();
    }
    // "## TODO 1 — Unify the sessions" › "> **DONE — 2026-05-19.** Implemented as below.": the
    // task's status in bold, opening the first paragraph under its heading.
    if (m_inTask && m_task.form == TrdTask::Form::Heading && m_task.fields.isEmpty() &&
        m_task.subtasks.isEmpty() && m_task.marker == TrdTask::Marker::None && hasLeadingStrong(b))
        leadStatus(b);
    if (m_inTask) {
        if (isField && value.contains(u" | "))
            joinedFields(b, std::move(key), std::move(value));
        else if (isField)
            taskField(b, std::move(key), std::move(value));
        else
            m_task.fields.append(TrdField{QString(), text.trimmed(), lineOf(b.begin)});
        return;
    }
    if (m_sprint >= 0 && isField) {
        const QString k = key.toLower();
        TrdSprint& s = m_doc.sprints[m_sprint];
        // "## Sprint 1: Ledger UI" › "**Estimated Hours:** 66h", "**Total:** 40 hours": the
        // sprint's own lines (no sub-heading between) state its hours.
        if (m_headingLevel <= m_sprintLevel && statesHours(k)) {
            if (const TrdScan::Estimate e = TrdScan::parseEstimate(value);
                s.statedHours < 0 && e.start >= 0 && e.start <= 2 &&
                e.unit == TrdScan::EstimateUnit::Hours && e.value > 0 && !e.text.isEmpty() &&
                !e.text.back().isDigit()) // "**Total:** 57" counts something else
                s.statedHours = e.value;
            m_sprintKey.clear();
            return;
        }
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
        } else if (k.contains(u"total") || k.contains(u"count") || introducesProcedure(k)) {
            // "**Task totals**: 2 infrastructure (P), 8 backend (B)"; "Each task follows:" over
            // the steps every task goes through, a procedure rather than a list of work.
            m_sprintKey.clear();
        } else if (k.contains(u"task")) {
            m_sprintKey = QStringLiteral("primary");
            // "**Tasks**:", "**Backend Tasks**:" open a list of work; "**Expected task
            // categories**:" one of topics.
            QString label = k;
            label.remove(u'*');
            label = label.trimmed();
            m_tasksLabel = label == u"tasks" || label.endsWith(u" tasks") || label == u"task list";
        } else {
            m_sprintKey.clear();
        }
        if (!value.isEmpty() && (m_sprintKey == u"primary" || m_sprintKey == u"secondary"))
            sprintEntry(b, value);
        return;
    }
}

// "**Total: ~71h estimated across 38 tasks**", "Total estimates: 65h across … = 38 tasks
// total", "### Total: 64h across 47 tasks", "(Total: ~44h across 30 tasks)": the document's
// own total, in a line that is no field. Inside a sprint only when it counts tasks (a
// sprint's "Total: 12h" is the sprint's).
void Builder::totalLine(const Block& b, const QString& text)
{
    if (m_doc.statedTotalHours >= 0 || text.size() > 300 ||
        !text.contains(QLatin1String("total"), Qt::CaseInsensitive))
        return;
    static const QRegularExpression totalRe(
        QStringLiteral("(?:^|\\()[\\s*_]*Total(?:\\s+[A-Za-z]+){0,2}\\s*:\\s*~?\\d+(?:[.,]\\d+)?"
                       "(?:\\s*[-–]\\s*\\d+(?:[.,]\\d+)?)?\\s*"
                       "(?:h|hrs?|hours?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = totalRe.match(text);
    if (!m.hasMatch())
        return;
    const QString value = text.mid(m.capturedStart());
    static const QRegularExpression tasksRe(QStringLiteral("\\d+\\s+tasks?\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (m_sprint >= 0 && !tasksRe.match(value).hasMatch())
        return;
    statedTotals(b, value.mid(value.indexOf(u':') + 1));
}

void Builder::statedTotals(const Block& b, const QString& value)
{
    if (m_doc.statedTotalHours >= 0)
        return;
    static const QRegularExpression hoursRe(
        QStringLiteral(
            "(\\d+(?:[.,]\\d+)?)(?:\\s*[-–]\\s*(\\d+(?:[.,]\\d+)?))?\\s*(?:h|hrs?|hours?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto hm = hoursRe.match(value);
    if (!hm.hasMatch())
        return;
    // "10-14 hours": a range, as its tasks' estimates often are.
    const bool range = hm.capturedLength(2) > 0;
    m_doc.statedTotalHours = hm.captured(range ? 2 : 1).replace(u',', u'.').toDouble();
    if (range)
        m_doc.statedTotalLow = hm.captured(1).replace(u',', u'.').toDouble();
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

// "- `dependencies: { \"js-yaml\": \"^4.1.0\" }`": a line of code opening the block (a
// package manifest's key, a config line) is what the task writes, not a field of it.
bool opensWithCode(const Block& b)
{
    return !b.code.isEmpty() && b.code.first().first == 0;
}

bool Builder::field(const Block& b, const QString& text, QString* key, QString* value) const
{
    if (hasLeadingStrong(b))
        return strongField(b, key, value);
    return !opensWithCode(b) && plainField(text, key, value);
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
    Key* interned = internedKey(k.trimmed(), key);
    *value = interned ? sharedValue(interned->lastValue, v) : trimmedUtf8(v);
    return !key->isEmpty();
}

bool Builder::plainField(const QString& text, QString* key, QString* value) const
{
    static const QRegularExpression plain(
        QStringLiteral(
            "^\\s*(Dependencies|Depends on|Blocked by|Validation|References?|"
            // "- Estimated: 2 hours" below a checklist task, as "- Estimate: 2h" is.
            "Estimated(?: time| effort| hours)?|"
            "Estimate|Effort|Actual(?: time| effort)?|Hours|Duration|Size|Priority|Status|Note|"
            "Sprint|"
            "Files?|Locations?|"
            // Japanese and Chinese plans: effort, estimate, dependencies, status.
            "\u5de5\u6570|\u898b\u7a4d\u3082\u308a|\u898b\u7a4d\u308a?|\u6240\u8981\u6642\u9593|"
            "\u4f9d\u5b58\u95a2\u4fc2|\u4f9d\u5b58|\u524d\u63d0\u6761\u4ef6|\u72b6\u614b|"
            "\u30b9\u30c6\u30fc\u30bf\u30b9|\u9884\u4f30|\u4f30\u65f6|\u5de5\u65f6|"
            "\u4f9d\u8d56|\u72b6\u6001)"
            "\\s*[:\uff1a]\\s*(.*)$"),
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
    if (m_phase && b.isTask) {
        ++m_phase->boxes;
        // "**Verification:**" › "- [x] Automated: `make build` succeeds": criteria too.
        if (m_listLabel.contains(u"success criteria") || m_listLabel.startsWith(u"verification"))
            m_phase->criteria = true;
    }
    if (m_itemLabelLevel > 0 && b.level <= m_itemLabelLevel)
        m_itemLabelLevel = 0;
    // "- **Success Criteria:**" over a nested checklist: a label for what it holds, as a
    // paragraph ending so is for the list after it.
    if (!m_inTask && !b.isTask && b.text.size() < 160 && b.text.endsWith(':')) {
        m_itemLabel = listLabel(trimmedUtf8(b.text));
        m_itemLabelLevel = m_itemLabel.isEmpty() ? 0 : b.level;
    }
    // "- [x] 3 Phase - …" › "- [x] 3.1 Section - …" › "- [x] 3.1.1 Task {#id} … - Title": a
    // plan written as one nested checklist. The phase and section items group the tasks below
    // them, they are none themselves (nor one task holding all the plan as subtasks).
    if (b.isTask && (!m_inTask || b.level <= m_taskLevel)) {
        const QByteArrayView kind = nestedPlanKind(QByteArrayView(b.text));
        if (kind == "Phase" || kind == "Section") {
            finishTask();
            return;
        }
    }
    // A sibling (or an outer item) ends a checklist task; deeper items belong to it. Below a
    // heading's completion box, its numbered steps ("- [x] 2.1.1.1 …") and its field lines
    // ("- **Governed by:** ADR-014") are the task's; any other box starts anew.
    if (m_inTask && (m_task.form == TrdTask::Form::Checklist || m_listTask) &&
        b.level <= m_taskLevel && !stepOfCompletionBox(b))
        finishTask();
    // A key to the boxes (isBoxLegend()) is neither a task nor a subtask.
    {
        qsizetype after = -1;
        bool done = false;
        if (b.isTask)
            after = 0;
        else if (const int n = progressBox(b))
            after = n + 3;
        else if (blockedBox(b))
            after = 4;
        else if (const int sign = signBox(b, &done))
            after = sign + 3;
        if (after >= 0 && after <= b.text.size() &&
            isBoxLegend(QByteArrayView(b.text).sliced(after)))
            return;
    }
    // "( ) AC-1: ..." and "(x) ...": checkboxes written with parentheses.
    qsizetype parenMark = -1;
    if (!b.isTask && m_inTask && b.text.size() >= 4 && b.text.at(0) == '(' && b.text.at(2) == ')' &&
        b.text.at(3) == ' ' &&
        (b.text.at(1) == ' ' || b.text.at(1) == 'x' || b.text.at(1) == 'X' || b.text.at(1) == '>'))
        parenMark = b.srcOffset(1);
    // "### Task 1.1: Data models" over "- [ ] **T1.1.1**: Request model" with an estimate each:
    // the heading groups tasks that carry ids of their own, it is none itself.
    if (m_inTask && m_task.form == TrdTask::Form::Heading && b.isTask &&
        m_task.subtasks.isEmpty()) {
        const LeadingId id = leadingId(QString::fromUtf8(b.text), true);
        if (id.isValid() && !id.requirement && !isAsciiDigit(id.id.at(0)) && !isStep(id)) {
            headingToSection();
            checklistTask(b);
            return;
        }
    }
    if (m_inTask) {
        if (b.isTask || parenMark >= 0) {
            TrdSubtask s;
            // "- [ ] ⏸ **RED**: …": the sign after the box is no part of the text (the box
            // is the subtask's status).
            const qsizetype sign = parenMark >= 0 || b.text.isEmpty() ||
                                           static_cast<unsigned char>(b.text.front()) < 0xC2
                                       ? 0
                                       : boxSign(QByteArrayView(b.text)).skip;
            subtaskText(b, parenMark >= 0 ? 4 : int(sign), s);
            s.checked = parenMark >= 0 ? (b.text.at(1) == 'x' || b.text.at(1) == 'X')
                                       : (b.mark == 'x' || b.mark == 'X');
            s.markOffset = parenMark >= 0 ? parenMark : b.markOffset;
            s.markSize = parenMark >= 0 ? 1 : b.markSize;
            // One lookup for the line, its start and its end (fifty thousand subtasks).
            s.line = lineOf(b.markOffset);
            s.span = ByteSpan{m_lines.startOfLine(s.line), m_lines.endOfLine(m_bytes, s.line)};
            if (s.span.end > m_task.span.end)
                m_task.span.end = s.span.end;
            if (m_task.subtasks.capacity() == 0)
                m_task.subtasks.swap(m_spareSubtasks);
            m_task.subtasks.append(std::move(s));
            return;
        }
        QString key, value;
        // "- [ ] GREEN: render the card" › "- Status: spinner while running": a status nested
        // below a subtask or a note is theirs, not the task's, whose own fields are its
        // direct items (the first list level below a heading or a paragraph).
        auto ownField = [&]() {
            const int fieldLevel =
                m_task.form == TrdTask::Form::Checklist || m_listTask ? m_taskLevel + 1 : 1;
            if (b.level > fieldLevel && (key.compare(u"status", Qt::CaseInsensitive) == 0 ||
                                         key.compare(u"state", Qt::CaseInsensitive) == 0))
                m_task.fields.append(TrdField{std::move(key), std::move(value), lineOf(b.begin)});
            else
                taskField(b, std::move(key), std::move(value));
        };
        if (hasLeadingStrong(b) && strongField(b, &key, &value)) {
            ownField();
            return;
        }
        const QString text = QString::fromUtf8(b.text);
        if (!hasLeadingStrong(b) && !opensWithCode(b) && plainField(text, &key, &value)) {
            ownField();
            return;
        }
        if (m_taskSection.contains(u"depend")) {
            taskField(b, QStringLiteral("Dependencies"), text);
            return;
        }
        // "  - [depends: TRD-001, TRD-002]" below a checklist task: a line of tags, read as
        // the same line below a task heading is.
        if (const QStringView t = QStringView(text).trimmed();
            t.startsWith(u'[') && t.endsWith(u']'))
            taskTags(t, lineOf(b.begin));
        m_task.fields.append(TrdField{QString(), text.trimmed(), lineOf(b.begin)});
        return;
    }
    if (b.isTask) {
        checklistTask(b);
        return;
    }
    // A box written for work under way (progressBox()): a task, in progress; ticking it
    // writes "x" into the box.
    if (const int n = progressBox(b)) {
        Block box = b;
        const QString markerText = QString::fromUtf8(b.text.first(n + 2)); // "[~]", "[→]"
        takeBox(box, n + 3, n, '~');
        if (checklistTask(box) && m_inTask && m_task.marker == TrdTask::Marker::None) {
            // "- [~] 3.2 Add the indexes *Skipped: deferred*", "- [~] **No longer needed**":
            // the half-done box over work given up says it is closed, as a struck-through
            // task is done (or dropped); no work on it is under way.
            QString closed = givenUpWord(QString::fromUtf8(b.text).toLower()).toString();
            // "- [-] Call the venue ❌ 2026-01-08": Obsidian Tasks' cancelled task, its box
            // "-" and the day it was cancelled after "❌" (intent's "[-]" without one is work
            // under way).
            // Reopening takes the sign and its date away, as for "✅ 2026-01-09".
            ByteSpan cancelled;
            if (const qsizetype x = b.text.indexOf("\xE2\x9D\x8C "); // ❌
                closed.isEmpty() && x > 0 && x + 14 <= b.text.size()) {
                if (isSpacedIsoDate(QByteArrayView(b.text).sliced(x + 3, 11))) {
                    closed = QStringLiteral("cancelled");
                    const qsizetype from = b.text.at(x - 1) == ' ' ? x - 1 : x;
                    cancelled = ByteSpan{b.srcOffset(from), b.srcOffset(x + 13) + 1};
                }
            }
            m_task.marker =
                closed.isEmpty() ? TrdTask::Marker::InProgress : TrdTask::Marker::Completed;
            m_task.markerText = closed.isEmpty() ? markerText : markerText + u' ' + closed;
            if (cancelled.isValid() && !m_task.markerSpan.isValid())
                m_task.markerSpan = cancelled;
        }
        return;
    }
    if (blockedBox(b)) {
        Block box = b;
        takeBox(box, 4, 1, '!');
        if (checklistTask(box) && m_inTask)
            m_task.mutableExtra().flags << QStringLiteral("BLOCKED");
        return;
    }
    if (!m_inTask && b.level <= 1 && !b.isTask && !b.text.isEmpty() &&
        static_cast<unsigned char>(b.text.front()) >= 0xC2) {
        legendItem(b);
        if (inLegend())
            return; // a line of the key
    }
    if (!m_inTask && m_openIdEntry >= 0) {
        IdEntry& e = m_idEntryTasks[m_openIdEntry];
        QString key, value;
        if (b.level > e.level && hasLeadingStrong(b) && strongField(b, &key, &value)) {
            e.fields.append(b);
            return;
        }
        if (b.level <= e.level)
            m_openIdEntry = -1;
    }
    if (!m_inTask && (sizedStep(b) || codeLedTask(b) || dashStatusTask(b) || bracketTicketTask(b) ||
                      listTask(b) || numberedStep(b)))
        return;
    if (m_sprint < 0) {
        // "## Tasks" › "- ✅ T-1: Set up the repo": the task, unless the plan defines T-1.
        if (b.level <= 1 && !b.text.isEmpty() &&
            static_cast<unsigned char>(b.text.front()) >= 0xC2 && underTaskHeading() &&
            emojiLead(QByteArrayView(b.text)).lead != Lead::None) {
            const QString t = trimmedUtf8(b.text);
            if (const qsizetype at = singleId(t);
                at >= 0 && m_seen.value(t.sliced(at, idEnd(t, at) - at)) < 0)
                idEntry(b, t, lineOf(b.begin));
            else if (at < 0)
                ledEntry(b, t);
        }
        // "## Tasks" › "1. TASK-7-01: Build the receipt layout": a story's list of its own
        // tasks, an id and a title each, nothing more. Kept in case the document defines no
        // task at all (idEntryTasks): elsewhere such a line lists work defined elsewhere.
        if (b.level <= 1 && !b.isTask && !b.text.isEmpty() && b.text.front() >= 'A' &&
            b.text.front() <= 'Z' && underTaskHeading() && m_criteriaLevel == 0) {
            const QString t = trimmedUtf8(b.text);
            if (singleId(t) == 0) {
                const qsizetype e = idEnd(t, 0);
                const QStringView after = QStringView(t).sliced(e);
                if (m_seen.value(QStringView(t).first(e)) < 0 &&
                    (after.startsWith(u": ") || after.startsWith(u" - ") ||
                     after.startsWith(u" — ") || after.startsWith(u" – ")))
                    idEntry(b, t, lineOf(b.begin), true);
            }
        }
        statusMention(m_entryText.decode(b.text), lineOf(b.begin));
        return;
    }
    // Read in the scratch buffer: only deliverables, criteria and goals keep their text.
    const QStringView text = m_entryText.trimmed(b.text);
    // "- TRD-001 through TRD-005 ✅ Complete" in a sprint's list: listed and done.
    statusMention(text, lineOf(b.begin));
    TrdSprint& s = m_doc.sprints[m_sprint];
    if (m_sprintKey == u"deliverables") {
        s.deliverables << m_entryText.toString(text);
    } else if (m_sprintKey == u"success") {
        s.successCriteria << m_entryText.toString(text);
    } else if (m_sprintKey == u"goal") {
        s.goal += (s.goal.isEmpty() ? QString() : QStringLiteral(" ")) + m_entryText.toString(text);
    } else if (relationItem(text)) {
        return;
    } else if (!m_sprintKey.isEmpty() || hasId(text) || !definedShortIds(text).isEmpty()) {
        sprintEntry(b, text); // outside a "Tasks:" list, prose items are no entries
    } else if (TrdScan::findEstimate(text).start > 0) {
        candidate(lineOf(b.begin), text, Tr::tr("a list item with an estimate but no checkbox"));
    }
}

// List items without a checkbox that plans write as tasks, each with an estimate of its own:
// "- ✅ Write the schemas document (2h)" (a status emoji stands for the box) and, under a
// "## Tasks" heading, "1. **Compile the glossary** (12 hours)". Read as bold tasks without
// an id: completing one adds the document's marker to its line, as for a bold task.
Builder::LeadMark Builder::emojiLead(QByteArrayView raw) const
{
    LeadMark m;
    if (raw.isEmpty() || static_cast<unsigned char>(raw.front()) < 0xC2)
        return m;
    for (const auto& [bytes, what] : {std::pair{"\xE2\x9C\x85 ", Lead::Done},             // ✅
                                      std::pair{"\xE2\x98\x91\xEF\xB8\x8F ", Lead::Done}, // ☑️
                                      std::pair{"\xE2\x98\x91 ", Lead::Done},             // ☑
                                      std::pair{"\xE2\x9C\x94\xEF\xB8\x8F ", Lead::Done}, // ✔️
                                      std::pair{"\xE2\x9C\x94 ", Lead::Done},             // ✔
                                      std::pair{"\xF0\x9F\x94\x84 ", Lead::Going},        // 🔄
                                      std::pair{"\xF0\x9F\x9A\xA7 ", Lead::Going},        // 🚧
                                      std::pair{"\xE2\xAC\x9C ", Lead::Open},             // ⬜
                                      std::pair{"\xE2\x98\x90 ", Lead::Open},             // ☐
                                      std::pair{"\xE2\x8F\xB3 ", Lead::Open}}) {          // ⏳
        if (raw.startsWith(bytes)) {
            m.lead = what;
            m.skip = qsizetype(std::strlen(bytes));
            return m;
        }
    }
    // "- 🟢 **TASK-001**: Title" under a key naming 🟢 "Completed".
    for (const LegendEmoji& l : m_legend) {
        const QByteArray& e = l.bytes;
        if (raw.size() <= e.size() + 1 || !raw.startsWith(e) || raw.at(e.size()) != ' ')
            continue;
        switch (l.status) {
        case TrdScan::StatusWord::Done:
            m.lead = Lead::Done;
            break;
        case TrdScan::StatusWord::InProgress:
            m.lead = Lead::Going;
            break;
        case TrdScan::StatusWord::Blocked:
            m.blocked = true;
            m.lead = Lead::Open;
            break;
        default:
            m.lead = Lead::Open;
            break;
        }
        m.skip = e.size() + 1;
        m.legend = true;
        return m;
    }
    return m;
}

void Builder::applyLead(const Block& b, const LeadMark& m, bool wordBox)
{
    // The emoji is the task's marker: its span (with the space before it) is what
    // completing or reopening replaces.
    qsizetype from = b.srcOffset(0);
    const qsizetype to = from + m.skip - 1;
    if (!wordBox && from > 0 && m_bytes.at(from - 1) == ' ')
        --from;
    const ByteSpan span{from, to};
    const QByteArray raw = m_bytes.mid(from, to - from);
    TrdTaskExtra& x = m_task.mutableExtra();
    x.leadDone = wordBox    ? QByteArray("[done]")
                 : m.legend ? legendFor(TrdScan::StatusWord::Done, " \xE2\x9C\x85")
                            : QByteArray(" \xE2\x9C\x85");
    x.leadOpen = wordBox    ? QByteArray("[todo]")
                 : m.legend ? legendFor(TrdScan::StatusWord::Todo, " \xE2\xAC\x9C")
                            : QByteArray(" \xE2\xAC\x9C");
    m_task.marker = m.lead == Lead::Done    ? TrdTask::Marker::Completed
                    : m.lead == Lead::Going ? TrdTask::Marker::InProgress
                                            : TrdTask::Marker::None;
    if (m.lead == Lead::Done)
        m_task.markerSpan = span;
    else
        x.inProgressSpan = span;
    if (m.lead != Lead::Open)
        m_task.markerText = QString::fromUtf8(raw).trimmed();
}

void Builder::legendItem(const Block& b)
{
    // "🟢 Completed: …", "🟡 **In Progress** - …": one emoji (and its variation selector),
    // then a status of one to three words, then a colon or a dash; under a legend's heading
    // or label the status alone ("- ⏸ Blocked").
    const QByteArrayView raw(b.text);
    const qsizetype space = raw.indexOf(' ');
    if (space < 3 || space > 8)
        return;
    const QByteArrayView emoji = raw.first(space);
    for (const char c : emoji) {
        if (static_cast<unsigned char>(c) < 0x80)
            return;
    }
    QByteArrayView rest = raw.sliced(space + 1);
    qsizetype end = rest.indexOf(':');
    for (const char* dash : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
        const qsizetype d = rest.indexOf(dash);
        if (d > 0 && (end < 0 || d < end))
            end = d;
    }
    if (end < 0 && inLegend())
        end = rest.size();
    if (end <= 0 || end > 24 || rest.first(end).count(' ') > 2)
        return;
    learnSign(emoji, QString::fromUtf8(rest.first(end)));
}

bool Builder::learnSign(QByteArrayView emoji, const QString& label)
{
    TrdScan::StatusWord status = TrdScan::statusWord(label);
    // "🔵 Review", "🟣 Testing": work done but not yet accepted is under way.
    if (status == TrdScan::StatusWord::None && (label.contains(u"review", Qt::CaseInsensitive) ||
                                                label.contains(u"testing", Qt::CaseInsensitive)))
        status = TrdScan::StatusWord::InProgress;
    if (status == TrdScan::StatusWord::None)
        return false;
    for (const LegendEmoji& l : std::as_const(m_legend)) {
        if (l.bytes == emoji)
            return true; // the first word given an emoji stands
    }
    m_legend.append(LegendEmoji{emoji.toByteArray(), status});
    return true;
}

void Builder::legendLine(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 3 || colon > 24 || !namesLegend(text.first(colon).toString().toLower()))
        return;
    // Entries apart by "·", "|", ";" or ",": a sign, then its status up to a parenthesis.
    const QStringView rest = text.sliced(colon + 1);
    for (qsizetype i = 0; i < rest.size();) {
        qsizetype j = i;
        while (j < rest.size() && rest[j] != u'·' && rest[j] != u'|' && rest[j] != u';' &&
               rest[j] != u',' && rest[j] != u'•')
            ++j;
        const QStringView entry = rest.sliced(i, j - i).trimmed();
        i = j + 1;
        const qsizetype space = entry.indexOf(u' ');
        if (space <= 0 || space > 4 || entry.front().unicode() < 0x80)
            continue;
        bool sign = true;
        for (const QChar c : entry.first(space))
            sign = sign && c.unicode() >= 0x80;
        if (!sign)
            continue;
        QStringView label = entry.sliced(space + 1);
        if (const qsizetype open = label.indexOf(u'('); open > 0)
            label = label.first(open);
        label = label.trimmed();
        if (!label.isEmpty() && label.size() <= 24 && label.count(u' ') <= 3)
            learnSign(entry.first(space).toUtf8(), label.toString());
    }
}

bool Builder::listTask(const Block& b)
{
    const QByteArrayView raw(b.text);
    const LeadMark emoji = emojiLead(raw);
    Lead lead = emoji.lead;
    qsizetype skip = emoji.skip;
    // "- ⚪ **T007:** Error handling (2 points)" beside "- ✅ **T006:** …": a white circle over
    // estimated work is work not started. Only so: without a key, a colour alone says nothing.
    const bool whiteCircle = lead == Lead::None && raw.startsWith("\xE2\x9A\xAA ");
    if (whiteCircle) {
        lead = Lead::Open;
        skip = 4;
    }
    // "- [done] Audit the docs", "- [todo] …", "- [blocked] …": a status word in brackets
    // is the box (a team's own board in markdown); no estimate needed, as for a checkbox.
    bool wordBox = false;
    bool blocked = emoji.blocked;
    if (lead == Lead::None && raw.startsWith('[')) {
        const qsizetype close = raw.indexOf(']');
        if (close > 1 && close <= 12 && close + 1 < raw.size() && raw.at(close + 1) == ' ') {
            const QByteArray w = raw.sliced(1, close - 1).toByteArray().toLower();
            if (w == "done" || w == "completed" || w == "complete") {
                lead = Lead::Done;
            } else if (w == "todo" || w == "to do" || w == "open" || w == "pending") {
                lead = Lead::Open;
            } else if (w == "wip" || w == "doing" || w == "in progress" || w == "in-progress") {
                lead = Lead::Going;
            } else if (w == "blocked") {
                lead = Lead::Open;
                blocked = true;
            }
            wordBox = lead != Lead::None;
            skip = close + 2;
        }
    }
    const bool legendBox = emoji.legend;
    const bool strongLead = hasLeadingStrong(b);
    // "1. **Story 2:** Term protection (2 weeks, 45 hours)": an epic listing its stories,
    // each with its estimate, under whatever heading.
    LeadingId story;
    if (lead == Lead::None && strongLead) {
        const QString strong = trimmedUtf8(raw.first(b.strong.first().second));
        story = labelId(strong, u"Story ");
        // "### Milestone 1 — Importer (Week 1)" › "- **Task 1.1** Document the file format":
        // a milestone's numbered task, estimated or not, its label its id. Elsewhere, as
        // "#### Backend Tasks (14 hours)" › "- **Task 1.1.1**: Create the users table (2
        // hours)", the label and an estimate of its own (required below, as for a story)
        // make it a task: the author names it one and sizes it.
        if (!story.isValid() && b.level <= 1)
            story = labelId(strong, u"Task ");
    }
    const bool taskLabel =
        story.isValid() && story.id.startsWith(u"Task ") && m_sprint >= 0 && m_sectionIsSprint;
    // Under "## Tasks", or a "**Implementation Tasks**:" line opening the list; also right
    // under "## Build order" ("5. **Restart** the app").
    const bool underTasks = underTaskHeading() || namesBuildOrder(m_section);
    const bool taskSection = strongLead && underTasks;
    if (lead == Lead::None && !story.isValid() && !taskSection)
        return false;
    // An estimate marks work even under "Environment Setup & Verification"; only the
    // items under "## Acceptance Criteria" and its sub-headings stay criteria.
    if (b.level > 1 || m_criteriaLevel > 0 ||
        ((lead == Lead::None || wordBox) && inCriteriaSection()))
        return false;
    const QString text = QString::fromUtf8(raw);
    const TrdScan::Estimate e = TrdScan::findEstimate(text);
    if (whiteCircle && e.start < 0)
        return false;
    // Under a task heading ("## Implementation Steps", "### Tasks for the backend") a bold
    // title names a piece of work, estimated or not: "1. **DB migration:** add the table".
    const bool titled = taskSection && lead == Lead::None;
    // "### Phase 2: Auto-creation ✅" then "1. ✅ Modify `app/page.tsx`": right under a
    // phase, each step's own status emoji makes it the phase's work, estimated or not.
    // Only in a plan's own section ("## Implementation Plan" › "### Phase 2"): elsewhere
    // such lists record what got done or set goals.
    // Ids make it another form's ("- ✅ TRD-001 …", "- ✅ Closed #12 and #14"), except in a
    // closing parenthesis: "- ✅ Skills in the context (SPEC-044 v1.3)" cites the spec the step
    // built on.
    QStringView idFree = text;
    if (idFree.endsWith(u')')) {
        if (const qsizetype open = idFree.lastIndexOf(u'('); open > 0)
            idFree = idFree.first(open);
    }
    const bool phaseStep = lead != Lead::None && !wordBox && m_sprint >= 0 && m_sectionIsSprint &&
                           m_listLabel.isEmpty() && m_planSectionLevel > 0 &&
                           m_planSectionLevel < m_sprintLevel && !hasId(idFree);
    // An id before the estimate is another form's ("- ✅ TRD-001 …"); one after it is
    // prose ("(10 hours) - GPT-2 perplexity"). Under a legend, the id leads the task.
    LeadingId legendId;
    if (legendBox) {
        legendId = leadingId(QString::fromUtf8(raw.sliced(skip)), false);
        if (legendId.requirement || legendId.start > 0)
            legendId = LeadingId();
    }
    // "## Task Breakdown" › "1. ✅ **Add the mailer**": under a task heading the status emoji
    // stands for the box, and a box there is a task without an estimate. One led by an id is
    // the id entry's ("- ✅ T-1: Set up the repo").
    // So under "## Implementation Sequence" › "1. ✅ Group Resource - Add the schema": a
    // feature's tasks in their order, each ticked as it lands.
    const bool sequence =
        m_section == u"implementation sequence" || m_section == u"implementation order";
    bool markedInTasks = lead != Lead::None && !wordBox && !legendBox && (underTasks || sequence);
    if (markedInTasks) {
        const LeadingId led = leadingId(QString::fromUtf8(raw.sliced(skip)), true);
        markedInTasks = !led.isValid() || led.start > 0;
    }
    if (!wordBox && !titled && !phaseStep && !markedInTasks && !legendId.isValid() && !taskLabel &&
        (e.start < 0 || hasId(QStringView(text).first(e.start))))
        return false;
    // The bold title ends before the estimate: "**Compile the glossary** (12 hours)".
    int strongEnd = -1;
    if (lead == Lead::None) {
        strongEnd = utf16Length(raw.first(b.strong.first().second));
        if (e.start >= 0 && e.start < strongEnd)
            return false;
    }
    const QString body = lead == Lead::None ? text : QString::fromUtf8(raw.sliced(skip));
    // "- ✅ Completed: #013, #016 (5.5h total logged)": a sprint's progress line, its status
    // word a label over what it lists, not a task.
    if (lead != Lead::None) {
        const QByteArrayView rest = raw.sliced(skip);
        const qsizetype colon = rest.indexOf(':');
        if (colon > 0 && colon <= 16 && isBoxLegend(rest.first(colon)))
            return false;
    }
    LeadingId id = story;
    // "- **T1**: Scaffold the config package", "- **TASK-004**: …": the bold lead's id.
    if (titled && !id.isValid()) {
        id = leadingId(text, true);
        if (!id.isValid() || id.requirement || id.end > strongEnd || isAsciiDigit(id.id.at(0)))
            id = LeadingId();
    }
    // "**Story 2:** Title": the title follows the bold label ("**Story 2: Title**" holds it).
    if (id.isValid() && QStringView(text).first(strongEnd).trimmed().size() <= id.end + 1)
        strongEnd = -1;
    if (wordBox) {
        id = leadingId(body, false); // "- [todo] TRD-004: …" keeps its id
        if (id.requirement)
            id = LeadingId();
    } else if (legendId.isValid()) {
        id = legendId;
    } else if (lead != Lead::None && !id.isValid()) {
        // "- ✅ **T001:** Add the Oban dependency (1 point)": a short id (spec-kit's, with two
        // digits at least: "Q1" is a quarter) before a colon leads the title.
        const qsizetype colon = body.indexOf(u':');
        const QStringView head = QStringView(body).first(std::max<qsizetype>(colon, 0));
        qsizetype digits = 0;
        for (const QChar c : head)
            digits += isAsciiDigit(c) ? 1 : 0;
        if (colon >= 3 && shortId(head) && digits >= 2) {
            id.start = 0;
            id.end = colon;
            id.id = head.toString();
        }
    }
    finishTask();
    startTask(b, TrdTask::Form::BoldLine, b.level, id);
    m_task.category = category(7); // the heading it is under (b.level is a list depth)
    m_listTask = true;
    parseHeader(m_task, body, wordBox ? -1 : strongEnd, id);
    if (blocked)
        m_task.mutableExtra().flags << QStringLiteral("BLOCKED");
    if (lead == Lead::None) {
        findMarkers(m_task);
    } else {
        LeadMark m = emoji;
        m.lead = lead;
        m.skip = skip;
        applyLead(b, m, wordBox);
    }
    if (id.isValid())
        return true;
    setImplicitId(m_task.line);
    // Without an estimate such an item may restate the work defined above it, as a bold
    // title there does: dropped beside three tasks that have an id or an estimate.
    if ((titled || markedInTasks) && e.start < 0)
        m_titledOnly.insert(m_task.id);
    return true;
}

// "## Tasks" › "1. Create the migration for the plans table:" over bullets saying what it
// does: a plain numbered item right under a task heading is a task, as a bold one is there.
// Read as a bold task without an id; beside three tasks with an id or an estimate it is
// dropped as a summary of them.
bool Builder::numberedStep(const Block& b)
{
    // In a sprint's section its "**Tasks**:" list is read as the sprint's entries.
    if (m_sprint >= 0 || b.level != 1 || b.isTask || b.text.isEmpty() || hasLeadingStrong(b) ||
        static_cast<unsigned char>(b.text.front()) >= 0x80 || m_criteriaLevel > 0 ||
        inCriteriaSection() || !(underTaskHeading() || namesBuildOrder(m_section)))
        return false;
    // Ordered: the item's line opens with its number ("3. ", "3) ").
    qsizetype at = m_lines.lineStart(b.begin);
    while (at < b.begin && (m_bytes.at(at) == ' ' || m_bytes.at(at) == '\t'))
        ++at;
    const qsizetype digits = at;
    while (at < b.begin && isAsciiDigit(QLatin1Char(m_bytes.at(at))))
        ++at;
    // "### TODO" › "- Set the API key in the runtime environment": a bullet right under a
    // heading that only says "TODO" is a task as a numbered item is. Not under its
    // sub-headings, nor under "## Tasks", where bullets beside the boxes explain them
    // ("- `[!]` marks a blocker"), nor one opening with a code span.
    const bool bullet = at == digits && at < b.begin &&
                        (m_bytes.at(at) == '-' || m_bytes.at(at) == '*' || m_bytes.at(at) == '+') &&
                        namesTodo(m_section) && (b.code.isEmpty() || b.code.first().first > 0);
    if (!bullet && (at == digits || at - digits > 3 || at >= b.begin ||
                    (m_bytes.at(at) != '.' && m_bytes.at(at) != ')')))
        return false;
    // The first line names the work; a colon ending it opens the details.
    QByteArrayView raw(b.text);
    if (!b.breaks.isEmpty())
        raw = raw.first(b.breaks.first());
    if (b.paragraphEnd >= 0 && b.paragraphEnd < raw.size())
        raw = raw.first(b.paragraphEnd);
    QString text = trimmedUtf8(raw);
    if (text.endsWith(u':'))
        text.chop(1);
    if (text.size() < 3 || leadingId(text, true).isValid())
        return false;
    finishTask();
    startTask(b, TrdTask::Form::BoldLine, b.level, LeadingId());
    // "2. Add the table.\n   Check it on a copy first.": the first line names the step and
    // is where completing it writes the marker, which a later line would hide from its title.
    if (!b.breaks.isEmpty())
        m_task.headerSpan.end = qint32(m_lines.lineEnd(m_bytes, b.begin));
    m_task.category = category(7);
    m_listTask = true;
    parseHeader(m_task, text, -1, LeadingId());
    findMarkers(m_task);
    setImplicitId(m_task.line);
    if (!m_task.hasHours())
        m_titledOnly.insert(m_task.id);
    return true;
}

// "- Phase 1 (S): Add the model field - 0.5 days", "- **Step 2** (M): Update the views - 2
// hours", "- Update template (S): Modify the table - 30 min": under "## Implementation Plan",
// a step with its T-shirt size and, after a dash, its estimate. A task each: a numbered label
// ("Phase 1", "Step 2", "Task 3") is its id, a worded one leads its title; the size is a
// field. Written without a box: completing adds the document's marker to the line.
bool Builder::sizedStep(const Block& b)
{
    if (b.level > 1 || m_planSectionLevel == 0 || m_criteriaLevel > 0 || b.text.size() < 6 ||
        !isAsciiAlnum(QLatin1Char(b.text.front())))
        return false;
    // Its label, read on the bytes before any text is made: a step's label is sized ("(S)")
    // or numbered ("Phase 2", "Step 3"), and every sprint entry ("GEN-00001: Title") and
    // field line of a long plan would otherwise be copied only to be turned down.
    {
        const QByteArrayView raw(b.text);
        const qsizetype colonByte = raw.indexOf(':');
        if (colonByte < 2)
            return false;
        const QByteArrayView label = raw.first(colonByte).trimmed();
        // contains(), not endsWith(): the text's own trimming also takes Unicode spaces.
        if (!label.contains(')') && !label.startsWith("Phase ") && !label.startsWith("Step ") &&
            !label.startsWith("Task ") && !label.startsWith("Stage "))
            return false;
    }
    const QString text = trimmedUtf8(b.text);
    const qsizetype colon = text.indexOf(u':');
    if (colon < 2 || colon > 48 || colon + 2 >= text.size())
        return false;
    QStringView head = QStringView(text).first(colon).trimmed();
    // "(S)", "(XL)": the size, last in the label.
    QString size;
    if (head.endsWith(u')')) {
        const qsizetype open = head.lastIndexOf(u'(');
        const QStringView in = open > 0 ? head.sliced(open + 1).chopped(1) : QStringView();
        static constexpr const char16_t* kSizes[] = {u"XS", u"S", u"M", u"L", u"XL", u"XXL"};
        if (std::none_of(std::begin(kSizes), std::end(kSizes),
                         [&in](const char16_t* z) { return in == QStringView(z); }))
            return false;
        size = in.toString();
        head = head.first(open).trimmed();
    }
    LeadingId id;
    for (const QStringView w : {QStringView(u"Phase "), QStringView(u"Step "),
                                QStringView(u"Task "), QStringView(u"Stage ")}) {
        if (head.startsWith(w) && head.size() > w.size()) {
            qsizetype j = w.size();
            while (j < head.size() && (isAsciiDigit(head[j]) || head[j] == u'.'))
                ++j;
            if (j == head.size() && isAsciiDigit(head.back())) {
                id.start = 0;
                id.end = colon;
                id.id = head.toString();
            }
            break;
        }
    }
    // A worded label is a step only with its size ("Testing (S): …"), and has few words.
    if (!id.isValid() && (size.isEmpty() || head.isEmpty() || head.count(u' ') > 4 ||
                          !std::all_of(head.cbegin(), head.cend(), [](QChar c) {
                              return c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'&';
                          })))
        return false;
    // " - 2 days", " - 30 min": the estimate, all of the line's last part.
    QStringView rest = QStringView(text).sliced(colon + 1).trimmed();
    TrdScan::Estimate dashed;
    QStringView after; // what follows the estimate: "✅"
    for (qsizetype i = rest.size() - 2; i > 0; --i) {
        const QChar c = rest[i];
        if ((c == u'-' || c == u'–' || c == u'—') && rest[i - 1] == u' ' && rest[i + 1] == u' ') {
            const QStringView tail = rest.sliced(i + 2).trimmed();
            dashed = TrdScan::parseEstimate(tail);
            // "- 45 minutes ✅": a marker may follow; "- 2 days of soak" goes on as prose.
            const bool ends = dashed.start == 0 &&
                              (dashed.end >= tail.size() ||
                               (tail[dashed.end] == u' ' &&
                                !tail.sliced(dashed.end).trimmed().front().isLetterOrNumber()));
            if (dashed.start != 0 || !ends || dashed.text.isEmpty() ||
                dashed.text.back().isDigit() || dashed.unit == TrdScan::EstimateUnit::Points)
                dashed = TrdScan::Estimate();
            else {
                after = tail.sliced(dashed.end);
                rest = rest.first(i).trimmed();
            }
            break;
        }
    }
    const TrdScan::Estimate paren = TrdScan::findEstimate(rest);
    // "- Phase 1: Models" with neither a size nor an estimate is a step right under the plan's
    // heading; inside a sprint it outlines the sprint.
    if (size.isEmpty() && dashed.start < 0 && paren.start < 0 && (!id.isValid() || m_sprint >= 0))
        return false;
    finishTask();
    startTask(b, TrdTask::Form::BoldLine, b.level, id);
    m_task.category = category(7);
    m_listTask = true;
    parseHeader(m_task, rest, -1, LeadingId());
    if (m_task.marker == TrdTask::Marker::None && !after.isEmpty()) {
        const TrdScan::Markers m = TrdScan::findMarkers(after);
        m_task.marker = m.done       ? TrdTask::Marker::Completed
                        : m.progress ? TrdTask::Marker::InProgress
                                     : TrdTask::Marker::None;
    }
    findMarkers(m_task);
    if (dashed.start >= 0 && !m_task.hasHours() && m_task.points < 0)
        setEstimate(m_task, dashed, TrdScan::EstimateUnit::Hours);
    if (!size.isEmpty())
        m_task.fields.append(TrdField{QStringLiteral("Size"), size, m_task.line});
    if (id.isValid()) {
        m_task.id = id.id;
        return true;
    }
    m_task.title = head.toString() + u": " + m_task.title;
    m_task.implicitId = true;
    m_task.id = implicitId(m_task.title);
    return true;
}

// "- `TASK-0043 — CSV import contracts` — done 2026-07-27" under "### Tasks" ("### Zadania"):
// the id and title in a code span, then the status after a dash ("done", "ukończone", none
// while open). Completing writes " — done" after the span, reopening removes the status.
bool Builder::codeLedTask(const Block& b)
{
    if (b.level > 1 || b.code.isEmpty() || b.code.first().first != 0 || m_criteriaLevel > 0 ||
        !(m_taskSectionLevel > 0 || sectionNamesTasks()))
        return false;
    const int codeEnd = b.code.first().second;
    const QString inside = QString::fromUtf8(QByteArrayView(b.text).first(codeEnd));
    const LeadingId id = leadingId(inside, true);
    if (!id.isValid() || id.requirement || id.start > 0 || id.end >= inside.size() ||
        !(inside[id.end] == u' ' || inside[id.end] == u':'))
        return false;
    finishTask();
    startTask(b, TrdTask::Form::BoldLine, b.level, id);
    m_task.category = category(7);
    m_listTask = true;
    parseHeader(m_task, inside, -1, id);
    // After the span: " — done 2026-07-27; notes", " — ukończone", ",".
    const QByteArrayView after = QByteArrayView(b.text).sliced(codeEnd);
    qsizetype q = 0;
    while (q < after.size() && after.at(q) == ' ')
        ++q;
    qsizetype word = -1;
    for (const char* dash : {"\xE2\x80\x94 ", "\xE2\x80\x93 ", "- "}) {
        if (after.sliced(q).startsWith(dash)) {
            word = q + qsizetype(std::strlen(dash));
            break;
        }
    }
    // The closing backtick in the source: where a completion is written.
    const qsizetype close = b.srcOffset(codeEnd - 1) + 1;
    const bool tick = close < m_bytes.size() && m_bytes.at(close) == '`';
    TrdTaskExtra& x = m_task.mutableExtra();
    x.leadDone = QByteArray(" \xE2\x80\x94 done");
    TrdScan::StatusWord status = TrdScan::StatusWord::None;
    qsizetype wordEnd = -1;
    if (word >= 0) {
        wordEnd = word;
        while (wordEnd < after.size() && after.at(wordEnd) != ';' && after.at(wordEnd) != ',' &&
               after.at(wordEnd) != '(')
            ++wordEnd;
        status = TrdScan::statusWord(QString::fromUtf8(after.sliced(word, wordEnd - word)));
    }
    if (status == TrdScan::StatusWord::Done) {
        m_task.marker = TrdTask::Marker::Completed;
        // The status is the marker: from the space before the dash to the end of its words.
        qsizetype end = wordEnd;
        while (end > word && after.at(end - 1) == ' ')
            --end;
        const qsizetype from = close + 1;
        const qsizetype to = b.srcOffset(codeEnd + int(end) - 1) + 1;
        if (tick && to > from) {
            m_task.markerSpan = ByteSpan{from, to};
            m_task.markerText = QString::fromUtf8(after.sliced(word, end - word));
        }
    } else if (status == TrdScan::StatusWord::InProgress) {
        m_task.marker = TrdTask::Marker::InProgress;
        m_task.markerText = QString::fromUtf8(after.sliced(word, wordEnd - word)).trimmed();
        // " — w toku" gives way to " — done" when the task is completed (written after it,
        // the status would still read as under way).
        qsizetype end = wordEnd;
        while (end > word && after.at(end - 1) == ' ')
            --end;
        if (tick && end > word)
            x.inProgressSpan = ByteSpan{close + 1, b.srcOffset(codeEnd + int(end) - 1) + 1};
    } else if (status == TrdScan::StatusWord::Blocked) {
        x.flags << QStringLiteral("BLOCKED");
    }
    if (tick && m_task.marker != TrdTask::Marker::Completed && status == TrdScan::StatusWord::None)
        x.inProgressSpan = ByteSpan{close + 1, close + 1}; // completing inserts " — done" here
    return true;
}

// "- [SP5-001 - Reminder rules](tickets/SP5-001-….md) - P0 - done" under "## Tickets" (or a
// task heading): a sprint file listing its ticket files, each line the ticket's id and title,
// its priority and its status after dashes. The status word is the last part and the whole
// of it ("todo", "in progress", "done", "blocked"): a line without one only names the ticket.
// Completing writes "done" over the word, reopening "todo".
bool Builder::dashStatusTask(const Block& b)
{
    if (b.level > 1 || b.isTask || b.text.size() < 12 || m_criteriaLevel > 0 ||
        !(m_section == u"tickets" || underTaskHeading()))
        return false;
    const QByteArrayView raw(b.text);
    const qsizetype dash = raw.lastIndexOf(" - ");
    if (dash <= 0)
        return false;
    qsizetype wordEnd = raw.size();
    while (wordEnd > dash + 3 && raw.at(wordEnd - 1) == ' ')
        --wordEnd;
    const QByteArrayView word = raw.sliced(dash + 3, wordEnd - dash - 3);
    if (word.isEmpty() || word.size() > 12)
        return false;
    QByteArray lower = word.toByteArray().toLower();
    lower.replace('_', ' ').replace('-', ' ');
    Lead lead = Lead::None;
    bool blocked = false;
    if (lower == "done" || lower == "complete" || lower == "completed")
        lead = Lead::Done;
    else if (lower == "todo" || lower == "to do" || lower == "pending" || lower == "open")
        lead = Lead::Open;
    else if (lower == "in progress" || lower == "wip" || lower == "doing")
        lead = Lead::Going;
    else if (lower == "blocked") {
        lead = Lead::Open;
        blocked = true;
    }
    if (lead == Lead::None)
        return false;
    // Before the status, maybe a priority: "- P0 - done".
    qsizetype headEnd = dash;
    QString priority;
    if (const qsizetype before = raw.first(dash).lastIndexOf(" - "); before > 0) {
        const QByteArrayView p = raw.sliced(before + 3, dash - before - 3);
        if (p.size() == 2 && p.at(0) == 'P' && p.at(1) >= '0' && p.at(1) <= '4') {
            priority = QString::fromLatin1(p);
            headEnd = before;
        }
    }
    const QString head = QString::fromUtf8(raw.first(headEnd));
    const LeadingId id = leadingId(head, true);
    // The id leads, then its title after a dash: "SP5-001 - Reminder rules".
    if (!id.isValid() || id.requirement || id.start > 0 || isAsciiDigit(id.id.at(0)) ||
        id.end + 3 >= head.size() || QStringView(head).sliced(id.end, 3) != u" - ")
        return false;
    finishTask();
    startTask(b, TrdTask::Form::BoldLine, b.level, id);
    m_task.category = category(7);
    m_listTask = true;
    parseHeader(m_task, head, -1, id);
    if (!priority.isEmpty())
        m_task.priority = priority;
    // The word in the source: what completing or reopening rewrites.
    const ByteSpan span{b.srcOffset(int(dash + 3)), b.srcOffset(int(wordEnd - 1)) + 1};
    TrdTaskExtra& x = m_task.mutableExtra();
    x.leadDone = QByteArray("done");
    x.leadOpen = QByteArray("todo");
    if (lead == Lead::Done) {
        m_task.marker = TrdTask::Marker::Completed;
        m_task.markerSpan = span;
        m_task.markerText = QString::fromUtf8(word);
    } else {
        x.inProgressSpan = span;
        if (lead == Lead::Going) {
            m_task.marker = TrdTask::Marker::InProgress;
            m_task.markerText = QString::fromUtf8(word);
        }
        if (blocked)
            x.flags << QStringLiteral("BLOCKED");
    }
    return true;
}

// The ids in text written as own is ("card-100, card-102" for a task "card-101"): the same
// letters and hyphen at a word start, then digits. One pass; ids repeated are kept once.
QStringList ticketIds(QStringView text, QStringView own)
{
    QStringList out;
    const qsizetype hyphen = own.indexOf(u'-');
    if (hyphen <= 0)
        return out;
    const QStringView prefix = own.first(hyphen + 1);
    // A dependency list names a few tickets; a line naming hundreds is no such list.
    for (qsizetype at = text.indexOf(prefix); at >= 0 && out.size() < 100;
         at = text.indexOf(prefix, at + 1)) {
        if (at > 0 && (text.at(at - 1).isLetterOrNumber() || text.at(at - 1) == u'-'))
            continue;
        qsizetype e = at + prefix.size();
        while (e < text.size() && isAsciiDigit(text.at(e)))
            ++e;
        if (e == at + prefix.size() || (e < text.size() && text.at(e).isLetter()))
            continue;
        const QString id = text.sliced(at, e - at).toString();
        if (id != own && !out.contains(id))
            out << id;
        at = e - 1;
    }
    return out;
}

// "- [card-101] **Model the invoices** (P0)" over "  - Status: ✅ Complete", "  - Estimate:
// 45 min" and "  - Depends on: card-100": a sprint board naming each ticket by an id in
// brackets before its bold title, with its status, estimate and dependencies in the items
// below it (read as the fields of a list task). Completing rewrites the Status value.
bool Builder::bracketTicketTask(const Block& b)
{
    const QByteArrayView raw(b.text);
    if (b.level > 1 || b.isTask || b.strong.isEmpty() || !raw.startsWith('[') ||
        m_criteriaLevel > 0)
        return false;
    const qsizetype close = raw.indexOf(']');
    if (close < 2 || close > 24 || close + 2 >= raw.size() || raw.at(close + 1) != ' ' ||
        b.strong.first().first != close + 2 ||
        !DocumentKind::isTicketCode(raw.sliced(1, close - 1)))
        return false;
    LeadingId id;
    id.start = 0;
    id.end = close + 1; // ASCII up to here: bytes and UTF-16 positions agree
    id.id = QString::fromLatin1(raw.sliced(1, close - 1));
    // "## Sprint 1" › "- [TRD-001] **Set up the repo**" under a plan that defined TRD-001
    // above: the sprint names its task, it does not define it again.
    if (isRequirementId(id.id) || m_seen.value(id.id) >= 0)
        return false;
    finishTask();
    if (m_sprint >= 0)
        m_listedTickets.insert(id.id);
    startTask(b, TrdTask::Form::BoldLine, b.level, id);
    m_task.category = category(7);
    m_listTask = true;
    parseHeader(m_task, QString::fromUtf8(raw), utf16Length(raw.first(b.strong.first().second)),
                id);
    findMarkers(m_task);
    return true;
}

void Builder::scanXmlTasks()
{
    static constexpr const char* kSections[] = {"tasks",
                                                "task",
                                                "objective",
                                                "context",
                                                "execution_context",
                                                "verification",
                                                "success_criteria",
                                                "output"};
    static constexpr const char* kChildren[] = {"name",   "title",       "files",
                                                "action", "description", "verify",
                                                "done",   "what-built",  "how-to-verify"};
    const QByteArrayView all(m_bytes);
    const qsizetype n = all.size();
    // "<tag" or "<tag>" or "<tag attr…>" at p: the tag's name, else empty.
    auto tagAt = [&all, n](qsizetype p) -> QByteArrayView {
        if (p >= n || all.at(p) != '<')
            return {};
        qsizetype e = p + 1;
        while (e < n &&
               ((all.at(e) >= 'a' && all.at(e) <= 'z') || all.at(e) == '_' || all.at(e) == '-'))
            ++e;
        if (e == p + 1 || e >= n || (all.at(e) != '>' && all.at(e) != ' '))
            return {};
        return all.sliced(p + 1, e - p - 1);
    };
    auto closes = [](QByteArrayView line, QByteArrayView tag) -> qsizetype {
        for (qsizetype at = line.indexOf("</"); at >= 0; at = line.indexOf("</", at + 2)) {
            if (line.sliced(at + 2).startsWith(tag) && at + 2 + tag.size() < line.size() &&
                line.at(at + 2 + tag.size()) == '>')
                return at;
        }
        return -1;
    };
    QByteArrayView section; // the open top-level section, empty when none
    qsizetype sectionAt = -1;
    bool inTask = false;
    XmlTask task;
    QByteArrayView child;
    ByteSpan* childSpan = nullptr;
    char fence = 0;
    for (qsizetype ls = 0; ls < n;) {
        qsizetype le = all.indexOf('\n', ls);
        if (le < 0)
            le = n;
        QByteArrayView line = all.sliced(ls, le - ls);
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype ind = 0;
        while (ind < line.size() && (line.at(ind) == ' ' || line.at(ind) == '\t'))
            ++ind;
        const QByteArrayView body = line.sliced(ind);
        auto startTask = [&] {
            inTask = true;
            task = XmlTask();
            task.begin = ls;
            const qsizetype t = body.indexOf("type=\"");
            if (t > 0) {
                const qsizetype q = body.indexOf('"', t + 6);
                if (q > t + 6)
                    task.type = body.sliced(t + 6, q - t - 6).toByteArray();
            }
        };
        if (inTask && !child.isEmpty()) {
            if (const qsizetype at = closes(line, child); at >= 0) {
                childSpan->end = ls + at;
                child = {};
            }
        } else if (inTask) {
            if (body.startsWith("</task>")) {
                task.end = le;
                if (task.name.isValid() || task.built.isValid())
                    m_xmlTasks.append(task);
                if (section.isEmpty())
                    m_xmlSections.append(ByteSpan{task.begin, le});
                inTask = false;
            } else if (const QByteArrayView tag = tagAt(ls + ind); !tag.isEmpty()) {
                const auto* k = std::find_if(std::begin(kChildren), std::end(kChildren),
                                             [&tag](const char* c) { return tag == c; });
                if (k != std::end(kChildren)) {
                    // "<task id=\"1\">" over "<title>" and "<description>": the same.
                    ByteSpan* span = tag == "name" || tag == "title"           ? &task.name
                                     : tag == "files"                          ? &task.files
                                     : tag == "action" || tag == "description" ? &task.action
                                     : tag == "verify"                         ? &task.verify
                                     : tag == "what-built"                     ? &task.built
                                     : tag == "how-to-verify"                  ? &task.howToVerify
                                                                               : &task.done;
                    const qsizetype from = ind + tag.size() + 2;
                    const qsizetype at = closes(line, tag);
                    *span = ByteSpan{ls + std::min(from, line.size()), at >= 0 ? ls + at : le};
                    if (at < 0) {
                        child = tag;
                        childSpan = span;
                    }
                }
            }
        } else if (!section.isEmpty()) {
            if (body.startsWith("</") && body.sliced(2).startsWith(section) &&
                body.size() > section.size() + 2 && body.at(section.size() + 2) == '>') {
                m_xmlSections.append(ByteSpan{sectionAt, le});
                section = {};
            } else if (section == "tasks" && tagAt(ls + ind) == "task") {
                startTask();
            }
        } else if (ind <= 3 && (body.startsWith("```") || body.startsWith("~~~"))) {
            fence = fence == 0 ? body.at(0) : (fence == body.at(0) ? 0 : fence);
        } else if (fence == 0 && ind <= 3) {
            const QByteArrayView tag = tagAt(ls + ind);
            if (!tag.isEmpty() && std::any_of(std::begin(kSections), std::end(kSections),
                                              [&tag](const char* c) { return tag == c; })) {
                if (tag == "task") {
                    startTask();
                } else if (closes(line, tag) >= 0) {
                    m_xmlSections.append(ByteSpan{ls, le});
                } else {
                    section = tag;
                    sectionAt = ls;
                }
            }
        }
        ls = le + 1;
    }
    // Without a task there is no GSD plan: "<context>" is then an HTML-ish word of the text.
    if (m_xmlTasks.isEmpty())
        m_xmlSections.clear();
}

// A GSD task: its name is its title ("Task 1: Add the route": id "Task 1"); its files,
// action and done-when are its fields, its verify command its validation. Whether it is done
// the plan does not say (GSD writes a SUMMARY beside the plan when it ran): read-only here.
void Builder::xmlTask(const XmlTask& x)
{
    finishTask();
    auto text = [this](ByteSpan s) {
        return s.isValid() ? trimmedUtf8(QByteArrayView(m_bytes).sliced(s.begin, s.size()))
                           : QString();
    };
    QString name = text(x.name);
    // A checkpoint without a name: what it asks a person to look at, its first line.
    if (name.isEmpty()) {
        name = text(x.built);
        name.truncate(name.indexOf(u'\n') < 0 ? name.size() : name.indexOf(u'\n'));
    }
    m_inTask = true;
    m_priorityItem = false;
    m_taskSection.clear();
    m_task.form = TrdTask::Form::BoldLine;
    m_taskLevel = 7;
    m_task.line = lineOf(x.name.isValid() ? x.name.begin : x.begin);
    m_task.span = ByteSpan{x.begin, x.end};
    m_task.category = category(7);
    m_listTask = false;
    ++m_boldTasks;
    LeadingId id = leadingId(name, false);
    if (id.requirement || id.start > 0)
        id = LeadingId();
    parseHeader(m_task, name, -1, id);
    if (const QString files = text(x.files); !files.isEmpty())
        m_task.fields.append(TrdField{QStringLiteral("Files"), files, lineOf(x.files.begin)});
    if (const QString action = text(x.action); !action.isEmpty())
        m_task.fields.append(TrdField{QStringLiteral("Action"), action, lineOf(x.action.begin)});
    m_task.validation = text(x.verify.isValid() ? x.verify : x.howToVerify);
    if (const QString built = text(x.built); !built.isEmpty() && x.name.isValid())
        m_task.fields.append(TrdField{QStringLiteral("What built"), built, lineOf(x.built.begin)});
    if (const QString done = text(x.done); !done.isEmpty())
        m_task.fields.append(TrdField{QStringLiteral("Done when"), done, lineOf(x.done.begin)});
    if (!x.type.isEmpty() && x.type != "auto")
        m_task.fields.append(
            TrdField{QStringLiteral("Type"), QString::fromUtf8(x.type), m_task.line});
    if (!id.isValid())
        setImplicitId(m_task.line);
    ++m_xmlRead;
    finishTask();
}

// "TRD-056: export works ✅ PASSED" in a report, "TRD-044 through TRD-055 ✅ PASSED", a
// status line "TRD-010 – TRD-014: 🔄 In Progress": a list item or line outside any task
// saying what state tasks (every id of a range) are in; evidence for the plan's tasks.
void Builder::statusMention(QStringView text, int line)
{
    // The markers first: most list items have none, and reading the id allocates.
    if (!mayMarkStatus(text))
        return;
    const bool done = TrdScan::hasDoneMarker(text) || text.contains(QStringLiteral("PASSED"));
    if (!done && !TrdScan::hasProgressMarker(text) &&
        !text.contains(QStringLiteral("in progress"), Qt::CaseInsensitive))
        return;
    const LeadingId id = leadingId(text, false);
    if (!id.isValid() || id.requirement)
        return;
    QStringList all{id.id};
    if (const IdRange r = idRange(text, id.start, id.end); r.isValid()) {
        const QStringList ranged = ids(QStringView(text).mid(id.start, r.end - id.start), line);
        if (!r.tooLong())
            all = ranged;
    }
    const QString said = text.toString().simplified().left(80);
    QList<TrdLink>& to = done ? m_doc.doneMentions : m_progressMentions;
    for (const QString& one : std::as_const(all))
        to.append(TrdLink{one, {said}, line});
}

// "| TRD-001 | Title | 4h |" lines with no header and no |---| line: markdown shows them
// as text, the team meant a task table. Read them, and say the table is broken.
bool Builder::pipeRow(const Block& b, const QString& text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(u'|') || t.count(u'|') < 3)
        return false;
    QStringList cells = t.mid(1).split(u'|');
    if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
        cells.removeLast();
    for (QString& c : cells)
        c = c.trimmed();
    const LeadingId id = leadingId(cells.value(0), false);
    if (!id.isValid() || id.requirement || id.end != cells.value(0).size())
        return false;
    const int line = lineOf(b.begin);
    if (line != m_pipeLine + 1)
        diag(line, QStringLiteral("trd-table-no-header"),
             Tr::tr("the rows from line %1 look like a task table without a header and |---| line; "
                    "they are read as tasks, but markdown viewers show them as text")
                 .arg(line));
    m_pipeLine = line;
    idRow(cells, id.id, line);
    return true;
}

// A row of a table without a header naming its columns: the id, the title, then cells that
// are an estimate, a status or requirement ids, whatever their order.
void Builder::idRow(const QStringList& cells, const QString& id, int line)
{
    finishTask(); // leaves m_task new
    m_inTask = true;
    m_task.form = TrdTask::Form::TableRow;
    m_task.id = id;
    m_task.line = line;
    m_task.title = cells.value(1);
    m_task.category = category(7);
    for (int c = 2; c < cells.size(); ++c) {
        const TrdScan::Estimate e = TrdScan::parseEstimate(cells.at(c));
        if (!m_task.hasHours() && m_task.points < 0 && e.start == 0 &&
            e.end == cells.at(c).size() && !e.text.back().isDigit())
            setEstimate(m_task, e, TrdScan::EstimateUnit::Hours);
        const TrdScan::StatusWord word = TrdScan::statusWord(cells.at(c));
        if (word == TrdScan::StatusWord::Done || word == TrdScan::StatusWord::InProgress) {
            m_task.marker = word == TrdScan::StatusWord::Done ? TrdTask::Marker::Completed
                                                              : TrdTask::Marker::InProgress;
            m_task.markerText = cells.at(c);
        }
        for (const QString& r : TrdParser::findIds(cells.at(c))) {
            if (isRequirementId(r) && !m_task.extra().requirements.contains(r))
                m_task.mutableExtra().requirements << r;
        }
    }
    finishTask();
}

// "- [x] **TRD-010 – TRD-014**: Title", "### TRD-010..TRD-014: Title": one task per id of
// the range (finishTask makes them). Returns the id with its end past the range.
LeadingId Builder::rangeTask(QStringView text, LeadingId id, int line)
{
    m_rangeIds.clear();
    if (!id.isValid() || id.requirement)
        return id;
    const IdRange r = idRange(text, id.start, id.end);
    if (!r.isValid()) {
        // "### GAP-UTIL-006 & GAP-UTIL-007: …": its title ran "& GAP-UTIL-007: …", the
        // second task was missing.
        qsizetype second = -1;
        const qsizetype end = pairedIdEnd(text, id.start, id.end, &second);
        if (end > 0) {
            m_rangeIds = {text.mid(second, end - second).toString()};
            id.end = end;
        }
        return id;
    }
    const QStringView span = QStringView(text).mid(id.start, r.end - id.start);
    const qint64 n = r.last - r.first + 1;
    if (!r.tooLong() && n <= m_rangeBudget) {
        m_rangeBudget -= n;
        m_rangeIds = TrdParser::findIds(span);
        m_rangeIds.removeAll(id.id);
    } else {
        // Its two ends, as for any range too long to expand.
        if (r.tooLong())
            rangeDiag(line, {span.toString()});
        else
            diag(line, QStringLiteral("trd-id-range-too-long"),
                 Tr::tr("“%1”: the document's id ranges already make %2 tasks; only its two "
                        "ends are read")
                     .arg(span.toString(), QLocale().toString(4 * TrdParser::kMaxRangeIds +
                                                              m_bytes.size() / 8 - m_rangeBudget)));
        m_rangeIds = {r.stem.toString() + r.lastDigits.toString()};
    }
    id.end = r.end;
    return id;
}

// "**Tasks:**" › "- [ ] MS-P1-SCHEMA-001 through MS-P1-SCHEMA-004" in a sprint, the tasks
// defined in a table above: the item plans them in the sprint and defines nothing (read as a
// task it had no title, and a second definition).
bool Builder::sprintChecklistEntry(const Block& b, QStringView text, const LeadingId& id, int line)
{
    // Cheap tests first: nearly every checklist item is a task with a title after its id.
    if (m_sprint < 0 || !id.isValid() || id.requirement)
        return false;
    // A lookup costs less than a pass over the title: a task's own definition names an id
    // not seen before.
    if (m_seen.value(id.id, -1) < 0)
        return false;
    const QStringView after = text.sliced(id.end).trimmed();
    if (!after.isEmpty() && !mayHoldRange(after) && after.front() != u',')
        return false;
    bool onlyNames = after.isEmpty();
    if (!onlyNames) {
        if (const IdRange r = idRange(text, id.start, id.end); r.isValid())
            onlyNames = text.sliced(r.end).trimmed().isEmpty();
        else
            onlyNames = onlyIds(text.trimmed(), ids(text, line));
    }
    if (!onlyNames)
        return false;
    // Its box is not read as the tasks' status: they have their own (a Status cell), which
    // is what completing and reopening them writes.
    finishTask();
    sprintEntry(b, text);
    return true;
}

// "- [ ] ⏸ **RED**: Write the test", "- [ ] 🚧 Wire the settings page (3h)": a status sign
// between the box and the title is the task's status, as the document's key (or the sign's
// usual meaning) says, and no part of its title or id. The box still decides done-ness:
// completing or reopening a task ticks or unticks it and leaves the sign as written.
bool Builder::checklistTask(const Block& b)
{
    // "- [ ] Replace the raising call" › blank line › "  Note: the old call stays": the first
    // paragraph is the task, the later ones are its fields or its text.
    if (b.paragraphEnd > 0 && b.paragraphEnd + 1 < b.text.size()) {
        Block head = b;
        cutBlock(head, b.paragraphEnd);
        head.paragraphEnd = -1;
        const bool read = checklistTask(head);
        if (read && m_inTask && m_task.line == lineOf(b.markOffset))
            laterParagraphs(b);
        return read;
    }
    // "- [ ] [P1-T1][ecto] Create the schema" with "  **Implementation**: …" on the lines
    // below, in the same paragraph: the header is the lines above the first field, the rest
    // are the task's fields (a line that is none continues the field above it).
    if (!b.breaks.isEmpty()) {
        const QList<Block> lines = splitLines(b);
        qsizetype first = -1;
        QString key, value;
        for (qsizetype i = 1; i < lines.size() && first < 0; ++i) {
            if (field(lines.at(i), QString::fromUtf8(lines.at(i).text), &key, &value))
                first = i; // key and value hold its field
        }
        if (first > 0) {
            Block head = b;
            cutBlock(head, b.breaks.at(first - 1));
            const bool read = checklistTask(head);
            if (!read || !m_inTask || m_task.line != lineOf(b.markOffset))
                return read;
            qsizetype last = -1; // the field the lines below continue
            for (qsizetype i = first; i < lines.size(); ++i) {
                const Block& l = lines.at(i);
                if (i == first || field(l, QString::fromUtf8(l.text), &key, &value)) {
                    taskField(l, std::move(key), std::move(value));
                    last = m_task.fields.size() - 1;
                } else if (last >= 0 && last < m_task.fields.size()) {
                    QString& v = m_task.fields[last].value;
                    v += u'\n' + trimmedUtf8(l.text);
                }
                const qsizetype end = m_lines.lineEnd(m_bytes, l.begin);
                if (end > m_task.span.end)
                    m_task.span.end = end;
            }
            return true;
        }
    }
    const LeadMark m = boxSign(QByteArrayView(b.text));
    if (m.lead == Lead::None)
        return boxedTask(b);
    Block rest = b;
    dropLead(rest, int(m.skip));
    if (!boxedTask(rest) || !m_inTask || m_task.line != lineOf(b.markOffset))
        return false;
    const qsizetype from = b.srcOffset(0);
    const QByteArray sign = m_bytes.mid(from, m.skip - 1);
    if (m.lead == Lead::Done && m_task.marker != TrdTask::Marker::Completed) {
        m_task.marker = TrdTask::Marker::Completed;
        m_task.markerSpan =
            ByteSpan{from > 0 && m_bytes.at(from - 1) == ' ' ? from - 1 : from, from + m.skip - 1};
        m_task.markerText = QString::fromUtf8(sign);
    } else if (m.lead == Lead::Going && m_task.marker == TrdTask::Marker::None) {
        m_task.marker = TrdTask::Marker::InProgress;
        m_task.markerText = QString::fromUtf8(sign);
    }
    if (m.blocked)
        m_task.mutableExtra().flags << QStringLiteral("BLOCKED");
    return true;
}

// The paragraphs of a loose checklist item after its first, for the task just read from
// it: each line a field ("Note: …", "**Estimate**: 3h"), or the text of the field above it,
// or (the first line of the first paragraph) a field of text without a key.
void Builder::laterParagraphs(const Block& b)
{
    Block tail = b;
    const int from = b.paragraphEnd + 1;
    dropLead(tail, from);
    tail.begin = b.srcOffset(from);
    tail.paragraphEnd = -1;
    const QList<Block> lines = tail.breaks.isEmpty() ? QList<Block>{tail} : splitLines(tail);
    qsizetype last = -1;
    for (const Block& l : lines) {
        const QString text = QString::fromUtf8(l.text);
        QString key, value;
        if (field(l, text, &key, &value)) {
            taskField(l, std::move(key), std::move(value));
            last = m_task.fields.size() - 1;
        } else if (last >= 0 && last < m_task.fields.size()) {
            m_task.fields[last].value += u'\n' + text.trimmed();
        } else {
            m_task.fields.append(TrdField{QString(), text.trimmed(), lineOf(l.begin)});
            last = m_task.fields.size() - 1;
        }
    }
    const qsizetype end = m_lines.lineEnd(m_bytes, std::max(b.begin, b.end - 1));
    if (end > m_task.span.end)
        m_task.span.end = end;
}

Builder::LeadMark Builder::boxSign(QByteArrayView raw) const
{
    LeadMark m = emojiLead(raw);
    if (m.lead != Lead::None || raw.size() < 5 || static_cast<unsigned char>(raw.front()) < 0xC2)
        return m;
    // Two more that plans write after a box: ✓ (done) and ⏸ (paused: not started, unless
    // the document's key says blocked or in progress, which emojiLead() has read).
    for (const auto& [bytes, what] : {std::pair{"\xE2\x9C\x93 ", Lead::Done},             // ✓
                                      std::pair{"\xE2\x8F\xB8\xEF\xB8\x8F ", Lead::Open}, // ⏸️
                                      std::pair{"\xE2\x8F\xB8 ", Lead::Open}}) {          // ⏸
        if (raw.startsWith(bytes)) {
            m.lead = what;
            m.skip = qsizetype(std::strlen(bytes));
            return m;
        }
    }
    return m;
}

bool Builder::boxedTask(const Block& b)
{
    // Read in the scratch buffer: the task keeps only what parseHeader() takes of it.
    const QStringView text = m_itemText.decode(b.text);
    const int line = lineOf(b.markOffset);
    LeadingId id = leadingId(text, true);
    const int strongEnd = hasLeadingStrong(b)
                              ? utf16Length(QByteArrayView(b.text).first(b.strong.first().second))
                              : -1;
    // "- [x] **W1** — landed in P1-T1": a review's finding, its code in bold.
    if (!id.isValid() && strongEnd >= 0) {
        const QStringView bold = text.first(std::min<qsizetype>(strongEnd, text.size())).trimmed();
        if (isBracketCode(bold)) {
            id.start = bold.data() - text.data();
            id.end = id.start + bold.size();
            id.id = bold.toString();
        }
    }
    // "AC-COST.1: ...", "FR-3 ...": a requirement written as a checklist item.
    const QStringView lead = QStringView(text).trimmed();
    qsizetype headEnd = 0;
    while (headEnd < lead.size() && !lead[headEnd].isSpace() && lead[headEnd] != u':')
        ++headEnd;
    const QStringView head = lead.first(headEnd);
    // "- [ ] **TRD-NF-001**: Check the binary on start (2h) [satisfies REQ-NF-001]": the plan's
    // own task for a non-functional requirement, boxed and estimated; "TRD-NFR-001" alone
    // names the requirement.
    if (id.isValid() && id.requirement && planNumbered(id.id) &&
        TrdScan::findEstimate(text, id.end).start >= 0)
        id.requirement = false;
    if ((id.isValid() && id.requirement) || (head.contains(u'-') && isRequirementId(head) &&
                                             !(id.isValid() && head.startsWith(id.id)))) {
        candidate(line, text, Tr::tr("it starts with a requirement id (%1)").arg(head));
        return false;
    }
    // Gherkin acceptance criteria ("Given ..., when ..., then ...") are no tasks.
    if (!id.isValid()) {
        for (const QStringView w : {QStringView(u"Given "), QStringView(u"When "),
                                    QStringView(u"Then "), QStringView(u"As a ")}) {
            const QStringView t = QStringView(text).trimmed();
            // "When enabled: write to both stores": a condition labelling a step, no
            // Gherkin (whose steps run on as a sentence).
            const qsizetype colon = t.indexOf(u':');
            if (t.startsWith(w) && !(colon > 0 && colon < w.size() + 20)) {
                candidate(line, text, Tr::tr("it reads as an acceptance criterion"));
                return false;
            }
        }
    }
    // "### Daily Standup Template" › "- [ ] Task 1": blanks of a form to fill in, no work.
    if (const QString form = templateHeading(); !form.isEmpty()) {
        candidate(line, text, Tr::tr("it is in a template (“%1”), a form to fill in").arg(form));
        return false;
    }
    // "### Sprint 1" › "#### Deliverables" › "- [ ] Theme module": in a plan whose sprints
    // list nothing else, what each sprint delivers is its work (read so on a second pass,
    // see parse()).
    bool deliverable = false;
    if (!id.isValid() && m_sprint >= 0 && m_criteriaLevel == 0 && !m_sectionIsSprint) {
        const QString& where = m_itemLabelLevel > 0    ? m_itemLabel
                               : m_listLabel.isEmpty() ? m_section
                                                       : m_listLabel;
        if (where == u"deliverables" || where == u"deliverables:") {
            ++m_sprintDeliverables;
            deliverable = m_deliverablesAreWork;
        }
    }
    // "**Acceptance Criteria**:" › "- [ ] Step 1: Create your first workspace": a step of the
    // flow the story must offer, checked like the criteria around it; "Step" numbers no task.
    if ((!id.isValid() || isStep(id)) && !deliverable && inCriteriaSection()) {
        candidate(line, text,
                  Tr::tr("it has no task id and is in a “%1” section, read as criteria")
                      .arg(m_listLabel.isEmpty() ? m_section : m_listLabel));
        return false;
    }
    // "## Prerequisites" › "- [ ] Task 01 (Router Setup) complete": the state another task
    // must reach before this plan's work starts, named by its id; no task of this plan.
    // "## Definition of Ready (DoR)" › "- [ ] Task TSK-01 is complete and verified": the
    // same, in a ticket's readiness checks.
    // The words first (most items end otherwise: every state word ends in "e" or "d"),
    // then the section.
    if (const QChar last = text.isEmpty() ? QChar() : text.back().toLower();
        id.isValid() && id.start == 0 &&
        (last == u'e' || last == u'd' || last == u'.' || last == u'*')) {
        QStringView rest = text.sliced(id.end).trimmed();
        while (!rest.isEmpty() && (rest.back() == u'.' || rest.back() == u'*'))
            rest.chop(1);
        bool state = false;
        for (const char16_t* w : {u"complete", u"completed", u"done", u"merged", u"finished",
                                  u"in place", u"verified", u"approved"}) {
            const QStringView word(w);
            if (rest.endsWith(word, Qt::CaseInsensitive) &&
                (rest.size() == word.size() || rest[rest.size() - word.size() - 1] == u' ')) {
                state = true;
                break;
            }
        }
        if (state && (m_section.contains(u"prerequisite") ||
                      m_listLabel.startsWith(u"prerequisite") || namesReadiness(m_section))) {
            candidate(line, text, Tr::tr("it names another task as a prerequisite"));
            return false;
        }
    }
    // "- [ ] **Foundation Tasks**: 6 tasks (0 completed)": a progress line counting tasks.
    static const QRegularExpression counting(
        QStringLiteral("\\b\\d+(?:\\s*/\\s*\\d+)?\\s+(?:sub)?tasks?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!id.isValid() && text.contains(u"task", Qt::CaseInsensitive) &&
        TrdScan::findEstimate(text).start < 0 && counting.match(text).hasMatch()) {
        candidate(line, text, Tr::tr("it counts tasks, it is none"));
        return false;
    }
    if (sprintChecklistEntry(b, text, id, line))
        return true;
    finishTask(); // leaves m_task new
    const LeadingId ranged = rangeTask(text, id, line);
    m_inTask = true;
    m_taskSection.clear();
    m_task.form = TrdTask::Form::Checklist;
    m_taskLevel = b.level;
    m_task.line = line;
    const qsizetype ls = m_lines.lineStart(b.markOffset);
    const qsizetype le = m_lines.lineEnd(m_bytes, b.markOffset);
    m_task.headerSpan = ByteSpan{ls, le};
    m_task.span = ByteSpan{ls, le};
    m_task.category = category(7);
    m_task.ownChecked = b.mark == 'x' || b.mark == 'X';
    m_task.ownMarkOffset = b.markOffset;
    m_task.ownMarkSize = b.markSize;
    parseHeader(m_task, text, strongEnd, ranged);
    findMarkers(m_task);
    // "### 2.1.1 File Reader Module" › "- [x] **Task 2.1.1 Complete**": the box completes the
    // heading's work, which names the task; its numbered steps follow as its subtasks. So do
    // the steps after "## 5.1 SPARQL Client" › "- [x] **Task 5.1** Implement the client".
    // "3.1.1 Task {#sah-p03-tool-catalog} [repo: jido_code] [after: {#…}] - Publish the
    // catalog.": the title is what follows the dash after the task's tags.
    if (nestedPlanKind(QByteArrayView(b.text)) == "Task") {
        if (const qsizetype dash = text.indexOf(u" - "); dash > 0) {
            QStringView title = text.sliced(dash + 3).trimmed();
            if (title.endsWith(u'.'))
                title.chop(1);
            if (!title.isEmpty())
                m_task.title = title.toString();
        }
    }
    if (b.level <= 1 && boxOfHeading(id)) {
        if (saysOnlyComplete(text, id))
            m_task.title = m_headings[m_headingLevel];
        m_completionNumber = id.id.sliced(5);
    }
    // "## In Progress" › "- [ ] Rewrite the booking view": the lane says what a blank box
    // does not; a ticked box still wins (completing ticks it), and so does "[-]".
    if (b.mark == ' ' && m_task.marker == TrdTask::Marker::None && m_taskLevel <= 1) {
        if (m_lane == TrdScan::StatusWord::InProgress) {
            m_task.marker = TrdTask::Marker::InProgress;
            m_task.markerText = m_headings[std::clamp(m_headingLevel, 1, 6)];
        } else if (m_lane == TrdScan::StatusWord::Blocked) {
            m_task.mutableExtra().flags << QStringLiteral("BLOCKED");
        }
    }
    if (!id.isValid()) {
        setImplicitId(line);
        if (namesDay(m_listLabel.isEmpty() ? m_section : m_listLabel))
            m_scheduled.insert(m_task.id);
    }
    return true;
}

// A later part of a story split across sprints joins the task: the latest total, and the
// latest part's status and header (completing the task marks that part), the subtasks,
// fields and dependencies of all parts.
void Builder::continueTask(TrdTask& task, TrdTask& part)
{
    auto total = [](const QString& estimate) {
        const qsizetype of = estimate.lastIndexOf(QStringLiteral(" of "));
        return of < 0 ? estimate : estimate.mid(of + 4);
    };
    if (part.hasHours()) {
        task.hours = part.hours;
        task.hoursConverted = part.hoursConverted;
        task.estimate = total(part.estimate);
    } else {
        task.estimate = total(task.estimate);
    }
    const bool started = task.isExplicitlyDone() || task.marker == TrdTask::Marker::InProgress;
    const int startedLine = task.line;
    const QString startedText = task.markerText.isEmpty() ? QStringLiteral("✅") : task.markerText;
    task.form = part.form;
    task.headerSpan = part.headerSpan;
    task.marker = part.marker;
    task.markerText = part.markerText;
    task.markerSpan = part.markerSpan;
    task.statusCell = part.statusCell;
    task.ownChecked = part.ownChecked;
    task.ownMarkOffset = part.ownMarkOffset;
    task.ownMarkSize = part.ownMarkSize;
    if (task.hasExtra() || part.hasExtra()) {
        const TrdTaskExtra& p = part.extra();
        TrdTaskExtra& x = task.mutableExtra();
        x.partHours = p.partHours;
        x.inProgressSpan = p.inProgressSpan;
        x.leadDone = p.leadDone;
        x.leadOpen = p.leadOpen;
        x.evidence.clear();
    }
    if (!part.isExplicitlyDone() && part.marker == TrdTask::Marker::None && started) {
        // An earlier part is done or under way, this one not yet: the story is under way.
        task.marker = TrdTask::Marker::InProgress;
        task.markerText = Tr::tr("%1 (line %2)").arg(startedText).arg(startedLine);
    }
    for (TrdSubtask s : std::as_const(part.subtasks)) {
        if (s.rendered >= 0)
            task.setSubtaskText(s, part.extra().subtaskTexts.value(s.rendered));
        task.subtasks << s;
    }
    task.fields << part.fields;
    for (const QString& d : std::as_const(part.dependencies)) {
        if (!task.dependencies.contains(d))
            task.dependencies << d;
    }
    if (task.priority.isEmpty())
        task.priority = part.priority;
}

// "**Tasks**:" › "1. Build the landing page" in each phase, and no sprint naming a task
// otherwise: those items are the tasks, without ids, in their sprint (completing one adds
// the document's marker to its line, as for a bold task).
void Builder::wordEntryTasks()
{
    if (m_wordEntries.isEmpty())
        return;
    // A sprint naming tasks of the plan by id decides ("HL7-2" in a file's description names
    // none); items read for their bold title ("### Tasks for Phase 0" › "1. **Create the
    // routing map**") are such word entries themselves.
    auto named = [this](const QString& id) {
        return !id.startsWith(u'#') && m_seen.value(id) >= 0;
    };
    for (const TrdSprint& s : std::as_const(m_doc.sprints)) {
        if (std::any_of(s.primary.cbegin(), s.primary.cend(), named) ||
            std::any_of(s.secondary.cbegin(), s.secondary.cend(), named))
            return;
    }
    for (const WordEntry& e : std::as_const(m_wordEntries)) {
        resetTask();
        m_task.form = TrdTask::Form::BoldLine;
        m_task.line = e.line;
        m_task.headerSpan = e.span;
        m_task.span = e.span;
        parseHeader(m_task, e.text, -1, LeadingId()); // title, estimate, a marker written later
        findMarkers(m_task);
        TrdSprint& s = m_doc.sprints[e.sprint];
        m_task.category = s.name;
        setImplicitId(e.line);
        bool added = false;
        m_seen.insert(m_task.id, int(m_doc.tasks.size()), &added, &m_seenHint);
        if (!added)
            continue;
        for (const QString& d : std::as_const(m_headerDeps))
            m_doc.dependencies.append(
                TrdDependency{d, m_task.id, TrdDependency::Source::Field, e.line});
        m_headerDeps.clear();
        listInSprint(e.sprint, m_task.id, e.line, false, true);
        ++m_boldDefs;
        m_task.source = m_source;
        m_doc.tasks.append(std::move(m_task));
    }
    resetTask();
    m_idlessEntries.clear();
}

bool Builder::fillInBlank(const TrdTask& t)
{
    if (t.hasHours() || !m_rangeIds.isEmpty())
        return false;
    qsizetype blanks = 0;
    for (const QChar c : t.title) {
        if (c == u'_')
            ++blanks;
        else if (!c.isSpace())
            return false;
    }
    return t.implicitId || blanks >= 3;
}

// No id: the title stands in for one, made unique within the document.
void Builder::setImplicitId(int line)
{
    m_task.implicitId = true;
    m_task.id = implicitId(m_task.title.isEmpty() ? Tr::tr("line %1").arg(line) : m_task.title);
}

QString Builder::implicitId(const QString& title)
{
    QString key = u'#' + title;
    if (key.size() > 61)
        key = key.left(60) + u'…';
    const int n = ++m_implicitIds[key];
    return n > 1 ? QStringLiteral("%1 (%2)").arg(key).arg(n) : key;
}

void Builder::setEstimate(TrdTask& t, const TrdScan::Estimate& e, TrdScan::EstimateUnit bare)
{
    if (e.start < 0)
        return;
    using U = TrdScan::EstimateUnit;
    // A number without a unit takes the unit its column or field names.
    const bool unitless = !e.text.isEmpty() && e.text.back().isDigit();
    const U unit = unitless ? bare : e.unit;
    // Estimates repeat ("3h", "2 days"): the last one's string is shared.
    if (e.text != m_lastEstimate || e.text.isNull() != m_lastEstimate.isNull())
        m_lastEstimate = e.text;
    t.estimate = m_lastEstimate;
    switch (unit) {
    case U::Hours:
        t.hours = e.value;
        break;
    case U::Minutes:
        t.hours = e.value / 60.0;
        break;
    case U::Days:
        t.hours = e.value * m_doc.hoursPerDay;
        t.hoursConverted = m_doc.hoursConverted = true;
        break;
    case U::Weeks:
        t.hours = e.value * 5 * m_doc.hoursPerDay;
        t.hoursConverted = m_doc.hoursConverted = true;
        break;
    case U::Points:
        t.points = e.value;
        break;
    }
    if (e.part >= 0 && e.value > 0 && t.hasHours())
        t.mutableExtra().partHours = t.hours * e.part / e.value;
    // "~2-3 hours": the upper end counts; the lower end is kept, since a stated total often
    // sits between the two sums.
    if (t.hasHours() && e.value > 0) {
        if (const double low = rangeLow(e.text); low >= 0 && low < e.value)
            t.mutableExtra().lowHours = t.hours * low / e.value;
    }
}

// "**Q12 Role-based model mapping** (0.5d)", "**Q18 …** + **Q19 …**", "**Q21-Q24** …": a
// sprint's entry naming short ids the document's table defines ("| Q12 | … | 0.5d |"). The
// leading id, those joined to it by "+" or ",", and a range between two defined ids; not
// ids further on in the words ("… — needs Q3 first").
QStringList Builder::definedShortIds(QStringView text) const
{
    QStringList out;
    auto token = [&text](qsizetype i) {
        qsizetype e = i;
        while (e < text.size() && isAsciiAlnum(text[e]))
            ++e;
        return e;
    };
    auto defined = [this](QStringView t) { return shortId(t) ? m_seen.value(t) : -1; };
    qsizetype i = 0;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'*'))
        ++i;
    while (i < text.size() && out.size() < 100) {
        const qsizetype e = token(i);
        const int at = defined(text.sliced(i, e - i));
        if (at < 0)
            break;
        out << m_doc.tasks.at(at).id;
        qsizetype next = e;
        // "Q21-Q24": each defined id of the range, from the first's number to the last's.
        if (next + 1 < text.size() && (text[next] == u'-' || text[next] == u'\u2013')) {
            const qsizetype f = token(next + 1);
            const QStringView last = text.sliced(next + 1, f - next - 1);
            if (defined(last) >= 0) {
                const QStringView first = text.sliced(i, e - i);
                qsizetype d = 0;
                while (d < first.size() && !isAsciiDigit(first[d]))
                    ++d;
                const int from = first.sliced(d).toInt();
                const int to = last.size() > d ? last.sliced(d).toInt() : -1;
                if (last.first(d) == first.first(d) && to > from && to - from < 100) {
                    for (int n = from + 1; n <= to; ++n) {
                        const QString id = first.first(d).toString() + QString::number(n);
                        if (const int k = m_seen.value(id); k >= 0)
                            out << m_doc.tasks.at(k).id;
                    }
                    next = f;
                }
            }
        }
        // Joined: "** + **Q19", ", Q20".
        while (next < text.size() && text[next] != u'+' && text[next] != u',') {
            // the words of this entry's title, up to the next join
            ++next;
        }
        if (next >= text.size())
            break;
        ++next;
        while (next < text.size() && (text[next] == u' ' || text[next] == u'*'))
            ++next;
        i = next;
    }
    return out;
}

void Builder::sprintEntry(const Block& b, QStringView text)
{
    TrdSprint& s = m_doc.sprints[m_sprint];
    const int line = lineOf(b.begin);
    if (b.kind == Block::Item) {
        if (const QStringList named = definedShortIds(text); !named.isEmpty()) {
            ++m_idEntries;
            for (const QString& id : named)
                planInSprint(m_sprint, id, line, m_sprintKey == u"secondary");
            return;
        }
    }
    // "GEN-00001: Generated task", a sprint's list item naming one task (nearly all of them):
    // that id, without the list ids() would make. A string of its own: sharing the task's,
    // read thousands of lines above, costs a cache miss on its count (profiles).
    QString one;
    qsizetype oneEnd = -1;
    QStringList ids;
    if (const qsizetype at = singleId(text); at >= 0) {
        oneEnd = idEnd(text, at);
        one = QStringView(text).sliced(at, oneEnd - at).toString();
        if (b.kind == Block::Item && m_seen.value(one) < 0)
            idEntry(b, text, line);
    } else {
        ids = this->ids(text, line);
    }
    if (one.isEmpty() && ids.isEmpty()) {
        // Only now: toDouble() costs more than reading the ids of a sprint's entry.
        bool number = false;
        static_cast<void>(text.trimmed().toDouble(&number));
        if (number || countOfWork(text))
            return; // "**Tasks:** 9" counts the sprint's tasks, it lists none
        m_idlessEntries.append(Candidate{line, text.left(60).toString(), s.name});
        if (b.kind == Block::Item && b.level <= 1 && m_sprintKey == u"primary" && m_tasksLabel) {
            const qsizetype ls = m_lines.lineStart(b.begin);
            m_wordEntries.append(WordEntry{m_sprint, line, text.trimmed().toString(),
                                           ByteSpan{ls, m_lines.lineEnd(m_bytes, ls)}});
        }
        return;
    }
    ++m_idEntries;
    // "TRD-001: Title (6h)" names one task, "TRD-005 through TRD-008" the tasks of its
    // range; "TRD-001, TRD-002" (a paragraph) several.
    const QStringList* take = &ids;
    qsizetype count = one.isEmpty() ? ids.size() : 1;
    QStringList ranged;
    if (b.kind == Block::Item && !(one.isEmpty() && ids.size() > 1 && onlyIds(text, ids))) {
        count = 1;
        if (const LeadingId lid = mayHoldRange(text) ? leadingId(text, false) : LeadingId();
            lid.isValid()) {
            if (const IdRange r = idRange(text, lid.start, lid.end); r.isValid() && !r.tooLong()) {
                ranged = TrdParser::findIds(QStringView(text).mid(lid.start, r.end - lid.start));
                take = &ranged;
                count = ranged.size();
            }
        }
    }
    const bool secondary = m_sprintKey == u"secondary";
    for (qsizetype k = 0; k < count; ++k)
        planInSprint(m_sprint, take == &ids && !one.isEmpty() ? one : take->at(k), line, secondary);
    // "- TRD-001, 002 & 003": the later ids written short name tasks of the sprint too.
    if (take == &ids && !one.isEmpty())
        eachShortSibling(text, oneEnd, one, [&](const QString& more) {
            planInSprint(m_sprint, more, line, secondary);
        });
}

// "- ✅ T-5: Review approved with S2-1 to S2-4": the id leads, other ids follow in the
// title. An entry like idEntry()'s, unless the lead is a range ("T-1 through T-4: …").
void Builder::ledEntry(const Block& b, const QString& t)
{
    const qsizetype skip =
        utf16Length(QByteArrayView(b.text).first(emojiLead(QByteArrayView(b.text)).skip));
    const QStringView rest = QStringView(t).sliced(std::min(t.size(), skip));
    const LeadingId id = leadingId(rest, true);
    if (!id.isValid() || id.start != 0 || id.requirement || isAsciiDigit(id.id.at(0)) ||
        m_seen.value(id.id) >= 0 || idRange(rest, id.start, id.end).isValid())
        return;
    idEntry(b, t, lineOf(b.begin));
}

// An entry naming an id no task defined so far, kept in case none does.
void Builder::idEntry(const Block& b, QStringView text, int line, bool bare)
{
    // "- ✅ T-1: Setup", "- 🟢 **T-2**: …" (a key's emoji): the status leads, then the id.
    const LeadMark lead = emojiLead(QByteArrayView(b.text));
    if (lead.lead != Lead::None)
        text = text.sliced(
            std::min(text.size(), qsizetype(utf16Length(QByteArrayView(b.text).first(lead.skip)))));
    else if (m_sprint < 0 && !bare)
        return; // under a task heading only with a lead: plain lines there are prose
    const LeadingId id = leadingId(text, true);
    // The id leads, a title follows: "LED-001: Generate the app", not "see LED-001".
    if (!id.isValid() || id.requirement || isAsciiDigit(id.id.at(0)) || id.start > 0 ||
        QStringView(text).sliced(id.end).trimmed().size() < 2)
        return;
    int strongEnd = -1;
    if (hasLeadingStrong(b)) {
        // text starts after the blanks m_entryText trimmed off.
        const QByteArrayView raw(b.text);
        qsizetype blanks = 0;
        while (blanks < raw.size() && (raw.at(blanks) == ' ' || raw.at(blanks) == '\t'))
            ++blanks;
        const qsizetype end = b.strong.first().second;
        strongEnd = end > blanks ? int(utf16Length(raw.sliced(blanks, end - blanks))) : -1;
        if (strongEnd <= id.end + 1)
            strongEnd = -1; // "**LED-001**: Title": only the id is bold
    }
    const qsizetype ls = m_lines.lineStart(b.begin);
    IdEntry e{m_sprint,
              line,
              b.level,
              strongEnd,
              ByteSpan{ls, m_lines.lineEnd(m_bytes, ls)},
              text.toString(),
              id,
              {},
              lead,
              TrdBlock(),
              category(7),
              m_headingLines[std::clamp(m_headingLevel, 1, 6)]};
    if (lead.lead != Lead::None)
        e.block = b;
    e.bare = bare && lead.lead == Lead::None;
    m_idEntryTasks.append(std::move(e));
    m_openIdEntry = m_idEntryTasks.size() - 1;
}

// The entries kept by idEntry() whose id no task defines: those that read as a task are the
// tasks, in their sprint (which lists them already).
void Builder::idEntryTasks()
{
    const int sprint = std::exchange(m_sprint, -1);
    const QString sectionPriority = std::exchange(m_sectionPriority, QString());
    // "## Task list" › "- ✅ T-1: …", "- ⬜ T-2: …": without estimates, a section whose
    // entries are partly done and partly not tracks a plan's work; so does any such list in
    // a document titled as a plan. A completion report lists only what got done ("✅").
    QHash<int, int> leads; // section line -> 1: some done, 2: some not done
    for (const IdEntry& e : std::as_const(m_idEntryTasks)) {
        if (e.lead.lead != Lead::None && m_seen.value(e.id.id) < 0)
            leads[e.sectionLine] |= e.lead.lead == Lead::Done ? 1 : 2;
    }
    const bool planTitle = !leads.isEmpty() && !m_h1.isEmpty() && titleNamesPlan(m_h1.first());
    // Bare entries ("1. TASK-7-01: Title" under "## Tasks") are the tasks of a document that
    // defines none in any other form, when a section lists two or more of them.
    QHash<int, int> bare; // section line -> bare entries naming no defined task
    if (m_doc.tasks.isEmpty()) {
        for (const IdEntry& e : std::as_const(m_idEntryTasks)) {
            if (e.bare && m_seen.value(e.id.id) < 0)
                ++bare[e.sectionLine];
        }
    }
    for (const IdEntry& e : std::as_const(m_idEntryTasks)) {
        if (e.bare && bare.value(e.sectionLine) < 2)
            continue;
        if (m_seen.value(e.id.id) >= 0)
            continue;
        resetTask();
        m_inTask = true;
        m_taskSection.clear();
        m_task.form = TrdTask::Form::BoldLine;
        m_taskLevel = e.level;
        m_task.line = e.line;
        m_task.headerSpan = e.span;
        m_task.span = e.span;
        m_task.category = e.sprint >= 0 ? m_doc.sprints.at(e.sprint).name : e.category;
        m_headerDeps.clear();
        parseHeader(m_task, e.text, e.strongEnd, e.id);
        if (e.lead.lead == Lead::None) {
            findMarkers(m_task);
        } else {
            applyLead(e.block, e.lead, false);
            if (e.lead.blocked)
                m_task.mutableExtra().flags << QStringLiteral("BLOCKED");
        }
        for (const TrdBlock& f : e.fields) {
            QString key, value;
            if (strongField(f, &key, &value))
                taskField(f, std::move(key), std::move(value));
            m_task.span.end = std::max<qsizetype>(m_task.span.end, f.end);
        }
        // A bare listing ("- TRD-001: Auth service") may name a task another plan defines,
        // and "- ✅ TRD-001: Auth service" is how completion reports say it is done.
        const bool tracked =
            (e.lead.lead != Lead::None && (planTitle || leads.value(e.sectionLine) == 3)) || e.bare;
        if (!m_task.hasHours() && m_task.points < 0 && e.fields.isEmpty() && !tracked &&
            (m_task.marker == TrdTask::Marker::None || e.lead.lead != Lead::None)) {
            m_inTask = false;
            continue;
        }
        ++m_boldTasks;
        finishTask();
    }
    resetTask();
    m_inTask = false;
    m_headerDeps.clear();
    m_sprint = sprint;
    m_sectionPriority = sectionPriority;
}

// "1.1 — Create the config", "2.3: Seed data", "0.4 Audit" under the sprint numbered 1, 2 or 0:
// the step's number as its id (up to the separator), or none.
LeadingId Builder::phaseStepId(QStringView heading) const
{
    LeadingId r;
    if (m_sprint < 0 || m_sprint >= m_doc.sprints.size())
        return r;
    qsizetype dot = 0;
    while (dot < heading.size() && dot < 4 && isAsciiDigit(heading[dot]))
        ++dot;
    if (dot == 0 || dot >= heading.size() || heading[dot] != u'.' ||
        heading.first(dot).toInt() != m_doc.sprints.at(m_sprint).number)
        return r;
    qsizetype end = dot + 1;
    while (end < heading.size() && end - dot <= 3 && isAsciiDigit(heading[end]))
        ++end;
    if (end == dot + 1 || end >= heading.size())
        return r;
    qsizetype title = end;
    if (heading[title] == u'.' || heading[title] == u':')
        ++title;
    if (title >= heading.size() || heading[title] != u' ')
        return r;
    while (title < heading.size() &&
           (heading[title] == u' ' || heading[title] == u'\u2014' || heading[title] == u'\u2013' ||
            heading[title] == u'-' || heading[title] == u':'))
        ++title;
    if (title >= heading.size())
        return r;
    r.start = 0;
    r.end = end;
    r.id = heading.first(end).toString();
    return r;
}

// The sprint a heading's slot (scheduleSlot(): "Week 3") names: the plan's "## Week 3: …"
// (key "week 3"); -1 for a span of weeks or days, or a week the plan has no sprint for.
int Builder::slotSprint(QStringView slot) const
{
    if (!slot.startsWith(u"week ", Qt::CaseInsensitive))
        return -1;
    const QStringView number = slot.sliced(5).trimmed();
    if (number.isEmpty() || !std::all_of(number.cbegin(), number.cend(), isAsciiDigit))
        return -1;
    const QString key = u"week " + number.toString();
    for (qsizetype i = 0; i < m_doc.sprints.size(); ++i) {
        if (m_doc.sprints.at(i).key == key)
            return int(i);
    }
    return -1;
}

bool Builder::planInSprint(int sprint, const QString& id, int line, bool secondary)
{
    // A requirement, or listed again (a sprint table, then "TRD-013 through TRD-024").
    if (isRequirementId(id))
        return false;
    return listInSprint(sprint, id, line, secondary, false);
}

bool Builder::listInSprint(int sprint, const QString& id, int line, bool secondary, bool fresh)
{
    TrdSprint& s = m_doc.sprints[sprint];
    if (m_sprintIds.size() <= size_t(sprint))
        m_sprintIds.resize(size_t(sprint) + 1);
    std::optional<IdIndex>& listed = m_sprintIds[size_t(sprint)];
    bool added = false;
    if (!fresh && !listed) {
        // The first time the question comes up for this sprint: what it lists so far.
        listed.emplace();
        for (const QStringList* ids : {&s.primary, &s.secondary}) {
            for (const QString& x : *ids)
                listed->insert(x, 0, &added);
        }
    }
    // One lookup both finds and records the id.
    if (listed) {
        listed->insert(id, 0, &added);
        if (!added)
            return false;
    }
    (secondary ? s.secondary : s.primary) << id;
    (secondary ? s.secondaryLines : s.primaryLines) << line;
    return true;
}

// "工数", "見積もり", "依存", "状態", "预估", "依赖": the keys Japanese and Chinese plans give a
// task's effort, dependencies and status, as the English words the fields are read by.
QString englishKey(const QString& key)
{
    if (key.isEmpty() || key.front().unicode() < 0x3000)
        return key;
    for (const char16_t* w : {u"\u5de5\u6570", u"\u898b\u7a4d\u3082\u308a", u"\u898b\u7a4d\u308a",
                              u"\u898b\u7a4d", u"\u6240\u8981\u6642\u9593", u"\u9884\u4f30",
                              u"\u4f30\u65f6", u"\u5de5\u65f6", u"\u9884\u8ba1\u5de5\u65f6"}) {
        if (key == QStringView(w))
            return QStringLiteral("Estimate");
    }
    for (const char16_t* w :
         {u"\u4f9d\u5b58\u95a2\u4fc2", u"\u4f9d\u5b58", u"\u524d\u63d0\u6761\u4ef6",
          u"\u4f9d\u8d56", u"\u524d\u7f6e\u4efb\u52a1"}) {
        if (key == QStringView(w))
            return QStringLiteral("Dependencies");
    }
    for (const char16_t* w :
         {u"\u72b6\u614b", u"\u30b9\u30c6\u30fc\u30bf\u30b9", u"\u72b6\u6001"}) {
        if (key == QStringView(w))
            return QStringLiteral("Status");
    }
    return key;
}

void Builder::taskField(const Block& b, QString key, QString value)
{
    key = englishKey(key);
    if (key.contains(u'⚠')) {
        key.remove(QStringLiteral("⚠️")).remove(QStringLiteral("⚠"));
        key = key.trimmed();
    }
    // Compared without folding a copy: this runs for every field line of every task. An
    // ASCII key (nearly all) is compared letter by letter with the lower-case words below;
    // any other takes Qt's case folding.
    const QStringView k = key;
    const bool asciiKey =
        std::all_of(k.cbegin(), k.cend(), [](QChar c) { return c.unicode() < 128; });
    auto lowerEquals = [](QStringView a, QStringView lower) {
        if (a.size() != lower.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            char16_t c = a[i].unicode();
            if (c >= u'A' && c <= u'Z')
                c += u'a' - u'A';
            if (c != lower[i].unicode())
                return false;
        }
        return true;
    };
    auto is = [&](QStringView w) {
        return asciiKey ? lowerEquals(k, w) : k.compare(w, Qt::CaseInsensitive) == 0;
    };
    auto starts = [&](QStringView w) {
        return asciiKey ? k.size() >= w.size() && lowerEquals(k.first(w.size()), w)
                        : k.startsWith(w, Qt::CaseInsensitive);
    };
    const int line = lineOf(b.begin);
    if (starts(u"depend") || is(u"blocked by") || is(u"prerequisites")) {
        QStringList ids = this->ids(value, line);
        // "Depends on: card-100, card-102" below "- [card-101] **…**": the board's own ids,
        // in lower case, which are ids nowhere else.
        if (ids.isEmpty() && !m_task.id.isEmpty() && m_task.id.at(0).isLower())
            ids = ticketIds(value, m_task.id);
        // "Depends on: T1, T3", "依赖：T1": short ids the document defined above.
        if (ids.isEmpty()) {
            for (qsizetype i = 0; i < value.size() && ids.size() < 100; ++i) {
                if (value.at(i).unicode() < 'A' || value.at(i).unicode() > 'Z' ||
                    (i > 0 && isAsciiAlnum(value.at(i - 1))))
                    continue;
                qsizetype e = i;
                while (e < value.size() && isAsciiAlnum(value.at(e)))
                    ++e;
                const QStringView t = QStringView(value).sliced(i, e - i);
                if (const int at = shortId(t) ? m_seen.value(t) : -1;
                    at >= 0 && t != m_task.id && !ids.contains(t))
                    ids << m_doc.tasks.at(at).id;
                i = e;
            }
        }
        // Plans that number their tasks "Task 1.2" or "Story 1.2" name dependencies the same
        // way ("Task 1.1 complete", "Story 2.1, Story 1.2", "Tasks 101.2, 101.3", "Tasks
        // 103.1-103.3"): those are this plan's ids, with the task's own label.
        // The task's id is a label and a number ("Task 1.2", "Story 2.1").
        const qsizetype space = m_task.id.indexOf(u' ');
        const bool labelledId =
            space > 0 && space + 1 < m_task.id.size() && isAsciiDigit(m_task.id.at(space + 1));
        if (ids.isEmpty() && labelledId) {
            const QString label = m_task.id.first(space);
            static const QRegularExpression number(QStringLiteral(R"(\d+(?:\.\d+)*)"));
            // "Story", "Stories", "Tasks"; "All Epic 4 stories (4.1-4.7)".
            QString word = QRegularExpression::escape(label) + QStringLiteral("s?");
            if (label.endsWith(u'y', Qt::CaseInsensitive))
                word = QStringLiteral("(?:") + word + u'|' +
                       QRegularExpression::escape(label.chopped(1)) + QStringLiteral("ies)");
            const QRegularExpression labelled(
                QStringLiteral("\\b") + word +
                    QStringLiteral(R"(\s+\(?(\d+(?:\.\d+)*(?:\s*(?:,|&|and|-|–|to)\s*(?:)") + word +
                    QStringLiteral(R"(\s+)?\d+(?:\.\d+)*)*)\b)"),
                QRegularExpression::CaseInsensitiveOption);
            auto add = [&](const QString& n) {
                const QString id = label + u' ' + n;
                if (id != m_task.id && !ids.contains(id))
                    ids << id;
            };
            for (auto it = labelled.globalMatch(value); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString list = m.captured(1);
                QString previous;
                qsizetype end = 0;
                for (auto n = number.globalMatch(list); n.hasNext();) {
                    const QRegularExpressionMatch x = n.next();
                    const QString cur = x.captured(0);
                    const QStringView between =
                        QStringView(list).sliced(end, x.capturedStart() - end).trimmed();
                    end = x.capturedEnd();
                    // "103.1-103.3": the ids between, when both ends share all but the last
                    // number and the range is short.
                    const qsizetype pd = previous.lastIndexOf(u'.');
                    const qsizetype cd = cur.lastIndexOf(u'.');
                    if ((between == u"-" || between == u"–" ||
                         between.compare(u"to", Qt::CaseInsensitive) == 0) &&
                        pd > 0 && cd > 0 && previous.first(pd) == cur.first(cd)) {
                        const int from = previous.sliced(pd + 1).toInt();
                        const int to = cur.sliced(cd + 1).toInt();
                        for (int k = from + 1; k < to && to - from <= 50; ++k)
                            add(cur.first(cd + 1) + QString::number(k));
                    }
                    add(cur);
                    previous = cur;
                }
            }
        }
        // A roadmap numbering its work packages "2.1" names them so too ("1.1 (LLM
        // Integration), 4.1"): each dotted number at a word start. So does a plan whose
        // tasks are "Task 1.1.2": "Dependencies: 1.1.1 (Day 1)" names "Task 1.1.1".
        const bool labelledNumber = labelledId && m_task.id.indexOf(u'.', space) > 0;
        const QString numberLabel = labelledNumber ? m_task.id.first(space + 1) : QString();
        if (ids.isEmpty() && !m_task.id.isEmpty() &&
            (isAsciiDigit(m_task.id.at(0)) || labelledNumber)) {
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (!isAsciiDigit(value.at(i)) || (i > 0 && value.at(i - 1).isLetterOrNumber()))
                    continue;
                qsizetype j = i;
                while (j < value.size() &&
                       (isAsciiDigit(value.at(j)) || (value.at(j) == u'.' && j + 1 < value.size() &&
                                                      isAsciiDigit(value.at(j + 1)))))
                    ++j;
                const QString n = numberLabel + value.mid(i, j - i);
                if (n.contains(u'.') && (j == value.size() || !value.at(j).isLetterOrNumber()) &&
                    n != m_task.id && !ids.contains(n))
                    ids << n;
                i = j;
            }
        }
        if (ids.isEmpty()) {
            const QString v = value.trimmed().toLower();
            // "Nothing (setup done)", "Phase I complete": prose, not a broken id list.
            const bool numbered =
                std::any_of(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); });
            // "Phase 0 complete", "Sprint 2": a dependency on a stage of the plan.
            bool stage = false;
            // "Epic 12 complete", "All Phase 2 items": so is a whole part of it.
            const QStringView from =
                v.startsWith(u"all ") ? QStringView(v).sliced(4) : QStringView(v);
            for (const char16_t* w :
                 {u"phase", u"sprint", u"week", u"milestone", u"stage", u"epic"})
                stage = stage || from.startsWith(QStringView(w));
            // "**Dependency**: `self.data_service` is already available": a part of the code
            // the step relies on, in a phase's "Changes Required".
            bool codeFirst = false;
            if (!b.code.isEmpty()) {
                const auto [codeFrom, codeTo] = b.code.first();
                codeFirst = v.startsWith(
                    QString::fromUtf8(b.text.mid(codeFrom, codeTo - codeFrom)).toLower());
            }
            if (numbered && !stage && !codeFirst && !v.startsWith(u"none") &&
                !v.startsWith(u"nothing") && v != u"-" && v != u"n/a" && v != u"—" &&
                !namesPackages(value))
                diag(
                    line, QStringLiteral("trd-dependency-unreadable"),
                    Tr::tr("%1: no task id in Dependencies \"%2\"").arg(m_task.id, value.left(60)));
        }
        // Most tasks have one Dependencies field naming each id once: its list becomes the
        // task's, shared rather than copied id by id into a list of its own.
        const bool distinct = ids.size() < 2 || (ids.size() == 2 && ids.at(0) != ids.at(1));
        if (m_task.dependencies.isEmpty() && distinct)
            m_task.dependencies = ids;
        for (const QString& id : ids) {
            if (!(distinct && m_task.dependencies.constData() == ids.constData()) &&
                !m_task.dependencies.contains(id))
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
        auto add = [&](QString file, int a, int z, QString text) {
            TrdReference r;
            r.file = file.startsWith(u'/') ? file.mid(1) : std::move(file);
            r.firstLine = a;
            r.lastLine = z > 0 ? z : a;
            r.text = std::move(text);
            r.line = line;
            m_task.references.append(std::move(r));
        };
        if (!b.code.isEmpty()) {
            for (const auto& [cs, ce] : b.code) {
                const QString span = QString::fromUtf8(b.text.constData() + cs, ce - cs);
                if (const TrdScan::FileRef f = TrdScan::findFileRef(span); f.start >= 0) {
                    lastFile = refFile(f.file);
                    add(lastFile, f.firstLine, f.lastLine, span);
                } else if (const auto r = rangeRe.match(span);
                           r.hasMatch() && !lastFile.isEmpty()) {
                    add(lastFile, r.captured(1).toInt(), r.captured(2).toInt(), span);
                }
            }
        } else {
            for (TrdScan::FileRef f = TrdScan::findFileRef(value); f.start >= 0;
                 f = TrdScan::findFileRef(value, f.end))
                add(refFile(f.file), f.firstLine, f.lastLine, value.mid(f.start, f.end - f.start));
        }
    } else if (is(u"note") || (asciiKey ? k.size() >= 5 && lowerEquals(k.last(5), u" note")
                                        : k.endsWith(u" note", Qt::CaseInsensitive))) {
        QString& note = m_task.mutableExtra().note;
        note += (note.isEmpty() ? QString() : QStringLiteral("\n")) + value;
    } else if (is(u"estimate") || is(u"effort") || is(u"hours") || is(u"duration") || is(u"time") ||
               (starts(u"estimated") && !countsOrPrices(k)) || is(u"points") ||
               is(u"story points") || is(u"sp")) {
        const TrdScan::EstimateUnit bare = starts(u"points") || is(u"story points") || is(u"sp")
                                               ? TrdScan::EstimateUnit::Points
                                               : TrdScan::EstimateUnit::Hours;
        // The first estimate counts; hours still come after points ("**Story Points:** 5"
        // then "**Estimated Hours:** 8h"): the board totals hours.
        if ((!m_task.hasHours() || m_hoursActual) &&
            (m_task.points < 0 || bare == TrdScan::EstimateUnit::Hours)) {
            const TrdScan::Estimate e = TrdScan::parseEstimate(value);
            const bool unitless = !e.text.isEmpty() && e.text.back().isDigit();
            if (m_task.points < 0 || (unitless ? bare : e.unit) != TrdScan::EstimateUnit::Points) {
                setEstimate(m_task, e, bare);
                m_hoursActual = false;
            }
            // "**Estimate**: Small", "Size: M": a T-shirt size, shown as written.
            if (e.start < 0 && m_task.estimate.isEmpty() && TrdScan::isSize(value))
                m_task.estimate = value.trimmed();
        }
    } else if (is(u"actual") || is(u"actual time") || is(u"actual effort")) {
        // "Actual: 1.5d" on a ticket without an estimate: the time it took is the best
        // figure of its size the board has; an estimate written after it still wins.
        if (!m_task.hasHours() && m_task.points < 0) {
            const TrdScan::Estimate e = TrdScan::parseEstimate(value);
            if (e.unit != TrdScan::EstimateUnit::Points) {
                setEstimate(m_task, e, TrdScan::EstimateUnit::Hours);
                m_hoursActual = m_task.hasHours();
            }
        }
    } else if (is(u"size") || is(u"t-shirt size")) {
        // "Size: M": only a T-shirt size ("Size: 2 MB" says something else).
        if (m_task.estimate.isEmpty() && !m_task.hasHours() && TrdScan::isSize(value))
            m_task.estimate = value.trimmed();
    } else if (is(u"priority")) {
        const QString p = value.section(u' ', 0, 0).toUpper().remove(u'*');
        static const QHash<QString, QString> pmap{
            {QStringLiteral("P0"), QStringLiteral("CRITICAL")},
            {QStringLiteral("P1"), QStringLiteral("HIGH")},
            {QStringLiteral("P2"), QStringLiteral("MEDIUM")},
            {QStringLiteral("P3"), QStringLiteral("LOW")}};
        if (m_task.priority.isEmpty())
            m_task.priority = pmap.value(p, p);
    } else if (is(u"status") || is(u"state")) {
        if (!m_task.statusCell.isValid() && m_task.form != TrdTask::Form::TableRow &&
            m_task.form != TrdTask::Form::Checklist)
            statusField(b);
        switch (TrdScan::statusWord(value)) {
        case TrdScan::StatusWord::Done:
            m_task.marker = TrdTask::Marker::Completed;
            m_task.markerText = value;
            break;
        case TrdScan::StatusWord::InProgress:
            // A completion marker in the header (written by "Complete") outranks the field.
            if (m_task.marker == TrdTask::Marker::None) {
                m_task.marker = TrdTask::Marker::InProgress;
                m_task.markerText = value;
            }
            break;
        case TrdScan::StatusWord::Blocked:
            if (!m_task.extra().flags.contains(u"BLOCKED"))
                m_task.mutableExtra().flags << QStringLiteral("BLOCKED");
            break;
        default:
            break;
        }
    }
    // Last, so key and value move in: nothing above reads the task's fields.
    if (m_task.fields.capacity() == 0)
        m_task.fields.swap(m_spareFields);
    m_task.fields.append(TrdField{std::move(key), std::move(value), line});
}

// The value of a task's "**Status**: ⏳ Pending" line, so completing or reopening the task
// rewrites just those bytes (a checklist task's box is its status; tables have their cell).
void Builder::leadStatus(const Block& b)
{
    const QString lead =
        trimmedUtf8(QByteArrayView(b.text).first(b.strong.first().second)); // "DONE — 2026-05-19."
    qsizetype end = lead.size();
    for (const QStringView stop : {QStringView(u" —"), QStringView(u" –"), QStringView(u" -"),
                                   QStringView(u"."), QStringView(u":"), QStringView(u",")}) {
        if (const qsizetype at = lead.indexOf(stop); at >= 0 && at < end)
            end = at;
    }
    const QStringView word = QStringView(lead).first(end).trimmed();
    // One word ("DONE", "Blocked"); not "Done when", nor a review's "✅ Correct".
    if (word.isEmpty() || word.size() > 20 || !word.front().isLetter() || word.indexOf(u' ') >= 0)
        return;
    switch (TrdScan::statusWord(word)) {
    case TrdScan::StatusWord::Done:
        m_task.marker = TrdTask::Marker::Completed;
        m_task.markerText = word.toString();
        break;
    case TrdScan::StatusWord::InProgress:
        m_task.marker = TrdTask::Marker::InProgress;
        m_task.markerText = word.toString();
        break;
    case TrdScan::StatusWord::Blocked:
        m_task.mutableExtra().flags << QStringLiteral("BLOCKED");
        break;
    default:
        break;
    }
}

void Builder::statusField(const Block& b)
{
    if (b.begin < 0 || b.begin >= m_bytes.size())
        return;
    const qsizetype ls = m_lines.lineStart(b.begin);
    const qsizetype le = m_lines.lineEnd(m_bytes, b.begin);
    const QByteArrayView line = QByteArrayView(m_bytes).sliced(ls, le - ls);
    const qsizetype colon = line.indexOf(':', b.begin - ls);
    if (colon < 0)
        return;
    const QByteArray key = line.sliced(0, colon).toByteArray().toLower();
    if (!key.contains("status") && !key.contains("state"))
        return;
    qsizetype v = colon + 1;
    while (v < line.size() &&
           (line.at(v) == '*' || line.at(v) == '_' || line.at(v) == ' ' || line.at(v) == '\t'))
        ++v;
    qsizetype e = line.size();
    while (e > v && (line.at(e - 1) == ' ' || line.at(e - 1) == '\t'))
        --e;
    if (e <= v)
        return;
    m_task.statusCell = ByteSpan{ls + v, ls + e};
}

// hay.indexOf(needle, from) for from >= 0 and a needle of at least one byte: memchr for its
// first byte, then a comparison (Qt 6.4 sets up a general search per call, which showed in
// profiles of short lines).
qsizetype findBytes(QByteArrayView hay, QByteArrayView needle, qsizetype from)
{
    const qsizetype n = needle.size();
    const char* base = hay.data();
    const char* end = base + hay.size();
    if (from > hay.size())
        return -1;
    for (const char* p = base + from; end - p >= n;) {
        const void* hit = std::memchr(p, needle.front(), size_t(end - p - n + 1));
        if (!hit)
            return -1;
        p = static_cast<const char*>(hit);
        if (std::memcmp(p, needle.data(), size_t(n)) == 0)
            return p - base;
        ++p;
    }
    return -1;
}

// The mermaid directives code() skips, on a trimmed ASCII line.
bool isMermaidDirective(QByteArrayView l)
{
    switch (l.front()) {
    case '%':
    case 'g':
    case 'f':
    case 'c':
    case 's':
    case 'e':
    case 'l':
        break;
    default:
        return false;
    }
    for (const char* d : {"%%", "graph", "flowchart", "classDef", "class ", "style", "click",
                          "subgraph", "linkStyle"}) {
        if (l.startsWith(d))
            return true;
    }
    return l == "end";
}

// A trimmed ASCII line that is `A --> B --> C` with bare names only (letters, digits, '_',
// '-'): what code() reads through its plainArrows and bareChain() tests, in one pass. An
// arrow, and none of '|', "-.", "==", "---", "-- ".
bool plainArrowChain(QByteArrayView l)
{
    const qsizetype n = l.size();
    auto at = [&l, n](qsizetype i) { return i < n ? l[i] : '\0'; };
    bool arrow = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = l[i];
        if (c == '|' || (c == '=' && at(i + 1) == '='))
            return false;
        if (c == '-' && at(i + 1) == '.')
            return false;
        if (c == '-' && at(i + 1) == '-') {
            const char c2 = at(i + 2);
            if (c2 == '-' || c2 == ' ')
                return false;
            arrow = arrow || c2 == '>';
        }
    }
    if (!arrow)
        return false;
    for (qsizetype from = 0;;) {
        const qsizetype at = findBytes(l, "-->", from);
        const QByteArrayView piece = l.sliced(from, (at < 0 ? n : at) - from).trimmed();
        if (piece.isEmpty())
            return false;
        for (const char c : piece) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_' || c == '-'))
                return false;
        }
        if (at < 0)
            return true;
        from = at + 3;
    }
}

// Every piece of `line` between "-->" arrows is a bare ASCII node name ("GEN00001",
// "task_2-b"): no label, no '&' list, nothing a regular expression must read.
bool bareChain(const QString& line)
{
    for (qsizetype from = 0;;) {
        const qsizetype at = line.indexOf(u"-->", from);
        const QStringView piece =
            QStringView(line).mid(from, (at < 0 ? line.size() : at) - from).trimmed();
        if (piece.isEmpty())
            return false;
        for (const QChar c : piece) {
            if (!isAsciiAlnum(c) && c != u'_' && c != u'-')
                return false;
        }
        if (at < 0)
            return true;
        from = at + 3;
    }
}

void Builder::code(const Block& b)
{
    if (b.fence) {
        m_fence = b.fence;
        m_fenceBegin = b.begin;
        m_fenceEnd = b.end;
    }
    if (b.info != "mermaid")
        return;
    static const QRegularExpression arrowRe(
        QStringLiteral("\\s*(?:--\\s[^>]*?\\s-->|<?-{2,}>|<?={2,}>|<?-\\.+->|-\\.-|-{3,}|={3,})\\s*"
                       "(?:\\|[^|]*\\|\\s*)?"));
    static const QRegularExpression nodeRe(
        QStringLiteral("^\\s*([A-Za-z0-9_\\-]+)\\s*(?:\\[+\\(?\"?([^\\]\"]*)|\\(+\\[?\"?([^)\"]*)|"
                       "\\{+\"?([^}\"]*)|>\"?([^\\]\"]*))?"));
    QHash<QString, QString> nodeIds;
    // Edges go straight to the document's list, room made for about one a line first: a
    // list of their own, grown and then copied over, showed in profiles (ten thousand
    // edges, their memory touched three times).
    QList<TrdDependency>& edges = m_doc.dependencies;
    const qsizetype edgesBefore = edges.size();
    edges.reserve(edgesBefore + b.text.count('\n') + 1);
    Diagnostics pending;
    // A node's task: its labelled id seen earlier, else an id its name spells; a node that
    // names none is a finding.
    auto nodeId = [&](QStringView name, int lineNo) {
        QString id;
        if (!nodeIds.isEmpty())
            id = nodeIds.value(name.toString());
        if (id.isEmpty()) {
            // The string of the task it names, shared: a map's nodes name tasks read above.
            QVarLengthArray<char16_t, 64> buf(name.size() + 1);
            if (const qsizetype n = nodeIdInto(name, buf.data()); n > 0)
                id = knownId(QStringView(buf.data(), n));
        }
        if (id.isEmpty())
            pending.append(Diagnostic{m_doc.path, lineNo, 0, QStringLiteral("trd-mermaid-node"),
                                      Tr::tr("mermaid node \"%1\" does not name a task").arg(name),
                                      Diagnostic::Severity::Warning});
        return id;
    };
    int pos = 0;
    const QByteArray& text = b.text;
    QByteArrayView cachedName; // the last bare node name read, and its (non-empty) id
    QString cachedId;
    while (pos < text.size()) {
        int nl = int(text.indexOf('\n', pos));
        if (nl < 0)
            nl = int(text.size());
        const QByteArrayView raw(text.constData() + pos, nl - pos);
        const int lineNo = lineOf(b.srcOffset(pos));
        pos = nl + 1;
        // An ASCII line (nearly every line of a map) is read on its bytes first: blank lines,
        // directives and `A --> B` chains of bare names need no decoded copy.
        if (isAscii(raw)) {
            const QByteArrayView l = raw.trimmed();
            if (l.isEmpty() || isMermaidDirective(l))
                continue;
            if (plainArrowChain(l)) {
                QString prev;
                bool first = true;
                for (qsizetype from = 0;;) {
                    const qsizetype at = findBytes(l, "-->", from);
                    const QByteArrayView piece =
                        l.sliced(from, (at < 0 ? l.size() : at) - from).trimmed();
                    char16_t name[64];
                    QString longName;
                    QStringView nameView;
                    if (piece.size() <= qsizetype(std::size(name))) {
                        std::copy(piece.begin(), piece.end(), name);
                        nameView = QStringView(name, piece.size());
                    } else {
                        longName = QString::fromLatin1(piece);
                        nameView = longName;
                    }
                    // A chain's last node opens the next line's ("A --> B", "B --> C"):
                    // its id again, shared, instead of a new string.
                    QString id;
                    if (!cachedName.isNull() && piece == cachedName) {
                        id = cachedId;
                    } else {
                        id = nodeId(nameView, lineNo);
                        if (!id.isEmpty()) {
                            cachedName = piece;
                            cachedId = id;
                        }
                    }
                    if (!first && !prev.isEmpty() && !id.isEmpty())
                        edges.append(
                            TrdDependency{prev, id, TrdDependency::Source::Mermaid, lineNo});
                    prev = std::move(id);
                    first = false;
                    if (at < 0)
                        break;
                    from = at + 3;
                }
                continue;
            }
        }
        const QString line = trimmedUtf8(raw);
        if (line.isEmpty())
            continue;
        cachedName = {}; // what follows may label nodes anew
        // Only lines starting with one of these letters can be a directive: most map lines
        // (edges) are spared the ten comparisons.
        if (const char16_t c = line.at(0).unicode();
            (c == u'%' || c == u'g' || c == u'f' || c == u'c' || c == u's' || c == u'e' ||
             c == u'l') &&
            (line.startsWith(u"%%") || line.startsWith(u"graph") || line.startsWith(u"flowchart") ||
             line.startsWith(u"classDef") || line.startsWith(u"class ") ||
             line.startsWith(u"style") || line.startsWith(u"click") ||
             line.startsWith(u"subgraph") || line == u"end" || line.startsWith(u"linkStyle")))
            continue;
        // The common `A[...] --> B[...]` form without regular expressions (maps with
        // thousands of edges); anything fancier goes through arrowRe.
        const bool plainArrows =
            line.contains(QStringLiteral("-->")) && !line.contains(u'|') &&
            !line.contains(QStringLiteral("-.")) && !line.contains(QStringLiteral("==")) &&
            !line.contains(QStringLiteral("---")) && !line.contains(QStringLiteral("-- "));
        // `GEN00001 --> GEN00002`, bare names only (the usual generated map): read in place,
        // without the lists of pieces and groups below. Anything else takes that path.
        if (plainArrows && bareChain(line)) {
            QString prev;
            bool first = true;
            for (qsizetype from = 0;;) {
                const qsizetype at = line.indexOf(u"-->", from);
                const QStringView name =
                    QStringView(line).mid(from, (at < 0 ? line.size() : at) - from).trimmed();
                QString id = nodeId(name, lineNo);
                if (!first && !prev.isEmpty() && !id.isEmpty())
                    edges.append(TrdDependency{prev, id, TrdDependency::Source::Mermaid, lineNo});
                prev = std::move(id);
                first = false;
                if (at < 0)
                    break;
                from = at + 3;
            }
            continue;
        }
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
                    id = nodeId(name, lineNo);
                }
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
    if (edges.size() == edgesBefore)
        return; // an architecture diagram, not a task map
    // Whether it maps tasks is known at the end, when every task is read (see mermaidMaps()).
    m_mermaidBlocks.append(MermaidBlock{edgesBefore, edges.size(), std::move(pending)});
}

// A mermaid block is the plan's dependency map when one of its edges touches a task the
// document defines (or the document defines none: its map may name another plan's tasks). A
// flowchart whose names merely spell ids ("VERIFY2 --> DEBUG2", "PHASE2 --> PHASE3") pictures
// a process: its edges are dropped and its nodes are no findings. On the TRDs of a real agent
// framework such pictures made 80 of 238 lint findings, none of them a problem in the plan.
void Builder::mermaidMaps()
{
    QList<bool> maps;
    maps.reserve(m_mermaidBlocks.size());
    for (const MermaidBlock& mb : std::as_const(m_mermaidBlocks)) {
        bool map = m_doc.tasks.isEmpty();
        for (qsizetype i = mb.edgesBegin; !map && i < mb.edgesEnd; ++i) {
            const TrdDependency& e = m_doc.dependencies.at(i);
            map = m_seen.value(e.from) >= 0 || m_seen.value(e.to) >= 0;
        }
        maps.append(map);
        if (map) {
            m_doc.hasMermaidMap = true;
            m_doc.diagnostics.append(mb.pending);
        }
    }
    for (qsizetype k = m_mermaidBlocks.size() - 1; k >= 0; --k) {
        const MermaidBlock& mb = m_mermaidBlocks.at(k);
        if (!maps.at(k))
            m_doc.dependencies.remove(mb.edgesBegin, mb.edgesEnd - mb.edgesBegin);
    }
    m_mermaidBlocks.clear();
}

// "**Story Points**: 5 | **Time**: 6 hours | **Priority**: P0": fields joined on one line.
// Each is read as on a line of its own, but a status (its bytes are what completing the
// task rewrites, found from the line's first key). A value that merely holds " | " stays.
void Builder::joinedFields(const Block& b, QString key, QString value)
{
    const QList<QStringView> parts = QStringView(value).split(u" | ");
    QList<std::pair<QString, QString>> more;
    for (qsizetype i = 1; i < parts.size() && parts.size() <= 8; ++i) {
        const QStringView part = parts.at(i).trimmed();
        const qsizetype colon = part.indexOf(u':');
        const QStringView k = colon > 0 ? part.first(colon).trimmed() : QStringView();
        if (k.isEmpty() || k.size() > 30 || !k.front().isLetter() || k.count(u' ') > 2)
            break;
        more.append({k.toString(), part.sliced(colon + 1).trimmed().toString()});
    }
    if (more.isEmpty() || more.size() != parts.size() - 1) {
        taskField(b, std::move(key), std::move(value));
        return;
    }
    QString first = parts.first().trimmed().toString();
    taskField(b, std::move(key), std::move(first));
    for (auto& [k, v] : more) {
        if (k.compare(u"status", Qt::CaseInsensitive) != 0 &&
            k.compare(u"state", Qt::CaseInsensitive) != 0)
            taskField(b, std::move(k), std::move(v));
        else // kept as written (the plan's own status line does not speak for this task)
            m_task.fields.append(TrdField{std::move(k), std::move(v), lineOf(b.begin)});
    }
}

void Builder::headingToSection()
{
    const int level = std::clamp(m_taskLevel, 1, 6);
    m_headings[level] = m_task.title.isEmpty() ? m_task.id : m_task.id + u": " + m_task.title;
    for (int l = level + 1; l <= 6; ++l)
        m_headings[l].clear();
    m_section = m_headings[level].toLower();
    m_lane = TrdScan::StatusWord::None;
    m_workChecklist = false;
    m_sectionNumbered = false;
    m_sectionScheduled = false;
    m_slotSprint = -1;
    m_inTask = false;
    resetTask();
    m_rangeIds.clear();
    m_headerDeps.clear();
    --m_headingTasks;
}

void Builder::table()
{
    if (m_tableRowEnds.size() < 2)
        return;
    // "## P2: Next wave" › "### Memory" over a table of items: the heading names an area of
    // the roadmap, not an item of a TODO list.
    if (m_inTask && m_priorityItem) {
        m_inTask = false;
        resetTask();
        --m_headingTasks;
    }
    if (m_inTask && m_task.form == TrdTask::Form::Checklist)
        finishTask();
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
    const std::span<const TableCell> head = tableRow(0);
    // Decoded once: every row's fields are keyed by them.
    QStringList headTexts;
    headTexts.reserve(qsizetype(head.size()));
    for (const TableCell& hb : head)
        headTexts.append(trimmedUtf8(cellText(hb)));
    TrdScan::EstimateUnit bare = TrdScan::EstimateUnit::Hours;
    for (int i = 0; i < int(head.size()); ++i) {
        const QString h = headTexts.at(i).toLower();
        auto set = [&](Col c) {
            if (col[c] < 0)
                col[c] = i;
        };
        if (h == u"id" || h == u"#" || h == u"task id" || h == u"key" || h == u"trd-nnn" ||
            h == u"ref" || h.endsWith(u" id") || h == u"no." || h == u"nr")
            set(Id);
        else if (h.contains(u"depend") || h.contains(u"blocked") || h == u"dep" || h == u"deps")
            set(Deps);
        else if ((h.contains(u"estimate") || h.contains(u"hour") || h.contains(u"effort") ||
                  h == u"h" || h.contains(u"hrs") || h == u"est" || h == u"est." ||
                  h.startsWith(u"est ") || h.startsWith(u"est. ") || h.contains(u"duration") ||
                  h == u"size" || h == u"t-shirt size" || h.contains(u"points") || h == u"sp" ||
                  h == u"pts" || h.contains(u"days")) &&
                 // "| GAP-013 | PropertyInfo | 50-200 |" under "LOC Estimate": lines of
                 // code, which the board would total as 200 hours.
                 !headerCountsNotTime(h)) {
            set(Hours);
            if (col[Hours] == i) {
                if (h.contains(u"day"))
                    bare = TrdScan::EstimateUnit::Days;
                else if (h.contains(u"point") || h == u"sp" || h == u"pts")
                    bare = TrdScan::EstimateUnit::Points;
            }
        } else if (h.contains(u"priority"))
            set(Priority);
        else if (h.contains(u"status") || h == u"state" || h == u"done" || h == u"progress") {
            // "| Feature ID | Feature Name | PRD Status | Task Status |": the work's own
            // status, not that of the document specifying it, says whether it is done.
            if (h.contains(u"task status") || h.contains(u"implementation status"))
                col[Status] = i;
            else
                set(Status);
        } else if (h.contains(u"sprint") || h.contains(u"phase") || h.contains(u"milestone"))
            set(Sprint);
        else if (h.contains(u"category") || h.contains(u"area") || h.contains(u"epic"))
            set(Category);
        else if (h.contains(u"task") || h.contains(u"title") || h.contains(u"name") ||
                 h.contains(u"summary") || h.contains(u"description") || h.contains(u"work item") ||
                 h.contains(u"story") || h.contains(u"feature") || h.contains(u"deliverable") ||
                 h == u"item" || h == u"items" || h.contains(u"aufgabe") ||
                 h.contains(u"beschreibung") || h.contains(u"tâche") || h.contains(u"tarea") ||
                 h.contains(u"tarefa") || h.contains(u"attività") || h.contains(u"zadani") ||
                 h.contains(u"judul") || h.contains(u"tugas") ||
                 h.contains(u"\u0437\u0430\u0434\u0430\u0447") || h.contains(u"\u4efb\u52a1") ||
                 (i > 0 && h == u"ticket"))
            // "| # | Ticket | Status |": after a number column, the ticket's words are its
            // title ("| Ticket | Title |" first names the ticket, ticketTable below).
            set(Title);
    }
    // "| Days | Task | Deliverable |" over "| 6-10 | OTP Sandbox Extraction | … |", "| 11-13 | …":
    // the days of a schedule, each row starting the day after the last ended; a summary of
    // the milestones, not estimates of tasks.
    if (col[Hours] == 0 && (headTexts.at(0).compare(u"day", Qt::CaseInsensitive) == 0 ||
                            headTexts.at(0).compare(u"days", Qt::CaseInsensitive) == 0)) {
        int last = -1;
        bool chained = m_tableRowEnds.size() >= 3;
        for (qsizetype r = 1; chained && r < m_tableRowEnds.size(); ++r) {
            const std::span<const TableCell> row = tableRow(r);
            const QByteArrayView c = row.empty() ? QByteArrayView() : cellText(row[0]).trimmed();
            int from = -1;
            int to = -1;
            int* n = &from;
            for (const char ch : c) {
                if (ch >= '0' && ch <= '9' && *n < 10000)
                    *n = (*n < 0 ? 0 : *n * 10) + (ch - '0');
                else if (ch == '-' && n == &from && from >= 0)
                    n = &to;
                else if (ch != ' ') {
                    from = -1;
                    break;
                }
            }
            if (to < 0)
                to = from;
            chained = from >= 0 && to >= from && (last < 0 || from == last + 1);
            last = to;
        }
        if (chained)
            col[Hours] = -1;
    }
    // "| TRD-001 | Set up CI | 4h | ✅ |" over |---|: the team wrote no header, markdown made
    // the first task one. Every row is a task, the first too, read as rows without a header.
    if (col[Id] < 0 && col[Title] < 0 && col[Hours] < 0 && col[Status] < 0 && !head.empty()) {
        const LeadingId first = leadingId(headTexts.at(0), false);
        if (first.isValid() && !first.requirement && first.end == headTexts.at(0).size()) {
            for (qsizetype r = 0; r < m_tableRowEnds.size(); ++r) {
                const std::span<const TableCell> row = tableRow(r);
                QStringList cells;
                qsizetype begin = -1;
                for (const TableCell& cb : row) {
                    cells << trimmedUtf8(cellText(cb));
                    if (begin < 0)
                        begin = cb.begin;
                }
                const LeadingId id = leadingId(cells.value(0), false);
                if (id.isValid() && !id.requirement && id.end == cells.value(0).size() &&
                    begin >= 0)
                    idRow(cells, id.id, lineOf(begin));
            }
            return;
        }
    }
    // BMAD's engineering backlog: "| Date | Story | Epic | Type | Severity | Owner | Status |
    // Notes |" over "| 2025-11-05 | 1.6 | 1 | Bug | High | TBD | Open | Add the retry test |".
    // Its Story column names the story an item came from ("1.6", "prep-5-5"), its Notes
    // what to do: each row is an item of work without an id, ranked by its severity.
    bool backlogTable = false;
    if (col[Id] < 0 && col[Status] >= 0 && col[Title] >= 0 &&
        headTexts.at(col[Title]).compare(u"story", Qt::CaseInsensitive) == 0) {
        int notes = -1;
        int severity = -1;
        for (int i = col[Title] + 1; i < int(head.size()); ++i) {
            const QString h = headTexts.at(i).toLower();
            if (notes < 0 && (h == u"notes" || h == u"note" || h == u"description" ||
                              h == u"details" || h == u"action item" || h == u"item"))
                notes = i;
            if (severity < 0 && h == u"severity")
                severity = i;
        }
        // A story cell holding a title ("Story 1.2: Login") makes a sprint table of stories.
        bool refs = notes >= 0;
        for (qsizetype r = 1; refs && r < m_tableRowEnds.size(); ++r) {
            const std::span<const TableCell> row = tableRow(r);
            if (col[Title] < int(row.size())) {
                const QByteArrayView story = cellText(row[col[Title]]).trimmed();
                refs = story.size() <= 16 && !story.contains(' ');
            }
        }
        if (refs) {
            col[Title] = notes;
            if (col[Priority] < 0)
                col[Priority] = severity;
            backlogTable = true;
        }
    }
    // Tables of error codes, files or risks also start with ids: a task table has an
    // estimate, status or dependency column, or says "task" (or "story") over its titles.
    bool taskTable = col[Hours] >= 0 || col[Status] >= 0 || col[Deps] >= 0;
    // "| Milestone | Status |" over "| M1: Critical Bug Fixes | ✅ COMPLETE |": how far each
    // milestone got; a done one makes its tasks that say nothing themselves done.
    // Not a capacity table ("| Sprint 1 | 76h | ✅ Under capacity |") nor a timeline with
    // durations; "⚠️ 60% Complete" is no completion.
    if (col[Sprint] == 0 && col[Status] > 0 && col[Id] < 0 && col[Title] < 0 && col[Hours] < 0) {
        for (qsizetype r = 1; r < m_tableRowEnds.size(); ++r) {
            const std::span<const TableCell> row = tableRow(r);
            if (int(row.size()) <= col[Status])
                continue;
            const QString name = trimmedUtf8(cellText(row[0]));
            const QString status = trimmedUtf8(cellText(row[col[Status]]));
            if (TrdScan::statusWord(status) != TrdScan::StatusWord::Done || status.contains(u'%'))
                continue;
            // "M1: …", "Milestone 1", "Sprint 2 - …", "Phase 3".
            QString key;
            qsizetype d = 0;
            if (name.size() > 1 && name.at(0) == u'M' && isAsciiDigit(name.at(1))) {
                key = QStringLiteral("milestone ");
                d = 1;
            } else {
                for (const char16_t* w : {u"milestone ", u"sprint ", u"phase ", u"week "}) {
                    if (name.startsWith(QStringView(w), Qt::CaseInsensitive)) {
                        key = QString::fromUtf16(w);
                        d = key.size();
                        break;
                    }
                }
            }
            qsizetype e = d;
            while (e < name.size() && isAsciiDigit(name.at(e)))
                ++e;
            if (key.isEmpty() || e == d)
                continue;
            m_sprintsDone.insert(key + name.mid(d, e - d),
                                 {lineOf(row[0].begin), name.left(e) + u' ' + status});
        }
    }
    // "| Issue | Title | Type |" over "| #903 | Wrong card count | Bug |" in a plan of
    // milestones: the tracker's issues a milestone takes on. Their numbers are the ids.
    // So in a sprint's own file that estimates and tracks them ("| Issue | Story | Points |
    // Status |" over "| #1 | CSV upload | 2 | ✅ Done |").
    const bool issueTable = col[Id] < 0 && col[Title] > 0 &&
                            (!m_doc.sprints.isEmpty() || (col[Hours] >= 0 && col[Status] >= 0)) &&
                            (headTexts.at(0).compare(u"issue", Qt::CaseInsensitive) == 0 ||
                             headTexts.at(0).compare(u"issue #", Qt::CaseInsensitive) == 0);
    if (issueTable) {
        col[Id] = 0;
        taskTable = true;
    }
    // "| Ticket | Title | Estimate | Status |" over "| [#001](./ticket-001-n1-fix.md) | Fix the
    // N+1 query | 4h | ✅ Done |": a sprint board of numbered tickets, one row each, the
    // ticket's number its id. Only with an estimate or a status: an ADR's "| Ticket | Scope |
    // Owner |" names work without planning it.
    const bool ticketTable = col[Id] < 0 && col[Title] > 0 &&
                             (col[Hours] >= 0 || col[Status] >= 0) &&
                             (headTexts.at(0).compare(u"ticket", Qt::CaseInsensitive) == 0 ||
                              headTexts.at(0).compare(u"ticket #", Qt::CaseInsensitive) == 0);
    if (ticketTable)
        col[Id] = 0;
    // "| WP | Title | Size | Depends |" over "| 01 | Design canon | L | -- |": work packages
    // numbered under an abbreviation in capitals (the notes around call them "WP-01"). The
    // abbreviation, a hyphen and the number are the id; a Depends cell names the numbers.
    QString packagePrefix;
    if (col[Id] < 0 && col[Title] > 0 && col[Deps] > 0 && m_tableRowEnds.size() >= 3) {
        const QString& h = headTexts.at(0);
        bool caps = h.size() >= 2 && h.size() <= 4;
        for (const QChar c : h)
            caps = caps && c.unicode() >= 'A' && c.unicode() <= 'Z';
        for (qsizetype r = 1; caps && r < m_tableRowEnds.size(); ++r) {
            const std::span<const TableCell> row = tableRow(r);
            const QByteArrayView n = row.empty() ? QByteArrayView() : cellText(row[0]).trimmed();
            caps = !n.isEmpty() && n.size() <= 4 &&
                   std::all_of(n.cbegin(), n.cend(), [](char c) { return c >= '0' && c <= '9'; });
        }
        if (caps) {
            packagePrefix = h + u'-';
            col[Id] = 0;
        }
    }
    // "| # | Task | Owner | Est. | Dep |" over "| 1.1 | … |", "| 1.2 | … |" outside any sprint:
    // every row numbered in a column headed "#", "ID" or "No.", under a title column, in a
    // table that estimates, tracks or links its rows. The numbers are the ids (one row
    // numbered "2" among them and they are section numbers: no ids). In a sprint only its
    // own numbers are (sprintTicketNumber); "Story ID" keeps its word (numberedByHeader).
    bool dottedIds = false;
    if (col[Id] >= 0 && col[Title] > col[Id] && m_tableRowEnds.size() >= 3 && m_sprint < 0 &&
        (col[Hours] >= 0 || col[Status] >= 0 || col[Deps] >= 0) &&
        (headTexts.at(col[Id]) == u"#" ||
         headTexts.at(col[Id]).compare(u"id", Qt::CaseInsensitive) == 0 ||
         headTexts.at(col[Id]).compare(u"no.", Qt::CaseInsensitive) == 0)) {
        dottedIds = true;
        for (qsizetype r = 1; dottedIds && r < m_tableRowEnds.size(); ++r) {
            const std::span<const TableCell> row = tableRow(r);
            const QByteArrayView n =
                int(row.size()) > col[Id] ? cellText(row[col[Id]]).trimmed() : QByteArrayView();
            const qsizetype dot = n.indexOf('.');
            dottedIds =
                dot > 0 && dot <= 3 && dot + 1 < n.size() && n.size() - dot - 1 <= 3 &&
                std::all_of(n.cbegin(), n.cend(),
                            [](char ch) { return ch == '.' || (ch >= '0' && ch <= '9'); }) &&
                n.count('.') == 1;
        }
    }
    const bool numberedIds = issueTable || ticketTable;
    // "| Story ID | Title | Points | Status | Sprint |": a tracker planning user stories, whose
    // US-1.1 rows are its work items (in a PRD, a story is a requirement).
    // So is "| ID | Title / Story | Priority | Status | Estimate |" over "| US-263 | … |", and
    // "| Story | Points | Status |" over "| US-3.1 | 5 | Not Started |" (or over the stories'
    // words): the stories a sprint committed to, sized and tracked.
    const bool storiesPlanned = col[Id] < 0 && col[Title] == 0 &&
                                headTexts.at(0).contains(u"story", Qt::CaseInsensitive) &&
                                col[Status] >= 0 && col[Hours] >= 0;
    const bool storyTracker =
        (col[Id] == 0 &&
         (headTexts.at(0).contains(u"story", Qt::CaseInsensitive) ||
          (col[Title] > 0 && headTexts.at(col[Title]).contains(u"story", Qt::CaseInsensitive) &&
           col[Status] >= 0 && col[Hours] >= 0)) &&
         (col[Sprint] >= 0 || (col[Status] >= 0 && col[Hours] >= 0))) ||
        storiesPlanned;
    // "| Test ID | Test Description | Status |": test cases to run, risks to watch.
    if (col[Id] >= 0) {
        const QString h = headTexts.at(col[Id]).toLower();
        if (h.contains(u"test") || h.contains(u"risk") || h.startsWith(u"req"))
            taskTable = false;
    }
    // "| ID | Risk | Likelihood | Impact | Mitigation | Tasks |": a risk register, whatever
    // else its columns say; its R1 rows are risks, and the tasks it names are defined elsewhere.
    if (std::any_of(headTexts.cbegin(), headTexts.cend(), [](const QString& t) {
            // Not "Risk" alone: "| ID | Task | Estimate | Risk |" rates each task's risk.
            return t.contains(u"likelihood", Qt::CaseInsensitive) ||
                   t.contains(u"mitigation", Qt::CaseInsensitive);
        }))
        taskTable = false;
    // "| AC ID | Acceptance Criteria | Implementing Tasks |": each row names the tasks that
    // implement something else; a column of task lists, not of titles, makes no row a task.
    else if (!taskTable && col[Title] >= 0 && col[Title] != col[Id] &&
             (headTexts.at(col[Title]).endsWith(u"tasks", Qt::CaseInsensitive) ||
              headTexts.at(col[Title]).endsWith(u"task(s)", Qt::CaseInsensitive) ||
              headTexts.at(col[Title]).endsWith(u"task ids", Qt::CaseInsensitive)))
        taskTable = false;
    else if (!taskTable && col[Title] >= 0) {
        const QString h = QString::fromUtf8(cellText(head[col[Title]])).toLower();
        taskTable = h.contains(u"task") || h.contains(u"story") || h.contains(u"item") ||
                    h.contains(u"deliverable") || h.contains(u"aufgabe") || h.contains(u"tâche");
    }
    // "| ID | Objective | Source | Status |" over "| G1 | Every stop event runs the command |
    // PRD §3.1 | **Satisfied** — … |": an objective register, each row met or not by work the
    // plan defines elsewhere; its G1 rows are no tasks.
    if (col[Title] < 0 && std::any_of(headTexts.cbegin(), headTexts.cend(), [](const QString& t) {
            return equalsAnyCi(t, {u"objective", u"objectives", u"goal", u"goals"});
        }))
        taskTable = false;
    // "| Blocker ID | Date | Story | Description | Status |": what held the story up, logged
    // and resolved; its B1 rows are no tasks, whatever story they name.
    if (!head.empty() && headTexts.at(0).startsWith(u"blocker", Qt::CaseInsensitive))
        taskTable = false;
    // "### Story 3.1: Invoice list" over "| Task ID | Task | Status |": the story groups the
    // tasks its table defines, it is none itself; also after its acceptance checkboxes, when
    // the table heads its ids as tasks' ("### Story 4.2: Entry page - 5 Points" › "- [x] …" ›
    // "| Task ID | … | Points |": counted as a task, its points were counted twice).
    if (taskTable && col[Id] >= 0 && m_inTask && m_task.form == TrdTask::Form::Heading &&
        (m_task.subtasks.isEmpty() ||
         headTexts.at(col[Id]).startsWith(u"task", Qt::CaseInsensitive)) &&
        m_task.id.startsWith(u"Story "))
        headingToSection();
    bool workTable = false;
    if (col[Title] >= 0) {
        const QString h = QString::fromUtf8(cellText(head[col[Title]])).toLower();
        workTable = h.contains(u"title") || h.contains(u"work") || h.contains(u"summary") ||
                    h.contains(u"feature") || h.contains(u"name");
    }
    // "| Task | Owner | Status | Estimated Hours |": a sprint backlog without ids. Its rows are
    // tasks when the title column says "Task" (not "Tasks", a count) and the table has a
    // status or estimate column; the title stands in for the id.
    bool idlessTasks = false;
    if (col[Title] >= 0 && (col[Hours] >= 0 || col[Status] >= 0)) {
        const QString h = headTexts.at(col[Title]).toLower();
        idlessTasks = (h.contains(u"task") || h.contains(u"work item") || h.contains(u"aufgabe") ||
                       h.contains(u"tâche") || h.contains(u"tarea")) &&
                      h != u"tasks" && !h.contains(u"count") && !h.startsWith(u'#');
        // "| # | Item | Effort | Why it sits here | Status |": an improvement plan's list of
        // work, each item sized and ticked off. "Item" alone names anything (a budget's
        // "| Item | Cost |"), so only with both an estimate and a status.
        if ((h == u"item" || h == u"items") && col[Hours] >= 0 && col[Status] >= 0)
            idlessTasks = true;
        // "### Phase 2: Data Quality ✅ COMPLETE" › "| Feature | Status |": right under a
        // phase, the features it builds are its work. Elsewhere ("### Already Implemented",
        // "### Roadmap Reference") such a table is an inventory.
        if (h == u"feature" && col[Status] >= 0 && m_sectionIsSprint && m_sprint >= 0)
            idlessTasks = true;
    }
    idlessTasks = idlessTasks || backlogTable || storiesPlanned;
    // The column of stories in "| Story | Points | Status |", if the title column is one.
    const int storyCol =
        col[Title] >= 0 && headTexts.at(col[Title]).contains(u"story", Qt::CaseInsensitive)
            ? col[Title]
            : -1;
    // Each cell decoded once (the row is looked at column by column several times), into one
    // buffer for all rows: most rows are summaries of tasks read above, and keep no text.
    QVarLengthArray<char16_t, 512> rowText;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 16> cellAt; // offset and size in rowText
    for (qsizetype r = 1; r < m_tableRowEnds.size(); ++r) {
        const std::span<const TableCell> row = tableRow(r);
        rowText.clear();
        cellAt.clear();
        for (const TableCell& cb : row) {
            const qsizetype at = rowText.size();
            const QByteArrayView bytes = cellText(cb).trimmed();
            if (std::all_of(bytes.begin(), bytes.end(),
                            [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
                for (const char ch : bytes) // ASCII: widened as it is
                    rowText.append(char16_t(ch));
            } else {
                const QString decoded = trimmedUtf8(bytes);
                rowText.append(reinterpret_cast<const char16_t*>(decoded.constData()),
                               decoded.size());
            }
            cellAt.append({at, rowText.size() - at});
        }
        // "| - [x] **OC-S1-PKG-001** | Create the package | 2 | Done |": a checkbox written in
        // the id cell, as in a checklist. The id follows it; a ticked box is the row's status
        // when the table has no Status column.
        char16_t rowBox = 0;
        if (const int ic = col[Id] >= 0 ? col[Id] : 0; ic < cellAt.size()) {
            const char16_t* c = rowText.constData() + cellAt[ic].first;
            const qsizetype n = cellAt[ic].second;
            const qsizetype lead = n >= 2 && (c[0] == u'-' || c[0] == u'*') && c[1] == u' ' ? 2 : 0;
            if (n >= lead + 4 && c[lead] == u'[' && c[lead + 2] == u']' && c[lead + 3] == u' ' &&
                (c[lead + 1] == u' ' || c[lead + 1] == u'x' || c[lead + 1] == u'X')) {
                rowBox = c[lead + 1];
                qsizetype skip = lead + 4;
                while (skip < n && c[skip] == u' ')
                    ++skip;
                cellAt[ic].first += skip;
                cellAt[ic].second -= skip;
            }
        }
        // A view, valid for this row; what a task keeps is copied out.
        auto cell = [&rowText, &cellAt](int c) {
            return c >= 0 && c < cellAt.size()
                       ? QStringView(rowText.constData() + cellAt[c].first, cellAt[c].second)
                       : QStringView();
        };
        qsizetype rowBegin = -1;
        for (const TableCell& cb : row) {
            if (cb.begin >= 0) {
                rowBegin = cb.begin;
                break;
            }
        }
        const int rowLine = lineOf(rowBegin);
        // A requirement in the first column: a traceability row. It links tasks; it is none.
        // (A user story in a tracker that plans it, in a sprint or with a status and points,
        // is work: storyTracker.)
        const LeadingId first =
            leadingIdWith(cell(0), false, [this](QStringView v) { return knownId(v); });
        {
            if (first.isValid() && first.requirement && col[Id] <= 0 &&
                !(storyTracker && first.id.startsWith(u"US-"))) {
                TrdLink link{first.id, {}, rowLine};
                for (int c = 1; c < int(row.size()); ++c) {
                    for (const QString& id : ids(cell(c), rowLine)) {
                        if (!isRequirementId(id) && !link.tasks.contains(id))
                            link.tasks << id;
                    }
                }
                if (!link.tasks.isEmpty())
                    m_doc.links.append(link);
                continue;
            }
        }
        // The Dependencies cell: ids, ranges, and "T001, T002" (spec-kit's short ids).
        auto rowDeps = [&]() {
            const QStringView deps = cell(col[Deps]);
            QStringList out = ids(deps, rowLine);
            for (const QStringView one : QStringView(deps).split(u',')) {
                const QStringView t = one.trimmed();
                if (shortId(t) && TrdScan::idEnd(t, 0) < 0)
                    out << t.toString();
                // "| 1.2 | … | 1.1 |": a number the table gave an earlier row as its id.
                else if (!t.isEmpty() && isAsciiDigit(t.front()) && m_seen.value(t) >= 0)
                    out << t.toString();
                else if (numberedIds)
                    out << issueNumbers(t);
                // "03, 08, 09", "05 (08 for bridge mode)": the numbers leading each part.
                else if (!packagePrefix.isEmpty()) {
                    qsizetype e = 0;
                    while (e < t.size() && e < 4 && isAsciiDigit(t.at(e)))
                        ++e;
                    if (e > 0 && (e == t.size() || t.at(e) == u' '))
                        out << packagePrefix + t.first(e);
                }
            }
            return out;
        };
        // The id: in the Id column, else at the start of the first cell or the title.
        QString id;
        int idCol = col[Id];
        // "| [EPIC-01: Auth](…) | 13 | 55 | Backlog |": a summary of epics, not tasks.
        const int tryCols[2] = {idCol >= 0 ? idCol : (col[Category] == 0 ? -1 : 0),
                                idCol >= 0 ? -1 : col[Title]};
        for (int c : tryCols) {
            if (c < 0 || !id.isEmpty())
                continue;
            const QStringView t = cell(c);
            // The first cell's was read above.
            LeadingId lid = c == 0 ? first : leadingId(t, false);
            // "| T7 | P1 | Add the CI step |": in a column headed as ids, a short one is one;
            // "| T003 | T001 | Yes |" elsewhere too when it is spec-kit's form, the whole cell.
            // "| 0.3 | Write the philosophy guide | ✅ Done |" under "## Sprint 0: …": the ticket's
            // number in its sprint, with a title beside it.
            const bool sprintNumber = c == col[Id] && col[Title] > c && m_sprint >= 0 &&
                                      headTexts.at(c) == u"#" &&
                                      sprintTicketNumber(t, m_doc.sprints.at(m_sprint).number);
            const QString headerNumber =
                c == col[Id] && col[Title] > c ? numberedByHeader(t, headTexts.at(c)) : QString();
            if (!lid.isValid() && c == col[Id] && !packagePrefix.isEmpty()) {
                lid.start = 0;
                lid.end = t.size();
                lid.id = packagePrefix + t;
            } else if (!lid.isValid() && c == col[Id] &&
                       (shortId(t) || (numberedIds && issueNumber(t)) || sprintNumber ||
                        dottedIds)) {
                lid.start = 0;
                lid.end = t.size();
                lid.id = t.toString();
            } else if (!lid.isValid() && !headerNumber.isEmpty()) {
                lid.start = 0;
                lid.end = t.size();
                lid.id = headerNumber;
            } else if (!lid.isValid()) {
                const LeadingId li = leadingId(t, true);
                if (li.isValid() && li.start == 0 && li.end == t.size() && !isAsciiDigit(t.at(0)))
                    lid = li;
            }
            // "| Story 3.4: Import the ledger | 5 | ✅ Done |" under a Story column: the story's
            // number is its id, as its heading ("### Story 3.4: …") gives it.
            if (!lid.isValid() && c == storyCol)
                lid = labelId(t, u"Story ");
            if (!lid.isValid() || (lid.requirement && !(storyTracker && lid.id.startsWith(u"US-"))))
                continue;
            // "| Setup | T001-T005 (5) | … |": a title cell opening with a range lists tasks.
            const bool leadingRange = idRange(t, lid.start, lid.end).isValid() ||
                                      gluedRange(t, lid.start, lid.end).isValid();
            // "MQ-T001 to MQ-T006", "TRD-001, TRD-002": a list of tasks, not one. A cell that
            // starts with one coded id and names no other (most id cells) names just that
            // one: no list is made.
            const bool single =
                !leadingRange && TrdScan::idEnd(t, lid.start) == lid.end && noIdFrom(t, lid.end);
            const QStringList named = single ? QStringList() : ids(t, rowLine);
            if (named.size() > 1 && (c == idCol || c == 0 || leadingRange) &&
                t.size() - lid.end < 40) {
                candidate(rowLine, t, Tr::tr("the cell names several tasks"));
                // "| TRD-005-TEST, TRD-006-TEST | 5h |" in a sprint's table: the sprint
                // plans each of them.
                if (m_sprint >= 0 && (c == idCol || c == 0)) {
                    for (const QString& one : named)
                        planInSprint(m_sprint, one, rowLine, false);
                }
                // A summary row over several tasks ("| TRD-013 – TRD-024 | ✅ Done |")
                // marks each of them done.
                const QString st = cell(col[Status]).toString();
                const TrdScan::StatusWord word =
                    col[Status] >= 0 ? TrdScan::statusWord(st) : TrdScan::StatusWord::None;
                if (word == TrdScan::StatusWord::Done || word == TrdScan::StatusWord::InProgress) {
                    QList<TrdLink>& to =
                        word == TrdScan::StatusWord::Done ? m_doc.doneMentions : m_progressMentions;
                    for (const QString& one : named) {
                        if (!isRequirementId(one))
                            to.append(TrdLink{one, {st}, rowLine});
                    }
                }
                // "| T004-T005 | T003 |": each task of the range waits on the cell's.
                if (col[Deps] >= 0 && c != col[Deps]) {
                    const QStringList deps = rowDeps();
                    for (const QString& one : named) {
                        for (const QString& d : deps) {
                            if (d != one)
                                m_doc.dependencies.append(
                                    TrdDependency{d, one, TrdDependency::Source::Field, rowLine});
                        }
                    }
                }
                continue;
            }
            id = lid.id;
            idCol = c;
        }
        bool implicit = false;
        if (id.isEmpty() && idlessTasks) {
            QString t = cell(col[Title]).toString();
            t.remove(u'*');
            t = t.trimmed();
            int letters = 0;
            for (const QChar ch : std::as_const(t))
                letters += ch.isLetter() ? 1 : 0;
            // "**Phase 3 Total**", "Subtotal", "Total effort": a sum of the rows above, no
            // task ("Invoice totals round each line" is one).
            const QString lower = t.toLower();
            const bool sum = lower.startsWith(u"total") || lower.startsWith(u"subtotal") ||
                             lower.startsWith(u"grand total") || lower.endsWith(u"total") ||
                             lower.endsWith(u"totals");
            if (letters >= 3 && !sum && !hasId(t)) {
                id = implicitId(t);
                implicit = true;
            }
        }
        if (id.isEmpty())
            continue;
        if (!taskTable) {
            // Error codes ("| MQ-004 | … | Meaning |"), bugs and risks are no near-miss:
            // only rows that a header or their id calls work are worth a "not read" note.
            if (workTable || id.startsWith(u"TRD-") || id.startsWith(u"TASK-", Qt::CaseInsensitive))
                candidate(rowLine, cell(idCol),
                          Tr::tr("its table has no estimate, status or dependency column"));
            continue;
        }
        // "| Task 1.1: Clone the template | ✅ COMPLETE | ✅ VERIFIED |" under "| Task 1: … |"
        // in a story's review: the story's tasks and their numbered subtasks once more, read
        // above as "- [x] **Task 1: …**" over its checkboxes. A subtask's row is none of its
        // own (the task's row, a mention, gives its evidence).
        if (const qsizetype dot = id.lastIndexOf(u'.');
            !implicit && dot > 0 && dot + 1 < id.size() && m_seen.value(id) < 0) {
            bool number = false;
            const int nth = QStringView(id).sliced(dot + 1).toInt(&number);
            const int parent = m_seen.value(QStringView(id).first(dot));
            if (number && parent >= 0 && parent < m_doc.tasks.size() && nth >= 1 &&
                nth <= m_doc.tasks.at(parent).subtasks.size())
                continue;
        }
        finishTask(); // leaves m_task new
        m_inTask = true;
        m_task.form = TrdTask::Form::TableRow;
        m_task.id = id;
        m_task.implicitId = implicit;
        m_task.line = rowLine;
        // A row naming a task already read is a mention (a summary table): finishTask() takes
        // only its status, estimate, requirements and dependencies, so nothing else is built.
        const bool mention = m_seen.value(id, -1, &m_tableHint) >= 0;
        if (!mention) {
            m_task.category = col[Category] >= 0 ? cell(col[Category]).toString() : category(7);
            QString title =
                (col[Title] >= 0 && col[Title] != idCol ? cell(col[Title]) : cell(idCol))
                    .toString();
            if (title.startsWith(id))
                title = title.mid(id.size());
            while (!title.isEmpty() &&
                   (title.at(0) == u':' || title.at(0) == u'-' || title.at(0).isSpace()))
                title.remove(0, 1);
            title = title.trimmed();
            // "| SCRUM-10 (Jira Onboarding) | 8 |": the words after the id, in parentheses.
            if (title.size() > 2 && title.front() == u'(' && title.back() == u')' &&
                title.indexOf(u'(', 1) < 0)
                title = title.sliced(1, title.size() - 2).trimmed();
            m_task.title = title;
        }
        // "| Monitoring (24h) | 24 hours |": the window the row names, no effort.
        bool estimateIsCell = true;
        if (col[Hours] >= 0 && !(col[Title] >= 0 && col[Title] != col[Hours] &&
                                 TrdScan::namesWindow(cell(col[Title])))) {
            const TrdScan::Estimate& e = cellEstimate(cell(col[Hours]));
            estimateIsCell = e.start <= 0 && e.end >= cell(col[Hours]).size();
            setEstimate(m_task, e, bare);
            // "| 1.1 | … | S |", "| 01 | … | XL |": a T-shirt size, shown as written.
            if (e.start < 0 && TrdScan::isSize(cell(col[Hours]))) {
                m_task.estimate = cell(col[Hours]).trimmed().toString();
                estimateIsCell = true;
            }
        }
        // "| ~~5h~~ 2h actual |": the struck figure was the plan, the one after it what the
        // work took, and the board counts that (md4c's text has lost the tildes). Only a cell
        // holding more than its estimate is looked at again.
        if (!estimateIsCell && rowBegin >= 0) {
            const QList<ByteSpan> raw =
                tableCells(m_lines.lineStart(rowBegin), m_lines.lineEnd(m_bytes, rowBegin));
            if (col[Hours] < raw.size() && raw.at(col[Hours]).isValid()) {
                const QByteArrayView bytes = QByteArrayView(m_bytes).sliced(
                    raw.at(col[Hours]).begin, raw.at(col[Hours]).size());
                const qsizetype close = bytes.lastIndexOf("~~");
                if (close > 0 && bytes.first(close).contains("~~")) {
                    const QString after = QString::fromUtf8(bytes.sliced(close + 2));
                    if (const TrdScan::Estimate e = TrdScan::parseEstimate(after); e.start >= 0)
                        setEstimate(m_task, e, bare);
                }
            }
        }
        if (col[Priority] >= 0 && !mention)
            m_task.priority = cell(col[Priority])
                                  .toString()
                                  .toUpper()
                                  .remove(u'*')
                                  .remove(QStringLiteral(" PRIORITY"));
        if (col[Status] < 0 && (rowBox == u'x' || rowBox == u'X')) {
            m_task.marker = TrdTask::Marker::Completed;
            m_task.markerText = QStringLiteral("[x]");
        }
        // "| PoC-1A-1 | ~~Install the toolchain~~ | 10/14 | 3 hrs. |": without a Status
        // column, a row whose title is struck through from end to end is done, as a struck
        // checklist item is. md4c's text has lost the tildes: the row's bytes say it.
        // The cells are split again only for a row holding "~~" at all: nearly none does.
        const qsizetype rowStart = rowBegin >= 0 ? m_lines.lineStart(rowBegin) : -1;
        const qsizetype rowEnd = rowBegin >= 0 ? m_lines.lineEnd(m_bytes, rowBegin) : -1;
        if (col[Status] < 0 && m_task.marker == TrdTask::Marker::None && !mention &&
            rowBegin >= 0 &&
            findBytes(QByteArrayView(m_bytes).sliced(rowStart, rowEnd - rowStart), "~~") >= 0) {
            const int titleCol = col[Title] >= 0 ? col[Title] : idCol;
            const QList<ByteSpan> raw = tableCells(rowStart, rowEnd);
            if (titleCol < raw.size() && raw.at(titleCol).isValid()) {
                const QByteArrayView bytes = QByteArrayView(m_bytes).sliced(
                    raw.at(titleCol).begin, raw.at(titleCol).size());
                if (bytes.size() > 4 && bytes.startsWith("~~") && bytes.endsWith("~~") &&
                    findBytes(bytes.sliced(2, bytes.size() - 4), "~~") < 0) {
                    m_task.marker = TrdTask::Marker::Completed;
                    m_task.markerText = Tr::tr("struck through");
                }
            }
        }
        if (col[Status] >= 0) {
            const QString* st = nullptr;
            switch (cellStatus(cell(col[Status]), &st)) {
            case TrdScan::StatusWord::Done:
                m_task.marker = TrdTask::Marker::Completed;
                m_task.markerText = *st;
                break;
            case TrdScan::StatusWord::InProgress:
                m_task.marker = TrdTask::Marker::InProgress;
                m_task.markerText = *st;
                break;
            case TrdScan::StatusWord::Blocked:
                // "⛔ Blocked", "On hold": the plan says the work cannot go on.
                m_task.mutableExtra().flags << QStringLiteral("BLOCKED");
                break;
            case TrdScan::StatusWord::None: {
                // "🗄️ Archived", "Cancelled", "Superseded" in the Status column: work given up
                // is closed, as a struck-through task or a "[~] skipped" box is. Only here, in
                // the status cell: "Show archived projects" is a title.
                if (st && !givenUpWord(st->toLower()).isEmpty()) {
                    m_task.marker = TrdTask::Marker::Completed;
                    m_task.markerText = *st;
                }
                break;
            }
            default:
                break;
            }
        }
        QStringList depends, satisfies;
        for (int c = 0; c < int(row.size()); ++c) {
            if (c != idCol)
                readKnownTags(cell(c), &depends, &satisfies);
        }
        if (col[Deps] >= 0)
            depends << rowDeps();
        for (const QString& d : std::as_const(depends)) {
            if (d == id || m_task.dependencies.contains(d))
                continue;
            m_task.dependencies << d;
            m_doc.dependencies.append(
                TrdDependency{d, id, TrdDependency::Source::Field, m_task.line});
        }
        if (!m_task.dependencies.isEmpty())
            m_task.dependenciesLine = m_task.line;
        if (!satisfies.isEmpty())
            m_task.mutableExtra().requirements = satisfies;
        if (col[Status] >= 0 && rowBegin >= 0 && !mention) {
            // The Status cell's bytes, so completing or reopening a row rewrites just them.
            const QList<ByteSpan> cells =
                tableCells(m_lines.lineStart(rowBegin), m_lines.lineEnd(m_bytes, rowBegin));
            if (col[Status] < cells.size())
                m_task.statusCell = cells.at(col[Status]);
        }
        for (int c = 0; c < int(row.size()) && !mention; ++c) {
            if (c == idCol || c == col[Title] || c >= int(head.size()))
                continue;
            m_task.fields.append(TrdField{headTexts.at(c), cell(c).toString(), m_task.line});
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

// Called right after finishTask(), which leaves m_task new (resetting a task of some thirty
// members twice per task showed in profiles).
void Builder::startTask(const Block& b, TrdTask::Form form, int level, const LeadingId& id)
{
    Q_ASSERT(!m_inTask);
    m_priorityItem = false;
    m_inTask = true;
    m_taskSection.clear();
    m_labelInTask.clear();
    m_task.form = form;
    m_taskLevel = level;
    m_task.line = lineOf(b.begin);
    const qsizetype ls = m_lines.lineStart(b.begin);
    const qsizetype le = m_lines.lineEnd(m_bytes, std::max(b.begin, b.end - 1));
    m_task.headerSpan = ByteSpan{ls, le};
    m_task.span = ByteSpan{ls, le};
    m_task.category = category(level);
    m_listTask = false;
    m_hoursActual = false;
    if (form == TrdTask::Form::Heading) {
        ++m_headingTasks;
        parseHeader(m_task, trimmedUtf8(b.text), -1, id, true);
        findMarkers(m_task);
    } else {
        ++m_boldTasks;
    }
}

// The estimate written as a field of its own between bars after a task's title: "- [ ]
// **TRD-001** — Title | 2h | [satisfies REQ-010]", "Title | 3 days". The whole field is the
// estimate, with a unit ("| 2 |" is a count, "| 2h of review |" a note). Positions in s.
TrdScan::Estimate barredEstimate(QStringView s, qsizetype from)
{
    for (qsizetype bar = TrdScan::find(s, u'|', from); bar >= 0;) {
        const qsizetype next = TrdScan::find(s, u'|', bar + 1);
        qsizetype a = bar + 1;
        qsizetype z = next < 0 ? s.size() : next;
        while (a < z && s[a].isSpace())
            ++a;
        while (z > a && s[z - 1].isSpace())
            --z;
        if (z > a && isAsciiDigit(s[a])) {
            TrdScan::Estimate e = TrdScan::parseEstimate(s.sliced(a, z - a));
            if (e.start == 0 && e.end == z - a && !e.text.isEmpty() && !e.text.back().isDigit()) {
                e.start = a;
                e.end = z;
                return e;
            }
        }
        bar = next;
    }
    return {};
}

// Whether the words after a dash in a heading's title say no more of the work: a status
// ("— done", "- BLOCKED"), a priority, an estimate or dependencies.
bool dashTail(QStringView seg)
{
    seg = seg.trimmed();
    if (seg.isEmpty() || TrdScan::statusWord(seg) != TrdScan::StatusWord::None)
        return true;
    if (const TrdScan::Markers m = TrdScan::findMarkers(seg);
        m.done || m.progress || !m.priority.isEmpty())
        return true;
    if (TrdScan::findEstimate(seg).start == 0)
        return true;
    if (const TrdScan::Estimate e = TrdScan::parseEstimate(seg);
        e.start == 0 && !e.text.isEmpty() && !e.text.back().isDigit()) // "— 2h", "- 8 Points"
        return true;
    for (const QStringView key : {QStringView(u"depends"), QStringView(u"dependencies"),
                                  QStringView(u"blocked by"), QStringView(u"priority")}) {
        if (seg.startsWith(key, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void Builder::parseHeader(TrdTask& t, QStringView text, qsizetype strongEnd, const LeadingId& id,
                          bool wholeTitle)
{
    const QStringView s = QStringView(text);
    qsizetype p = 0;
    while (p < s.size() && s[p].isSpace())
        ++p;
    if (id.isValid()) {
        t.id = id.id;
        p = id.end;
    }
    const QString priorityBefore = t.priority;
    if (id.bracketed)
        p = bracketTags(t, s, id.start);
    else if (!id.isValid() && p < s.size() && s[p] == u'[')
        p = bracketTags(t, s, p);
    else if (id.isValid())
        p = specKitMarkers(t, s, p);
    auto skipSeparators = [&s](qsizetype q) {
        while (q < s.size() && (s[q].isSpace() || s[q] == u':' || s[q] == u'.' || s[q] == u'-' ||
                                s[q] == u'–' || s[q] == u'—'))
            ++q;
        return q;
    };
    p = skipSeparators(p);
    // "- [x] **T1** ✅ — Zod schema": the task's mark between its id and its title.
    bool markAfterId = false;
    if (id.isValid() && p < s.size() && s[p] == u'✅') {
        markAfterId = true;
        p = skipSeparators(p + 1);
    }
    // "… sections: Email, Calendar (48h), Social …": a duration inside a sentence, where
    // the text goes on after it (a comma or a word in lower case), is no estimate of the
    // task; its estimate comes where the title ends ("(2h) ✅", "(3h): …", "(4h) - HIGH").
    TrdScan::Estimate est = TrdScan::findEstimate(s, p, &m_lastEstimate);
    auto inSentence = [&s](const TrdScan::Estimate& e) {
        qsizetype q = e.end;
        while (q < s.size() && s[q] == u' ')
            ++q;
        return q < s.size() && (s[q] == u',' || s[q] == u';' || s[q].isLower());
    };
    while (est.start >= 0 && inSentence(est))
        est = TrdScan::findEstimate(s, est.end, &m_lastEstimate);
    // "Flujo de reembolso (7 días)", "Free trial (14 days)": days right after a word naming a
    // period the product grants (a refund window, a trial, a grace period) say how long that
    // period lasts, not how long the work takes. They stay in the title.
    while (est.start >= 0 &&
           (est.unit == TrdScan::EstimateUnit::Days || est.unit == TrdScan::EstimateUnit::Weeks) &&
           namesGrantedPeriod(s.first(est.start)))
        est = TrdScan::findEstimate(s, est.end, &m_lastEstimate);
    qsizetype titleStart = p;
    qsizetype titleEnd = s.size();
    if (strongEnd > p) {
        titleEnd = strongEnd;
    } else {
        if (est.start == p) {
            titleStart = skipSeparators(est.end); // "**TRD-001** (3h): Title"
        } else if (est.start >= 0) {
            titleEnd = est.start;
        }
        // The title ends at the first of these; one pass instead of a search for each.
        // The stops: " - ", " — ", " – ", " | ", " [", " `[", " ~~", '✅', '⚠'.
        auto at = [&s](qsizetype i) { return i < s.size() ? s[i].unicode() : char16_t(0); };
        for (qsizetype i = titleStart; i < titleEnd; ++i) {
            const char16_t c = s[i].unicode();
            bool stop = c == u'✅' || c == u'⚠';
            if (c == u' ') {
                const char16_t next = at(i + 1);
                const char16_t after = at(i + 2);
                // Obsidian Tasks' fields after the words: "📅 2026-01-14", "⏳ …", "🛫 …",
                // "➕ …" (dates), "⏫", "🔼", "🔽", "🔺", "⏬" (priorities), "🔁" (repeats).
                if (next >= 0x2300 && obsidianTaskField(s, i + 1)) {
                    titleEnd = i;
                    break;
                }
                const bool dash = (next == u'-' || next == u'—' || next == u'–') && after == u' ';
                stop = next == u'[' || dash || (next == u'|' && after == u' ') ||
                       (next == u'`' && after == u'[') || (next == u'~' && after == u'~');
                if (dash && wholeTitle) {
                    // The words up to the next stop: the title's own, or a status after it.
                    qsizetype e = i + 3;
                    while (e < titleEnd &&
                           !(s[e] == u'✅' || s[e] == u'⚠' ||
                             (s[e] == u' ' && e + 2 < titleEnd &&
                              (at(e + 1) == u'-' || at(e + 1) == u'—' || at(e + 1) == u'–' ||
                               at(e + 1) == u'|' || at(e + 1) == u'[') &&
                              (at(e + 1) == u'[' || at(e + 2) == u' '))))
                        ++e;
                    if (!dashTail(s.sliced(i + 3, e - (i + 3)))) {
                        i = e - 1; // the next stop, if any, is asked in turn
                        continue;
                    }
                }
            }
            if (stop) {
                titleEnd = i;
                break;
            }
        }
    }
    titleEnd = std::max(titleEnd, titleStart);
    t.title = s.mid(titleStart, titleEnd - titleStart).trimmed().toString();
    while (t.title.endsWith(u':') || t.title.endsWith(u'-'))
        t.title.chop(1);
    t.title = t.title.trimmed();
    if (t.title.indexOf(u'[') >= 0 && t.title.contains(u"[["))
        t.title = unwrapWikiLinks(t.title);
    const QStringView tail = s.mid(titleEnd);
    if (t.priority.isEmpty() && !tail.isEmpty())
        t.priority = obsidianPriority(tail);
    if (est.start < 0)
        est = barredEstimate(s, titleEnd);
    setEstimate(t, est, TrdScan::EstimateUnit::Hours);
    const TrdScan::Markers markers = TrdScan::findMarkers(tail);
    // A "[P1]" tag read above stands unless the header names a priority too.
    if (!markers.priority.isEmpty() || t.priority == priorityBefore)
        t.priority = markers.priority;
    if (markers.done || markAfterId)
        t.marker = TrdTask::Marker::Completed;
    else if (markers.progress)
        t.marker = TrdTask::Marker::InProgress;
    QStringList satisfies, tooLong;
    m_headerDeps.clear();
    readKnownTags(tail, &m_headerDeps, &satisfies, &tooLong);
    rangeDiag(t.line, tooLong);
    for (const QString& d : std::as_const(m_headerDeps)) {
        if (!t.dependencies.contains(d))
            t.dependencies << d;
    }
    for (const QString& r : std::as_const(satisfies)) {
        addRequirement(t, r);
    }
    // "~~TRD-004: Dropped~~": struck through is done (or dropped) work.
    if (t.marker == TrdTask::Marker::None && t.headerSpan.isValid()) {
        const QByteArrayView raw =
            QByteArrayView(m_bytes).sliced(t.headerSpan.begin, t.headerSpan.size());
        const qsizetype a = findBytes(raw, "~~");
        if (a >= 0 && findBytes(raw, "~~", a + 2) > a) {
            t.marker = TrdTask::Marker::Completed;
            t.markerText = Tr::tr("struck through");
        }
    }
    qsizetype w = TrdScan::find(tail, u'⚠');
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
            t.mutableExtra().flags << flag;
        w = TrdScan::find(tail, u'⚠', start);
    }
    if (t.title.isEmpty() && !t.id.isEmpty())
        m_untitled.append({t.line, t.id});
}

// "[P1-T1][ecto] Title", "[oban] [C1] Title", "[P2-T3][direct] [BLOCKED] Title", "[P1] Title":
// words in brackets before the title tag the task with the kind of work (a planning plugin
// routes "ecto" work to its schema agent), "[BLOCKED]" flags it and "[P1]" is its priority.
// Tags become the task's "Tags" field, not its title. Reads the groups from p (the bracketed
// id among them is the task's id) and returns where the title starts.
qsizetype Builder::bracketTags(TrdTask& t, QStringView s, qsizetype p)
{
    QStringList tags;
    for (;;) {
        qsizetype q = p;
        while (q < s.size() && s[q] == u' ')
            ++q;
        if (q >= s.size() || s[q] != u'[')
            break;
        const qsizetype close = bracketGroupEnd(s, q);
        if (close < 0)
            break;
        const QStringView inner = s.sliced(q + 1, close - q - 1);
        if (inner == t.id || (!t.id.isEmpty() && firstBracketCode(inner) == t.id)) {
            // the task's id, read by leadingId()
        } else if (const QString priority = bracketPriority(inner); !priority.isEmpty()) {
            if (t.priority.isEmpty())
                t.priority = priority;
        } else if (!isBracketTag(inner)) {
            break;
        } else if (inner.compare(u"BLOCKED", Qt::CaseInsensitive) == 0) {
            t.mutableExtra().flags << QStringLiteral("BLOCKED");
        } else {
            tags << inner.toString();
        }
        p = close + 1;
    }
    if (!tags.isEmpty())
        t.fields.append(TrdField{QStringLiteral("Tags"), tags.join(QStringLiteral(", ")), t.line});
    return p;
}

// "- [ ] T012 [P] [US1] Write the context test in test/blog_test.exs": spec-kit marks a task
// that can run in parallel with "[P]" and the user story it serves with "[US1]", between the
// id and the title. They are the task's tags, not its title (read as the title's end, they
// left every such task titled "[P]"). Reads them from p and returns where the title starts.
qsizetype Builder::specKitMarkers(TrdTask& t, QStringView s, qsizetype p)
{
    QStringList tags;
    for (;;) {
        qsizetype q = p;
        while (q < s.size() && s[q] == u' ')
            ++q;
        if (q + 2 >= s.size() || s[q] != u'[')
            break;
        // At most "[US999]": a short look, whatever the line holds.
        qsizetype close = q + 1;
        while (close < s.size() && close - q <= 6 && s[close] != u']')
            ++close;
        if (close >= s.size() || s[close] != u']')
            break;
        const QStringView inner = s.sliced(q + 1, close - q - 1);
        const bool story =
            inner.size() > 2 && inner.size() <= 5 && inner.startsWith(u"US") &&
            std::all_of(inner.begin() + 2, inner.end(), [](QChar c) { return isAsciiDigit(c); });
        if (inner != u"P" && !story)
            break;
        tags << inner.toString();
        p = close + 1;
    }
    if (!tags.isEmpty())
        t.fields.append(TrdField{QStringLiteral("Tags"), tags.join(QStringLiteral(", ")), t.line});
    return p;
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
        qsizetype start = findBytes(line, "\xE2\x9C\x85"); // ✅
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
                start = findBytes(line, m);
                if (start >= 0) {
                    q = start + qsizetype(std::strlen(m));
                    break;
                }
            }
        }
        if (start >= 0 && q > start) {
            const qsizetype b = backOverSpace(start);
            // "✅ 2026-01-09": the day Obsidian Tasks saw it done goes with the sign, so
            // reopening takes both away (the words keep their id); the sign alone is the
            // document's marker.
            qsizetype dated = q;
            if (isSpacedIsoDate(mid(q, 11)))
                dated = q + 11;
            t.markerSpan = ByteSpan{base + b, base + dated};
            // Most tasks of a plan write the same marker: its text is shared.
            if (const QByteArrayView text = mid(start, q - start); text != m_lastMarkerBytes) {
                m_lastMarkerBytes = text.toByteArray();
                m_lastMarkerText = QString::fromUtf8(text);
            }
            t.markerText = m_lastMarkerText;
            if (!m_markerTally.contains(t.markerText))
                m_markerOrder.append(t.markerText);
            m_markerTally[t.markerText] += 1;
        }
    } else if (t.marker == TrdTask::Marker::InProgress) {
        qsizetype p = findBytes(line, "IN PROGRESS");
        if (p < 0)
            p = findBytes(line, "In Progress");
        if (p >= 0) {
            qsizetype q = p + 11;
            if (mid(q, 2) == "**")
                q += 2;
            if (p >= 2 && mid(p - 2, 2) == "**")
                p -= 2;
            p = backOverSpace(p);
            if (p >= 4 && static_cast<unsigned char>(line.at(p - 4)) == 0xF0)
                p = backOverSpace(p - 4);
            TrdTaskExtra& x = t.mutableExtra();
            x.inProgressSpan = ByteSpan{base + p, base + q};
            t.markerText = QString::fromUtf8(mid(p, q - p)).trimmed();
        } else {
            t.markerText = QStringLiteral("IN PROGRESS");
        }
    }
}

namespace {
// How much a form says about a task: a heading or bold line defines it, a checklist item
// may, a table row is often only a summary of tasks defined elsewhere.
int formRank(TrdTask::Form f)
{
    switch (f) {
    case TrdTask::Form::Heading:
    case TrdTask::Form::BoldLine:
        return 3;
    case TrdTask::Form::Checklist:
        return 2;
    case TrdTask::Form::TableRow:
        break;
    }
    return 1;
}
} // namespace

// A plan whose tasks carry ids ("- [ ] **TRD-001**: …") also keeps id-less checklists:
// criteria under headings not named so, deployment activities, rollback steps, lists of
// deliverables naming the tasks that make them ("- [ ] **SKILL.md** (TRD-001 to TRD-010)").
// A hand count leaves them out, and so does the board: when most tasks have ids, an id-less
// item is a task only with an estimate of its own and no task of the plan named in it. (At
// least three tasks with ids, and not a handful among dozens of id-less tasks. "Step 2"
// and numbers, "1.1", are how a runbook numbers its steps: they do not count.)
// Returns, per sprint, whether it lost entries (it lists work, only not as tasks).
// "**Step 9** — the banner gains a block …", "**Step 1: Verify the helpers**" over a block of
// commands: a bold step with no estimate, status, box, subtask, owner or priority of its own,
// in a plan whose work has ids ("FV-P001", "Task 1.1"), walks through a procedure (a command's
// flow, how to verify, how to roll back). The work is the id'd tasks; the steps are no more of
// it. Labels after a step ("**Rollback Decision Criteria:**", "**Note:**") are its text.
bool procedureStep(const TrdTask& t)
{
    auto workField = [](const TrdField& f) {
        for (const char16_t* w : {u"status", u"state", u"estimat", u"effort", u"owner", u"assign",
                                  u"priority", u"depend"}) {
            if (f.key.contains(QStringView(w), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    return t.form == TrdTask::Form::BoldLine && !t.implicitId &&
           t.id.startsWith(u"Step ", Qt::CaseInsensitive) && !t.hasHours() && t.points < 0 &&
           t.estimate.isEmpty() && t.marker == TrdTask::Marker::None && t.subtasks.isEmpty() &&
           t.dependencies.isEmpty() && std::none_of(t.fields.cbegin(), t.fields.cend(), workField);
}

QList<bool> Builder::dropIdlessChecklists()
{
    QList<bool> touched;
    qsizetype implicit = 0;
    qsizetype withIds = 0; // coded ids ("TRD-001", "T012"), not "Step 2" or "1.1"
    for (const TrdTask& t : std::as_const(m_doc.tasks)) {
        implicit += t.implicitId ? 1 : 0;
        withIds += !t.implicitId && !t.id.isEmpty() && !isAsciiDigit(t.id.at(0)) &&
                           !t.id.startsWith(u"Step ", Qt::CaseInsensitive)
                       ? 1
                       : 0;
        // "- ✅ Write the schemas (2h)": list items a plan estimates one by one are its
        // tasks as much as id'd ones; its bare checkboxes are a checklist beside them.
        withIds += t.implicitId && t.form == TrdTask::Form::BoldLine && t.hasHours() ? 1 : 0;
        // "#### 1.1 Project Setup (Day 1)" over its steps: numbered work, not a runbook step.
        // "#### 2.1 Merge proposer" estimated on its first line, its checklists its
        // subtasks: a roadmap's work packages; the checkboxes of its release and metrics
        // sections restate them.
        if (t.form == TrdTask::Form::Heading && !t.id.isEmpty() && isAsciiDigit(t.id.at(0)))
            withIds += 1 + (!t.implicitId && t.hasHours() ? t.subtasks.size() : 0);
    }
    // "1. **Week 1**: setup → utilities" under "## Task Breakdown" › "### Critical Path": bold
    // titles without an id or estimate, beside tasks that have them, summarise those tasks.
    // So do headings under "### 🔴 Critical Priority" beside a roadmap table that estimates
    // the same work.
    auto titledOnly = [this](const TrdTask& t) {
        return t.implicitId && !t.hasHours() && t.points < 0 && m_titledOnly.contains(t.id);
    };
    qsizetype firm = 0;
    qsizetype titled = 0;
    if (!m_titledOnly.isEmpty()) {
        for (const TrdTask& t : std::as_const(m_doc.tasks)) {
            firm += !t.implicitId || t.hasHours() || t.points >= 0 ? 1 : 0;
            titled += titledOnly(t) ? 1 : 0;
        }
    }
    const bool dropTitled = firm >= 3 && firm >= titled;
    const bool dropChecklists = implicit > 0 && withIds >= 3 && withIds * 4 >= implicit;
    // "#### 1. US-101: Submit a URL (5 pts)" over "**Estimated Hours:** 7h", then "**Day 3:**"
    // › "- [ ] Code review": the estimated headings are the work, the days its schedule.
    bool dropScheduled = false;
    if (!m_scheduled.isEmpty()) {
        qsizetype sized = 0;
        for (const TrdTask& t : std::as_const(m_doc.tasks))
            sized += t.form == TrdTask::Form::Heading && (t.hasHours() || t.points > 0) ? 1 : 0;
        dropScheduled = sized >= 2;
    }
    const bool dropSteps = withIds >= 3;
    if (!dropTitled && !dropChecklists && !dropScheduled && !dropSteps)
        return touched;
    // "| Elixir Theme Module | 12 | 🔴 Critical |" in a "Time Allocation" table after
    // "### Task 1: Elixir Theme Module (12 hours)": a row without an id whose every word is
    // in the heading of a task with one restates that task (its hours counted twice else).
    QStringList firmHeads;
    if (dropChecklists) {
        qsizetype rows = 0;
        for (const TrdTask& t : std::as_const(m_doc.tasks))
            rows += t.implicitId && t.form == TrdTask::Form::TableRow ? 1 : 0;
        if (rows > 0 && rows <= 200) {
            for (const TrdTask& t : std::as_const(m_doc.tasks)) {
                if (!t.implicitId && firmHeads.size() < 2000)
                    firmHeads << QString::fromUtf8(
                                     m_bytes.mid(t.headerSpan.begin, t.headerSpan.size()))
                                     .toLower();
            }
        }
    }
    auto restates = [&firmHeads](const TrdTask& t) {
        if (firmHeads.isEmpty() || !t.implicitId || t.form != TrdTask::Form::TableRow)
            return false;
        QStringList words;
        for (const QStringView w : QStringView(t.title).split(u' ', Qt::SkipEmptyParts)) {
            if (w.size() >= 3 && w.front().isLetter())
                words << w.toString().toLower();
        }
        if (words.isEmpty())
            return false;
        return std::any_of(firmHeads.cbegin(), firmHeads.cend(), [&words](const QString& h) {
            return std::all_of(words.cbegin(), words.cend(),
                               [&h](const QString& w) { return h.contains(w); });
        });
    };
    auto drop = [this, dropTitled, dropChecklists, dropScheduled, dropSteps, &titledOnly,
                 &restates](const TrdTask& t) {
        if (dropTitled && titledOnly(t))
            return true;
        if (dropSteps && procedureStep(t))
            return true;
        // Its own duration is the meeting's or the slot's: "- [ ] Kickoff meeting (30 min)".
        if (dropScheduled && t.form == TrdTask::Form::Checklist && m_scheduled.contains(t.id))
            return true;
        if (restates(t))
            return true;
        // "#### 2.3 App Store Collector (Day 9)" over "| Android collector | 1 day |", then
        // "| Report Web Renderer | 4 | 2 days |" under "### By Priority": a plan of numbered
        // work headings restates that work in its id-less tables.
        if (dropChecklists && m_numberedWorkLevel > 0 && t.implicitId &&
            t.form == TrdTask::Form::TableRow)
            return true;
        if (!dropChecklists || !t.implicitId || t.form != TrdTask::Form::Checklist)
            return false;
        if (!t.hasHours() && t.points < 0)
            return true;
        const QString head =
            QString::fromUtf8(m_bytes.mid(t.headerSpan.begin, t.headerSpan.size()));
        for (const QString& id : TrdParser::findIds(head)) {
            const int at = m_seen.value(id);
            if (at >= 0 && !m_doc.tasks.at(at).implicitId)
                return true;
        }
        return false;
    };
    QList<bool> drops(m_doc.tasks.size());
    for (qsizetype i = 0; i < m_doc.tasks.size(); ++i)
        drops[i] = drop(m_doc.tasks.at(i));
    // Nothing to drop: the tasks stay where they are (moving them out would empty them).
    if (!drops.contains(true))
        return touched;
    QList<int> newIndex(m_doc.tasks.size(), -1);
    QSet<QString> dropped;
    QList<TrdTask> kept;
    kept.reserve(m_doc.tasks.size());
    for (qsizetype i = 0; i < m_doc.tasks.size(); ++i) {
        if (drops.at(i)) {
            dropped.insert(m_doc.tasks.at(i).id);
            switch (m_doc.tasks.at(i).form) {
            case TrdTask::Form::Checklist:
                --m_checklistTasks;
                break;
            case TrdTask::Form::Heading:
                --m_headingDefs;
                break;
            case TrdTask::Form::TableRow:
                --m_tableTasks;
                break;
            default:
                --m_boldDefs;
                break;
            }
            continue;
        }
        newIndex[i] = int(kept.size());
        kept.append(std::move(m_doc.tasks[i]));
    }
    if (dropped.isEmpty())
        return touched;
    m_doc.tasks = std::move(kept);
    m_seen.renumber(newIndex);
    // "**Step 1: Verify**" dropped, a later "Step 1" with a field of its own kept: the kept
    // one is now the first with its id.
    for (int i = 0; i < int(m_doc.tasks.size()); ++i) {
        if (dropped.contains(m_doc.tasks.at(i).id)) {
            bool added = false;
            m_seen.insert(m_doc.tasks.at(i).id, i, &added);
        }
    }
    // Implicit ids start with '#', procedure steps with "Step ": only those entries need a look.
    auto gone = [&dropped](const QString& id) {
        return (id.startsWith(u'#') || id.startsWith(u"Step ")) && dropped.contains(id);
    };
    // Each list with the lines beside it.
    auto prune = [&gone](QStringList& ids, QList<int>& lines) {
        qsizetype kept = 0;
        for (qsizetype r = 0; r < ids.size(); ++r) {
            if (gone(ids.at(r)))
                continue;
            if (kept != r) {
                ids[kept] = std::move(ids[r]);
                lines[kept] = lines.at(r);
            }
            ++kept;
        }
        ids.resize(kept);
        lines.resize(kept);
    };
    touched.resize(m_doc.sprints.size());
    for (qsizetype i = 0; i < m_doc.sprints.size(); ++i) {
        TrdSprint& s = m_doc.sprints[i];
        const qsizetype before = s.primary.size() + s.secondary.size();
        prune(s.primary, s.primaryLines);
        prune(s.secondary, s.secondaryLines);
        touched[i] = s.primary.size() + s.secondary.size() < before;
    }
    // The ids dropped may come again (as another task's): sprints are indexed anew if asked.
    m_sprintIds.clear();
    m_doc.dependencies.removeIf(
        [&gone](const TrdDependency& d) { return gone(d.from) || gone(d.to); });
    return touched;
}

// "### Phase 1: Core" › "**GT-001** Create the folders": a task defined in a phase's section
// is planned there unless a sprint list ("### Sprint 1" › "- GT-001") places it; either way
// the phase holds tasks and is no empty sprint.
// Every id any sprint lists, once, rather than every sprint asked for each task.
IdIndex Builder::sprintListedIds() const
{
    IdIndex listed;
    bool added = false;
    for (const TrdSprint& s : std::as_const(m_doc.sprints)) {
        for (const QStringList* ids : {&s.primary, &s.secondary}) {
            for (const QString& x : *ids)
                listed.insert(x, 0, &added);
        }
    }
    return listed;
}

void Builder::homeSprints()
{
    if (m_homeSprints.isEmpty())
        return;
    IdIndex listed = sprintListedIds();
    bool added = false;
    for (const auto& [home, id] : std::as_const(m_homeSprints)) {
        m_sprintsWithItems.insert(home);
        const int at = m_seen.value(id, -1);
        if (at >= 0 && listed.value(id, -1) < 0 &&
            planInSprint(home, id, m_doc.tasks.at(at).line, false))
            listed.insert(id, 0, &added);
    }
}

// The sprint key a table row's "Phase" cell names ("1", "Phase 2", "Sprint 3"), empty when
// the column is not a sprint column or the cell names no numbered one.
QString columnSprintKey(QStringView header, QStringView value)
{
    static constexpr std::array<QStringView, 6> kinds = {
        QStringView(u"phase"),     QStringView(u"sprint"), QStringView(u"milestone"),
        QStringView(u"iteration"), QStringView(u"week"),   QStringView(u"stage")};
    auto kindOf = [](QStringView w) {
        for (const QStringView k : kinds) {
            if (w.compare(k, Qt::CaseInsensitive) == 0)
                return k;
        }
        return QStringView();
    };
    auto strip = [](QStringView v) {
        v = v.trimmed();
        while (!v.isEmpty() && v.front() == u'*')
            v = v.sliced(1);
        while (!v.isEmpty() && v.back() == u'*')
            v.chop(1);
        return v.trimmed();
    };
    QStringView kind = kindOf(strip(header));
    if (kind.isEmpty())
        return QString();
    value = strip(value);
    qsizetype i = 0;
    while (i < value.size() && value[i].isLetter())
        ++i;
    if (i > 0) {
        // "Phase 2" in a Phase column; "Sprint 3" in a Milestone column names a sprint.
        kind = kindOf(value.first(i));
        if (kind.isEmpty())
            return QString();
        value = value.sliced(i).trimmed();
    }
    qsizetype n = 0;
    while (n < value.size() && (isAsciiDigit(value[n]) || (n > 0 && value[n] == u'.')))
        ++n;
    if (n == 0 || value[n - 1] == u'.')
        return QString();
    // The cell holds the number alone, or goes on with the phase's name ("1: Core").
    if (n < value.size() && value[n] != u' ' && value[n] != u':' && value[n] != u'(')
        return QString();
    return kind.toString() + u' ' + value.first(n).toString();
}

// "| P1-04 | Core Tools | 1 | 6-8 | Complete |" under "| ID | Task | Phase | Est. | Status |":
// the row says which of the document's phases its task is in, where that phase's section
// lists none ("## Phase 1: Core" holds a diagram of it). Read as planned in no sprint.
void Builder::columnSprints()
{
    if (m_doc.sprints.isEmpty())
        return;
    QHash<QString, int> byKey;
    for (qsizetype i = 0; i < m_doc.sprints.size(); ++i)
        byKey.insert(m_doc.sprints.at(i).key, int(i)); // the same key twice is the same sprint
    IdIndex listed = sprintListedIds();
    bool added = false;
    for (const TrdTask& t : std::as_const(m_doc.tasks)) {
        if (t.form != TrdTask::Form::TableRow || t.fields.isEmpty() || t.implicitId ||
            listed.value(t.id, -1) >= 0)
            continue;
        for (const TrdField& f : t.fields) {
            const QString key = columnSprintKey(f.key, f.value);
            if (key.isEmpty())
                continue;
            if (const int s = byKey.value(key, -1); s >= 0 && planInSprint(s, t.id, t.line, false))
                listed.insert(t.id, 0, &added);
            break;
        }
    }
}

// "## Sprint 4: Recovery" › "Covers PR 4. Goal: …", "Covers PRs 5-6.": a sprint made of the
// plan's groups of another kind ("### PR 4: …" in the task list). Its tasks are theirs.
// "## Sprint 1 (Days 1–3): PR 1" › "TRD-001 through TRD-004-TEST. ~12h estimated.": a
// paragraph under a sprint opening with a range whose ends are tasks written above names
// every task written from the one to the other, the test tasks between them included. The
// order they were written in decides, not their numbers: idRange() cannot count to
// "TRD-004-TEST".
void Builder::rangeParagraph(const Block& b, QStringView text)
{
    const LeadingId a = leadingId(text, false);
    if (!a.isValid() || a.start != 0 || a.requirement)
        return;
    qsizetype p = a.end;
    while (p < text.size() && text[p] == u' ')
        ++p;
    QStringView rest = text.sliced(p);
    bool connector = false;
    for (const char16_t* w : {u"through ", u"thru ", u"to "}) {
        const QStringView word(w);
        if (!connector && rest.size() > word.size() && startsWithCi(rest, word)) {
            rest = rest.sliced(word.size()).trimmed();
            connector = true;
        }
    }
    if (!connector)
        return;
    const LeadingId z = leadingId(rest, false);
    if (!z.isValid() || z.start != 0 || z.requirement)
        return;
    const int from = m_seen.value(a.id);
    const int to = m_seen.value(z.id);
    if (from < 0 || to <= from || to >= m_doc.tasks.size() || to - from >= TrdParser::kMaxRangeIds)
        return;
    ++m_idEntries;
    const int line = lineOf(b.begin);
    const bool secondary = m_sprintKey == u"secondary";
    for (int k = from; k <= to; ++k)
        planInSprint(m_sprint, m_doc.tasks.at(k).id, line, secondary);
}

void Builder::coversLine(QStringView text)
{
    if (!startsWithCi(text, u"covers "))
        return;
    QStringView rest = text.sliced(7).trimmed();
    qsizetype w = 0;
    while (w < rest.size() && rest[w].isLetter())
        ++w;
    QString kind = rest.first(w).toString().toLower();
    if (kind.size() > 2 && kind.endsWith(u's'))
        kind.chop(1); // "PRs 5-6", "Phases 2 and 3"
    if (kind != u"pr" && kind != u"phase" && kind != u"milestone" && kind != u"stage")
        return;
    rest = rest.sliced(w).trimmed();
    // "5-6", "5 and 6", "5, 6": the numbers, up to the first other word.
    QList<int> numbers;
    bool range = false;
    qsizetype i = 0;
    while (i < rest.size() && numbers.size() < 20) {
        if (isAsciiDigit(rest[i])) {
            qsizetype e = i;
            while (e < rest.size() && isAsciiDigit(rest[e]))
                ++e;
            const int n = rest.sliced(i, e - i).toInt();
            if (range && !numbers.isEmpty() && n > numbers.last() && n - numbers.last() < 20) {
                for (int k = numbers.last() + 1; k <= n; ++k)
                    numbers << k;
            } else {
                numbers << n;
            }
            range = false;
            i = e;
        } else if (rest[i] == u'-' || rest[i] == u'\u2013') {
            range = true;
            ++i;
        } else if (rest[i] == u',' || rest[i] == u' ' || rest[i] == u'&') {
            ++i;
        } else if (rest.sliced(i).startsWith(u"and ")) {
            i += 4;
        } else {
            break;
        }
    }
    if (numbers.isEmpty())
        return;
    QStringList keys;
    for (const int n : std::as_const(numbers))
        keys << kind + u' ' + QString::number(n);
    m_coveredGroups.append({m_sprint, keys});
}

void Builder::coveredGroups()
{
    for (const auto& [sprint, keys] : std::as_const(m_coveredGroups)) {
        const TrdSprint& into = m_doc.sprints.at(sprint);
        if (!into.tasks().isEmpty())
            continue; // it lists its own
        QStringList ids;
        for (const TrdSprint& g : std::as_const(m_doc.sprints)) {
            if (&g != &into && keys.contains(g.key))
                ids += g.primary;
        }
        const int line = into.line;
        for (const QString& id : std::as_const(ids))
            planInSprint(sprint, id, line, false);
    }
}

// m_task is new whenever no task is open: finishTask() leaves it so, and the next task is
// built in it.
void Builder::finishTask()
{
    m_completionNumber.clear();
    if (!m_inTask)
        return;
    // After a story's task list: a task it names is mentioned, any other is none.
    if (m_storyRecordLevel > 0 && m_seen.value(m_task.id) < 0) {
        m_inTask = false;
        m_rangeIds.clear();
        m_headerDeps.clear();
        resetTask();
        return;
    }
    // "**Action Items**:" › "- [ ]" with nothing after the box, a bug tracker's row "| BUG-001 |
    // High | ____ |": blanks of a form left to fill in, no work yet. An id alone ("- [x]
    // SYNC-01") or an estimate still names one.
    if (fillInBlank(m_task)) {
        m_inTask = false;
        m_rangeIds.clear();
        m_headerDeps.clear();
        resetTask();
        return;
    }
    if (m_phase && !bareCheck(m_task))
        ++m_phase->tasks;
    if (!m_rangeIds.isEmpty()) {
        // One task per id of the range, sharing its box, marker and fields; the estimate is
        // the range's, so each id takes its share, and the subtasks stay with the first.
        const QStringList more = std::exchange(m_rangeIds, {});
        const qsizetype n = more.size() + 1;
        if (m_task.hasHours())
            m_task.hours /= double(n);
        if (m_task.points >= 0)
            m_task.points /= double(n);
        if (!m_task.estimate.isEmpty())
            m_task.estimate = Tr::tr("%1 for %n tasks", nullptr, int(n)).arg(m_task.estimate);
        TrdTask proto = m_task;
        proto.subtasks.clear();
        if (proto.hasExtra() && !proto.extra().subtaskTexts.isEmpty())
            proto.mutableExtra().subtaskTexts.clear();
        const QStringList headerDeps = m_headerDeps;
        finishTask();
        for (const QString& id : more) {
            m_task = proto;
            m_task.id = id;
            m_headerDeps = headerDeps;
            m_inTask = true;
            finishTask();
        }
        return;
    }
    m_inTask = false;
    TrdTask& t = m_task;
    storeExact(t.subtasks, m_spareSubtasks);
    storeExact(t.fields, m_spareFields);
    t.source = m_source;
    if (t.priority.isEmpty())
        t.priority = m_sectionPriority;
    if (t.span.end >= 0 && t.form != TrdTask::Form::TableRow)
        t.span.end = m_lines.lineEnd(m_bytes, std::max(t.span.begin, t.span.end - 1));
    for (const QString& d : std::as_const(m_headerDeps))
        m_doc.dependencies.append(TrdDependency{d, t.id, TrdDependency::Source::Field, t.line});
    m_headerDeps.clear();
    // One lookup for "seen before?" and "remember it": hashing ids is a good part of parsing.
    bool added = false;
    const int slot = m_seen.insert(t.id, int(m_doc.tasks.size()), &added, &m_seenHint);
    // Tasks written inside a sprint's section belong to it (bold lines end sprint lists).
    // List items without a box ("- ✅ Title (2h)") are the sprint's tasks like checklists.
    bool newInSprint = false;
    if (m_sprint >= 0) {
        // A task read for the first time is listed without a lookup, unless a list entry
        // of the sprint named ids (a sprint of ten thousand checklist items).
        newInSprint = listInSprint(m_sprint, t.id, t.line, false, added);
        if (const double part = t.extra().partHours; part >= 0)
            m_doc.sprints[m_sprint].parts.insert(t.id, part);
    } else if (m_slotSprint >= 0 && added) {
        // "## Migration Checklist" › "### Sandbox Migration (Week 2)": week 2's work, planned
        // in the plan's "## Week 2: …" unless a sprint list places it.
        m_homeSprints.append({m_slotSprint, t.id});
    }
    if (added) {
        switch (t.form) {
        case TrdTask::Form::Heading:
            ++m_headingDefs;
            break;
        case TrdTask::Form::BoldLine:
            ++m_boldDefs;
            break;
        case TrdTask::Form::Checklist:
            ++m_checklistTasks;
            break;
        case TrdTask::Form::TableRow:
            ++m_tableTasks;
            break;
        }
        m_doc.tasks.append(std::move(t));
        resetTask();
        return;
    }
    TrdTask& prev = m_doc.tasks[slot];
    const int rt = formRank(t.form);
    // A sprint list's "- [TRD-001] **Title**" first, the plan's "**TRD-001: Title** (2h)"
    // now: the definition is the task, the list's entry its place in the sprint.
    const bool listed = t.form != TrdTask::Form::TableRow && !m_listedTickets.isEmpty() &&
                        !m_listTask && m_listedTickets.remove(t.id);
    const int rp = listed ? 0 : formRank(prev.form);
    auto evidenceOf = [](const TrdTask& x) {
        if (x.ownChecked)
            return QStringLiteral("[x]");
        return x.markerText.isEmpty() ? QStringLiteral("✅") : x.markerText;
    };
    // After a story's task list every task named is a mention (see storySection()).
    const bool defines = m_storyRecordLevel == 0;
    if (defines && rt == 3 && rp == 3 && newInSprint &&
        (t.extra().partHours >= 0 || prev.extra().partHours >= 0)) {
        // "(20h of 60h - Week 2 of 3)" in the next sprint: the same story continued, one task
        // whose parts the sprints plan.
        continueTask(prev, t);
    } else if (defines && rt == 3 && rp == 3) {
        // Defined twice: reported once per id, with the count, however many times.
        const int times = ++m_definitions[t.id] + 1;
        // "## M5" › "T1", "T2" then "## M6" › "T1", "T2": numbering that restarts in each
        // milestone, not a task written twice. Short ids only: "TRD-001" is one task however
        // the plan is divided.
        const bool restarts =
            prev.line < m_topSectionLine && m_topSectionLine <= t.line &&
            (shortId(t.id) || t.id.startsWith(u"Step ") || t.id.startsWith(u"Task "));
        // "### ~~Step 4: Drop the columns~~ — REMOVED", then "### Step 4: Make uuid the key":
        // the number of a step given up, taken again; not one task written twice.
        auto struckOut = [this](const TrdTask& x) {
            if (!x.headerSpan.isValid())
                return false;
            const qsizetype ls = m_lines.lineStart(x.headerSpan.begin);
            QByteArrayView raw =
                QByteArrayView(m_bytes).sliced(ls, m_lines.lineEnd(m_bytes, ls) - ls);
            while (!raw.isEmpty() &&
                   (raw.front() == '#' || raw.front() == ' ' || raw.front() == '\t'))
                raw = raw.sliced(1);
            return raw.startsWith("~~") && findBytes(raw, "~~", 2) > 2;
        };
        const bool reused = struckOut(prev) && !struckOut(t);
        if (times == 2 && !restarts && !reused) {
            m_duplicates.insert(t.id, int(m_doc.diagnostics.size()));
            diag(t.line, QStringLiteral("trd-duplicate-id"),
                 Tr::tr("%1 is defined twice (first at line %2)").arg(t.id).arg(prev.line),
                 Diagnostic::Severity::Error);
        }
        m_doc.tasks.append(std::move(t));
    } else if (defines && rt > rp) {
        // The summary came first ("| TRD-001 | 3h | ✅ |"), the definition now: the
        // definition is the task, the summary's status counts as evidence.
        ++m_mentions;
        const bool prevDone = prev.isExplicitlyDone();
        const QString ev = evidenceOf(prev);
        const int evLine = prev.line;
        QStringList reqs = prev.extra().requirements;
        const TrdTask summary = std::move(prev);
        prev = std::move(t);
        if (prevDone && !prev.isExplicitlyDone()) {
            TrdTaskExtra& x = prev.mutableExtra();
            x.evidence = ev;
            x.evidenceLine = evLine;
        } else if (summary.marker == TrdTask::Marker::InProgress && !prev.isExplicitlyDone() &&
                   prev.marker == TrdTask::Marker::None) {
            prev.marker = TrdTask::Marker::InProgress;
            prev.markerText = Tr::tr("%1 (line %2)").arg(summary.markerText).arg(evLine);
        }
        for (const QString& r : std::as_const(reqs)) {
            addRequirement(prev, r);
        }
        if (!prev.hasHours() && prev.points < 0 && (summary.hasHours() || summary.points >= 0)) {
            prev.hours = summary.hours;
            prev.points = summary.points;
            prev.estimate = summary.estimate;
        }
        // "| RECUR-B001 | Implement the zone module | … | RECUR-P001 |" in the task table, then
        // "### RECUR-B001" over notes on it: the heading adds to the row, it does not blank
        // its title, priority or dependencies.
        if (prev.title.isEmpty())
            prev.title = summary.title;
        if (prev.priority.isEmpty())
            prev.priority = summary.priority;
        if (prev.dependencies.isEmpty() && !summary.dependencies.isEmpty()) {
            prev.dependencies = summary.dependencies;
            prev.dependenciesLine = summary.dependenciesLine;
        }
        switch (prev.form) {
        case TrdTask::Form::Heading:
            ++m_headingDefs;
            break;
        case TrdTask::Form::BoldLine:
            ++m_boldDefs;
            break;
        default:
            ++m_checklistTasks;
            break;
        }
    } else {
        // A mention: a sprint checklist or a summary table naming a task defined above.
        ++m_mentions;
        if (t.isExplicitlyDone() && !prev.isExplicitlyDone()) {
            TrdTaskExtra& x = prev.mutableExtra();
            x.evidence = evidenceOf(t);
            x.evidenceLine = t.line;
        } else if (t.marker == TrdTask::Marker::InProgress && !prev.isExplicitlyDone() &&
                   prev.marker == TrdTask::Marker::None) {
            // "| TRD-051 | 🔄 In progress |" in a summary: the task is under way.
            prev.marker = TrdTask::Marker::InProgress;
            prev.markerText = Tr::tr("%1 (line %2)").arg(t.markerText).arg(t.line);
        }
        for (const QString& r : t.extra().requirements) {
            addRequirement(prev, r);
        }
        if (!prev.hasHours() && prev.points < 0 && (t.hasHours() || t.points >= 0)) {
            prev.hours = t.hours;
            prev.points = t.points;
            prev.estimate = t.estimate;
        }
    }
    resetTask();
}

// The YAML front matter a document opens with ("---" lines around it): its bytes and the
// line its first key is on, or an empty view when it has none. Looked for in the first 64 KB.
QByteArrayView frontMatter(QByteArrayView bytes, int* firstLine)
{
    const qsizetype open = bytes.startsWith("---\r\n") ? 5 : bytes.startsWith("---\n") ? 4 : 0;
    if (open == 0)
        return {};
    const qsizetype limit = std::min<qsizetype>(bytes.size(), 64 * 1024);
    for (qsizetype at = open; at < limit;) {
        const qsizetype nl = findBytes(bytes.first(limit), "\n", at);
        const qsizetype end = nl < 0 ? limit : nl;
        QByteArrayView line = bytes.sliced(at, end - at);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line == "---" || line == "...") {
            *firstLine = 2;
            return bytes.sliced(open, at - open);
        }
        if (nl < 0)
            break;
        at = nl + 1;
    }
    return {};
}

// "total_tasks: 51" and "total_hours: 147" in the front matter of a generated TRD: the totals
// it states, when its text states none (a "Total: 40 hours" line outranks them).
void frontMatterTotals(const QByteArray& utf8, const QString& path, TrdDocument& doc)
{
    int firstLine = 0;
    const QByteArrayView yamlBytes = frontMatter(utf8, &firstLine);
    if (yamlBytes.isEmpty() || (doc.statedTotalHours >= 0 && doc.statedTaskCount >= 0))
        return;
    yaml::Options o;
    o.firstLine = firstLine;
    o.plainColonValues = true;
    o.maxNodes = 2000;
    Diagnostics ignored; // front matter is the document's own business, not the plan's
    const yaml::Node root = yaml::parse(yamlBytes, path, &ignored, o);
    if (!root.isMap())
        return;
    bool ok = false;
    int line = 0; // the first line read here; lint points there for either total
    if (const yaml::Node* h = root.value(u"total_hours");
        h && doc.statedTotalHours < 0 && h->isScalar()) {
        const double hours = h->scalar.trimmed().toDouble(&ok);
        if (ok && hours >= 0) {
            doc.statedTotalHours = hours;
            line = h->line;
        }
    }
    if (const yaml::Node* n = root.value(u"total_tasks");
        n && doc.statedTaskCount < 0 && n->isScalar()) {
        const int count = n->scalar.trimmed().toInt(&ok);
        if (ok && count >= 0) {
            doc.statedTaskCount = count;
            line = line > 0 ? std::min(line, n->line) : n->line;
        }
    }
    // A total the text states keeps its line.
    if (line > 0 && doc.statedTotalLine == 0)
        doc.statedTotalLine = line;
}

// What a ticket file's status says: "done", "TODO", "in_progress", "WONT_DO"; None for a
// status that is no task's ("accepted", "draft": an ADR's, a post's).
enum class TicketState
{
    None,
    Todo,
    Blocked,
    Going,
    Done, // also closed without doing it ("wont_do", "cancelled"): no work is left
};

// What a ticket's status says: TrdScan::statusWord(), and work given up (givenUpWord()) is
// closed.
TicketState ticketStateOf(const QString& status)
{
    // "WONT_DO", "wont-do": trackers join a status's words so.
    if (!givenUpWord(status.toLower().replace(u'_', u' ').replace(u'-', u' ')).isEmpty())
        return TicketState::Done;
    switch (TrdScan::statusWord(status)) {
    case TrdScan::StatusWord::Done:
        return TicketState::Done;
    case TrdScan::StatusWord::InProgress:
        return TicketState::Going;
    case TrdScan::StatusWord::Blocked:
        return TicketState::Blocked;
    case TrdScan::StatusWord::Todo:
        return TicketState::Todo;
    case TrdScan::StatusWord::None:
        break;
    }
    return TicketState::None;
}

// A "## Status" section's word or a front matter's "status:" value: a word or two.
TicketState ticketState(QByteArrayView word)
{
    if (word.isEmpty() || word.size() > 16)
        return TicketState::None;
    const QString w = QString::fromUtf8(word);
    const TicketState state = ticketStateOf(w);
    // "status: new" in a tracker's front matter: filed, not started.
    return state == TicketState::None && w.compare(u"new", Qt::CaseInsensitive) == 0
               ? TicketState::Todo
               : state;
}

// "# SP5-003 - Reminder rules" (or ": ", " — "): the id leading a ticket file's title, and
// where the title starts; an invalid id when the heading is no ticket's.
LeadingId ticketHeading(QStringView h, qsizetype* titleAt)
{
    const LeadingId id = leadingId(h, true);
    if (!id.isValid() || id.requirement || id.start > 0 || isAsciiDigit(id.id.at(0)))
        return LeadingId();
    for (const char16_t* sep : {u" - ", u": ", u" \u2014 ", u" \u2013 "}) {
        const QStringView s(sep);
        if (h.sliced(id.end).startsWith(s) && id.end + s.size() < h.size()) {
            *titleAt = id.end + s.size();
            return id;
        }
    }
    return LeadingId();
}

// The one task of a ticket file, in place of the none the parser found.
void finishTicket(TrdTask t, TrdDocument& doc)
{
    doc.tasks.append(std::move(t));
    if (!doc.forms.contains(u"heading"))
        doc.forms << QStringLiteral("heading");
    doc.diagnostics.removeIf([](const Diagnostic& d) {
        return d.code == u"trd-no-tasks" || d.code == u"trd-not-a-task";
    });
    doc.reindex();
}

// A file that is one ticket: its front matter says so ("id: task-context", "status: TODO",
// as ticket folders and tracker exports write them), or its title leads with an id ("# SP5-003
// - Reminder rules") and a "## Status" section holds one status word ("- done"). Read as one
// task, when the parser found none; its status word is what completing and reopening
// rewrite. Each line is looked at once, up to the status found.
void ticketFile(const QByteArray& utf8, const QString& path, double hoursPerDay, TrdDocument& doc)
{
    int firstLine = 0;
    QByteArrayView fm = frontMatter(utf8, &firstLine);
    QString id;
    QString title;
    ByteSpan word;      // the status word's bytes
    ByteSpan titleLine; // the line naming the ticket
    QString estimate;   // as written
    double hours = -1;
    bool days = false;
    // "4 hours", "1.5 days", "45 min": hours, and whether they were worked out from days.
    auto readEstimate = [&](const QString& v) {
        const TrdScan::Estimate est = TrdScan::findEstimate(QString(u'(' + v + u')'));
        if (est.start != 0 || est.unit == TrdScan::EstimateUnit::Points)
            return;
        using U = TrdScan::EstimateUnit;
        days = est.unit == U::Days || est.unit == U::Weeks;
        hours = est.unit == U::Minutes ? est.value / 60
                : est.unit == U::Days  ? est.value * hoursPerDay
                : est.unit == U::Weeks ? est.value * 5 * hoursPerDay
                                       : est.value;
        estimate = v;
    };
    const qsizetype fmEnd = fm.isEmpty() ? 0 : (fm.data() - utf8.constData()) + fm.size();
    if (!fm.isEmpty()) {
        yaml::Options o;
        o.firstLine = firstLine;
        o.plainColonValues = true;
        o.maxNodes = 2000;
        Diagnostics ignored;
        const yaml::Node root = yaml::parse(fm, path, &ignored, o);
        if (!root.isMap())
            return;
        for (const char16_t* k : {u"id", u"ticket_id", u"task_id"}) {
            if (const yaml::Node* n = root.value(k); n && n->isScalar() && id.isEmpty())
                id = n->scalar.trimmed();
        }
        const yaml::Node* st = root.value(u"status");
        if (id.isEmpty()) {
            // "status: Completed" and no id: the title names the ticket ("# ST0001: …"),
            // read as a file without front matter.
            fm = QByteArrayView();
        } else if (id.size() > 40 || !st || !st->isScalar()) {
            return;
        } else {
            if (const yaml::Node* t = root.value(u"title"); t && t->isScalar())
                title = t->scalar.trimmed();
            // The bytes of the status value on its line, without quotes.
            const LineIndex lines(utf8);
            const qsizetype ls = lines.startOfLine(st->line);
            qsizetype le = utf8.indexOf('\n', ls);
            if (le < 0 || le > fmEnd)
                le = fmEnd;
            const QByteArrayView line = QByteArrayView(utf8).sliced(ls, le - ls);
            if (!line.startsWith("status:"))
                return;
            qsizetype a = 7;
            qsizetype b = line.size();
            while (a < b && (line.at(a) == ' ' || line.at(a) == '"' || line.at(a) == '\''))
                ++a;
            while (b > a && (line.at(b - 1) == ' ' || line.at(b - 1) == '\r' ||
                             line.at(b - 1) == '"' || line.at(b - 1) == '\''))
                --b;
            word = ByteSpan{ls + a, ls + b};
            if (const yaml::Node* t = root.value(u"title"); t && t->line > 0) {
                const qsizetype ts = lines.startOfLine(t->line);
                const qsizetype te = utf8.indexOf('\n', ts);
                titleLine = ByteSpan{ts, te < 0 ? ts : te};
            }
            for (const auto& [key, inDays] :
                 {std::pair{u"estimate", false}, std::pair{u"estimate_hours", false},
                  std::pair{u"estimated_hours", false}, std::pair{u"estimate_days", true}}) {
                const yaml::Node* e = root.value(key);
                if (!e || !e->isScalar() || hours >= 0)
                    continue;
                const QString v = e->scalar.trimmed();
                bool number = false;
                const double n = v.toDouble(&number);
                if (number && n >= 0) {
                    hours = inDays ? n * hoursPerDay : n;
                    days = inDays;
                    estimate = v + (inDays ? QStringLiteral(" d") : QStringLiteral(" h"));
                } else {
                    readEstimate(v);
                }
            }
        }
    }
    // The title heading, then (without front matter) the "## Status" section's word, or the
    // header's fields.
    const QByteArrayView all(utf8);
    bool fence = false;
    bool inStatus = false;
    bool titled = false;
    bool inHeader = false;
    int headerLines = 0;
    TicketState fieldState = TicketState::None; // a "**Status:**" field's
    QString deps;
    qsizetype depsAt = -1;
    QString priority;
    double points = -1; // "**Story Points:** 2"
    for (qsizetype at = fmEnd; at < all.size() && (word.begin < 0 || !titled || inHeader);) {
        qsizetype nl = all.indexOf('\n', at);
        if (nl < 0)
            nl = all.size();
        QByteArrayView line = all.sliced(at, nl - at);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype lineAt = at;
        at = nl + 1;
        if (line.startsWith("```") || line.startsWith("~~~")) {
            fence = !fence;
            continue;
        }
        if (fence)
            continue;
        if (line.startsWith("# ") && !titled) {
            titled = true;
            const QString h = trimmedUtf8(line.sliced(2));
            qsizetype titleAt = -1;
            const LeadingId lead = ticketHeading(h, &titleAt);
            if (fm.isEmpty()) {
                if (!lead.isValid())
                    return;
                id = lead.id;
                title = h.sliced(titleAt).trimmed();
            } else if (title.isEmpty()) {
                title = lead.isValid() ? h.sliced(titleAt).trimmed() : h;
            }
            titleLine = ByteSpan{lineAt, lineAt + line.size()};
            inHeader = fm.isEmpty();
            continue;
        }
        // A header is a few lines; a file without sections is read no further for fields.
        if (inHeader && ++headerLines > 60)
            inHeader = false;
        if (!fm.isEmpty() || !titled)
            continue;
        if (line.startsWith('#')) {
            const QByteArrayView h = line.sliced(line.indexOf(' ') + 1).trimmed();
            inStatus = (line.startsWith("## ") || line.startsWith("### ")) &&
                       (h == "Status" || h == "status");
            // "# FileName: …" under the title names the file; the header goes on.
            inHeader = inHeader && line.startsWith("# ");
            continue;
        }
        // "# TSK-02: Title" over "**Status:** ⏳ To Do", "**Estimated Effort:** 1 Hour",
        // "**Dependencies:** TSK-01": the ticket's fields, before its first section.
        using F = DocumentKind::TicketField;
        qsizetype valueAt = 0;
        if (const F key = inHeader ? DocumentKind::ticketField(line, &valueAt) : F::None;
            key != F::None) {
            QByteArrayView v = line.sliced(valueAt);
            while (v.endsWith(' '))
                v.chop(1);
            const qsizetype begin = lineAt + valueAt;
            // A status is a word or two ("⏳ To Do", "Completed"); "Status: **not yet ready
            // to send.** Rounds 1-3 closed clean, but…" opens a report's prose.
            if (key == F::Status && word.begin < 0 && !v.isEmpty() && v.size() <= 40) {
                fieldState = ticketStateOf(QString::fromUtf8(v));
                if (fieldState == TicketState::None)
                    return; // "Status: Draft": a document's state, no ticket's
                word = ByteSpan{begin, begin + v.size()};
            } else if (key == F::Estimate && estimate.isEmpty()) {
                const QString value = QString::fromUtf8(v);
                if (TrdScan::isSize(value))
                    estimate = value;
                else
                    readEstimate(value);
            } else if (key == F::Dependencies) {
                deps = QString::fromUtf8(v);
                depsAt = lineAt;
            } else if (key == F::Priority) {
                priority = QString::fromUtf8(v);
            } else if (key == F::Points) {
                bool number = false;
                const double n = QString::fromUtf8(v).toDouble(&number);
                if (number && n >= 0 && n < 1000)
                    points = n;
            }
            continue;
        }
        const QByteArrayView t = line.trimmed();
        if (!inStatus || t.isEmpty())
            continue;
        // "- done", "done": the section's first line is the word, or there is none.
        const qsizetype lead = t.startsWith("- ") || t.startsWith("* ") ? 2 : 0;
        const QByteArrayView w = t.sliced(lead).trimmed();
        if (ticketState(w) == TicketState::None)
            return;
        const qsizetype begin = w.data() - all.data();
        word = ByteSpan{begin, begin + w.size()};
    }
    if (id.isEmpty() || title.isEmpty() || !titleLine.isValid())
        return;
    // "# TSK-02: Title" over "**Estimated Effort:** 1 Hour" and no status: a ticket not
    // started, completed as a heading task is (its marker after the title).
    const bool unstated = word.begin < 0;
    if (unstated && !(fm.isEmpty() && (!estimate.isEmpty() || depsAt >= 0 || points >= 0)))
        return;
    const QByteArrayView w = unstated ? QByteArrayView() : all.sliced(word.begin, word.size());
    const TicketState state = unstated                          ? TicketState::Todo
                              : fieldState != TicketState::None ? fieldState
                                                                : ticketState(w);
    if (state == TicketState::None)
        return;
    const LineIndex lines(utf8);
    TrdTask t;
    t.id = id;
    t.title = title;
    t.form = TrdTask::Form::Heading;
    t.source = utf8;
    t.line = lines.lineOf(titleLine.begin);
    t.headerSpan = titleLine;
    t.span = ByteSpan{0, utf8.size()};
    if (hours >= 0) {
        t.hours = hours;
        t.estimate = estimate;
        t.hoursConverted = days;
        doc.hoursConverted = doc.hoursConverted || days;
    } else if (TrdScan::isSize(estimate)) {
        t.estimate = estimate; // "Large": a size, counted as no hours
    } else if (points >= 0) {
        t.points = points;
        t.estimate = Tr::tr("%1 pts").arg(points);
    }
    // "High", "P0 (Blocking)", "🔥 P1 Critical": the first word naming a level.
    static const QHash<QString, QString> levels{
        {QStringLiteral("P0"), QStringLiteral("CRITICAL")},
        {QStringLiteral("P1"), QStringLiteral("HIGH")},
        {QStringLiteral("P2"), QStringLiteral("MEDIUM")},
        {QStringLiteral("P3"), QStringLiteral("LOW")},
        {QStringLiteral("CRITICAL"), QStringLiteral("CRITICAL")},
        {QStringLiteral("HIGH"), QStringLiteral("HIGH")},
        {QStringLiteral("MEDIUM"), QStringLiteral("MEDIUM")},
        {QStringLiteral("LOW"), QStringLiteral("LOW")}};
    for (const QString& word : priority.toUpper().split(u' ', Qt::SkipEmptyParts).mid(0, 8)) {
        if (const auto it = levels.constFind(word); it != levels.constEnd()) {
            t.priority = *it;
            break;
        }
    }
    // "TSK-01, TSK-03", "TASK-493-01 and TASK-493-03-L01": the ids leading each part.
    if (depsAt >= 0) {
        const int depsLine = lines.lineOf(depsAt);
        QString rest = deps;
        rest.replace(QStringLiteral(" and "), QStringLiteral(","));
        const QStringList parts = rest.split(QRegularExpression(QStringLiteral("[,;]")));
        for (const QString& part : parts.mid(0, 100)) {
            const QString one = part.trimmed().remove(u'*').remove(u'`');
            const LeadingId d = leadingId(one, true);
            if (!d.isValid() || d.start != 0 || d.id == t.id || t.dependencies.contains(d.id))
                continue;
            t.dependencies << d.id;
            doc.dependencies.append(
                TrdDependency{d.id, t.id, TrdDependency::Source::Field, depsLine});
        }
        if (!t.dependencies.isEmpty())
            t.dependenciesLine = depsLine;
    }
    if (unstated) {
        // Completed on the board: "# TSK-02: Title ✅ **COMPLETED**", as a heading task is.
        const QByteArrayView tl = all.sliced(titleLine.begin, titleLine.size());
        const qsizetype check = tl.lastIndexOf("\xE2\x9C\x85"); // ✅
        if (check > 0 && TrdScan::findMarkers(QString::fromUtf8(tl.sliced(check))).done) {
            qsizetype b = check;
            while (b > 0 && tl.at(b - 1) == ' ')
                --b;
            t.marker = TrdTask::Marker::Completed;
            t.markerSpan = ByteSpan{titleLine.begin + b, titleLine.end};
            t.markerText = trimmedUtf8(tl.sliced(check));
            if (const qsizetype at = t.title.lastIndexOf(u'\u2705'); at > 0)
                t.title = t.title.first(at).trimmed();
        }
        finishTicket(std::move(t), doc);
        return;
    }
    TrdTaskExtra& x = t.mutableExtra();
    // Written back in the file's own case: "DONE" where it says "TODO"; a field's value as
    // such values go ("✅ Done" where it says "⏳ To Do", "Done" where "In Progress").
    const bool upper =
        std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    x.leadDone = upper ? QByteArray("DONE") : QByteArray("done");
    x.leadOpen = upper ? QByteArray("TODO") : QByteArray("todo");
    if (fieldState != TicketState::None && !upper) {
        const bool sign = quint8(w.front()) >= 0x80;
        const bool capital = w.front() >= 'A' && w.front() <= 'Z';
        x.leadDone = QByteArray(sign ? "\xE2\x9C\x85 Done" : capital ? "Done" : "done");
        x.leadOpen = QByteArray(sign ? "\xE2\x8F\xB3 To Do" : capital ? "To do" : "todo");
    }
    if (state == TicketState::Done) {
        t.marker = TrdTask::Marker::Completed;
        t.markerSpan = word;
        t.markerText = QString::fromUtf8(w);
    } else {
        x.inProgressSpan = word;
        if (state == TicketState::Going) {
            t.marker = TrdTask::Marker::InProgress;
            t.markerText = QString::fromUtf8(w);
        }
        if (state == TicketState::Blocked)
            x.flags << QStringLiteral("BLOCKED");
    }
    finishTicket(std::move(t), doc);
}

} // namespace

namespace TrdParser {

QString notATaskMessage(const QString& text, const QString& why)
{
    return Tr::tr("“%1” was not read as a task: %2").arg(text, why);
}

// Split by the translated form itself: what comes before %1, between %1 and %2, after %2.
bool splitNotATask(const QString& message, QString* text, QString* why)
{
    const QString form = Tr::tr("“%1” was not read as a task: %2");
    const qsizetype a = form.indexOf(u"%1");
    const qsizetype b = form.indexOf(u"%2");
    if (a < 0 || b < a)
        return false;
    const QStringView before = QStringView(form).first(a);
    const QStringView between = QStringView(form).sliced(a + 2, b - a - 2);
    const QStringView after = QStringView(form).sliced(b + 2);
    if (!message.startsWith(before) || !message.endsWith(after))
        return false;
    const qsizetype mid = message.indexOf(between, before.size());
    if (mid < 0 || mid + between.size() > message.size() - after.size())
        return false;
    *text = message.sliced(before.size(), mid - before.size());
    *why = message.sliced(mid + between.size(),
                          message.size() - after.size() - mid - between.size());
    return true;
}

QStringList findIds(QStringView text, QStringList* tooLong)
{
    return findIdsWith(text, tooLong, plainId);
}

QString idFromNodeName(QStringView node)
{
    QVarLengthArray<char16_t, 64> buf(node.size() + 1);
    const qsizetype n = nodeIdInto(node, buf.data());
    return n > 0 ? QStringView(buf.data(), n).toString() : QString();
}

// "docs/plans/exo-bdd-migration-plan.md", "IMPROVEMENT-PLAN.md", "# V6 Production Readiness
// Roadmap": a file or a first heading that says the document is a plan.
static bool namesItselfAPlan(const QString& path, const QByteArray& utf8)
{
    // "plan" starting a word: "-plan", "_PLAN", "Plan", not "explanation".
    auto says = [](const QString& lower) {
        return containsWordStart(lower, u"plan") || containsWordStart(lower, u"roadmap");
    };
    const QString base = path.section(u'/', -1).toLower();
    if (says(base))
        return true;
    // The first heading, within the first lines.
    const QByteArrayView head = QByteArrayView(utf8).first(std::min<qsizetype>(utf8.size(), 4096));
    qsizetype at = 0;
    while (at < head.size()) {
        qsizetype nl = head.indexOf('\n', at);
        if (nl < 0)
            nl = head.size();
        const QByteArrayView line = head.sliced(at, nl - at).trimmed();
        if (line.startsWith("# ")) {
            return says(QString::fromUtf8(line.sliced(2)).toLower());
        }
        at = nl + 1;
    }
    return false;
}

TrdDocument parse(const QByteArray& utf8, const QString& path, Threads threads)
{
    Options o;
    o.threads = threads;
    return parse(utf8, path, o);
}

TrdDocument parse(const QByteArray& utf8, const QString& path, const Options& options)
{
    // Spans are 32-bit (ByteSpan): larger input is refused whole, never read wrapped. The
    // loaders cap documents far below this (kMaxDocumentBytes).
    if (utf8.size() > std::numeric_limits<qint32>::max()) {
        TrdDocument doc;
        doc.path = path;
        doc.diagnostics.append(Diagnostic{path, 0, 0, QStringLiteral("trd-too-large"),
                                          Tr::tr("the document is too large to read as a plan"),
                                          Diagnostic::Severity::Error});
        return doc;
    }
    // BMAD's sprint tracker is YAML: every loader reads it here, as the report it is.
    if (DocumentKind::isSprintStatus(path))
        return SprintStatus::read(utf8, path);
    const Threads threads = options.threads;
    // Below this size a thread costs more than it saves (a typical TRD is 20-100 KB).
    constexpr qsizetype pipelineFrom = 512 * 1024;
    const bool pipelined =
        threads == Threads::Auto && utf8.size() >= pipelineFrom && QThread::idealThreadCount() > 1;
    Builder builder(utf8, path, options.hoursPerDay);
    int rc = pipelined ? TrdBlockReader::parsePipelined(utf8, builder)
                       : TrdBlockReader::parse(utf8, builder);
    TrdDocument doc = builder.finish();
    // A sprint plan that lists its work only as each sprint's "#### Deliverables" checklist:
    // those are its tasks. Read again so (rare: nothing else was read, and there were some).
    bool deliverables = false;
    QSet<int> phases = builder.phaseTaskLines();
    if (doc.tasks.isEmpty() && builder.sprintDeliverables() >= 2) {
        Builder again(utf8, path, options.hoursPerDay, true);
        rc = TrdBlockReader::parse(utf8, again);
        doc = again.finish();
        deliverables = true;
        phases = again.phaseTaskLines();
    }
    // A plan or roadmap whose phases number their steps ("## Phase 1" › "### 1.1 — Create the
    // config") and which holds no task in another form: the steps are its tasks. Only in a
    // document that calls itself a plan: a guide or a design note numbers its sections so too.
    if (doc.tasks.isEmpty() && phases.isEmpty() && builder.numberedPhaseSteps() >= 2 &&
        namesItselfAPlan(path, utf8)) {
        Builder stepped(utf8, path, options.hoursPerDay, deliverables);
        stepped.readNumberedPhaseSteps();
        rc = TrdBlockReader::parse(utf8, stepped);
        doc = stepped.finish();
    }
    // "## Phase 1: …" › "### Success Criteria:" › "- [x] Tests pass" with no task in the
    // phase: each such phase is a task. Read again so (only plans written that way).
    if (!phases.isEmpty()) {
        Builder phased(utf8, path, options.hoursPerDay, deliverables);
        phased.readPhasesAsTasks(phases);
        rc = TrdBlockReader::parse(utf8, phased);
        doc = phased.finish();
    }
    frontMatterTotals(utf8, path, doc);
    if (doc.tasks.isEmpty())
        ticketFile(utf8, path, doc.hoursPerDay, doc);
    // "## Step 2: Start the services" is read as a task (runbooks tick their steps), but
    // a how-to's steps alone do not make it a plan.
    int steps = 0;
    int boxedSteps = 0;
    QSet<QString> planned; // what the sprints list, gathered once a step needs it
    bool gathered = false;
    for (const TrdTask& t : std::as_const(doc.tasks)) {
        if (t.form != TrdTask::Form::Heading || !t.id.startsWith(u"Step ", Qt::CaseInsensitive))
            continue;
        ++steps;
        // "Step 1.2" (step 2 of phase 1), or a step a phase lists, ticked box by box.
        if (t.subtasks.isEmpty())
            continue;
        if (!t.id.contains(u'.') && !gathered) {
            gathered = true;
            for (const TrdSprint& s : std::as_const(doc.sprints)) {
                for (const QString& id : s.primary)
                    planned.insert(id);
                for (const QString& id : s.secondary)
                    planned.insert(id);
            }
        }
        if (t.id.contains(u'.') || planned.contains(t.id))
            ++boxedSteps;
    }
    const DocumentKind::Verdict kind =
        DocumentKind::classify(path, utf8, int(doc.tasks.size() - steps), steps, boxedSteps);
    doc.documentClass = kind.cls;
    doc.classReason = kind.reason;
    // "**Status:** ✅ Complete - all 23 issues created": a summary's status is what it reports
    // on, not the work its headings name; only a plan's own status marks its tasks done
    // (what a report marks done counts as evidence in the plans that define the tasks).
    if (const int statusLine = builder.documentStatusLine();
        statusLine > 0 && kind.cls != DocumentClass::Plan) {
        bool cleared = false;
        for (TrdTask& t : doc.tasks) {
            if (t.extra().evidenceLine != statusLine || t.extra().evidence.isEmpty())
                continue;
            TrdTaskExtra& x = t.mutableExtra();
            x.evidence.clear();
            x.evidenceLine = 0;
            cleared = true;
        }
        if (cleared)
            doc.reindex();
    }
    // "No tasks recognised" is for plans: on a design note or a spec-kit plan.md narrative
    // it is noise (issue 15 found 14 of 20 sampled lint findings were such notes).
    if (kind.cls != DocumentClass::Plan)
        doc.diagnostics.removeIf([](const Diagnostic& d) {
            return d.code == u"trd-no-tasks" || d.code == u"trd-not-a-task";
        });
    if (rc != 0)
        doc.diagnostics.append(Diagnostic{path, 0, 0, QStringLiteral("trd-markdown"),
                                          Tr::tr("the markdown parser stopped early (%1)").arg(rc),
                                          Diagnostic::Severity::Error});
    if (const qsizetype bad = firstInvalidUtf8(utf8); bad >= 0) {
        const LineIndex lines(utf8);
        doc.diagnostics.append(Diagnostic{path, lines.lineOf(bad),
                                          int(bad - lines.lineStart(bad)) + 1,
                                          QStringLiteral("trd-encoding"),
                                          Tr::tr("the file is not valid UTF-8 here; such bytes are "
                                                 "shown as \uFFFD and left untouched on save"),
                                          Diagnostic::Severity::Warning});
    }
    return doc;
}

} // namespace TrdParser

} // namespace pwb
