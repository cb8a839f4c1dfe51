// SPDX-License-Identifier: MIT
// The project's files (relative paths, sorted), without build output, dependencies and VCS
// folders. Scanning runs on a worker thread; a newer scan replaces an older one's result.
// Only regular files are in files(); symbolic links are listed apart (links()) and never
// followed, those leaving the root or leading nowhere with a warning (diagnostics()).
#pragma once

#include "core/diagnostic.h"
#include "project/filelink.h"

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
    struct Result
    {
        QStringList files; // regular files, sorted
        FileLinks links;   // symbolic links, sorted by path
        bool truncated = false;
    };
    // Synchronous scan, for headless use and for the worker; at most `limit` entries
    // (files and links together).
    static Result scanAll(const QString& root, int limit = kDefaultLimit,
                          const std::atomic_bool* cancel = nullptr);
    // The regular files of scanAll().
    static QStringList scan(const QString& root, int limit = kDefaultLimit,
                            const std::atomic_bool* cancel = nullptr);
    // A warning for each link that leaves the root or leads nowhere, naming link and target.
    static Diagnostics diagnostics(const FileLinks& links);

    // Starts an asynchronous scan of root; `ready` is emitted when it lands.
    void rescan(const QString& root);
    void clear();

    QString root() const { return m_root; }
    const QStringList& files() const { return m_files; }
    const FileLinks& links() const { return m_links; }
    Diagnostics diagnostics() const { return diagnostics(m_links); }
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
    FileLinks m_links;
    quint64 m_generation = 0;
    bool m_scanning = false;
    bool m_truncated = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pwb
