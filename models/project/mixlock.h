// SPDX-License-Identifier: MIT
// The versions mix.lock pins: one entry per line, `"name": {:hex, :name, "1.2.3", ...}`.
#pragma once

#include "core/diagnostic.h"

#include <QHash>
#include <QString>

namespace pwb {

struct MixLock
{
    struct Entry
    {
        QString version; // "1.7.14", or "git <sha>" for git dependencies
        QString source;  // "hex", "git" or "path"
        int line = 0;
    };
    QHash<QString, Entry> entries;
    Diagnostics diagnostics;

    QString version(const QString& name) const { return entries.value(name).version; }
    static MixLock parse(const QString& text, const QString& path);
};

} // namespace pwb
