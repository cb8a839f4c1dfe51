// SPDX-License-Identifier: MIT
#include "fileindex.h"
#include "core/logging.h"
#include "core/whendone.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent>

namespace pwb {

FileIndex::FileIndex(QObject* parent)
    : QObject(parent)
{}

FileIndex::~FileIndex()
{
    if (m_cancel)
        m_cancel->store(true);
}

const QStringList& FileIndex::ignoredFolders()
{
    static const QStringList names{QStringLiteral("_build"),       QStringLiteral("deps"),
                                   QStringLiteral("node_modules"), QStringLiteral(".git"),
                                   QStringLiteral("cover"),        QStringLiteral(".elixir_ls"),
                                   QStringLiteral(".workbench")};
    return names;
}

QStringList FileIndex::scan(const QString& root, int limit, const std::atomic_bool* cancel)
{
    QStringList out;
    const QDir base(root);
    // Depth-first over folders so ignored ones are never entered (QDirIterator cannot prune).
    QStringList pending{root};
    while (!pending.isEmpty()) {
        if (cancel && cancel->load())
            return {};
        const QString dir = pending.takeLast();
        const QFileInfoList entries = QDir(dir).entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo& e : entries) {
            if (e.isSymLink())
                continue; // links may leave the project or loop
            if (e.isDir()) {
                if (!ignoredFolders().contains(e.fileName()))
                    pending.append(e.filePath());
            } else {
                out.append(base.relativeFilePath(e.filePath()));
                if (out.size() >= limit) {
                    out.sort();
                    return out;
                }
            }
        }
    }
    out.sort();
    return out;
}

void FileIndex::rescan(const QString& root)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    if (root != m_root) {
        m_files.clear();
        m_root = root;
    }
    m_scanning = true;
    emit scanStarted();
    auto cancel = m_cancel;
    whenDone(this,
             QtConcurrent::run([root, cancel] { return scan(root, kDefaultLimit, cancel.get()); }),
             [this, generation](const QStringList& files) {
                 if (generation != m_generation)
                     return; // a newer scan was started: this result is stale
                 m_files = files;
                 m_truncated = files.size() >= kDefaultLimit;
                 m_scanning = false;
                 qCInfo(lcProject) << "indexed" << files.size() << "files under" << m_root
                                   << (m_truncated ? "(limit reached)" : "");
                 emit ready();
             });
}

void FileIndex::clear()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_root.clear();
    m_files.clear();
    m_scanning = false;
    emit ready();
}

QStringList FileIndex::filesWithSuffix(const QStringList& suffixes) const
{
    QStringList out;
    for (const QString& f : m_files) {
        const qsizetype dot = f.lastIndexOf(u'.');
        if (dot >= 0 && suffixes.contains(f.mid(dot + 1).toLower()))
            out.append(f);
    }
    return out;
}

} // namespace pwb
