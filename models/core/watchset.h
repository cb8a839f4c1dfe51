// SPDX-License-Identifier: MIT
// File watching shared by every model: each model holds a WatchSet (the QFileSystemWatcher
// API it needs), and all WatchSets of the process share one QFileSystemWatcher through the
// FileWatchService. A path watched by several models costs one inotify watch, and each
// change reaches exactly the sets that asked for that path.
#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace pwb {

class WatchSet;

class FileWatchService : public QObject
{
    Q_OBJECT
public:
    // The process's service, created on first use on the GUI thread.
    static FileWatchService* instance();

    // Distinct paths watched for all sets together (what the kernel holds for us).
    qsizetype watchedCount() const { return m_holders.size(); }

private:
    friend class WatchSet;
    explicit FileWatchService(QObject* parent = nullptr);
    bool acquire(WatchSet* set, const QString& path);
    void release(WatchSet* set, const QString& path);
    void dispatch(const QString& path, bool directory);

    QFileSystemWatcher m_watcher;
    QHash<QString, QList<WatchSet*>> m_holders;
};

class WatchSet : public QObject
{
    Q_OBJECT
public:
    explicit WatchSet(QObject* parent = nullptr);
    ~WatchSet() override;

    // Like QFileSystemWatcher: false for a path that does not exist or is watched already.
    bool addPath(const QString& path);
    QStringList addPaths(const QStringList& paths); // the ones not added
    bool removePath(const QString& path);
    QStringList removePaths(const QStringList& paths); // the ones not removed
    QStringList files() const;
    QStringList directories() const;

signals:
    void fileChanged(const QString& path);
    void directoryChanged(const QString& path);

private:
    friend class FileWatchService;
    QSet<QString> m_files;
    QSet<QString> m_directories;
};

} // namespace pwb
