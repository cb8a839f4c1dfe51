// SPDX-License-Identifier: MIT
#include "trdscan.h"

#include "core/documentkind.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace pwb {

namespace TrdScan {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}
bool isAsciiUpper(QChar c)
{
    return c.unicode() >= 'A' && c.unicode() <= 'Z';
}
bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || isAsciiUpper(c) || (c.unicode() >= 'a' && c.unicode() <= 'z');
}
bool isIdChar(QChar c)
{
    return isAsciiUpper(c) || isAsciiDigit(c) || c.unicode() == '_';
}

qsizetype skipSpace(QStringView s, qsizetype i)
{
    while (i < s.size() && isRegexSpace(s[i]))
        ++i;
    return i;
}

qsizetype wordEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && isWordChar(s[i]))
        ++i;
    return i;
}

bool boundaryAt(QStringView s, qsizetype i)
{
    const bool before = i > 0 && isWordChar(s[i - 1]);
    const bool after = i < s.size() && isWordChar(s[i]);
    return before != after;
}

// Calls f(start, end) for every maximal run of word characters until f returns true.
template <typename F> bool anyWord(QStringView s, F&& f)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        if (!isWordChar(s[i])) {
            ++i;
            continue;
        }
        const qsizetype e = wordEnd(s, i);
        if (f(i, e))
            return true;
        i = e;
    }
    return false;
}

} // namespace

qsizetype idEnd(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    if (i >= n || !isAsciiUpper(s[i]))
        return -1;
    if (i > 0 && (s[i - 1].isLetterOrNumber() || s[i - 1] == u'-' || s[i - 1] == u'/'))
        return -1;
    qsizetype j = i + 1;
    while (j < n && isIdChar(s[j]))
        ++j;
    if (j >= n || s[j] != u'-')
        return -1;
    // "GPT-2", "SHA-256", "ISO-8601": a model or a standard, not a task.
    if (DocumentKind::isNamePrefix(s.sliced(i, j - i)))
        return -1;
    // "Q1-Q2", "Q3-2026", "H1-H2": a part of the year (a plan's quarters), no task.
    if (j - i == 2 && ((s[i] == u'Q' && s[i + 1] >= u'1' && s[i + 1] <= u'4') ||
                       (s[i] == u'H' && (s[i + 1] == u'1' || s[i + 1] == u'2'))))
        return -1;
    qsizetype k = j + 1;
    // "TRD-FSC-001": up to two more upper-case segments before the number.
    for (int seg = 0; seg < 2; ++seg) {
        qsizetype m = k;
        while (m < n && isAsciiUpper(s[m]))
            ++m;
        if (m == k || m + 1 >= n || s[m] != u'-' || !isAsciiDigit(s[m + 1]))
            break;
        k = m + 1;
    }
    // "MQ-T001", "AUTH-US1": letters may come before the number.
    while (k < n && isAsciiUpper(s[k]))
        ++k;
    const bool lettered = k > j + 1;
    const qsizetype d0 = k;
    while (k < n && isAsciiDigit(s[k]))
        ++k;
    if (k == d0)
        return -1;
    // "MQ-T018b": one lower-case letter after a lettered number names a variant.
    // "MQ-T018b", "TRD-016a: Title": one lower-case letter names a variant.
    if (k < n && s[k].unicode() >= 'a' && s[k].unicode() <= 'z' &&
        ((lettered && (k + 1 == n || !s[k + 1].isLetterOrNumber())) ||
         (k + 1 < n && s[k + 1] == u':')))
        ++k;
    // "TRD-001-TEST", "AC-001-1", "I-1.2": upper-case or numeric segments belong to the id.
    while (k + 1 < n && (s[k] == u'-' || s[k] == u'.') &&
           (isAsciiUpper(s[k + 1]) || isAsciiDigit(s[k + 1]))) {
        qsizetype m = k + 1;
        while (m < n && (isAsciiUpper(s[m]) || isAsciiDigit(s[m])))
            ++m;
        if (m < n && (s[m].isLetter() || s[m] == u'_'))
            break; // "TRD-001-Title": a word, not part of the id
        k = m;
    }
    if (k < n && (s[k].isLetter() || s[k] == u'_'))
        return -1;
    return k;
}

