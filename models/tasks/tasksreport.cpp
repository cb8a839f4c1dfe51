// SPDX-License-Identifier: MIT
#include "tasksreport.h"

#include "core/projectfile.h"
#include "trdlint.h"
#include "trdparser.h"
#include "trdstats.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QTextStream>

namespace pwb {

namespace {
QJsonValue optionalHours(double h)
{
    return h >= 0 ? QJsonValue(h) : QJsonValue(QJsonValue::Null);
}
} // namespace

namespace TasksReport {

QStringList documentPaths(const QString& root)
{
    QStringList out;
    const QDir dir(root);
    for (const QString& sub : {QStringLiteral("docs/TRD"), QStringLiteral("docs/PRD")}) {
        const QString base = dir.filePath(sub);
        if (!QFileInfo(base).isDir())
            continue;
        // System: FIFOs, devices and dangling links are listed too, so the report says why
        // they are not read instead of leaving them out silently.
        QDirIterator it(base, {QStringLiteral("*.md")}, QDir::Files | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << dir.relativeFilePath(it.next());
    }
    std::sort(out.begin(), out.end());
    return out;
}

QJsonObject documentJson(const TrdDocument& doc)
{
    const TrdStats s = TrdStats::of(doc);
    QJsonArray sprints;
    for (const TrdSprintStats& sp : s.sprints)
        sprints.append(
            QJsonObject{{QStringLiteral("name"), sp.name},
                        {QStringLiteral("tasks"), sp.tasks},
                        {QStringLiteral("hours"), sp.hours},
                        {QStringLiteral("hours_stated"), optionalHours(sp.statedHours)}});
    return QJsonObject{{QStringLiteral("path"), doc.path},
                       {QStringLiteral("tasks"), s.tasks},
                       {QStringLiteral("done"), s.done},
                       {QStringLiteral("in_progress"), s.inProgress},
                       {QStringLiteral("blocked"), s.blocked},
                       {QStringLiteral("todo"), s.todo},
                       {QStringLiteral("hours_total"), s.hoursTotal},
                       {QStringLiteral("hours_done"), s.hoursDone},
                       {QStringLiteral("hours_stated"), optionalHours(doc.statedTotalHours)},
                       {QStringLiteral("subtasks_checked"), s.subtasksChecked},
                       {QStringLiteral("subtasks_open"), s.subtasksOpen},
                       {QStringLiteral("sprints"), sprints}};
}

QJsonObject toJson(const QList<TrdDocument>& docs)
{
    QJsonArray documents;
    QJsonArray lint;
    for (const TrdDocument& doc : docs) {
        documents.append(documentJson(doc));
        for (const Diagnostic& d : TrdLint::all(doc)) {
            if (d.code == u"trd-no-tasks")
                continue;
            lint.append(QJsonObject{{QStringLiteral("path"), d.path},
                                    {QStringLiteral("line"), d.line},
                                    {QStringLiteral("code"), d.code},
                                    {QStringLiteral("message"), d.message}});
        }
    }
    return QJsonObject{{QStringLiteral("documents"), documents}, {QStringLiteral("lint"), lint}};
}

QJsonObject toJson(const QString& root)
{
    QList<TrdDocument> docs;
    for (const QString& rel : documentPaths(root)) {
        const ProjectFile::Result f = ProjectFile::read(root, rel);
        if (!f.ok()) {
            // Listed with the reason (a link out of the project, a FIFO...), never read.
            TrdDocument unread;
            unread.path = rel;
            unread.diagnostics.append(ProjectFile::diagnostic(f, rel));
            docs.append(unread);
            continue;
        }
        docs.append(TrdParser::parse(f.bytes, rel));
    }
    return toJson(docs);
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
        t << "    " << d.value(QStringLiteral("path")).toString() << ": " << n("tasks")
          << " tasks (" << n("done") << " done, " << n("in_progress") << " in progress, "
          << n("blocked") << " blocked, " << n("todo") << " to do), " << n("hours_done") << "/"
          << n("hours_total") << " h done";
        if (d.value(QStringLiteral("hours_stated")).isDouble())
            t << " (stated " << n("hours_stated") << " h)";
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
