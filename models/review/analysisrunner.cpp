// SPDX-License-Identifier: MIT
#include "analysisrunner.h"
#include "core/logging.h"
#include "core/whendone.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent>

namespace pwb {

AnalysisRunner::AnalysisRunner(QObject* parent)
    : QObject(parent)
{}

AnalysisRunner::~AnalysisRunner()
{
    cancel();
}

void AnalysisRunner::start(const QString& root, const QStringList& relativePaths)
{
    cancel();
    if (root != m_root)
        clear();
    m_root = root;
    m_files = Analyzer::analyzableFiles(relativePaths);
    const quint64 generation = ++m_generation;
    m_running = true;
    m_done = 0;
    m_total = int(m_files.size());
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    // Files that disappeared since the last run.
    const QSet<QString> present(m_files.begin(), m_files.end());
    QStringList removed;
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (!present.contains(it.key())) {
            removed.append(it.key());
            m_stamps.remove(it.key());
            it = m_cache.erase(it);
        } else {
            ++it;
        }
    }
    if (!removed.isEmpty())
        emit batchReady({}, removed);

    const QHash<QString, qint64> stamps = m_stamps;
    auto work = [root, stamps](const QString& path) {
        Item item;
        const QFileInfo fi(QDir(root).filePath(path));
        item.stamp = fi.size() ^ (fi.lastModified().toMSecsSinceEpoch() << 20);
        const auto known = stamps.constFind(path);
        if (known != stamps.constEnd() && known.value() == item.stamp) {
            item.unchanged = true;
            item.analysis.path = path;
            return item;
        }
        item.analysis = Analyzer::analyzeFile(root, path);
        return item;
    };
    m_watcher = new QFutureWatcher<Item>(this);
    connect(m_watcher, &QFutureWatcher<Item>::resultsReadyAt, this,
            [this, generation](int b, int e) {
                if (generation == m_generation)
                    onResults(b, e);
            });
    connect(m_watcher, &QFutureWatcher<Item>::finished, this, [this, generation] {
        if (generation == m_generation)
            onFinished();
    });
    emit started(m_total);
    m_watcher->setFuture(QtConcurrent::mapped(m_files, std::function<Item(const QString&)>(work)));
}

void AnalysisRunner::rerun()
{
    if (!m_root.isEmpty())
        start(m_root, m_files);
}

void AnalysisRunner::onResults(int begin, int end)
{
    QList<FileAnalysis> batch;
    for (int i = begin; i < end; ++i) {
        const Item item = m_watcher->resultAt(i);
        ++m_done;
        if (item.unchanged)
            continue;
        m_stamps.insert(item.analysis.path, item.stamp);
        m_cache.insert(item.analysis.path, item.analysis);
        batch.append(item.analysis);
    }
    if (!batch.isEmpty())
        emit batchReady(batch, {});
    emit progress(m_done, m_total);
}

void AnalysisRunner::onFinished()
{
    QFutureWatcher<Item>* w = m_watcher;
    m_watcher = nullptr;
    const bool wasCancelled = w->isCanceled();
    w->deleteLater();
    if (wasCancelled) {
        m_running = false;
        emit cancelled();
        return;
    }
    // The cross-file pass is quick but touches every result: keep it off the GUI thread too.
    const quint64 generation = m_generation;
    const QHash<QString, FileAnalysis> snapshot = m_cache;
    const qint64 startedMs = m_startedMs;
    whenDone(this, QtConcurrent::run([snapshot] {
                 QList<const FileAnalysis*> ptrs;
                 for (const FileAnalysis& f : snapshot)
                     ptrs.append(&f);
                 std::sort(ptrs.begin(), ptrs.end(),
                           [](const FileAnalysis* a, const FileAnalysis* b) {
                               return a->path < b->path;
                           });
                 ProjectAnalysis r = Analyzer::combine(ptrs);
                 return std::make_pair(r, Analyzer::crossFileFindings(ptrs));
             }),
             [this, generation, startedMs](const std::pair<ProjectAnalysis, Findings>& r) {
                 if (generation != m_generation)
                     return;
                 m_summary = r.first;
                 m_summary.ms = QDateTime::currentMSecsSinceEpoch() - startedMs;
                 m_cross = r.second;
                 m_running = false;
                 qCInfo(lcReview) << "analysed" << m_total << "files in" << m_summary.ms << "ms";
                 emit finished(m_summary);
             });
}

void AnalysisRunner::cancel()
{
    if (m_watcher) {
        ++m_generation; // drop whatever the old run still reports
        m_watcher->cancel();
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
        const bool was = m_running;
        m_running = false;
        // Files not reached keep their old stamps, so the next run picks them up.
        if (was)
            emit cancelled();
    }
}

void AnalysisRunner::clear()
{
    cancel();
    m_cache.clear();
    m_stamps.clear();
    m_files.clear();
    m_root.clear();
    m_summary = ProjectAnalysis();
    m_cross.clear();
}

} // namespace pwb