Hours findHours(QStringView s, qsizetype from)
{
    const qsizetype n = s.size();
    for (qsizetype i = find(s, u'(', std::max<qsizetype>(from, 0)); i >= 0;
         i = find(s, u'(', i + 1)) {
        qsizetype j = i + 1;
        if (j < n && s[j] == u'~') {
            j = skipSpace(s, j + 1);
        } else if (s.mid(j, 3).compare(u"est", Qt::CaseInsensitive) == 0) {
            j += 3;
            if (j < n && s[j] == u'.')
                ++j;
            j = skipSpace(s, j);
        }
        const qsizetype d0 = j;
        while (j < n && isAsciiDigit(s[j]))
            ++j;
        if (j == d0)
            continue;
        if (j + 1 < n && (s[j] == u'.' || s[j] == u',') && isAsciiDigit(s[j + 1])) {
            j += 2;
            while (j < n && isAsciiDigit(s[j]))
                ++j;
        }
        const QStringView number = s.mid(d0, j - d0);
        j = skipSpace(s, j);
        const qsizetype ue = wordEnd(s, j);
        const QStringView unit = s.mid(j, ue - j);
        bool isUnit = false;
        for (const char16_t* u : {u"h", u"hr", u"hrs", u"hour", u"hours"}) {
            if (unit.compare(QStringView(u), Qt::CaseInsensitive) == 0)
                isUnit = true;
        }
        if (!isUnit || find(s, u')', ue) < 0)
            continue;
        QString num = number.toString();
        num.replace(u',', u'.');
        return Hours{i, num.toDouble()};
    }
    return {};
}

namespace {

// The word [a, e) of s as a priority (findPriority), or null.
const QString* priorityWord(QStringView s, qsizetype a, qsizetype e)
{
    // Static strings: a plan of thousands of tasks shares four, allocated never.
    static const QString names[] = {QStringLiteral("CRITICAL"), QStringLiteral("HIGH"),
                                    QStringLiteral("MEDIUM"), QStringLiteral("LOW")};
    static const QStringView upper[] = {u"CRITICAL", u"HIGH", u"MEDIUM", u"LOW"};
    static const QStringView capitalised[] = {u"Critical", u"High", u"Medium", u"Low"};
    // Every name starts with C, H, M, L or P and is 2, 3, 4, 6 or 8 long.
    const char16_t c = s[a].unicode();
    const qsizetype len = e - a;
    if ((c != u'C' && c != u'H' && c != u'M' && c != u'L' && c != u'P') || len < 2 || len > 8 ||
        len == 5 || len == 7)
        return nullptr;
    const QStringView w = s.mid(a, e - a);
    if (c == u'P') {
        if (w.size() == 2 && w[1] >= u'0' && w[1] <= u'3')
            return &names[w[1].unicode() - '0'];
        return nullptr;
    }
    // The first letter names the one word it can be.
    const int i = c == u'C' ? 0 : c == u'H' ? 1 : c == u'M' ? 2 : 3;
    if (w == upper[i])
        return &names[i];
    if (w != capitalised[i])
        return nullptr;
    const qsizetype k = skipSpace(s, e);
    if (k == e)
        return nullptr;
    const QStringView next = s.mid(k, 8);
    if ((next == u"Priority" || next == u"priority") && boundaryAt(s, k + 8))
        return &names[i];
    return nullptr;
}

// The word [a, e) of s as COMPLETED, COMPLETE or DONE.
bool doneWord(QStringView s, qsizetype a, qsizetype e)
{
    // The first letter and the length before any comparison: most words are neither.
    if ((s[a] != u'C' && s[a] != u'D') || (e - a != 4 && e - a != 8 && e - a != 9))
        return false;
    const QStringView w = s.mid(a, e - a);
    return w == u"COMPLETED" || w == u"COMPLETE" || w == u"DONE";
}

// The word [a, e) of s as WIP, or the start of IN PROGRESS or In Progress.
bool progressWord(QStringView s, qsizetype a, qsizetype e)
{
    if ((s[a] != u'W' && s[a] != u'I') || (e - a != 2 && e - a != 3))
        return false;
    const QStringView w = s.mid(a, e - a);
    if (w == u"WIP")
        return true;
    if ((w == u"IN" || w == u"In") && e < s.size() && s[e] == u' ') {
        const QStringView next = s.mid(e + 1, wordEnd(s, e + 1) - e - 1);
        return (w == u"IN" && next == u"PROGRESS") || (w == u"In" && next == u"Progress");
    }
    return false;
}

// 🔄 or 🚧 (they share their high surrogate) at i.
bool progressEmojiAt(QStringView s, qsizetype i)
{
    return s[i].unicode() == 0xD83D && i + 1 < s.size() &&
           (s[i + 1].unicode() == 0xDD04 || s[i + 1].unicode() == 0xDEA7);
}

} // namespace

