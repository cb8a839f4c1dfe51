// SPDX-License-Identifier: MIT
#include "project.h"
#include "core/logging.h"
#include "core/whendone.h"

#include "project/fileindex.h"
#include "project/filetreemodel.h"
#include "graph/graphmodel.h"
#include "project/projectdetector.h"
#include "review/projectreview.h"
#include "tasks/taskdocuments.h"
#include "traces/tracelistmodel.h"
#include "vcs/vcscontext.h"

#include <QDir>
#include <QFileInfo>
#include "core/watchset.h"
#include <QtConcurrent>

namespace pwb {

Project::Project(QObject* parent)
    : QObject(parent)
    , m_files(new FileIndex(this))
    , m_fileTree(new FileTreeModel(this))
    , m_tasks(new TaskDocuments(this))
    , m_vcs(new VcsContext(this))
    , m_graph(new GraphModel(this))
    , m_review(new ProjectReview(this))
    , m_traces(new TraceListModel(this))
    , m_watcher(new WatchSet(this))
{
    // The board's documents feed the task graph: parsed once, by TaskDocuments.
    m_graph->setTaskDocumentsProvided(true);
    connect(m_files, &FileIndex::ready, this, [this] {
        m_fileTree->setFiles(m_files->files());
        m_tasks->load(m_info.root, TaskDocuments::documentPaths(m_files->files()));
        if (m_open)
            m_graph->reload(m_info.root, m_files->files());
        if (m_open)
            m_review->analyze(m_files->files());
    });
    // The graph's task side follows the board's documents, edits included.
    const auto syncTasks = [this] {
        QList<TrdDocument> documents;
        for (int i = 0; i < m_tasks->count(); ++i)
            documents.append(m_tasks->at(i).doc);
        m_graph->setTaskDocuments(documents);
    };
    connect(m_tasks, &TaskDocuments::documentsReset, this, syncTasks);
    connect(m_tasks, &TaskDocuments::documentChanged, this, syncTasks);
    connect(m_review, &ProjectReview::rescanRequested, this, [this] {
        if (m_open)
            m_files->rescan(m_info.root);
    });
    connect(m_watcher, &WatchSet::fileChanged, this, [this] {
        if (m_open)
            redetect(false);
    });
}

Project::~Project() = default;

bool Project::open(const QString& path, QString* error)
{
    const QFileInfo fi(path);
    if (!fi.exists() || !fi.isDir()) {
        if (error)
            *error = fi.exists() ? tr("%1 is not a folder").arg(path)
                                 : tr("%1 does not exist").arg(path);
        return false;
    }
    close();
    m_info = ProjectInfo();
    m_info.root = fi.canonicalFilePath();
    m_info.name = fi.fileName();
    redetect(true);
    return true;
}

void Project::redetect(bool first)
{
    const quint64 generation = ++m_generation;
    const QString root = m_info.root;
    whenDone(this, QtConcurrent::run([root] {
                 QString error;
                 auto info = ProjectDetector::detect(root, &error);
                 if (!info) {
                     ProjectInfo failed;
                     failed.root = root;
                     failed.name = QFileInfo(root).fileName();
                     failed.summary = error;
                     return failed;
                 }
                 return *info;
             }),
             [this, generation, first](const ProjectInfo& info) {
                 if (generation != m_generation)
                     return;
                 m_info = info;
                 const QDir dir(m_info.root);
                 const QStringList watched{dir.filePath(QStringLiteral("mix.exs")),
                                           dir.filePath(QStringLiteral("mix.lock"))};
                 for (const QString& f : watched) {
                     if (QFileInfo::exists(f) && !m_watcher->files().contains(f))
                         m_watcher->addPath(f);
                 }
                 if (first) {
                     qCInfo(lcWorkspace) << "opened" << m_info.root;
                     m_open = true;
                     m_review->open(m_info.root);
                     m_files->rescan(m_info.root);
                     m_vcs->setRoot(m_info.root);
                     m_traces->setRoot(m_info.root);
                     emit opened();
                 } else {
                     emit infoChanged();
                 }
             });
}

void Project::close()
{
    if (!m_open && m_info.root.isEmpty())
        return;
    ++m_generation;
    const QStringList watched = m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_files->clear();
    m_tasks->clear();
    m_vcs->clear();
    m_graph->clear();
    m_review->close();
    m_traces->setRoot(QString());
    const bool wasOpen = m_open;
    m_open = false;
    m_info = ProjectInfo();
    if (wasOpen)
        emit closed();
}

QString Project::absolutePath(const QString& relative) const
{
    return QDir(m_info.root).filePath(relative);
}

} // namespace pwb
