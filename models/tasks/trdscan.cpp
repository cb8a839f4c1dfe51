// SPDX-License-Identifier: MIT
#include "trdscan.h"

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
    qsizetype k = j + 1;
    while (k < n && isAsciiDigit(s[k]))
        ++k;
    if (k == j + 1)
        return -1;
    if (k < n && (s[k].isLetter() || s[k] == u'_'))
        return -1;
    return k;
}

Hours findHours(QStringView s, qsizetype from)
{
    const qsizetype n = s.size();
    for (qsizetype i = s.indexOf(u'(', std::max<qsizetype>(from, 0)); i >= 0;
         i = s.indexOf(u'(', i + 1)) {
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
        if (!isUnit || s.indexOf(u')', ue) < 0)
            continue;
        QString num = number.toString();
        num.replace(u',', u'.');
        return Hours{i, num.toDouble()};
    }
    return {};
}

QString findPriority(QStringView s)
{
    // Static strings: a plan of thousands of tasks shares four, allocated never.
    static const QString names[] = {QStringLiteral("CRITICAL"), QStringLiteral("HIGH"),
                                    QStringLiteral("MEDIUM"), QStringLiteral("LOW")};
    static const QStringView upper[] = {u"CRITICAL", u"HIGH", u"MEDIUM", u"LOW"};
    static const QStringView capitalised[] = {u"Critical", u"High", u"Medium", u"Low"};
    QString found;
    anyWord(s, [&](qsizetype a, qsizetype e) {
        const QStringView w = s.mid(a, e - a);
        for (int i = 0; i < 4; ++i) {
            if (w == upper[i]) {
                found = names[i];
                return true;
            }
        }
        for (int i = 0; i < 4; ++i) {
            if (w != capitalised[i])
                continue;
            const qsizetype k = skipSpace(s, e);
            if (k == e)
                return false;
            const QStringView next = s.mid(k, 8);
            if ((next == u"Priority" || next == u"priority") && boundaryAt(s, k + 8)) {
                found = names[i];
                return true;
            }
            return false;
        }
        if (w.size() == 2 && w[0] == u'P' && w[1] >= u'0' && w[1] <= u'3') {
            found = names[w[1].unicode() - '0'];
            return true;
        }
        return false;
    });
    return found;
}

bool hasDoneMarker(QStringView s)
{
    if (s.contains(u'\u2705'))
        return true;
    return anyWord(s, [&](qsizetype a, qsizetype e) {
        const QStringView w = s.mid(a, e - a);
        return w == u"COMPLETED" || w == u"COMPLETE" || w == u"DONE";
    });
}

bool hasProgressMarker(QStringView s)
{
    if (s.contains(QStringView(u"\U0001F504")) || s.contains(QStringView(u"\U0001F6A7")))
        return true;
    return anyWord(s, [&](qsizetype a, qsizetype e) {
        const QStringView w = s.mid(a, e - a);
        if (w == u"WIP")
            return true;
        if ((w == u"IN" || w == u"In") && e < s.size() && s[e] == u' ') {
            const QStringView next = s.mid(e + 1, wordEnd(s, e + 1) - e - 1);
            return (w == u"IN" && next == u"PROGRESS") || (w == u"In" && next == u"Progress");
        }
        return false;
    });
}

FileRef findFileRef(QStringView s, qsizetype from)
{
    const qsizetype n = s.size();
    from = std::max<qsizetype>(from, 0);
    auto inPath = [](QChar c) {
        return isWordChar(c) || c == u'.' || c == u'@' || c == u'~' || c == u'/' || c == u'+' ||
               c == u'-';
    };
    for (qsizetype c = s.indexOf(u':', from); c >= 0; c = s.indexOf(u':', c + 1)) {
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
        r.firstLine = s.mid(d0, j - d0).toInt();
        r.end = j;
        qsizetype q = skipSpace(s, j);
        if (q < n && (s[q] == u'-' || s[q] == u'\u2013')) {
            q = skipSpace(s, q + 1);
            const qsizetype e0 = q;
            while (q < n && isAsciiDigit(s[q]))
                ++q;
            if (q > e0) {
                r.lastLine = s.mid(e0, q - e0).toInt();
                r.end = q;
            }
        }
        return r;
    }
    return {};
}

} // namespace TrdScan

} // namespace pwb
