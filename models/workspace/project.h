// SPDX-License-Identifier: MIT
// The root of the shared core: one open project folder and the models every view reads.
// Detection and scanning run off the GUI thread; views listen to the signals.
#pragma once

#include "project/projectinfo.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace pwb {

class LinkIndex;
class WatchSet;

class FileIndex;
class FileTreeModel;
class GraphModel;
class ProjectReview;
class TaskDocuments;
class VcsContext;
class TraceListModel;

class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject* parent = nullptr);
    ~Project() override;

    // Starts opening `path`. Returns false with *error when it is not an openable folder;
    // otherwise `opened` follows once the project's facts are known.
    bool open(const QString& path, QString* error = nullptr);
    void close();

    bool isOpen() const { return m_open; }
    QString root() const { return m_info.root; }
    const ProjectInfo& info() const { return m_info; }
    FileIndex* files() const { return m_files; }
    FileTreeModel* fileTree() const { return m_fileTree; }
    // The TRD/PRD documents (docs/TRD/**/*.md, docs/PRD/**/*.md), loaded after the file index.
    TaskDocuments* tasks() const { return m_tasks; }
    // Git context (branch, changed lines, blame); refreshed when the project opens.
    VcsContext* vcs() const { return m_vcs; }
    // The delegation and task dependency graphs (models/graph), loaded once files are known.
    GraphModel* graph() const { return m_graph; }
    // Review findings, triage and the background analysis (starts once the FileIndex is ready).
    ProjectReview* review() const { return m_review; }
    // Playwright traces and reports found in the project (models/traces).
    TraceListModel* traces() const { return m_traces; }
    // The links between the domains (task ↔ agent ↔ files ↔ findings ↔ tests ↔ traces),
    // computed on a worker once the domains have loaded and again whenever one of them
    // changes (or a router, a spec file or the git history does); linksChanged follows.
    const LinkIndex& links() const;
    // A computation is scheduled or running.
    bool linksPending() const { return m_linksPending; }
    // Recomputes soon (several requests in a row make one computation).
    void refreshLinks();
    // Absolute path of a project-relative path.
    QString absolutePath(const QString& relative) const;

signals:
    void opened();
    void closed();
    // The project's facts changed (mix.exs or mix.lock edited on disk).
    void infoChanged();
    // links() holds a new result.
    void linksChanged();

private:
    void redetect(bool first);
    void computeLinks();
    bool domainsBusy() const;

    ProjectInfo m_info;
    FileIndex* m_files;
    FileTreeModel* m_fileTree;
    TaskDocuments* m_tasks;
    VcsContext* m_vcs;
    GraphModel* m_graph;
    ProjectReview* m_review;
    TraceListModel* m_traces;
    WatchSet* m_watcher;
    WatchSet* m_linkWatcher;
    QTimer* m_linkTimer;
    std::shared_ptr<const LinkIndex> m_links;
    std::shared_ptr<std::atomic_bool> m_linkCancel;
    quint64 m_linkGeneration = 0;
    bool m_linksPending = false;
    quint64 m_generation = 0;
    bool m_open = false;
};

} // namespace pwb
