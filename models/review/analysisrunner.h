// SPDX-License-Identifier: MIT
// Runs the analyzer over a project's files on all cores, off the GUI thread: progress,
// cancellation, per-file batches through queued signals, and a cache so a new run only
// re-analyses files whose size or modification time changed.
#pragma once

#include "analyzer.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

namespace pwb {

class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject* parent = nullptr);
    ~AnalysisRunner() override;

    // Analyses `relativePaths` (non-source files are skipped) under root. A run in progress
    // is cancelled and replaced. Files unchanged since the last run keep their results.
    void start(const QString& root, const QStringList& relativePaths);
    // Same file list as the last run; only changed files are read again.
    void rerun();
    void cancel();
    void clear(); // forgets the cache (project closed)

    bool isRunning() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    // The last finished run's summary (all files, cross-file findings included).
    const ProjectAnalysis& summary() const { return m_summary; }
    // Cross-file findings of the last finished run.
    const Findings& crossFileFindings() const { return m_cross; }
    const QHash<QString, FileAnalysis>& results() const { return m_cache; }
    QString root() const { return m_root; }

signals:
    void started(int total);
    void progress(int done, int total);
    // Files whose results changed (re-analysed or removed: a removed file comes with no
    // findings and `removed` listing its path).
    void batchReady(const QList<FileAnalysis>& files, const QStringList& removed);
    void finished(const ProjectAnalysis& summary);
    void cancelled();

private:
    struct Item
    {
        FileAnalysis analysis;
        qint64 stamp = 0; // size ^ mtime
        bool unchanged = false;
    };
    void onResults(int begin, int end);
    void onFinished();

    QString m_root;
    QStringList m_files;
    QHash<QString, FileAnalysis> m_cache;
    QHash<QString, qint64> m_stamps;
    QFutureWatcher<Item>* m_watcher = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
    qint64 m_startedMs = 0;
    ProjectAnalysis m_summary;
    Findings m_cross;
};

} // namespace pwb
