// SPDX-License-Identifier: MIT
// The project's TRD/PRD documents, parsed off the GUI thread and kept current: a file
// watcher picks up edits made elsewhere, and edits made here are written back through an
// undo stack, one at a time, touching only the bytes that change.
#pragma once

#include "trddocument.h"
#include "trdeditor.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QUndoStack;

namespace pwb {

class WatchSet;

class TaskDocuments : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString path; // relative to the project root (or absolute when outside it)
        QString absolutePath;
        // The folder reads and writes must stay in: the project, or the folder of a file
        // opened from elsewhere. A link leaving it is neither read nor written.
        QString root;
        QByteArray bytes; // what was last read or written
        TrdDocument doc;
        Diagnostics lint; // parser diagnostics and TRD lint, by line
        bool readError = false;
        double hoursPerDay = 8; // the project's setting when it was read
        QDateTime modified;     // the file's modification time when it was read
    };

    explicit TaskDocuments(QObject* parent = nullptr);
    ~TaskDocuments() override;

    // Reads and parses one file (any thread); parses of the same bytes are reused.
    static Entry readEntry(const QString& root, const QString& path, double hoursPerDay = 8);
    // Reads and parses files in parallel on the global thread pool, without waiting there:
    // the future's one result is the entries in the order of `paths`. Files not yet read
    // when `cancel` becomes true are left out.
    static QFuture<QList<Entry>> readEntries(const QString& root, const QStringList& paths,
                                             double hoursPerDay,
                                             std::shared_ptr<const std::atomic_bool> cancel = {});
    // The candidate documents among `files` (DocumentKind::isCandidate), TRDs first.
    static QStringList documentPaths(const QStringList& files);
    // The markdown among `files` that no path rule names but whose text may make it a plan
    // (DocumentKind::worthALook); load() looks at their heads.
    static QStringList lookInside(const QStringList& files);
    // The most folders watched for new plans (each costs an inotify watch).
    static constexpr qsizetype kMaxWatchedFolders = 200;
    // The folders watched for new plans (absolute), for tests.
    QStringList watchedFolders() const;

    // Loads the given project-relative documents in the background; replaces the set. Of
    // `lookInside`, those whose head reads as a plan are loaded too
    // (TasksReport::plansByContent).
    void load(const QString& root, const QStringList& relativePaths,
              const QStringList& lookInside = {});
    // Adds any markdown file (e.g. one the user picks); loaded in the background.
    void addFile(const QString& absolutePath);
    // Re-reads one document in the background (live pickup, or after a conflict).
    void reload(int index);
    void clear();
    // Replaces the set at once (tests and headless use).
    void setEntries(const QList<Entry>& entries);

    int count() const { return int(m_entries.size()); }
    const Entry& at(int index) const { return m_entries.at(index); }
    int indexOfPath(const QString& path) const;
    bool isLoading() const { return m_loading > 0; }
    bool isBusy() const { return m_writing || !m_jobs.isEmpty(); }
    QString root() const { return m_root; }
    QUndoStack* undoStack() const { return m_undo; }

    // Edits, pushed on the undo stack and written in the background.
    void setSubtaskChecked(int index, const QString& taskId, int subtask, bool checked);
    void completeTask(int index, const QString& taskId);
    void reopenTask(int index, const QString& taskId);
    // Queues a change to the document at `path` (the undo commands use this).
    void submit(const QString& path, const TaskChange& change);

signals:
    void loadingChanged(bool loading);
    // The set of documents changed (load, add, clear).
    void documentsReset();
    // One document was re-read or written.
    void documentChanged(int index);
    // A write could not happen (disk error).
    void editFailed(int index, const QString& message);
    // The file changed on disk so that the edit's target is no longer unambiguous; the
    // edit was not applied. Views ask the user whether to reload.
    void conflict(int index, const QString& message);
    // Every queued write finished.
    void idle();

private:
    // The end of a load(): the entries read for `generation`, unless a newer load or an
    // edit written meanwhile makes them stale.
    void loaded(quint64 generation, quint64 writes, const QString& root,
                const QStringList& relativePaths, const QStringList& lookInside,
                const QList<Entry>& entries);
    struct Job
    {
        QString path;
        TaskChange change;
    };
    void push(int index, const TaskChange& change);
    void runNext();
    void watch(const Entry& e);
    // Same documents, read from the same bytes (what a parse makes of them is the same).
    static bool sameFiles(const QList<Entry>& a, const QList<Entry>& b);
    void onFileChanged(const QString& absolutePath);
    // Watches the folders where a new plan would be found: the root, docs/, docs/TRD,
    // docs/PRD, the folders named for plans the last rescan met, and the folders holding
    // the plans read and the folders between them and the root (a new ".planning/phases/
    // 09-x/" beside "08-y/"); at most kMaxWatchedFolders, never through a link.
    void watchFolders();
    // Reports mark plan tasks done (lendReportEvidence); the plans it touched.
    QList<int> lendEvidence();
    void rescanFolders();

    QString m_root;
    // Folders (relative) where any markdown file is a candidate, from the last rescan.
    QStringList m_planFolders;
    bool m_rescanning = false;
    bool m_rescanAgain = false;
    double m_hoursPerDay = 8;
    QList<Entry> m_entries;
    QList<Job> m_jobs;
    bool m_writing = false;
    int m_loading = 0;
    quint64 m_generation = 0;
    // Counts finished writes: a read that began before one of them may hold the bytes the
    // write replaced, and must not be taken for the file's current content.
    quint64 m_writes = 0;
    QHash<QString, quint64> m_reloadGeneration;
    std::shared_ptr<std::atomic_bool> m_cancel;
    WatchSet* m_watcher;
    QUndoStack* m_undo;
};

} // namespace pwb
