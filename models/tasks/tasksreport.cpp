// SPDX-License-Identifier: MIT
#include "tasksreport.h"

#include "trdlint.h"
#include "trdparser.h"
#include "trdstats.h"

#include "core/documentkind.h"
#include "core/plansearch.h"
#include "core/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace pwb {

namespace {
QJsonValue optionalHours(double h)
{
    return h >= 0 ? QJsonValue(h) : QJsonValue(QJsonValue::Null);
}
} // namespace

namespace TasksReport {

QStringList plansByContent(const QString& root, const QStringList& paths,
                           const std::atomic_bool* cancel)
{
    QStringList out;
    qsizetype looked = 0;
    for (const QString& rel : paths) {
        if (looked >= kMaxLooks || (cancel && cancel->load()))
            break;
        if (!DocumentKind::worthALook(rel))
            continue;
        ++looked;
        // The head only, through the one safe reader: no link out of the project, no FIFO.
        const ProjectFile::Result f = ProjectFile::readHead(root, rel, kLookBytes);
        if (!f.ok())
            continue;
        const DocumentKind::Verdict v = DocumentKind::classify(rel, f.bytes);
        // "__notes/taskorders/taskorder-phase-1.md": "## Phase 1: Setup" over plain boxes
        // reads as a plan once parsed, as a listed document's class is decided; the head
        // is parsed only when plan signs led without a task line.
        if (v.cls == DocumentClass::Plan ||
            (v.planSigns &&
             TrdParser::parse(f.bytes, rel, TrdParser::Threads::Single).documentClass ==
                 DocumentClass::Plan))
            out << rel;
    }
    return out;
}

QStringList documentPaths(const QString& root, QStringList* planFolders)
{
    QStringList out;
    QStringList look;
    const QDir dir(root);
    // The whole tree but dependencies, build output and VCS folders (never entered), and
    // never through a link to a folder. Links and FIFOs named like plans are listed:
    // ProjectFile says why they are not read (a link leaving the project, a FIFO); links
    // into other folders of the project are read.
    QStringList pending{dir.path()};
    qsizetype entries = 0;
    while (!pending.isEmpty() && entries < kMaxEntries && out.size() < kMaxDocuments) {
        const QString folder = pending.takeLast();
        const QFileInfoList list = QDir(folder).entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDir::Name | QDir::Reversed);
        for (const QFileInfo& fi : list) {
            if (++entries > kMaxEntries || out.size() >= kMaxDocuments)
                break;
            if (fi.isDir() && !fi.isSymLink()) {
                if (!DocumentKind::isSkippedFolder(fi.fileName())) {
                    pending.append(fi.filePath());
                    // Any markdown file would be a candidate here, whatever its name.
                    const QString rel = dir.relativeFilePath(fi.filePath());
                    if (planFolders &&
                        DocumentKind::isCandidate(QString(rel + QStringLiteral("/any-file.md"))))
                        planFolders->append(rel);
                }
                continue;
            }
            if (fi.isDir())
                continue;
            const QString rel = dir.relativeFilePath(fi.filePath());
            if (DocumentKind::isCandidate(rel))
                out << rel;
            else if (fi.isFile() && !fi.isSymLink() && DocumentKind::worthALook(rel))
                look << rel;
        }
    }
    std::sort(look.begin(), look.end());
    out << plansByContent(root, look);
    std::sort(out.begin(), out.end(), DocumentKind::lessByPriority);
    return out;
}

QJsonObject documentJson(const TrdDocument& doc)
{
    QJsonArray forms;
    for (const QString& f : doc.forms)
        forms.append(f);
    QJsonObject base{{QStringLiteral("path"), doc.path},
                     {QStringLiteral("class"), DocumentKind::name(doc.documentClass)},
                     {QStringLiteral("class_reason"), doc.classReason},
                     {QStringLiteral("recognised_forms"), forms}};
    if (doc.documentClass != DocumentClass::Plan) {
        // Requirements and reports are not plans: their ids are not tasks.
        base.insert(QStringLiteral("links"), int(doc.links.size()));
        return base;
    }
    const TrdStats s = TrdStats::of(doc);
    QJsonArray sprints;
    for (const TrdSprintStats& sp : s.sprints)
        sprints.append(
            QJsonObject{{QStringLiteral("name"), sp.name},
                        {QStringLiteral("tasks"), sp.tasks},
                        {QStringLiteral("hours"), sp.hours},
                        {QStringLiteral("hours_stated"), optionalHours(sp.statedHours)}});
    double points = 0;
    int evidence = 0;
    for (const TrdTask& t : doc.tasks) {
        points += t.points > 0 ? t.points : 0;
        evidence +=
            t.extra().evidence.isEmpty() || t.marker == TrdTask::Marker::Completed || t.ownChecked
                ? 0
                : 1;
    }
    QJsonObject o{{QStringLiteral("tasks"), s.tasks},
                  {QStringLiteral("done"), s.done},
                  {QStringLiteral("in_progress"), s.inProgress},
                  {QStringLiteral("blocked"), s.blocked},
                  {QStringLiteral("todo"), s.todo},
                  {QStringLiteral("hours_total"), s.hoursTotal},
                  {QStringLiteral("hours_done"), s.hoursDone},
                  {QStringLiteral("hours_stated"), optionalHours(doc.statedTotalHours)},
                  {QStringLiteral("hours_per_day"), doc.hoursPerDay},
                  {QStringLiteral("hours_from_days"), doc.hoursConverted},
                  {QStringLiteral("points"), points},
                  {QStringLiteral("done_by_evidence"), evidence},
                  {QStringLiteral("subtasks_checked"), s.subtasksChecked},
                  {QStringLiteral("subtasks_open"), s.subtasksOpen},
                  {QStringLiteral("sprints"), sprints}};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        base.insert(it.key(), it.value());
    if (doc.tasks.isEmpty()) {
        // Never silently empty: say so, with the lines that looked like tasks.
        QJsonArray candidates;
        QString message;
        for (const Diagnostic& d : doc.diagnostics) {
            if (d.code == u"trd-no-tasks")
                message = d.message;
            else if (d.code == u"trd-not-a-task")
                candidates.append(QJsonObject{{QStringLiteral("line"), d.line},
                                              {QStringLiteral("why"), d.message}});
        }
        base.insert(QStringLiteral("no_tasks"),
                    QJsonObject{{QStringLiteral("message"), message},
                                {QStringLiteral("candidates"), candidates}});
    }
    return base;
}

