// SPDX-License-Identifier: MIT
#include "trdlint.h"

#include "trdparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrdLint)
};
// To the hundredth: minutes summed as hours ("5m" is 0.0833h) read "6.08h", not "6.08333h".
QString hours(double h)
{
    return QString::number(std::round(h * 100) / 100, 'g', 12) + u'h';
}
// "5h" or, for a range, "5h–7h".
QString span(double low, double high)
{
    return low < high && !qFuzzyCompare(low + 1, high + 1) ? hours(low) + u'\u2013' + hours(high)
                                                           : hours(high);
}
// a < b beyond rounding.
bool below(double a, double b)
{
    return a < b && !qFuzzyCompare(a + 1, b + 1);
}
// At most a few names, then how many more: an id listed by 60,000 sprints is one short line.
QString listed(const QStringList& names)
{
    constexpr qsizetype kShown = 5;
    if (names.size() <= kShown)
        return names.join(QStringLiteral(" and "));
    return Tr::tr("%1 and %2 more")
        .arg(names.first(kShown).join(QStringLiteral(", ")))
        .arg(names.size() - kShown);
}
bool isDone(const TrdDocument& d, const QString& id)
{
    const TrdTask* t = d.task(id);
    return t && d.statusOf(*t) == TaskStatus::Done;
}
// "TRD" for TRD-012 and TRD-012-TEST, "T" for T012: what a plan's ids share.
QString idFamily(const QString& id)
{
    qsizetype i = 0;
    while (i < id.size() && id.at(i).isLetter())
        ++i;
    return id.left(i);
}
// "## Post-implementation", "### Follow-ups", "## Future work": tasks the plan keeps after
// or beside its phases on purpose; no sprint was meant to hold them.
bool outsidePhases(const QString& category)
{
    static const QRegularExpression words(
        QStringLiteral(
            "\\b(?:(?:pre|post)[- ]?(?:implementation|launch|release|mvp)|follow[- ]?ups?|"
            "future|later|backlog|deferred|out of scope|nice[- ]to[- ]have|"
            "stretch|optional|icebox|parking lot|someday|ongoing|recurring|"
            // "## Deployment Plan" › "### Deployment Steps": the rollout runbook after the
            // phases, scheduled by its own section.
            "deployment (?:plan|steps|checklist)|rollout (?:plan|steps))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return !category.isEmpty() && words.match(category).hasMatch();
}
// The tasks among `tasks` written under an outsidePhases() section at any level above them:
// "## Ongoing Tasks" › "### Maintenance" › a task is kept beside the phases as much as one
// right under "## Ongoing Tasks". One pass over the document's headings (outside code
// fences) in byte order; the document's title (level 1) is no section.
QSet<const TrdTask*> underOutsidePhases(const QByteArray& source, QList<const TrdTask*> tasks)
{
    QSet<const TrdTask*> out;
    std::sort(tasks.begin(), tasks.end(), [](const TrdTask* a, const TrdTask* b) {
        return a->headerSpan.begin < b->headerSpan.begin;
    });
    struct Heading
    {
        int level;
        bool outside;
    };
    QList<Heading> stack;
    auto levelAt = [&source](qsizetype pos, qsizetype end, qsizetype* text) {
        while (pos < end && pos < source.size() && source.at(pos) == ' ')
            ++pos;
        int level = 0;
        while (pos < end && source.at(pos) == '#' && level < 7) {
            ++pos;
            ++level;
        }
        if (level == 0 || level > 6 || (pos < end && source.at(pos) != ' '))
            return 0;
        *text = pos;
        return level;
    };
    auto leave = [&stack](int level) {
        while (!stack.isEmpty() && stack.last().level >= level)
            stack.removeLast();
    };
    qsizetype pos = 0;
    qsizetype next = 0;
    bool inFence = false;
    char fence = 0;
    for (const TrdTask* t : std::as_const(tasks)) {
        const qsizetype at = t->headerSpan.begin;
        if (at < 0 || at > source.size())
            continue;
        for (; pos < at; pos = next) {
            qsizetype nl = source.indexOf('\n', pos);
            next = nl < 0 ? source.size() : nl + 1;
            const qsizetype end = nl < 0 ? source.size() : nl;
            qsizetype i = pos;
            while (i < end && source.at(i) == ' ')
                ++i;
            if (end - i >= 3 && (source.at(i) == '`' || source.at(i) == '~') &&
                source.at(i + 1) == source.at(i) && source.at(i + 2) == source.at(i)) {
                if (!inFence)
                    fence = source.at(i);
                inFence = !inFence || source.at(i) != fence;
                continue;
            }
            if (inFence)
                continue;
            qsizetype text = 0;
            const int level = levelAt(pos, end, &text);
            if (level == 0)
                continue;
            leave(level);
            if (level > 1)
                stack.append(
                    {level,
                     outsidePhases(QString::fromUtf8(source.sliced(text, end - text)).trimmed())});
        }
        // A heading task's own heading closes the sections at its level and below.
        qsizetype text = 0;
        const qsizetype lineEnd = source.indexOf('\n', at);
        const int own = levelAt(at, lineEnd < 0 ? source.size() : lineEnd, &text);
        bool outside = false;
        for (const Heading& h : std::as_const(stack))
            outside = outside || (own == 0 || h.level < own ? h.outside : false);
        if (outside)
            out.insert(t);
    }
    return out;
}
// The first cell of every table row, by line ("| CODE-170 | Rename the variables | … |" gives
// CODE-170 at its line), outside code fences: where a master table writes its ids.
QHash<QString, int> rowIds(const QByteArray& source)
{
    QHash<QString, int> out;
    bool inFence = false;
    int line = 0;
    for (qsizetype pos = 0; pos < source.size();) {
        const qsizetype nl = source.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? source.size() : nl;
        ++line;
        QByteArrayView text = QByteArrayView(source).sliced(pos, end - pos).trimmed();
        pos = end + 1;
        if (text.startsWith("```") || text.startsWith("~~~")) {
            inFence = !inFence;
            continue;
        }
        if (inFence || !text.startsWith('|'))
            continue;
        const qsizetype bar = text.indexOf('|', 1);
        if (bar < 0)
            continue;
        QByteArrayView cell = text.sliced(1, bar - 1).trimmed();
        while (cell.size() > 1 && (cell.front() == '*' || cell.front() == '`'))
            cell = cell.sliced(1);
        while (cell.size() > 1 && (cell.back() == '*' || cell.back() == '`'))
            cell.chop(1);
        if (!cell.isEmpty() && cell.size() <= 40)
            out.insert(QString::fromUtf8(cell), line);
    }
    return out;
}

// Whether a sprint names a task away from where the task is written: an entry whose line is
// no definition of its id ("## Sprint 2" › "- TRD-014", TRD-014 defined in the master list),
// or an id the document does not define. A sprint made of the tasks under its heading, a
// table row or a heading task in it, lists each at the task's own line. A sprint's checklist
// over ids a master table wrote first ("| PREP-001 | … |", then "Sprint 1" › "- [x]
// PREP-001: …") is read as the task, at the sprint's line: the table row says it is a list.
bool listsElsewhere(const TrdDocument& doc)
{
    QSet<std::pair<QString, int>> written;
    written.reserve(doc.tasks.size());
    for (const TrdTask& t : doc.tasks)
        written.insert({t.id, t.line});
    for (const TrdSprint& s : doc.sprints) {
        const QStringList ids = s.tasks();
        const QList<int> lines = s.taskLines();
        for (qsizetype k = 0; k < ids.size(); ++k) {
            if (!written.contains({ids.at(k), lines.value(k, -1)}))
                return true;
        }
    }
    if (doc.tasks.isEmpty())
        return false;
    const QHash<QString, int> rows = rowIds(doc.tasks.first().source);
    for (const TrdSprint& s : doc.sprints) {
        const QStringList ids = s.tasks();
        const QList<int> lines = s.taskLines();
        for (qsizetype k = 0; k < ids.size(); ++k) {
            const int row = rows.value(ids.at(k), -1);
            if (row >= 0 && row != lines.value(k, -1))
                return true;
        }
    }
    return false;
}
// The text of line `line` (1-based) of source, or nothing past its end.
QByteArrayView lineOf(const QByteArray& source, int line)
{
    qsizetype pos = 0;
    for (int n = 1; n < line; ++n) {
        const qsizetype nl = source.indexOf('\n', pos);
        if (nl < 0)
            return {};
        pos = nl + 1;
    }
    const qsizetype nl = source.indexOf('\n', pos);
    return QByteArrayView(source).sliced(pos, (nl < 0 ? source.size() : nl) - pos);
}
// How far a sum may stray from a stated figure before the two disagree. "(~14h)", "about 20
// hours", "≈ 6h": the author rounded, and 15h of tasks under "~14h" (or 92h under "~89h")
// is what the figure meant; an hour, or a tenth of the figure when that is more, is within
// it. A plain whole figure stands for what rounds to it: "13h" over 12.5h of tasks, "1 hour"
// over 55 or 85 minutes. One with a fraction ("15.5h") is exact to a few minutes (less than a
// fifth of an hour).
double slack(const TrdDocument& doc, int line, double stated)
{
    const double kRounding = stated == std::floor(stated) ? 0.5 : 0.2;
    if (doc.tasks.isEmpty() || line <= 0)
        return kRounding;
    const QByteArrayView text = lineOf(doc.tasks.first().source, line);
    bool approximate = text.contains("\xE2\x89\x88"); // ≈
    for (qsizetype i = text.indexOf('~'); i >= 0 && !approximate; i = text.indexOf('~', i + 1)) {
        qsizetype k = i + 1;
        while (k < text.size() && text.at(k) == ' ')
            ++k;
        approximate = k < text.size() && text.at(k) >= '0' && text.at(k) <= '9';
    }
    if (!approximate) {
        const QByteArray lower = text.toByteArray().toLower();
        for (const char* w : {"approx", "about ", "around ", "roughly "})
            approximate = approximate || lower.contains(w);
    }
    return approximate ? std::max(1.0, stated * 0.1) : kRounding;
}
// "#### 1.1 Connection Pooling" › four boxes of 4h, 3h, 2h and 3h › "**Total Effort:** 12
// hours": the first total the parser meets closes a section, and it is that section's sum,
// not the document's. True when the tasks written between the nearest heading above the
// total's line and that line add up to it, and other tasks lie outside them.
bool sectionTotal(const TrdDocument& doc, double low, double high)
{
    const int at = doc.statedTotalLine;
    if (at <= 0 || high < 0 || doc.tasks.isEmpty())
        return false;
    const QByteArray& source = doc.tasks.first().source;
    int heading = 0;
    int line = 0;
    bool inFence = false;
    for (qsizetype pos = 0; pos < source.size() && line + 1 < at;) {
        const qsizetype nl = source.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? source.size() : nl;
        ++line;
        const QByteArrayView text = QByteArrayView(source).sliced(pos, end - pos).trimmed();
        pos = end + 1;
        if (text.startsWith("```") || text.startsWith("~~~"))
            inFence = !inFence;
        else if (!inFence && text.startsWith('#'))
            heading = line;
    }
    double sum = 0;
    int inside = 0;
    for (const TrdTask& t : doc.tasks) {
        if (t.line <= heading || t.line >= at)
            continue;
        ++inside;
        if (t.hasHours())
            sum += t.hours;
    }
    return inside > 0 && inside < doc.tasks.size() && !below(sum, low) && !below(high, sum);
}
} // namespace

namespace TrdLint {

Diagnostics check(const TrdDocument& doc, const QSet<QString>* elsewhere)
{
    auto definedElsewhere = [elsewhere](const QString& id) {
        return elsewhere && elsewhere->contains(id);
    };
    Diagnostics out;
    auto add = [&](int line, const char* code, const QString& message,
                   Diagnostic::Severity sev = Diagnostic::Severity::Warning) {
        out.append(Diagnostic{doc.path, line, 0, QString::fromLatin1(code), message, sev});
    };

    // Stated totals against the tasks.
    // Ranges ("~2-3 hours") count their upper end; a stated total between the sums of the
    // lower and the upper ends agrees with them.
    const double total = doc.totalHours();
    double low = 0;
    int estimated = 0;
    int unestimated = 0; // no hours, points or size: the sum leaves them out
    for (const TrdTask& t : doc.tasks) {
        if (t.hasHours()) {
            low += t.extra().lowHours >= 0 ? t.extra().lowHours : t.hours;
            ++estimated;
        } else if (t.points < 0 && t.estimate.isEmpty()) {
            ++unestimated;
        }
    }
    // "Total estimate: 2 hours" over tasks none of which is estimated (or none read: "no
    // tasks recognised" says so): there is no sum to disagree with, as for a sprint.
    const double statedHigh = estimated > 0 ? doc.statedTotalHours : -1;
    const double statedLow = doc.statedTotalLow >= 0 ? doc.statedTotalLow : statedHigh;
    // The slack is looked up only for a sum that strays: it reads the stated line's text.
    auto strays = [&doc](double a, double b, double stated) {
        return below(a, b) && below(a + slack(doc, doc.statedTotalLine, stated), b);
    };
    const bool tasksAbove = statedHigh >= 0 && strays(statedHigh, low, statedHigh);
    // A sum short of the total while a quarter of the tasks or more carry no estimate is no
    // disagreement: the tasks left out may make up the rest ("60-80 hours" over 12 estimated
    // tasks of 32), and the missing estimates are a finding of their own. One task in five
    // left out is a plan that sized its work and lost a figure: the gap is worth a word.
    const bool mostlySized = unestimated * 4 < doc.tasks.size();
    if ((tasksAbove || (statedHigh >= 0 && strays(total, statedLow, statedLow) && mostlySized)) &&
        !sectionTotal(doc, statedLow, statedHigh)) {
        const double diff = tasksAbove ? low - statedHigh : total - statedLow;
        add(doc.statedTotalLine, "trd-total-hours",
            Tr::tr("the document states %1 in total, its tasks add up to %2 (%3%4)")
                .arg(span(statedLow, statedHigh), span(low, total),
                     diff > 0 ? QStringLiteral("+") : QString(), hours(diff)));
    }
    if (doc.statedTaskCount >= 0 && doc.statedTaskCount != doc.tasks.size())
        add(doc.statedTotalLine, "trd-task-count",
            Tr::tr("the document states %1 tasks, it defines %2")
                .arg(doc.statedTaskCount)
                .arg(doc.tasks.size()));
    if (doc.statedSprintCount >= 0 && !doc.sprints.isEmpty() &&
        doc.statedSprintCount != doc.sprints.size())
        add(doc.statedTotalLine, "trd-sprint-count",
            Tr::tr("the document states %1 sprints, it plans %2")
                .arg(doc.statedSprintCount)
                .arg(doc.sprints.size()));

    // Sprints: stated hours, unknown entries, membership.
    // An entry is unknown only in the document's own id family: "Sprint 1 lists STORY-001"
    // in a plan of TRD-nnn tasks names work planned elsewhere, "GPT-2" a model.
    QSet<QString> families;
    for (const TrdTask& t : doc.tasks) {
        if (!t.implicitId)
            families.insert(idFamily(t.id));
    }
    QHash<QString, QStringList> sprintsOf;
    QSet<QString> continued; // stories split across sprints, a part in each
    for (const TrdSprint& s : doc.sprints) {
        for (auto it = s.parts.cbegin(); it != s.parts.cend(); ++it)
            continued.insert(it.key());
        double sum = 0;
        double lowSum = 0;
        QStringList missing;
        int estimated = 0;
        const QStringList ids = s.tasks();
        const QList<int> lines = s.taskLines();
        QStringList unknown;
        int unknownLine = 0;
        for (qsizetype k = 0; k < ids.size(); ++k) {
            const QString& id = ids.at(k);
            sprintsOf[id].append(s.name);
            const TrdTask* t = doc.task(id);
            if (!t) {
                if (!families.contains(idFamily(id)) || definedElsewhere(id))
                    continue;
                if (unknown.isEmpty())
                    unknownLine = lines.value(k, s.line);
                unknown << id;
                continue;
            }
            if (t->hasHours()) {
                ++estimated;
                const double h = s.hoursOf(*t);
                sum += h;
                const double l = t->extra().lowHours;
                lowSum += l >= 0 && t->hours > 0 ? h * l / t->hours : h;
            } else {
                missing << id;
            }
        }
        // Asked with the project's other plans, the finding says what was looked at. Several
        // in one sprint ("Phase 4 (deferred)" listing four specs not written yet) are one.
        if (unknown.size() >= 3) {
            const QString first = QStringList(unknown.mid(0, 5)).join(QStringLiteral(", ")) +
                                  (unknown.size() > 5 ? QStringLiteral(", …") : QString());
            add(unknownLine, "trd-sprint-unknown-task",
                elsewhere ? Tr::tr("%1 lists %2 ids no plan of the project defines: %3")
                                .arg(s.name)
                                .arg(unknown.size())
                                .arg(first)
                          : Tr::tr("%1 lists %2 ids that are no tasks of this document: %3")
                                .arg(s.name)
                                .arg(unknown.size())
                                .arg(first));
        } else {
            for (const QString& id : std::as_const(unknown))
                add(lines.value(ids.indexOf(id), s.line), "trd-sprint-unknown-task",
                    elsewhere ? Tr::tr("%1 lists %2, which no plan of the project defines")
                                    .arg(s.name, id)
                              : Tr::tr("%1 lists %2, which is not a task of this document")
                                    .arg(s.name, id));
        }
        // "Phase 1: Setup (Week 1, 16 hours)" over checkboxes that carry no estimate: the
        // phase is sized as a whole, there is no sum to disagree with.
        auto strays = [&doc, &s](double a, double b) {
            return below(a, b) && below(a + slack(doc, s.line, s.statedHours), b);
        };
        // As for the document's total: a sum short of the sprint's figure while a quarter of
        // its tasks or more carry no estimate is no disagreement ("### EUnit Failures (8h)"
        // over three boxes without one); the tasks left out may make up the rest, and the
        // missing estimates are a finding of their own. More hours than stated still are one.
        const bool mostlySized = missing.size() * 4 < estimated + missing.size();
        if (s.statedHours >= 0 && estimated > 0 &&
            (strays(s.statedHours, lowSum) || (strays(sum, s.statedHours) && mostlySized))) {
            QString msg = Tr::tr("%1 states %2, its tasks add up to %3")
                              .arg(s.name, hours(s.statedHours), span(lowSum, sum));
            if (!missing.isEmpty())
                msg += Tr::tr(" (no estimate: %1)").arg(missing.join(QStringLiteral(", ")));
            add(s.line, "trd-sprint-hours", msg);
        }
    }
    bool anyListed = false;
    for (const TrdSprint& s : doc.sprints)
        anyListed = anyListed || !s.tasks().isEmpty();
    if (anyListed) {
        // "Phase 1" and "Sprint 1" are different calendars: a task may be in one of each.
        QHash<QString, QString> kindOf;
        for (const TrdSprint& s : doc.sprints)
            kindOf.insert(s.name, s.key.section(u' ', 0, 0));
        QList<const TrdTask*> unplanned;
        QHash<QString, int> definitions;
        for (const TrdTask& t : doc.tasks)
            ++definitions[t.id];
        for (qsizetype i = 0; i < doc.tasks.size(); ++i) {
            const TrdTask& t = doc.tasks.at(i);
            if (doc.indexOf(t.id) != i)
                continue; // a repeated id: reported once by the parser
            const QStringList in = sprintsOf.value(t.id);
            if (in.size() > 1 && continued.contains(t.id))
                continue; // planned in parts, one per sprint
            if (in.isEmpty()) {
                if (outsidePhases(t.category))
                    continue;
                // "## Phase 3: Rollout" read as a task (its criteria are its subtasks): a
                // stage of the plan beside its sprints, not work they left out.
                if (t.form == TrdTask::Form::Heading && t.id.startsWith(u"Phase "))
                    continue;
                // "TRD-001-TEST" goes with TRD-001: plans schedule the pair by its first id.
                const qsizetype test = t.id.lastIndexOf(QStringLiteral("-TEST"));
                if (test <= 0 || !sprintsOf.contains(t.id.left(test)))
                    unplanned << &t;
                continue;
            }
            QHash<QString, QStringList> byKind;
            for (const QString& n : in) {
                QStringList& l = byKind[kindOf.value(n)];
                if (!l.contains(n))
                    l << n;
            }
            // In the order the sprints come: the finding must not depend on hash order.
            QStringList kinds;
            for (const QString& n : in) {
                if (!kinds.contains(kindOf.value(n)))
                    kinds << kindOf.value(n);
            }
            for (const QString& k : std::as_const(kinds)) {
                const QStringList& same = byKind[k];
                // "## Milestone 1" › "T1" and "## Milestone 2" › "T1": numbering that restarts
                // per milestone, a task in each, not one task planned twice.
                if (same.size() > 1 && definitions.value(t.id) < same.size()) {
                    add(t.line, "trd-multiple-sprints",
                        Tr::tr("%1 is planned in %2").arg(t.id, listed(same)));
                    break;
                }
            }
        }
        // "# Sprint 25-26: Cloud Sync": the document is the sprint; its "Phase 1" sections
        // are parts of it, and its tasks are planned.
        static const QRegularExpression sprintTitle(
            QStringLiteral("^\\W*(sprint|iteration|milestone)\\s+\\d"),
            QRegularExpression::CaseInsensitiveOption);
        if (sprintTitle.match(doc.title).hasMatch())
            unplanned.clear();
        // One "## Phase 2: Write the guide" among "## Quality Checks" and "## Final
        // Verification": a section title, not a plan by sprints that left tasks out.
        if (doc.sprints.size() == 1 &&
            !doc.sprints.first().key.startsWith(u"sprint", Qt::CaseInsensitive))
            unplanned.clear();
        // Sprints that hold only the tasks written under their own headings: a task outside
        // them sits in a section its author chose ("## Testing" after the phases, "## Notes"),
        // and the board shows it there. Only a sprint that lists ids written elsewhere (a
        // sprint plan naming the master list's ids) makes a task no sprint names an omission.
        if (!unplanned.isEmpty() && !listsElsewhere(doc))
            unplanned.clear();
        if (!unplanned.isEmpty() && !doc.tasks.first().source.isEmpty()) {
            const QSet<const TrdTask*> kept =
                underOutsidePhases(doc.tasks.first().source, unplanned);
            unplanned.removeIf([&kept](const TrdTask* t) { return kept.contains(t); });
        }
        // Several tasks outside every sprint are one finding, not one per task.
        if (unplanned.size() > 3)
            add(unplanned.first()->line, "trd-no-sprint",
                Tr::tr("%1 of %2 tasks are in no sprint (the first is %3)")
                    .arg(unplanned.size())
                    .arg(doc.tasks.size())
                    .arg(unplanned.first()->id));
        else
            for (const TrdTask* t : std::as_const(unplanned))
                add(t->line, "trd-no-sprint", Tr::tr("%1 is in no sprint").arg(t->id));
    }

    // Dependencies: unknown ids, mermaid against fields.
    // The map's edges as a graph, built once: which ids it draws, how many edges each has,
    // and walks from one task to another (below).
    struct MapGraph
    {
        QHash<QString, int> node;
        QList<QList<int>> next;
        QList<int> edgesAt;   // edges to and from each node
        QList<bool> junction; // no task of the plan: a walk may pass it
        QList<int> seenAt;
        int walk = 0;
        qint64 budget = 1024;
        int nodeOf(const QString& n, const TrdDocument& doc)
        {
            auto it = node.constFind(n);
            if (it != node.constEnd())
                return *it;
            node.insert(n, int(next.size()));
            next.append(QList<int>());
            edgesAt.append(0);
            junction.append(doc.indexOf(n) < 0);
            seenAt.append(-1);
            budget += 8;
            return int(next.size() - 1);
        }
        int edgesOf(const QString& n) const
        {
            const int i = node.value(n, -1);
            return i < 0 ? 0 : edgesAt.at(i);
        }
        // A walk from one task to another through junctions only, within a budget linear in
        // the map's size, so that a plan of ten thousand edges stays cheap.
        bool reaches(const QString& from, const QString& to)
        {
            const int a = node.value(from, -1);
            const int z = node.value(to, -1);
            if (a < 0 || z < 0)
                return false;
            ++walk;
            QList<int> queue{a};
            seenAt[a] = walk;
            for (qsizetype i = 0; i < queue.size() && budget > 0; ++i) {
                for (const int n : std::as_const(next.at(queue.at(i)))) {
                    --budget;
                    if (n == z)
                        return true;
                    if (seenAt.at(n) != walk && junction.at(n)) {
                        seenAt[n] = walk;
                        queue.append(n);
                    }
                }
            }
            return false;
        }
    };
    MapGraph map;
    for (const TrdDependency& d : doc.dependencies) {
        if (d.source == TrdDependency::Source::Mermaid) {
            const int a = map.nodeOf(d.from, doc);
            const int z = map.nodeOf(d.to, doc); // before next[a]: it may grow the list
            map.next[a].append(z);
            ++map.edgesAt[a];
            ++map.edgesAt[z];
            map.budget += 16;
        }
    }
    // A map's junction named in words ("Phase1[Phase 1 Parallel]" with edges to and from
    // several tasks) spells an id of a family no task has: it groups tasks, it names none, as
    // a sprint entry of another family names work planned elsewhere.
    auto junction = [&](const QString& id) {
        return map.edgesOf(id) >= 2 && !families.contains(idFamily(id));
    };
    QSet<QString> reportedUnknown;
    for (const TrdDependency& d : doc.dependencies) {
        for (const QString& id : {d.from, d.to}) {
            if (doc.indexOf(id) >= 0 || definedElsewhere(id))
                continue;
            if (d.source == TrdDependency::Source::Mermaid && junction(id))
                continue;
            const QString key = id + u'@' + QString::number(d.line);
            if (reportedUnknown.contains(key))
                continue;
            reportedUnknown.insert(key);
            add(d.line, "trd-unknown-dependency",
                d.source == TrdDependency::Source::Mermaid
                    ? Tr::tr("the dependency map names %1, which is not a task").arg(id)
                : elsewhere
                    ? Tr::tr("%1 depends on %2, which no plan of the project defines").arg(d.to, id)
                    : Tr::tr("%1 depends on %2, which is not a task").arg(d.to, id));
        }
    }
    const QList<TrdEdge> edges = doc.mergedDependencies();
    if (doc.hasMermaidMap) {
        // Maps are often overviews of a few tasks: an edge is missing only between two tasks
        // the map shows (48 of 56 such findings on real TRDs were tasks the map never drew; a
        // "Critical Path" map draws one predecessor of each task and not the others).
        // A map that routes work through a junction that is no task ("P001 --> Phase1",
        // "Phase1 --> B007") draws the dependency too; a chain through other tasks does not
        // stand for it.
        for (const TrdEdge& e : edges) {
            if (doc.indexOf(e.from) < 0 || doc.indexOf(e.to) < 0)
                continue;
            if (e.inField && !e.inMermaid && map.node.contains(e.to) && map.node.contains(e.from) &&
                !map.reaches(e.from, e.to)) {
                const TrdTask* t = doc.task(e.to);
                add(t && t->dependenciesLine ? t->dependenciesLine : e.line,
                    "trd-mermaid-missing-edge",
                    Tr::tr("%1 depends on %2, but the dependency map has no %2 --> %1")
                        .arg(e.to, e.from));
            } else if (e.inMermaid && !e.inField) {
                add(e.line, "trd-field-missing-edge",
                    Tr::tr("the dependency map has %1 --> %2, but %2's Dependencies do not list %1")
                        .arg(e.from, e.to));
            }
        }
    }

    // Cycles: Tarjan's strongly connected components over the merged edges, iterative so
    // that a chain of ten thousand tasks does not exhaust a worker thread's stack.
    {
        QHash<QString, int> id;
        QStringList names;
        QList<QList<int>> next;
        auto node = [&](const QString& n) {
            auto it = id.constFind(n);
            if (it != id.constEnd())
                return *it;
            id.insert(n, int(names.size()));
            names << n;
            next.append(QList<int>());
            return int(names.size() - 1);
        };
        for (const TrdEdge& e : edges) {
            const int from = node(e.from);
            const int to = node(e.to);
            next[from].append(to);
        }
        const int n = int(names.size());
        QList<int> index(n, -1), low(n, 0), stack;
        QList<bool> onStack(n, false);
        int counter = 0;
        struct Frame
        {
            int v;
            int edge;
        };
        for (int root = 0; root < n; ++root) {
            if (index[root] >= 0)
                continue;
            QList<Frame> calls{Frame{root, 0}};
            index[root] = low[root] = counter++;
            stack << root;
            onStack[root] = true;
            while (!calls.isEmpty()) {
                const int v = calls.last().v;
                if (calls.last().edge < next[v].size()) {
                    const int w = next[v][calls.last().edge++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack << w;
                        onStack[w] = true;
                        calls.append(Frame{w, 0});
                    } else if (onStack[w]) {
                        low[v] = std::min(low[v], index[w]);
                    }
                    continue;
                }
                calls.removeLast();
                if (!calls.isEmpty())
                    low[calls.last().v] = std::min(low[calls.last().v], low[v]);
                if (low[v] != index[v])
                    continue;
                QStringList scc;
                int w;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    scc << names.at(w);
                } while (w != v);
                const bool selfLoop = scc.size() == 1 && next[v].contains(v);
                if (scc.size() < 2 && !selfLoop)
                    continue;
                std::sort(scc.begin(), scc.end());
                const TrdTask* t = doc.task(scc.first());
                add(t ? t->line : 0, "trd-dependency-cycle",
                    Tr::tr("dependency cycle between %1").arg(scc.join(QStringLiteral(", "))),
                    Diagnostic::Severity::Error);
            }
        }
    }

    // Completion.
    for (qsizetype i = 0; i < doc.tasks.size(); ++i) {
        const TrdTask& t = doc.tasks.at(i);
        if (doc.indexOf(t.id) != i)
            continue;
        const int open = int(t.subtasks.size()) - t.checkedCount();
        if (t.marker == TrdTask::Marker::Completed && open > 0)
            add(t.line, "trd-complete-unchecked",
                Tr::tr("%1 is marked complete but %n subtask(s) are unchecked", nullptr, open)
                    .arg(t.id));
        // Done by a report's word alone ("Epic 3 retrospective: Story 3.3 ✅"): the plan keeps
        // no status of its own (BMAD's epics.md), so its other tasks are unknown, not open.
        const bool byReport = t.marker != TrdTask::Marker::Completed && !t.ownChecked &&
                              !t.extra().evidencePath.isEmpty();
        if (doc.statusOf(t) == TaskStatus::Done && !byReport) {
            QStringList notDone;
            for (const QString& p : doc.prerequisitesOf(t.id)) {
                if (doc.indexOf(p) >= 0 && !isDone(doc, p))
                    notDone << p;
            }
            if (!notDone.isEmpty())
                add(t.line, "trd-complete-dependency-open",
                    Tr::tr("%1 is complete but depends on %2, which is not")
                        .arg(t.id, listed(notDone)));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return out;
}

QSet<QString> planIds(const QList<const TrdDocument*>& docs)
{
    QSet<QString> ids;
    for (const TrdDocument* d : docs) {
        if (d->documentClass != DocumentClass::Plan)
            continue;
        for (const TrdTask& t : d->tasks) {
            if (!t.implicitId)
                ids.insert(t.id);
        }
    }
    return ids;
}

namespace {
// The lines of a plan that looked like tasks but were not read, one finding for the document:
// the parser lists each (--report's no_tasks candidates); the list of findings says it once,
// grouped by reason with the first line of each, in the "no tasks recognised" finding if
// there is one (it is the reason they are listed).
void foldNotATask(Diagnostics& found)
{
    struct Group
    {
        QString why;
        QString text;
        QList<int> lines;
    };
    QList<Group> groups;
    int first = -1;
    int count = 0;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Diagnostic& d = found.at(i);
        if (d.code != u"trd-not-a-task")
            continue;
        first = first < 0 ? int(i) : first;
        ++count;
        QString text;
        QString why;
        if (!TrdParser::splitNotATask(d.message, &text, &why))
            why = d.message;
        auto g = std::find_if(groups.begin(), groups.end(),
                              [&why](const Group& x) { return x.why == why; });
        if (g == groups.end())
            groups.append(Group{why, text, {d.line}});
        else
            g->lines << d.line;
    }
    if (count == 0)
        return;
    constexpr int kGroups = 3;
    QStringList parts;
    int listed = 0;
    for (const Group& g : std::as_const(groups)) {
        if (parts.size() == kGroups)
            break;
        listed += int(g.lines.size());
        const QString where = g.text.isEmpty()
                                  ? Tr::tr("line %1").arg(g.lines.first())
                                  : Tr::tr("line %1 “%2”").arg(QString::number(g.lines.first()), g.text);
        parts << (g.lines.size() == 1
                      ? Tr::tr("%1: %2").arg(where, g.why)
                      : Tr::tr("%1 and %n more like it to line %2: %3", nullptr,
                               int(g.lines.size() - 1))
                            .arg(where, QString::number(g.lines.last()), g.why));
    }
    if (listed < count)
        parts << Tr::tr("%n more line(s)", nullptr, count - listed);
    const QString summary = parts.join(QStringLiteral("; "));
    Diagnostic folded = found.at(first);
    found.removeIf([](const Diagnostic& d) { return d.code == u"trd-not-a-task"; });
    bool told = false;
    for (Diagnostic& d : found) {
        if (d.code == u"trd-no-tasks") {
            d.message = Tr::tr("%1: %2").arg(d.message, summary);
            told = true;
        }
    }
    if (told)
        return;
    folded.message =
        Tr::tr("%n line(s) look like tasks but were not read: %1", nullptr, count).arg(summary);
    found.append(folded);
}

// Three or more findings of one kind that each name one task ("WTSH-B001 has no title",
// "WF-04 is defined twice (first at line 1407)") are one finding at the first of them,
// naming each task and where: a narrative telling each feature twice made six findings.
void foldPerTask(Diagnostics& found, QStringView code)
{
    QList<qsizetype> at;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found.at(i).code == code)
            at << i;
    }
    if (at.size() < 3)
        return;
    constexpr qsizetype kNamed = 5;
    QStringList named;
    for (qsizetype k = 0; k < std::min(kNamed, at.size()); ++k) {
        const Diagnostic& d = found.at(at.at(k));
        const QString id = d.message.section(u' ', 0, 0);
        named << Tr::tr("%1 (line %2)").arg(id).arg(d.line);
    }
    if (at.size() > kNamed)
        named << Tr::tr("%n more", nullptr, int(at.size() - kNamed));
    const QString list = named.join(QStringLiteral(", "));
    Diagnostic folded = found.at(at.first());
    folded.message =
        code == u"trd-duplicate-id"
            ? Tr::tr("%n ids are defined a second time: %1", nullptr, int(at.size())).arg(list)
            : Tr::tr("%n tasks have no title: %1", nullptr, int(at.size())).arg(list);
    // One pass: a hostile plan repeating ten thousand ids must not cost a removal each.
    Diagnostics kept;
    kept.reserve(found.size() - at.size() + 1);
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (i == at.first())
            kept.append(folded);
        else if (found.at(i).code != code)
            kept.append(found.at(i));
    }
    found = std::move(kept);
}
} // namespace

