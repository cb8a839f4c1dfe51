// SPDX-License-Identifier: MIT
// The small text patterns of a TRD task line (estimates, priorities, status words, file
// references) as hand-written scanners: the parser runs them tens of thousands of times on
// a large plan, where regular expressions cost more than all of md4c. Each scanner's
// comment gives the regular expression it stands for (digits are ASCII digits); tst_trdscan checks
// them against those expressions.
#pragma once

#include "core/statusword.h"

#include <QString>
#include <QStringView>

namespace pwb {

namespace TrdScan {

// \w and \s as QRegularExpression sees them by default (no UseUnicodePropertiesOption):
// ASCII only.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}
inline bool isRegexSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || (u >= '\t' && u <= '\r');
}

// s.indexOf(c, from) for from >= 0, without Qt 6.4's detour through its substring search
// for a QStringView (a call per character searched showed in profiles).
inline qsizetype find(QStringView s, char16_t c, qsizetype from = 0)
{
    const char16_t* p = s.utf16();
    for (qsizetype i = from; i < s.size(); ++i) {
        if (p[i] == c)
            return i;
    }
    return -1;
}

// End of a PREFIX-NNN task id starting at i, or -1. The number may follow letters
// ("MQ-T001"), and upper-case or numeric segments extend it ("TRD-001-TEST", "I-1.2").
qsizetype idEnd(QStringView s, qsizetype i);

struct Hours
{
    qsizetype start = -1; // the '('; -1 when none
    double hours = 0;
};
// \((?:~\s*|est\.?\s*)?(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?)\b[^)]*\)  (case-insensitive),
// the first one at or after `from`.
Hours findHours(QStringView s, qsizetype from = 0);

// \b(CRITICAL|HIGH|MEDIUM|LOW)\b | \b(Critical|High|Medium|Low)\s+[Pp]riority\b |
// \bP([0-3])\b -- the first one, as CRITICAL/HIGH/MEDIUM/LOW; empty when none.
QString findPriority(QStringView s);

// ✅|\b(COMPLETED|COMPLETE|DONE)\b
bool hasDoneMarker(QStringView s);
// \bIN PROGRESS\b|\bIn Progress\b|🔄|🚧|\bWIP\b
bool hasProgressMarker(QStringView s);

// findPriority(s), hasDoneMarker(s) and hasProgressMarker(s) in one pass over s (a task
// header's tail is asked all three; three passes showed in profiles).
struct Markers
{
    QString priority;
    bool done = false;
    bool progress = false;
};
Markers findMarkers(QStringView s);

enum class EstimateUnit
{
    Hours,
    Minutes,
    Days,
    Weeks,
    Points
};
struct Estimate
{
    qsizetype start = -1; // -1 when none
    qsizetype end = -1;
    double value = 0; // for a range ("2-3 days"), its upper end
    EstimateUnit unit = EstimateUnit::Hours;
    QString text;     // as written: "3 days"
    double part = -1; // "20h of 60h": 20 (in the unit), value 60; -1 when not a part
};
// \((?:~\s*|est\.?:?\s*)?N(?:\s*[-–]\s*N)?\s*UNIT\b[^)]*\) (or the same in [brackets],
// "TRD-001: Title [4h]") with N = \d+(?:[.,]\d+)? and UNIT one
// of h|hrs?|hours?|mins?|minutes?|d|days?|w|wks?|weeks?|pts?|points?|sp|story points
// (case-insensitive): the first one at or after `from`. Also a part of a larger estimate,
// N(?:\s*UNIT)?\s+of\s+N\s*UNIT ("(20h of 60h - Week 1 of 3)"): value is the total.
// When the estimate reads as `same` does, its text shares that string (plans repeat
// estimates; a string each showed in profiles).
Estimate findEstimate(QStringView s, qsizetype from = 0, const QString* same = nullptr);
// The first N UNIT in a cell or field value ("3h", "~2 days", "5 SP"); a number without a
// unit counts as hours.
Estimate parseEstimate(QStringView s);
// Whether s names an observation window in brackets, "Monitoring (24h)", "Soak test (48h)":
// how long something is watched, which findEstimate() does not read as effort.
bool namesWindow(QStringView s);
// A T-shirt size given for an estimate, the whole of a cell or field value: "S", "M", "XL",
// "Small", "Medium", "Large" (any case, a trailing "**" or "." aside). Sizes are shown as
// written; they count no hours.
bool isSize(QStringView s);

// The parser's name for core's one reading of status words (core/statusword.h).
using pwb::StatusWord;
using pwb::statusWord;

struct FileRef
{
    qsizetype start = -1; // -1 when none
    qsizetype end = -1;
    QStringView file;
    int firstLine = 0;
    int lastLine = 0; // 0 when no range was given
};
// ([\w.@~/+-]*[\w-]\.[A-Za-z0-9]{1,8}):(\d+)(?:\s*[-–]\s*(\d+))?  -- the first one at or
// after `from`.
FileRef findFileRef(QStringView s, qsizetype from = 0);

} // namespace TrdScan

} // namespace pwb