QString findPriority(QStringView s)
{
    const QString* found = nullptr;
    anyWord(s,
            [&](qsizetype a, qsizetype e) { return (found = priorityWord(s, a, e)) != nullptr; });
    return found ? *found : QString();
}

bool hasDoneMarker(QStringView s)
{
    if (find(s, u'\u2705') >= 0)
        return true;
    return anyWord(s, [&](qsizetype a, qsizetype e) { return doneWord(s, a, e); });
}

bool hasProgressMarker(QStringView s)
{
    for (qsizetype i = find(s, 0xD83D); i >= 0; i = find(s, 0xD83D, i + 1)) {
        if (progressEmojiAt(s, i))
            return true;
    }
    return anyWord(s, [&](qsizetype a, qsizetype e) { return progressWord(s, a, e); });
}

Markers findMarkers(QStringView s)
{
    Markers m;
    const QString* priority = nullptr;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n && !(priority && m.done && m.progress)) {
        if (!isWordChar(s[i])) {
            m.done = m.done || s[i].unicode() == u'\u2705';
            m.progress = m.progress || progressEmojiAt(s, i);
            ++i;
            continue;
        }
        const qsizetype e = wordEnd(s, i);
        // Every word asked for starts with one of these capitals: most words are none.
        const char16_t c = s[i].unicode();
        if (c == u'C' || c == u'D' || c == u'H' || c == u'I' || c == u'L' || c == u'M' ||
            c == u'P' || c == u'W') {
            if (!priority)
                priority = priorityWord(s, i, e);
            m.done = m.done || doneWord(s, i, e);
            m.progress = m.progress || progressWord(s, i, e);
        }
        i = e;
    }
    if (priority)
        m.priority = *priority;
    return m;
}

namespace {
// A run of ASCII digits as QStringView::toInt() reads it: 0 when it does not fit an int.
int digitsToInt(QStringView digits)
{
    qsizetype i = 0;
    while (i < digits.size() && digits[i] == u'0')
        ++i;
    if (digits.size() - i > 10)
        return 0;
    qint64 v = 0;
    for (; i < digits.size(); ++i)
        v = v * 10 + (digits[i].unicode() - '0');
    return v > std::numeric_limits<int>::max() ? 0 : int(v);
}
} // namespace

