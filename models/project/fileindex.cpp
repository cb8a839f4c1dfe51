// SPDX-License-Identifier: MIT
#include "fileindex.h"
#include "core/logging.h"
#include "core/projectfile.h"
#include "core/whendone.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent>

#include <climits>
#include <cstdlib>

namespace pwb {

FileIndex::FileIndex(QObject* parent)
    : QObject(parent)
{}

FileIndex::~FileIndex()
{
    if (m_cancel)
        m_cancel->store(true);
}

namespace {

// realpath(3) itself: QFileInfo::canonicalFilePath() answers a path for a loop of links.
QString realPath(const QString& path)
{
    char buf[PATH_MAX];
    if (!::realpath(QFile::encodeName(path).constData(), buf))
        return {};
    return QFile::decodeName(buf);
}

} // namespace

const QStringList& FileIndex::ignoredFolders()
{
    static const QStringList names{QStringLiteral("_build"),       QStringLiteral("deps"),
                                   QStringLiteral("node_modules"), QStringLiteral(".git"),
                                   QStringLiteral("cover"),        QStringLiteral(".elixir_ls"),
                                   QStringLiteral(".workbench")};
    return names;
}

FileIndex::Result FileIndex::scanAll(const QString& root, int limit, const std::atomic_bool* cancel)
{
    Result out;
    const QDir base(root);
    const QString canonicalRoot = realPath(root);
    if (canonicalRoot.isEmpty())
        return out;
    auto full = [&] {
        if (out.files.size() + out.links.size() < limit)
            return false;
        out.truncated = true;
        return true;
    };
    // Depth-first over folders so ignored ones are never entered (QDirIterator cannot prune).
    // QDir::System lists dangling links too (and FIFOs, devices, sockets, which are skipped).
    QStringList pending{root};
    while (!pending.isEmpty() && !full()) {
        if (cancel && cancel->load())
            return {};
        const QString dir = pending.takeLast();
        const QFileInfoList entries = QDir(dir).entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDir::Name);
        for (const QFileInfo& e : entries) {
            if (full())
                break;
            const bool ignored = ignoredFolders().contains(e.fileName());
            if (e.isSymLink()) {
                // Listed, never followed: only lstat/realpath touch it, nothing is opened.
                // A link named like an ignored folder (deps -> elsewhere) is build output.
                if (ignored)
                    continue;
                FileLink l;
                l.path = base.relativeFilePath(e.filePath());
                l.target = e.symLinkTarget();
                const QString real = realPath(e.filePath()); // empty: missing or a loop
                if (real.isEmpty()) {
                    l.kind = FileLink::Kind::Dangling;
                } else if (ProjectFile::isInside(canonicalRoot, real)) {
                    l.kind = FileLink::Kind::Inside;
                    l.realTarget = QDir(canonicalRoot).relativeFilePath(real);
                } else {
                    l.kind = FileLink::Kind::Outside;
                }
                l.folder = !real.isEmpty() && e.isDir();
                out.links.append(l);
            } else if (e.isDir()) {
                if (!ignored)
                    pending.append(e.filePath());
            } else if (e.isFile()) {
                out.files.append(base.relativeFilePath(e.filePath()));
            }
        }
    }
    out.files.sort();
    std::sort(out.links.begin(), out.links.end(),
              [](const FileLink& a, const FileLink& b) { return a.path < b.path; });
    return out;
}

QStringList FileIndex::scan(const QString& root, int limit, const std::atomic_bool* cancel)
{
    return scanAll(root, limit, cancel).files;
}

Diagnostics FileIndex::diagnostics(const FileLinks& links)
{
    Diagnostics out;
    for (const FileLink& l : links) {
        Diagnostic d;
        d.path = l.path;
        d.severity = Diagnostic::Severity::Warning;
        if (l.kind == FileLink::Kind::Outside) {
            d.code = QStringLiteral("file-link-outside");
            d.message = tr("is a link to %1, outside the project; it is listed but never read "
                           "or written")
                            .arg(l.target);
        } else if (l.kind == FileLink::Kind::Dangling) {
            d.code = QStringLiteral("file-link-dangling");
            d.message =
                tr("is a link to %1, which does not exist or loops; not read").arg(l.target);
        } else {
            continue;
        }
        out.append(d);
    }
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
    whenDone(
        this,
        QtConcurrent::run([root, cancel] { return scanAll(root, kDefaultLimit, cancel.get()); }),
        [this, generation](const Result& result) {
            if (generation != m_generation)
                return; // a newer scan was started: this result is stale
            m_files = result.files;
            m_links = result.links;
            m_truncated = result.truncated;
            m_scanning = false;
            qCInfo(lcProject) << "indexed" << m_files.size() << "files and" << m_links.size()
                              << "links under" << m_root << (m_truncated ? "(limit reached)" : "");
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
    m_links.clear();
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
