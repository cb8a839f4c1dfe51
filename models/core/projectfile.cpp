// SPDX-License-Identifier: MIT
#include "projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pwb {

namespace {

using Status = ProjectFile::Status;

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

// realpath(3): follows every link; empty with *err set when a component is missing or a
// link loops.
QString realPath(const QString& path, int* err)
{
    char buf[PATH_MAX];
    if (!::realpath(QFile::encodeName(path).constData(), buf)) {
        *err = errno;
        return {};
    }
    *err = 0;
    return QFile::decodeName(buf);
}

QString absolute(const QString& root, const QString& path)
{
    if (QDir::isAbsolutePath(path) || root.isEmpty())
        return QDir::cleanPath(QDir(path).absolutePath());
    return QDir::cleanPath(root + u'/' + path);
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return Tr::tr("a folder");
    if (S_ISFIFO(mode))
        return Tr::tr("a FIFO");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Tr::tr("a device");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket");
    return Tr::tr("not a regular file");
}

ProjectFile::Result fail(Status s, const QString& error, const QString& real = {})
{
    ProjectFile::Result r;
    r.status = s;
    r.error = error;
    r.realPath = real;
    return r;
}

// Resolves `path` and checks it stays inside `root` (when root is not empty).
ProjectFile::Result resolve(const QString& root, const QString& path)
{
    const QString abs = absolute(root, path);
    int err = 0;
    QString canonicalRoot;
    if (!root.isEmpty()) {
        canonicalRoot = realPath(root, &err);
        if (canonicalRoot.isEmpty())
            return fail(Status::Unreadable,
                        Tr::tr("the project folder cannot be resolved: %1").arg(errnoText(err)));
    }
    const QString real = realPath(abs, &err);
    if (real.isEmpty()) {
        struct stat st;
        if (err == ENOENT && ::lstat(QFile::encodeName(abs).constData(), &st) == 0)
            return fail(Status::Missing, Tr::tr("is a link to a missing file"));
        if (err == ENOENT || err == ENOTDIR)
            return fail(Status::Missing, Tr::tr("does not exist"));
        if (err == ELOOP)
            return fail(Status::Unreadable, Tr::tr("is a loop of symbolic links"));
        return fail(Status::Unreadable, errnoText(err));
    }
    if (!canonicalRoot.isEmpty() && !ProjectFile::isInside(canonicalRoot, real))
        return fail(Status::OutsideRoot,
                    Tr::tr("is a link to %1, outside the project; it is neither read nor written")
                        .arg(real),
                    real);
    ProjectFile::Result r;
    r.status = Status::Ok;
    r.realPath = real;
    return r;
}

// Opens the resolved path without following a link swapped in since and without blocking
// (a FIFO would wait for a writer), then insists on a regular file.
int openResolved(ProjectFile::Result* r)
{
    const int fd = ::open(QFile::encodeName(r->realPath).constData(),
                          O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW);
    if (fd < 0) {
        const int e = errno;
        *r = fail(e == ELOOP ? Status::OutsideRoot : Status::Unreadable,
                  e == ELOOP ? Tr::tr("changed into a link while being opened; not read")
                             : Tr::tr("cannot be read: %1").arg(errnoText(e)),
                  r->realPath);
        return -1;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString what = kindOf(st.st_mode);
        ::close(fd);
        *r = fail(Status::NotRegular,
                  Tr::tr("cannot be read: it is %1, not a regular file").arg(what), r->realPath);
        return -1;
    }
    // Regular files never block; clear the flag so reads behave as usual.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

ProjectFile::Result readResolved(ProjectFile::Result r, qint64 cap, bool head = false)
{
    const int fd = openResolved(&r);
    if (fd < 0)
        return r;
    // The size on disk is a hint only: the file may grow while we read, so the cap is
    // applied to what read() returns.
    struct stat st;
    QByteArray bytes;
    if (::fstat(fd, &st) == 0 && st.st_size > 0)
        bytes.reserve(qsizetype(std::min<qint64>(st.st_size, cap) + 1));
    constexpr qsizetype kChunk = 1 << 16;
    for (;;) {
        // One byte past the cap tells a file at the cap from a larger one; a head needs none.
        const qsizetype want =
            qsizetype(std::min<qint64>(kChunk, cap + (head ? 0 : 1) - bytes.size()));
        if (want <= 0)
            break;
        const qsizetype old = bytes.size();
        bytes.resize(old + want);
        const ssize_t n = ::read(fd, bytes.data() + old, size_t(want));
        if (n < 0 && errno == EINTR) {
            bytes.resize(old);
            continue;
        }
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            return fail(Status::Unreadable, Tr::tr("cannot be read: %1").arg(errnoText(e)),
                        r.realPath);
        }
        bytes.resize(old + n);
        if (n == 0)
            break;
    }
    ::close(fd);
    if (bytes.size() > cap)
        return fail(Status::TooLarge,
                    Tr::tr("is larger than %1; not read").arg(QLocale::c().formattedDataSize(cap)),
                    r.realPath);
    r.bytes = std::move(bytes);
    return r;
}

} // namespace

bool ProjectFile::isInside(const QString& canonicalRoot, const QString& canonicalPath)
{
    if (canonicalRoot == u"/")
        return canonicalPath.startsWith(u'/');
    return canonicalPath == canonicalRoot || (canonicalPath.startsWith(canonicalRoot) &&
                                              canonicalPath.at(canonicalRoot.size()) == u'/');
}

ProjectFile::Result ProjectFile::check(const QString& root, const QString& path)
{
    Result r = resolve(root, path);
    if (!r.ok())
        return r;
    const int fd = openResolved(&r);
    if (fd >= 0)
        ::close(fd);
    return r;
}