FileRef findFileRef(QStringView s, qsizetype from)
{
    const qsizetype n = s.size();
    from = std::max<qsizetype>(from, 0);
    auto inPath = [](QChar c) {
        return isWordChar(c) || c == u'.' || c == u'@' || c == u'~' || c == u'/' || c == u'+' ||
               c == u'-';
    };
    for (qsizetype c = find(s, u':', from); c >= 0; c = find(s, u':', c + 1)) {
        if (c + 1 >= n || !isAsciiDigit(s[c + 1]))
            continue;
        qsizetype k = 0;
        while (k < 9 && c - k - 1 >= from && isAsciiAlnum(s[c - k - 1]))
            ++k;
        if (k < 1 || k > 8)
            continue;
        const qsizetype dot = c - k - 1;
        if (dot - 1 < from || s[dot] != u'.' || !(isWordChar(s[dot - 1]) || s[dot - 1] == u'-'))
            continue;
        qsizetype start = dot - 1;
        while (start > from && inPath(s[start - 1]))
            --start;
        FileRef r;
        r.start = start;
        r.file = s.mid(start, c - start);
        qsizetype j = c + 1;
        const qsizetype d0 = j;
        while (j < n && isAsciiDigit(s[j]))
            ++j;
        r.firstLine = digitsToInt(s.mid(d0, j - d0));
        r.end = j;
        qsizetype q = skipSpace(s, j);
        if (q < n && (s[q] == u'-' || s[q] == u'\u2013')) {
            q = skipSpace(s, q + 1);
            const qsizetype e0 = q;
            while (q < n && isAsciiDigit(s[q]))
                ++q;
            if (q > e0) {
                r.lastLine = digitsToInt(s.mid(e0, q - e0));
                r.end = q;
            }
        }
        return r;
    }
    return {};
}

