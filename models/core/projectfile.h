// SPDX-License-Identifier: MIT
// The one way to read or write a file of an opened project. Projects are hostile: only
// regular files whose real path lies inside the project root are read or written, opening
// never blocks (FIFOs, devices are refused after a non-blocking open), reads stop at a cap
// on the bytes actually read, and writes replace the real file atomically, keeping its mode.
#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace pwb {

class ProjectFile
{
public:
    enum class Status
    {
        Ok,
        Missing,     // nothing there (or a link to nothing)
        OutsideRoot, // the real path leaves the project root (a link, usually)
        NotRegular,  // a folder, FIFO, device or socket
        TooLarge,    // more than the cap
        Unreadable,  // permissions, link loops, I/O errors
        ReadOnly,    // write refused: the file has no write permission
        Unwritable   // write failed (disk full, folder not writable...)
    };

    struct Result
    {
        Status status = Status::Missing;
        QByteArray bytes;
        QString realPath; // canonical path, when it could be worked out
        QString error;    // why, in words, when status is not Ok
        bool ok() const { return status == Status::Ok; }
    };

    static constexpr qint64 kDefaultCap = qint64(64) << 20;

    // Reads `path` (relative to `root`, or absolute) when it is a regular file inside `root`,
    // at most `cap` bytes (more is TooLarge).
    static Result read(const QString& root, const QString& path, qint64 cap = kDefaultCap);
    // The first `bytes` bytes of `path` under the same checks as read(), for a look at a
    // file's head: a longer file is no error, the rest is never read.
    static Result readHead(const QString& root, const QString& path, qint64 bytes);
    // A file the user named (command line, file dialog): no root to stay in, but regular
    // files only and the same cap.
    static Result readUserFile(const QString& path, qint64 cap = kDefaultCap);
    // The checks of read() without reading: status Ok and realPath set when `path` is a
    // regular file inside `root` (root empty: anywhere).
    static Result check(const QString& root, const QString& path);
    // Opens a regular file for reading without blocking and returns the descriptor (the
    // caller closes it), or -1 with *why set. For libraries that take a descriptor (libzip).
    static int openRegular(const QString& root, const QString& path, Result* why);

    // Replaces `path` (relative to `root`, or absolute inside it) with `bytes` atomically.
    // Refuses links leaving the root, non-regular targets and read-only files (even for
    // root); creates missing folders only inside the root; keeps an existing file's mode.
    static Result write(const QString& root, const QString& path, const QByteArray& bytes);

    // True when `path` is `root` or below it (both canonical).
    static bool isInside(const QString& canonicalRoot, const QString& canonicalPath);
    // A located diagnostic for a failed read or write; `shownPath` as the user knows it.
    static Diagnostic diagnostic(const Result& r, const QString& shownPath);
    // Short stable id of a status ("file-outside-root", ...), for Diagnostic::code.
    static QString code(Status s);
};

} // namespace pwb
