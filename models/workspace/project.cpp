// SPDX-License-Identifier: MIT
#include "project.h"
#include "core/logging.h"
#include "core/whendone.h"

#include "graph/graphmodel.h"
#include "linkbuilder.h"
#include "project/fileindex.h"
#include "project/filetreemodel.h"
#include "project/projectdetector.h"
#include "review/analysisrunner.h"
#include "review/findingsmodel.h"
#include "review/projectreview.h"
#include "tasks/taskdocuments.h"
#include "traces/tracelistmodel.h"
#include "vcs/vcscontext.h"

#include "core/watchset.h"
#include <QDir>
#include <QFileInfo>
#include <QTimer>
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
    , m_linkWatcher(new WatchSet(this))
    , m_linkTimer(new QTimer(this))
    , m_links(std::make_shared<LinkIndex>())
{
    // The board's documents feed the task graph: parsed once, by TaskDocuments.
    m_graph->setTaskDocumentsProvided(true);
    connect(m_files, &FileIndex::ready, this, [this] {
        m_fileTree->setFiles(m_files->files(), m_files->links());
        m_tasks->load(m_info.root, TaskDocuments::documentPaths(m_files->files()),
                      TaskDocuments::lookInside(m_files->files()));
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

    // Links follow every domain: each finished load or change asks again, and the timer
    // makes a burst of them one computation.
    m_linkTimer->setSingleShot(true);
    m_linkTimer->setInterval(300);
    connect(m_linkTimer, &QTimer::timeout, this, &Project::computeLinks);
    connect(m_files, &FileIndex::ready, this, &Project::refreshLinks);
    connect(m_tasks, &TaskDocuments::documentsReset, this, &Project::refreshLinks);
    connect(m_tasks, &TaskDocuments::documentChanged, this, &Project::refreshLinks);
    connect(m_graph, &GraphModel::graphChanged, this, &Project::refreshLinks);
    connect(m_review->runner(), &AnalysisRunner::finished, this, &Project::refreshLinks);
    connect(m_traces, &TraceListModel::scanFinished, this, &Project::refreshLinks);
    connect(m_linkWatcher, &WatchSet::fileChanged, this, &Project::refreshLinks);
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
    ++m_linkGeneration;
    if (m_linkCancel)
        m_linkCancel->store(true);
    m_linkTimer->stop();
    m_linksPending = false;
    const QStringList linkWatched = m_linkWatcher->files();
    if (!linkWatched.isEmpty())
        m_linkWatcher->removePaths(linkWatched);
    m_links = std::make_shared<LinkIndex>();
    emit linksChanged();
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

const LinkIndex& Project::links() const
{
    return *m_links;
}

void Project::refreshLinks()
{
    if (!m_open)
        return;
    m_linksPending = true;
    m_linkTimer->start();
}

bool Project::domainsBusy() const
{
    return m_files->isScanning() || m_tasks->isLoading() || m_graph->isLoading() ||
           m_review->runner()->isRunning() || m_traces->isScanning();
}

void Project::computeLinks()
{
    // Whatever is still loading will ask again when it is done; computing now would only
    // compete with it for the CPU while the project opens.
    if (!m_open || domainsBusy())
        return;
    LinkInputs in;
    in.root = m_info.root;
    in.files = m_files->files();
    for (int i = 0; i < m_tasks->count(); ++i)
        in.documents.append(m_tasks->at(i).doc);
    in.agents = m_graph->graph().agents;
    in.findings = m_review->findings()->findings();
    in.traces = m_traces->items();

    if (m_linkCancel)
        m_linkCancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_linkCancel = cancel;
    const quint64 generation = ++m_linkGeneration;
    whenDone(this, QtConcurrent::run([in = std::move(in), cancel] {
                 return std::make_shared<const LinkIndex>(LinkBuilder::build(in, cancel.get()));
             }),
             [this, generation](const std::shared_ptr<const LinkIndex>& links) {
                 if (generation != m_linkGeneration)
                     return;
                 m_links = links;
                 m_linksPending = m_linkTimer->isActive();
                 // Routers, spec files and the git history feed links without any other
                 // model watching them for us.
                 QStringList watch;
                 const QDir root(m_info.root);
                 for (const QString& f : m_files->files()) {
                     if (f.endsWith(QStringLiteral("router.ex")) ||
                         f.contains(QStringLiteral(".spec.")))
                         watch << root.filePath(f);
                 }
                 const QString gitLog = root.filePath(QStringLiteral(".git/logs/HEAD"));
                 if (QFileInfo(gitLog).isFile())
                     watch << gitLog;
                 const QStringList old = m_linkWatcher->files();
                 for (const QString& f : old) {
                     if (!watch.contains(f))
                         m_linkWatcher->removePath(f);
                 }
                 for (const QString& f : std::as_const(watch)) {
                     if (!old.contains(f))
                         m_linkWatcher->addPath(f);
                 }
                 emit linksChanged();
             });
}

QString Project::absolutePath(const QString& relative) const
{
    return QDir(m_info.root).filePath(relative);
}

} // namespace pwb