int ProjectFile::openRegular(const QString& root, const QString& path, Result* why)
{
    Result r = resolve(root, path);
    const int fd = r.ok() ? openResolved(&r) : -1;
    if (why)
        *why = r;
    return fd;
}

ProjectFile::Result ProjectFile::read(const QString& root, const QString& path, qint64 cap)
{
    Result r = resolve(root, path);
    return r.ok() ? readResolved(std::move(r), cap) : r;
}

ProjectFile::Result ProjectFile::readHead(const QString& root, const QString& path, qint64 bytes)
{
    Result r = resolve(root, path);
    return r.ok() ? readResolved(std::move(r), std::max<qint64>(bytes, 0), true) : r;
}

ProjectFile::Result ProjectFile::readUserFile(const QString& path, qint64 cap)
{
    return read(QString(), path, cap);
}

ProjectFile::Result ProjectFile::write(const QString& root, const QString& path,
                                       const QByteArray& bytes)
{
    int err = 0;
    const QString canonicalRoot = realPath(root, &err);
    if (canonicalRoot.isEmpty())
        return fail(Status::Unwritable,
                    Tr::tr("the project folder cannot be resolved: %1").arg(errnoText(err)));
    const QString abs = absolute(root, path);
    QString target;
    mode_t keepMode = 0;
    struct stat lst;
    if (::lstat(QFile::encodeName(abs).constData(), &lst) == 0) {
        // Something is there: it (or what it links to) must be a writable regular file
        // inside the root; the write then replaces that real file, never the link.
        Result r = resolve(canonicalRoot, abs);
        if (!r.ok())
            return r.status == Status::Missing
                       ? fail(Status::OutsideRoot,
                              Tr::tr("is a link to a missing file; not written"))
                       : r;
        struct stat st;
        if (::stat(QFile::encodeName(r.realPath).constData(), &st) != 0)
            return fail(Status::Unwritable, errnoText(errno), r.realPath);
        if (!S_ISREG(st.st_mode))
            return fail(
                Status::NotRegular,
                Tr::tr("cannot be written: it is %1, not a regular file").arg(kindOf(st.st_mode)),
                r.realPath);
        // Checked on the mode, not with access(): root may write anything, but a file
        // someone made read-only is meant to stay as it is.
        if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
            return fail(Status::ReadOnly, Tr::tr("is read-only; not written"), r.realPath);
        if (::access(QFile::encodeName(r.realPath).constData(), W_OK) != 0)
            return fail(Status::ReadOnly, Tr::tr("is not writable: %1").arg(errnoText(errno)),
                        r.realPath);
        target = r.realPath;
        keepMode = st.st_mode & 07777;
    } else {
        // A new file: its deepest existing folder must resolve inside the root; the missing
        // folders below it are created there.
        QString existing = QFileInfo(abs).absolutePath();
        QStringList missing;
        while (::lstat(QFile::encodeName(existing).constData(), &lst) != 0) {
            missing.prepend(QFileInfo(existing).fileName());
            const QString up = QFileInfo(existing).absolutePath();
            if (up == existing)
                break;
            existing = up;
        }
        const QString realDir = realPath(existing, &err);
        if (realDir.isEmpty())
            return fail(Status::Unwritable,
                        Tr::tr("its folder cannot be resolved: %1").arg(errnoText(err)));
        if (!isInside(canonicalRoot, realDir))
            return fail(Status::OutsideRoot,
                        Tr::tr("is in %1, outside the project; not written").arg(realDir), realDir);
        struct stat dst;
        if (::stat(QFile::encodeName(realDir).constData(), &dst) != 0 || !S_ISDIR(dst.st_mode))
            return fail(Status::NotRegular, Tr::tr("%1 is not a folder; not written").arg(realDir));
        QString dir = realDir;
        for (const QString& part : std::as_const(missing)) {
            dir += u'/' + part;
            if (::mkdir(QFile::encodeName(dir).constData(), 0777) != 0 && errno != EEXIST)
                return fail(Status::Unwritable,
                            Tr::tr("cannot create %1: %2").arg(dir, errnoText(errno)));
        }
        target = dir + u'/' + QFileInfo(abs).fileName();
    }

    QSaveFile f(target);
    f.setDirectWriteFallback(false);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Status::Unwritable, Tr::tr("cannot be written: %1").arg(f.errorString()),
                    target);
    if (keepMode != 0 && ::fchmod(f.handle(), keepMode) != 0) // the temporary file starts as 0600
        return fail(Status::Unwritable, Tr::tr("cannot keep its mode: %1").arg(errnoText(errno)),
                    target);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return fail(Status::Unwritable, Tr::tr("cannot be written: %1").arg(f.errorString()),
                    target);
    Result r;
    r.status = Status::Ok;
    r.realPath = target;
    return r;
}

QString ProjectFile::code(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("file-ok");
    case Status::Missing:
        return QStringLiteral("file-missing");
    case Status::OutsideRoot:
        return QStringLiteral("file-outside-project");
    case Status::NotRegular:
        return QStringLiteral("file-not-regular");
    case Status::TooLarge:
        return QStringLiteral("file-too-large");
    case Status::Unreadable:
        return QStringLiteral("file-unreadable");
    case Status::ReadOnly:
        return QStringLiteral("file-read-only");
    case Status::Unwritable:
        return QStringLiteral("file-unwritable");
    }
    return {};
}

Diagnostic ProjectFile::diagnostic(const Result& r, const QString& shownPath)
{
    Diagnostic d;
    d.path = shownPath;
    d.code = code(r.status);
    d.message = r.error;
    d.severity = r.status == Status::OutsideRoot || r.status == Status::Missing
                     ? Diagnostic::Severity::Warning
                     : Diagnostic::Severity::Error;
    return d;
}

} // namespace pwb