QJsonObject toJson(const QList<TrdDocument>& docs)
{
    QJsonArray documents;
    QJsonArray lint;
    QList<const TrdDocument*> all;
    for (const TrdDocument& doc : docs)
        all << &doc;
    const QSet<QString> planIds = TrdLint::planIds(all);
    for (const TrdDocument& doc : docs) {
        documents.append(documentJson(doc));
        if (doc.documentClass != DocumentClass::Plan)
            continue;
        for (const Diagnostic& d : TrdLint::all(doc, &planIds)) {
            lint.append(QJsonObject{{QStringLiteral("path"), d.path},
                                    {QStringLiteral("line"), d.line},
                                    {QStringLiteral("code"), d.code},
                                    {QStringLiteral("message"), d.message}});
        }
    }
    return QJsonObject{{QStringLiteral("documents"), documents}, {QStringLiteral("lint"), lint}};
}

double hoursPerDay(const QString& root)
{
    const ProjectFile::Result f =
        ProjectFile::read(root, QStringLiteral(".workbench/tasks.json"), 64 * 1024);
    if (!f.ok())
        return 8;
    const QJsonValue v =
        QJsonDocument::fromJson(f.bytes).object().value(QStringLiteral("hours_per_day"));
    const double h = v.toDouble(8);
    return h >= 1 && h <= 24 ? h : 8;
}

QList<TrdDocument> readDocuments(const QString& root, double hours)
{
    QList<TrdDocument> docs;
    TrdParser::Options options;
    options.hoursPerDay = hours > 0 ? hours : hoursPerDay(root);
    for (const QString& rel : documentPaths(root)) {
        const ProjectFile::Result f = ProjectFile::read(root, rel, kMaxDocumentBytes);
        if (!f.ok()) {
            // Listed with the reason (a link out of the project, a FIFO...), never read.
            TrdDocument unread;
            unread.path = rel;
            unread.diagnostics.append(ProjectFile::diagnostic(f, rel));
            docs.append(unread);
            continue;
        }
        docs.append(TrdParser::parse(f.bytes, rel, options));
    }
    QList<TrdDocument*> all;
    for (TrdDocument& d : docs)
        all << &d;
    lendReportEvidence(all);
    return docs;
}

QJsonObject toJson(const QString& root)
{
    return toJson(readDocuments(root));
}

QString toText(const QJsonObject& tasks)
{
    QString s;
    QTextStream t(&s);
    const QJsonArray docs = tasks.value(QStringLiteral("documents")).toArray();
    if (docs.isEmpty())
        return s;
    t << "  tasks:\n";
    for (const QJsonValue& v : docs) {
        const QJsonObject d = v.toObject();
        auto n = [&](const char* k) { return d.value(QLatin1String(k)).toDouble(); };
        const QString cls = d.value(QStringLiteral("class")).toString();
        if (cls != u"plan") {
            t << "    " << d.value(QStringLiteral("path")).toString() << ": " << cls << " ("
              << d.value(QStringLiteral("class_reason")).toString() << "), not a plan\n";
            continue;
        }
        if (d.contains(QStringLiteral("no_tasks"))) {
            const QJsonObject nt = d.value(QStringLiteral("no_tasks")).toObject();
            t << "    " << nt.value(QStringLiteral("message")).toString() << '\n';
            for (const QJsonValue& c : nt.value(QStringLiteral("candidates")).toArray())
                t << "      line " << c.toObject().value(QStringLiteral("line")).toInt() << ": "
                  << c.toObject().value(QStringLiteral("why")).toString() << '\n';
            continue;
        }
        t << "    " << d.value(QStringLiteral("path")).toString() << ": " << n("tasks")
          << " tasks (" << n("done") << " done, " << n("in_progress") << " in progress, "
          << n("blocked") << " blocked, " << n("todo") << " to do), " << n("hours_done") << "/"
          << n("hours_total") << " h done";
        if (d.value(QStringLiteral("hours_stated")).isDouble())
            t << " (stated " << n("hours_stated") << " h)";
        if (d.value(QStringLiteral("hours_from_days")).toBool())
            t << " (days counted as " << n("hours_per_day") << " h)";
        if (n("points") > 0)
            t << ", " << n("points") << " points";
        t << ", " << n("subtasks_checked") << " of " << (n("subtasks_checked") + n("subtasks_open"))
          << " subtasks checked\n";
    }
    const QJsonArray lint = tasks.value(QStringLiteral("lint")).toArray();
    if (!lint.isEmpty()) {
        t << "  TRD lint (" << lint.size() << "):\n";
        for (const QJsonValue& v : lint) {
            const QJsonObject o = v.toObject();
            t << "    " << o.value(QStringLiteral("path")).toString() << ':'
              << o.value(QStringLiteral("line")).toInt() << ": "
              << o.value(QStringLiteral("code")).toString() << ": "
              << o.value(QStringLiteral("message")).toString() << '\n';
        }
    }
    return s;
}

} // namespace TasksReport

} // namespace pwb
