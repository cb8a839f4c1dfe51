// SPDX-License-Identifier: MIT
// The root of the shared core: one open project folder and the models every view reads.
// Detection and scanning run off the GUI thread; views listen to the signals.
#pragma once

#include "project/projectinfo.h"

#include <QObject>



namespace pwb {

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
    // Absolute path of a project-relative path.
    QString absolutePath(const QString& relative) const;

signals:
    void opened();
    void closed();
    // The project's facts changed (mix.exs or mix.lock edited on disk).
    void infoChanged();

private:
    void redetect(bool first);

    ProjectInfo m_info;
    FileIndex* m_files;
    FileTreeModel* m_fileTree;
    TaskDocuments* m_tasks;
    VcsContext* m_vcs;
    GraphModel* m_graph;
    ProjectReview* m_review;
    TraceListModel* m_traces;
    WatchSet* m_watcher;
    quint64 m_generation = 0;
    bool m_open = false;
};

} // namespace pwb
