// SPDX-License-Identifier: MIT
#include "statusword.h"

#include <QString>

#include <algorithm>
#include <initializer_list>
#include <iterator>

namespace pwb {

namespace {
// Whether QString::toLower() leaves c as it is and maps it alone: lower-case ASCII and
// digits, and the blocks of symbols, dingbats, CJK and emoji surrogates that status cells
// hold ("✅ Done", "🔄", "完成"); none of them has a case.
bool caseless(char16_t c)
{
    return (c < 128 && !(c >= 'A' && c <= 'Z')) || (c >= 0x2000 && c <= 0x206F) ||
           (c >= 0x2190 && c <= 0x23FF) || (c >= 0x2500 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xFE00 && c <= 0xFE0F);
}
} // namespace

StatusWord statusWord(QStringView text)
{
    // "✅ COMPLETED (34h development, 11h integration pending)": the status is what leads;
    // the parenthesis says more about it.
    if (const qsizetype open = text.indexOf(u'('); open > 0) {
        if (const StatusWord head = statusWord(text.first(open)); head != StatusWord::None)
            return head;
    }
    // text.toString().toLower(), in a buffer on the stack when every character is ASCII or
    // has no case (nearly every cell): a cell of a summary table is asked this once per row.
    char16_t buf[128];
    QString folded;
    QStringView s;
    bool simple = text.size() <= qsizetype(std::size(buf));
    for (qsizetype i = 0; simple && i < text.size(); ++i) {
        char16_t c = text[i].unicode();
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        else if (c >= 0xD800 && c <= 0xDBFF) // a high surrogate: emoji (U+1Fxxx) only
            simple = (c == 0xD83C || c == 0xD83D || c == 0xD83E) && i + 1 < text.size();
        else if (!caseless(c) && !(c >= 0xDC00 && c <= 0xDFFF))
            simple = false;
        buf[i] = c;
    }
    if (simple) {
        s = QStringView(buf, text.size());
    } else {
        folded = text.toString().toLower();
        s = folded;
    }
    // "in-progress", "IN_PROGRESS", "not-started": trackers and front matter join a status's
    // words with hyphens or underscores; read them as the words ("not-started" is not
    // "started"). Only between two letters.
    {
        char16_t* w = simple ? buf : reinterpret_cast<char16_t*>(folded.data());
        for (qsizetype i = 1; i + 1 < s.size(); ++i) {
            if ((w[i] == u'-' || w[i] == u'_') && QChar(w[i - 1]).isLetter() &&
                QChar(w[i + 1]).isLetter())
                w[i] = u' ';
        }
    }
    // Which ASCII characters s holds: a word whose first letter is missing is not searched
    // (a cell is asked for some seventy words); for the others, which values their low six
    // bits take.
    quint64 ascii[2] = {0, 0};
    quint64 other = 0;
    for (const QChar c : s) {
        if (c.unicode() < 128)
            ascii[c.unicode() >> 6] |= quint64(1) << (c.unicode() & 63);
        else
            other |= quint64(1) << (c.unicode() & 63);
    }
    const auto* const chars = s.utf16();
    const qsizetype n = s.size();
    auto has = [&s, &ascii, other, chars, n](const char16_t* word) {
        // The first letter before the word's length: most words are ruled out by it.
        const char16_t c = word[0];
        if (c < 128 ? !(ascii[c >> 6] & (quint64(1) << (c & 63)))
                    : !(other & (quint64(1) << (c & 63))))
            return false;
        const QStringView w(word);
        // Every occurrence in order, as s.indexOf(w, at + 1) would find them, without a call
        // per word: cells are short.
        const qsizetype m = w.size();
        for (qsizetype at = 0; at + m <= n; ++at) {
            if (chars[at] != c || !std::equal(w.utf16() + 1, w.utf16() + m, chars + at + 1))
                continue;
            const bool before = at > 0 && s.at(at - 1).isLetterOrNumber();
            const qsizetype e = at + w.size();
            const bool after = e < s.size() && s.at(e).isLetterOrNumber();
            // Scripts without spaces between words (Chinese, Japanese) match inside words.
            if (w.at(0).unicode() >= 0x2E80 || (!before && !after))
                return true;
        }
        return false;
    };
    auto any = [&has](std::initializer_list<const char16_t*> words) {
        for (const char16_t* w : words) {
            if (has(w))
                return true;
        }
        return false;
    };
    // "🟡 Next", "🔄 Next Up", "Up next", "🟡 Ready": queued to start next, not started,
    // whatever the key calls the sign. Only the whole cell after its sign: "In progress,
    // next: review" is under way, "✅ Ready for release" done.
    {
        qsizetype from = 0;
        while (from < n && !s.at(from).isLetter())
            ++from;
        const QStringView words = s.sliced(from).trimmed();
        if (words == u"next" || words == u"next up" || words == u"up next" || words == u"ready" ||
            words == u"ready to start" || words == u"queued")
            return StatusWord::Todo;
        // A board's column between "doing" and "done": work handed over, not yet accepted.
        if (words == u"review" || words == u"testing" || words == u"qa")
            return StatusWord::InProgress;
        // "Partial", "Partially done": some of it is; "Fixed, adds a partial index" is done.
        // So are "Partly done — seven bugs fixed" and "Mostly delivered": most is not all.
        if (words == u"partial" || words.startsWith(u"partial ") ||
            words.startsWith(u"partially") || words.startsWith(u"partly ") ||
            words.startsWith(u"mostly "))
            return StatusWord::InProgress;
    }
    if (any({u"not started", u"not done", u"not implemented", u"not released", u"not deployed",
             u"not fixed", u"incomplete", u"to do", u"todo", u"pending", u"planned", u"open",
             u"backlog", u"[ ]", u"\u2b1c", u"\u2610"}))
        return StatusWord::Todo;
    if (any({u"blocked", u"on hold", u"waiting on", u"\u26d4", u"\U0001F6AB", u"\U0001F6D1",
             u"bloqu\u00e9", u"blockiert", u"bloqueado"}))
        return StatusWord::Blocked;
    if (any({u"in progress",
             u"in review",
             u"under review",
             u"needs review",
             u"awaiting review",
             u"ready for review",
             u"in qa",
             u"in testing",
             u"wip",
             u"doing",
             u"ongoing",
             u"started",
             u"active",
             u"[~]",
             u"[/]",
             u"\U0001F504",
             u"\U0001F6A7",
             u"\U0001F7E1",
             u"en cours",
             u"in arbeit",
             u"en progreso",
             u"em andamento",
             u"in corso",
             u"\u0432 \u0440\u0430\u0431\u043e\u0442\u0435",
             u"\u8fdb\u884c\u4e2d",
             u"\u9032\u884c\u4e2d",
             u"\uc9c4\ud589",
             u"w toku",
             u"w trakcie"}))
        return StatusWord::InProgress;
    if (s.trimmed() == u"x" || s.trimmed() == u"[x]")
        return StatusWord::Done;
    if (any({u"\u2705",
             u"\u2714",
             u"\u2611",
             u"\u2713",
             u"done",
             u"complete",
             u"completed",
             u"finished",
             u"closed",
             u"merged",
             u"shipped",
             u"resolved",
             u"implemented",
             u"fixed",
             u"deployed",
             u"released",
             u"delivered",
             u"erledigt",
             u"fertig",
             u"abgeschlossen",
             u"termin\u00e9",
             u"termin\u00e9e",
             u"fait",
             u"hecho",
             u"completado",
             u"terminado",
             u"conclu\u00eddo",
             u"feito",
             u"completato",
             u"klaar",
             u"uko\u0144czone",
             u"uko\u0144czono",
             u"uko\u0144czony",
             u"uko\u0144czona",
             u"zrobione",
             u"\u0433\u043e\u0442\u043e\u0432\u043e",
             u"\u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u043e",
             u"\u5b8c\u6210",
             u"\u5b8c\u4e86",
             u"\u6e08",
             u"\uc644\ub8cc"}))
        return StatusWord::Done;
    return StatusWord::None;
}

} // namespace pwb
