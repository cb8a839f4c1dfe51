// SPDX-License-Identifier: MIT
#include "core/watchset.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>

namespace pwb {

FileWatchService* FileWatchService::instance()
{
    // Owned by the application object, so it goes before Qt does; sets made without an
    // application (never in this program) would get a service that lives to exit.
    static QPointer<FileWatchService> service;
    if (!service)
        service = new FileWatchService(QCoreApplication::instance());
    return service;
}

FileWatchService::FileWatchService(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            [this](const QString& path) { dispatch(path, false); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this](const QString& path) { dispatch(path, true); });
}

bool FileWatchService::acquire(WatchSet* set, const QString& path)
{
    auto it = m_holders.find(path);
    if (it == m_holders.end()) {
        if (!m_watcher.addPath(path))
            return false;
        it = m_holders.insert(path, {});
    }
    if (!it->contains(set))
        it->append(set);
    return true;
}

void FileWatchService::release(WatchSet* set, const QString& path)
{
    auto it = m_holders.find(path);
    if (it == m_holders.end())
        return;
    it->removeAll(set);
    if (it->isEmpty()) {
        m_holders.erase(it);
        m_watcher.removePath(path);
    }
}

void FileWatchService::dispatch(const QString& path, bool directory)
{
    const QList<WatchSet*> holders = m_holders.value(path);
    // A file replaced by rename or deleted is no longer watched: every set forgets it, so
    // each can add it back the way it would with its own QFileSystemWatcher.
    const bool dropped = !(directory ? m_watcher.directories() : m_watcher.files()).contains(path);
    if (dropped) {
        m_holders.remove(path);
        for (WatchSet* s : holders) {
            s->m_files.remove(path);
            s->m_directories.remove(path);
        }
    }
    qCDebug(lcCore) << (directory ? "directory" : "file") << "changed:" << path << "for"
                    << holders.size() << "watchers" << (dropped ? "(dropped)" : "");
    for (const QPointer<WatchSet>& s :
         QList<QPointer<WatchSet>>(holders.cbegin(), holders.cend())) {
        if (!s)
            continue;
        if (directory)
            emit s->directoryChanged(path);
        else
            emit s->fileChanged(path);
    }
}

WatchSet::WatchSet(QObject* parent)
    : QObject(parent)
{}

WatchSet::~WatchSet()
{
    FileWatchService* service = FileWatchService::instance();
    if (!service)
        return;
    for (const QString& p : std::as_const(m_files))
        service->release(this, p);
    for (const QString& p : std::as_const(m_directories))
        service->release(this, p);
}

bool WatchSet::addPath(const QString& path)
{
    if (path.isEmpty() || m_files.contains(path) || m_directories.contains(path))
        return false;
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    if (!FileWatchService::instance()->acquire(this, path))
        return false;
    (info.isDir() ? m_directories : m_files).insert(path);
    return true;
}

QStringList WatchSet::addPaths(const QStringList& paths)
{
    QStringList failed;
    for (const QString& p : paths) {
        if (!addPath(p))
            failed << p;
    }
    return failed;
}

bool WatchSet::removePath(const QString& path)
{
    if (!m_files.remove(path) && !m_directories.remove(path))
        return false;
    FileWatchService::instance()->release(this, path);
    return true;
}

QStringList WatchSet::removePaths(const QStringList& paths)
{
    QStringList failed;
    for (const QString& p : paths) {
        if (!removePath(p))
            failed << p;
    }
    return failed;
}

QStringList WatchSet::files() const
{
    return QStringList(m_files.cbegin(), m_files.cend());
}

QStringList WatchSet::directories() const
{
    return QStringList(m_directories.cbegin(), m_directories.cend());
}

} // namespace pwb