Diagnostics all(const TrdDocument& doc, const QSet<QString>* elsewhere)
{
    Diagnostics found = doc.diagnostics + check(doc, elsewhere);
    foldNotATask(found);
    foldPerTask(found, u"trd-duplicate-id");
    foldPerTask(found, u"trd-task-no-title");
    // By line, then code and message: findings on one line come in the same order on every
    // run, whatever order the checks (and the hashes they use) produced them in.
    std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.line != b.line)
            return a.line < b.line;
        if (a.code != b.code)
            return a.code < b.code;
        return a.message < b.message;
    });
    // Repeats are aggregated: past kPerCode findings of one code, one line says how many
    // more there are, so a pathological plan gives a readable list.
    constexpr int kPerCode = 50;
    QHash<QString, int> seen;
    Diagnostics out;
    for (const Diagnostic& d : std::as_const(found)) {
        if (++seen[d.code] <= kPerCode)
            out.append(d);
    }
    QStringList codes = seen.keys();
    codes.sort();
    for (const QString& code : std::as_const(codes)) {
        const int n = seen.value(code);
        if (n <= kPerCode)
            continue;
        out.append(Diagnostic{doc.path, 0, 0, code,
                              Tr::tr("%1 more %2 findings not listed").arg(n - kPerCode).arg(code),
                              Diagnostic::Severity::Info});
    }
    return out;
}

} // namespace TrdLint

} // namespace pwb
