// SPDX-License-Identifier: MIT
#include "graphloader.h"

#include "graphbuilder.h"

#include "core/documentkind.h"
#include "core/projectfile.h"
#include "project/fileindex.h"
#include "tasks/trdparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace pwb {

namespace {
constexpr int kMaxDiscovered = 20000;
constexpr qint64 kMaxTrdBytes = 8 * 1024 * 1024;

} // namespace

namespace GraphLoader {

QStringList discover(const QString& root)
{
    // The same walk as the project's file index (ignored folders pruned, links not followed),
    // so the report and the window read the same agent files.
    return GraphBuilder::sourceFiles(FileIndex::scan(root, kMaxDiscovered));
}

GraphSnapshot load(const QString& root, const QStringList& files, const std::atomic_bool* cancel,
                   bool readTasks)
{
    GraphSnapshot s;
    s.root = root;
    const QStringList all = files.isEmpty() ? discover(root) : files;
    s.graph = GraphBuilder::buildProject(root, all, cancel);
    s.sources = GraphBuilder::sourceFiles(all);
    const QDir dir(root);
    QList<TrdDocument> docs;
    for (const QString& rel : all) {
        if (!readTasks)
            break;
        if (!DocumentKind::isCandidate(rel))
            continue;
        if (cancel && cancel->load()) {
            s.cancelled = true;
            return s;
        }
        const ProjectFile::Result f = ProjectFile::read(root, rel, kMaxTrdBytes);
        if (!f.ok())
            continue; // the tasks view reports why
        TrdDocument doc = TrdParser::parse(f.bytes, rel);
        if (doc.documentClass != DocumentClass::Plan)
            continue; // requirements and reports mention task ids without defining tasks
        docs.append(std::move(doc));
        if (!s.sources.contains(rel))
            s.sources.append(rel);
    }
    s.tasks = TaskGraph::fromDocuments(docs, s.graph);
    s.cancelled = cancel && cancel->load();
    QSet<QString> watched;
    for (const QString& rel : s.sources) {
        watched.insert(dir.filePath(rel));
        watched.insert(QFileInfo(dir.filePath(rel)).absolutePath());
    }
    for (const QString& sub :
         {QStringLiteral("agents"), QStringLiteral(".claude/agents"),
          QStringLiteral(".opencode/agent"), QStringLiteral("docs"), QStringLiteral("docs/TRD")}) {
        if (QFileInfo(dir.filePath(sub)).isDir())
            watched.insert(dir.filePath(sub));
    }
    s.watched = QStringList(watched.cbegin(), watched.cend());
    s.watched.sort();
    return s;
}

} // namespace GraphLoader

} // namespace pwb
