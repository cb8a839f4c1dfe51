// SPDX-License-Identifier: MIT
// A symbolic link found in the project. Links are listed, never followed: one leaving the
// root would let a cloned project make the app read (or write) any file of the user, and
// one inside the root names a file the index already lists under its real path.
#pragma once

#include <QList>
#include <QString>

namespace pwb {

struct FileLink
{
    enum class Kind
    {
        Inside,  // the real target lies inside the project root (listed there on its own)
        Outside, // the real target leaves the project root: warned about, never read
        Dangling // nothing at the end (missing target or a loop of links): warned about
    };

    QString path;       // relative to the project root, '/'-separated
    QString target;     // absolute, what the link names (one step, not resolved further)
    QString realTarget; // Inside only: the resolved target, relative to the root
    Kind kind = Kind::Dangling;
    bool folder = false; // the real target is a folder (never entered)

    bool warned() const { return kind != Kind::Inside; }
    friend bool operator==(const FileLink&, const FileLink&) = default;
};

using FileLinks = QList<FileLink>;

} // namespace pwb