namespace {

struct UnitName
{
    const char16_t* name;
    EstimateUnit unit;
};
constexpr UnitName kUnits[] = {
    {u"h", EstimateUnit::Hours},
    {u"hr", EstimateUnit::Hours},
    {u"hrs", EstimateUnit::Hours},
    {u"hour", EstimateUnit::Hours},
    {u"hours", EstimateUnit::Hours},
    {u"min", EstimateUnit::Minutes},
    {u"mins", EstimateUnit::Minutes},
    {u"minute", EstimateUnit::Minutes},
    {u"minutes", EstimateUnit::Minutes},
    {u"d", EstimateUnit::Days},
    {u"day", EstimateUnit::Days},
    {u"days", EstimateUnit::Days},
    {u"w", EstimateUnit::Weeks},
    {u"wk", EstimateUnit::Weeks},
    {u"wks", EstimateUnit::Weeks},
    {u"week", EstimateUnit::Weeks},
    {u"weeks", EstimateUnit::Weeks},
    {u"pt", EstimateUnit::Points},
    {u"pts", EstimateUnit::Points},
    {u"point", EstimateUnit::Points},
    {u"points", EstimateUnit::Points},
    {u"sp", EstimateUnit::Points},
    // French and German plans: "0,5j", "3 jours", "2 semaines", "4 Std", "2 Tage".
    {u"j", EstimateUnit::Days},
    {u"jour", EstimateUnit::Days},
    {u"jours", EstimateUnit::Days},
    {u"semaine", EstimateUnit::Weeks},
    {u"semaines", EstimateUnit::Weeks},
    {u"std", EstimateUnit::Hours},
    {u"stunde", EstimateUnit::Hours},
    {u"stunden", EstimateUnit::Hours},
    {u"tag", EstimateUnit::Days},
    {u"tage", EstimateUnit::Days},
    {u"woche", EstimateUnit::Weeks},
    {u"wochen", EstimateUnit::Weeks},
    // Spanish, Portuguese and French: "(2 horas)", "(1 hora)", "(3 días)", "(5 dias)",
    // "(2 heures)".
    {u"hora", EstimateUnit::Hours},
    {u"horas", EstimateUnit::Hours},
    {u"heure", EstimateUnit::Hours},
    {u"heures", EstimateUnit::Hours},
    {u"dia", EstimateUnit::Days},
    {u"dias", EstimateUnit::Days},
    {u"d\u00eda", EstimateUnit::Days},
    {u"d\u00edas", EstimateUnit::Days},
};

// "12", "1.5", "2,5" (digits, at most one '.' or ','): what QString::toDouble() makes of it
// with the ',' read as '.', without a QString per estimate; std::from_chars rounds
// correctly, as QString does. Long numbers keep the QString path.
double toDouble(QStringView number)
{
    // Whole numbers of up to 15 digits (nearly every estimate) are exact as doubles: no
    // parsing library needed for them.
    if (!number.isEmpty() && number.size() <= 15) {
        qint64 whole = 0;
        qsizetype k = 0;
        while (k < number.size() && isAsciiDigit(number[k]))
            whole = whole * 10 + (number[k++].unicode() - '0');
        if (k == number.size())
            return double(whole);
    }
    char buf[32];
    if (number.size() < qsizetype(sizeof buf)) {
        for (qsizetype k = 0; k < number.size(); ++k)
            buf[k] = number[k] == u',' ? '.' : char(number[k].unicode());
        double v = 0;
        const auto [end, ec] = std::from_chars(buf, buf + number.size(), v);
        if (ec == std::errc() && end == buf + number.size())
            return v;
    }
    QString num = number.toString();
    num.replace(u',', u'.');
    return num.toDouble();
}

// a.compare(lower, Qt::CaseInsensitive) == 0 for a lower-case ASCII word, letter by letter
// (a call to Qt's comparison per unit name showed in profiles); Qt's for a word that is not
// ASCII.
bool equalsCi(QStringView a, QStringView lower)
{
    if (a.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t c = a[i].unicode();
        if (c >= 128)
            return a.compare(lower, Qt::CaseInsensitive) == 0;
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (c != lower[i].unicode())
            return false;
    }
    return true;
}

// A number (with an optional "-7" range) then a unit word at i; the value is the range's
// upper end. Returns the end of the unit word, or -1.
qsizetype numberAndUnit(QStringView s, qsizetype i, bool unitOptional, double* value,
                        EstimateUnit* unit)
{
    const qsizetype n = s.size();
    auto number = [&](qsizetype& j, double* out) {
        const qsizetype d0 = j;
        while (j < n && isAsciiDigit(s[j]))
            ++j;
        if (j == d0)
            return false;
        if (j + 1 < n && (s[j] == u'.' || s[j] == u',') && isAsciiDigit(s[j + 1])) {
            j += 2;
            while (j < n && isAsciiDigit(s[j]))
                ++j;
        }
        *out = toDouble(s.mid(d0, j - d0));
        return true;
    };
    qsizetype j = i;
    double v = 0;
    if (!number(j, &v))
        return -1;
    qsizetype k = skipSpace(s, j);
    if (k < n && (s[k] == u'-' || s[k] == u'\u2013')) {
        qsizetype m = skipSpace(s, k + 1);
        double upper = 0;
        if (number(m, &upper)) {
            v = std::max(v, upper);
            j = m;
        }
    }
    k = skipSpace(s, j);
    qsizetype ue = wordEnd(s, k);
    // "3 días": letters beyond ASCII belong to the word ("d" alone is no unit there).
    while (ue < n && s[ue].unicode() >= 128 && s[ue].isLetter())
        ue = wordEnd(s, ue + 1);
    QStringView word = s.mid(k, ue - k);
    if (equalsCi(word, u"story")) {
        const qsizetype p = skipSpace(s, ue);
        const qsizetype pe = wordEnd(s, p);
        if (s.mid(p, pe - p).startsWith(u"point", Qt::CaseInsensitive)) {
            *value = v;
            *unit = EstimateUnit::Points;
            return pe;
        }
    }
    for (const UnitName& u : kUnits) {
        if (equalsCi(word, QStringView(u.name))) {
            *value = v;
            *unit = u.unit;
            return ue;
        }
    }
    // "(30m)", "(15-45m)": minutes, glued to the number. Only from 5 on: "(2m)" may be two
    // months of a roadmap, and no one sizes work in one or two minutes.
    if (word.size() == 1 && (word[0] == u'm' || word[0] == u'M') && k == j && v >= 5) {
        *value = v;
        *unit = EstimateUnit::Minutes;
        return ue;
    }
    // "**Actual:** 58 tests (387%)": a bare number before a percent sign is a share, never
    // hours.
    if (unitOptional && (k >= n || (!isWordChar(s[k]) && s[k] != u'%'))) {
        *value = v;
        *unit = EstimateUnit::Hours;
        return j;
    }
    return -1;
}

// "20h of 60h", "20 of 60 hours" at j: the part of a larger estimate planned in one place
// (a story split across sprints). Returns the end of the total, or -1.
// a, v and u: what numberAndUnit(s, j, false, ...) read at j (the caller has it already).
qsizetype partOf(QStringView s, qsizetype j, qsizetype a, double v, EstimateUnit u, double* part,
                 double* total, EstimateUnit* unit)
{
    const qsizetype n = s.size();
    const bool bare = a < 0;
    if (bare) {
        a = j;
        while (a < n && (isAsciiDigit(s[a]) || (s[a] == u'.' && a > j)))
            ++a;
        if (a == j)
            return -1;
        v = toDouble(s.sliced(j, a - j));
    }
    qsizetype k = skipSpace(s, a);
    if (k + 2 >= n || !equalsCi(s.sliced(k, 2), u"of") || !isRegexSpace(s[k + 2]))
        return -1;
    double t = 0;
    EstimateUnit tu = EstimateUnit::Hours;
    const qsizetype te = numberAndUnit(s, skipSpace(s, k + 2), false, &t, &tu);
    if (te < 0 || (!bare && tu != u) || t < v || tu == EstimateUnit::Points)
        return -1;
    *part = v;
    *total = t;
    *unit = tu;
    return te;
}

// Whether the text after an estimate's unit keeps it an estimate: the bracket closes, a
// separator follows ("(2h, P1)", "(4h - high)"), or a word that qualifies an estimate
// ("(4h estimated)"). "(15 minutes to first deployment)" is a sentence about a duration.
bool endsEstimate(QStringView s, qsizetype ue)
{
    const qsizetype k = skipSpace(s, ue);
    // "(5m, 15m, 30m, 1h)": durations to choose from, a list of options, no estimate.
    if (k < s.size() && s[k] == u',') {
        const qsizetype d = skipSpace(s, k + 1);
        qsizetype e = d;
        while (e < s.size() && (isAsciiDigit(s[e]) || s[e] == u'.'))
            ++e;
        if (e > d && e < s.size() && s[e].isLetter())
            return false;
    }
    if (k >= s.size() || !s[k].isLetter())
        return true;
    const QStringView word = s.mid(k, wordEnd(s, k) - k);
    for (const char16_t* w : {u"est", u"estimated", u"estimate", u"total", u"each", u"remaining",
                              u"left", u"effort", u"actual", u"spent"}) {
        if (word.compare(QStringView(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// At least half a day: how long a window lasts ("(24h)", "(2 days)"); "Monitoring (1 hour)"
// sizes the work of setting it up.
bool longSpan(double value, EstimateUnit unit)
{
    return unit == EstimateUnit::Days || unit == EstimateUnit::Weeks ||
           (unit == EstimateUnit::Hours && value >= 12);
}

// Whether the bracket opening at i, holding the duration `inside`, says how long something
// is watched rather than worked on: "Post-deploy monitoring (24h)", "Soak test (48h)",
// "Watch the logs for 24h (24h)". A window is calendar time the team waits through;
// "Set up monitoring (4h)" and "Deploy and monitor (2h)" are work.
bool windowBefore(QStringView s, qsizetype i, QStringView inside)
{
    qsizetype e = i;
    while (e > 0 && (s[e - 1] == u' ' || s[e - 1] == u'*' || s[e - 1] == u'_'))
        --e;
    qsizetype a = e;
    while (a > 0 && (s[a - 1].isLetterOrNumber() || s[a - 1] == u'-'))
        --a;
    if (a == e)
        return false;
    const QStringView word = s.sliced(a, e - a);
    // The last word, or the one before a word naming a stretch of time: "Post-deploy
    // monitoring (24h)", "Soak test (48h)", "Observation period (1 week)" ("Monitoring
    // dashboard (3 days)" is a thing to build).
    bool window = false;
    qsizetype we = e;
    bool stretch = false;
    for (const char16_t* x : {u"test", u"period", u"window", u"run", u"phase"})
        stretch = stretch || word.compare(QStringView(x), Qt::CaseInsensitive) == 0;
    for (int k = 0; k < (stretch ? 2 : 1) && we > 0 && !window; ++k) {
        qsizetype wa = we;
        while (wa > 0 && (s[wa - 1].isLetterOrNumber() || s[wa - 1] == u'-'))
            --wa;
        const QStringView w = s.sliced(wa, we - wa);
        for (const char16_t* x :
             {u"monitoring", u"monitor", u"observation", u"observe", u"soak", u"burn-in", u"bake",
              u"watch", u"watching", u"wait", u"waiting", u"cooldown", u"cool-down"}) {
            window = window || w.compare(QStringView(x), Qt::CaseInsensitive) == 0;
        }
        we = wa;
        while (we > 0 && s[we - 1] == u' ')
            --we;
    }
    if (!window) {
        // "for 24h (24h)", "within 24 hours (24h)": the same duration, after "for".
        if (!isAsciiDigit(word.front()))
            return false;
        QString compact = inside.toString();
        compact.remove(u' ');
        if (word.compare(compact, Qt::CaseInsensitive) != 0)
            return false;
        qsizetype b = a;
        while (b > 0 && s[b - 1] == u' ')
            --b;
        qsizetype w0 = b;
        while (w0 > 0 && s[w0 - 1].isLetter())
            --w0;
        const QStringView before = s.sliced(w0, b - w0);
        for (const char16_t* w : {u"for", u"within", u"after", u"over"})
            window = window || before.compare(QStringView(w), Qt::CaseInsensitive) == 0;
        return window;
    }
    // The first word names the work done: "Set up monitoring (4h)", "Deploy and monitor (2h)".
    qsizetype f = 0;
    while (f < a && f < 16 && !s[f].isLetter()) // bounded: this runs for every window
        ++f;
    qsizetype fe = f;
    while (fe < a && fe - f < 12 && isWordChar(s[fe]))
        ++fe;
    const QStringView first = s.sliced(f, fe - f);
    for (const char16_t* w : {u"set", u"setup", u"add", u"configure", u"implement", u"create",
                              u"build", u"write", u"integrate", u"enable", u"install", u"wire",
                              u"define", u"design", u"deploy", u"automate", u"improve"}) {
        if (first.compare(QStringView(w), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

} // namespace

Estimate findEstimate(QStringView s, qsizetype from, const QString* same)
{
    const qsizetype n = s.size();
    // The first '(' or '[' at or after `at`, in one pass.
    auto nextOpen = [&s, n](qsizetype at) -> qsizetype {
        for (qsizetype k = at; k < n; ++k) {
            if (s[k] == u'(' || s[k] == u'[')
                return k;
        }
        return -1;
    };
    for (qsizetype i = nextOpen(std::max<qsizetype>(from, 0)); i >= 0; i = nextOpen(i + 1)) {
        qsizetype j = i + 1;
        if (j < n && (s[j] == u'~' || s[j] == u'\u2248')) { // "(~2h)", "(≈ 2 heures)"
            j = skipSpace(s, j + 1);
        } else if (equalsCi(s.mid(j, 3), u"est")) {
            j += 3;
            if (j < n && s[j] == u'.')
                ++j;
            if (j < n && s[j] == u':')
                ++j;
            j = skipSpace(s, j);
        }
        Estimate e;
        // The number and unit at j, read once: for a part ("20h of 60h") and for itself.
        double v = 0;
        EstimateUnit u = EstimateUnit::Hours;
        const qsizetype a = numberAndUnit(s, j, false, &v, &u);
        qsizetype ue = partOf(s, j, a, v, u, &e.part, &e.value, &e.unit);
        if (ue < 0) {
            e.part = -1;
            ue = a;
            if (a >= 0) {
                e.value = v;
                e.unit = u;
            }
        }
        if (ue < 0 || !endsEstimate(s, ue))
            continue;
        // "(2 weeks, 40 hours)": a calendar span, then the effort in hours. The hours say
        // how much work it is; the span only how long it takes.
        if (e.part < 0 && (e.unit == EstimateUnit::Days || e.unit == EstimateUnit::Weeks)) {
            const qsizetype k = skipSpace(s, ue);
            if (k < n && (s[k] == u',' || s[k] == u'/' || s[k] == u';')) {
                double hours = 0;
                EstimateUnit hu = EstimateUnit::Points;
                const qsizetype h = skipSpace(s, k + 1);
                const qsizetype he = numberAndUnit(s, h, false, &hours, &hu);
                if (he > h && hu == EstimateUnit::Hours && endsEstimate(s, he)) {
                    j = h;
                    ue = he;
                    e.value = hours;
                    e.unit = hu;
                }
            }
        }
        const qsizetype close = find(s, s[i] == u'(' ? u')' : u']', ue);
        if (close < 0 || (longSpan(e.value, e.unit) && windowBefore(s, i, s.mid(j, ue - j))))
            continue;
        e.start = i;
        e.end = close + 1;
        const QStringView text = s.mid(j, ue - j);
        e.text = same && !same->isEmpty() && text == *same ? *same : text.toString();
        return e;
    }
    return {};
}

bool namesWindow(QStringView s)
{
    for (qsizetype i = find(s, u'(', 0); i >= 0; i = find(s, u'(', i + 1)) {
        double v = 0;
        EstimateUnit u = EstimateUnit::Hours;
        const qsizetype j = skipSpace(s, i + 1);
        const qsizetype ue = numberAndUnit(s, j, false, &v, &u);
        if (ue > j && longSpan(v, u) && windowBefore(s, i, s.mid(j, ue - j)))
            return true;
    }
    return false;
}

bool isSize(QStringView s)
{
    s = s.trimmed();
    while (!s.isEmpty() && (s.back() == u'*' || s.back() == u'.' || s.back() == u'_'))
        s.chop(1);
    while (!s.isEmpty() && (s.front() == u'*' || s.front() == u'_'))
        s = s.sliced(1);
    if (s.isEmpty() || s.size() > 11)
        return false;
    for (const char16_t* w : {u"xs", u"s", u"m", u"l", u"xl", u"xxl", u"2xl", u"small", u"medium",
                              u"large", u"x-large", u"extra large"}) {
        if (equalsCi(s, QStringView(w)))
            return true;
    }
    return false;
}

Estimate parseEstimate(QStringView s)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isAsciiDigit(s[i]) || (i > 0 && (isWordChar(s[i - 1]) || s[i - 1] == u'.')))
            continue;
        Estimate e;
        const qsizetype ue = numberAndUnit(s, i, true, &e.value, &e.unit);
        if (ue < 0)
            continue;
        e.start = i;
        e.end = ue;
        e.text = s.mid(i, ue - i).trimmed().toString();
        return e;
    }
    return {};
}

} // namespace TrdScan

} // namespace pwb
