// SPDX-License-Identifier: MIT
#include "graphloader.h"

#include "graphbuilder.h"

#include "core/documentkind.h"
#include "tasks/trdparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
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
    QStringList out;
    const QDir dir(root);
    for (const QString& sub : {QStringLiteral("agents"), QStringLiteral("docs")}) {
        const QString base = dir.filePath(sub);
        if (!QFileInfo(base).isDir())
            continue;
        QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext() && out.size() < kMaxDiscovered)
            out.append(dir.relativeFilePath(it.next()));
    }
    out.sort();
    return out;
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
        QFile f(dir.filePath(rel));
        if (f.size() > kMaxTrdBytes || !f.open(QIODevice::ReadOnly))
            continue;
        TrdDocument doc = TrdParser::parse(f.readAll(), rel);
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
         {QStringLiteral("agents"), QStringLiteral("docs"), QStringLiteral("docs/TRD")}) {
        if (QFileInfo(dir.filePath(sub)).isDir())
            watched.insert(dir.filePath(sub));
    }
    s.watched = QStringList(watched.cbegin(), watched.cend());
    s.watched.sort();
    return s;
}

} // namespace GraphLoader

} // namespace pwb
