// SPDX-License-Identifier: MIT
// The project's files (relative paths, sorted), without build output, dependencies and VCS
// folders. Scanning runs on a worker thread; a newer scan replaces an older one's result.
#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>

namespace pwb {

class FileIndex : public QObject
{
    Q_OBJECT
public:
    explicit FileIndex(QObject* parent = nullptr);
    ~FileIndex() override;

    // Folders never listed (by name, at any depth).
    static const QStringList& ignoredFolders();
    // Synchronous scan, for headless use and for the worker; at most `limit` files.
    static QStringList scan(const QString& root, int limit = kDefaultLimit,
                            const std::atomic_bool* cancel = nullptr);

    // Starts an asynchronous scan of root; `ready` is emitted when it lands.
    void rescan(const QString& root);
    void clear();

    QString root() const { return m_root; }
    const QStringList& files() const { return m_files; }
    // Files whose suffix (without dot, lower case) is one of suffixes.
    QStringList filesWithSuffix(const QStringList& suffixes) const;
    bool isScanning() const { return m_scanning; }
    bool truncated() const { return m_truncated; }

    static constexpr int kDefaultLimit = 200000;

signals:
    void scanStarted();
    void ready();

private:
    QString m_root;
    QStringList m_files;
    quint64 m_generation = 0;
    bool m_scanning = false;
    bool m_truncated = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pwb
