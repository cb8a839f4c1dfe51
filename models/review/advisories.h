// SPDX-License-Identifier: MIT
// A small, dated table of published advisories against Hex packages, and the mix.lock
// reader that checks a project's locked versions against it. The table is not a feed: it
// says what was known on its date (kDate), and the finding says so too.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace pwb {

struct Advisory
{
    const char* package;
    const char* introduced; // first affected version ("0" for all before `fixed`)
    const char* fixed;      // first version without it
    const char* id;         // EEF-CVE / CVE / GHSA id
    const char* severity;   // as published: "high", "medium", "low"
    const char* summary;
};

struct LockedPackage
{
    QString name;
    QString version;
    int line = 0;
    int column = 0;
};

class Advisories
{
public:
    static constexpr const char* kDate = "2026-09-04";
    static const QList<Advisory>& table();
    // The advisories that apply to `version` of `package`.
    static QList<const Advisory*> affecting(const QString& package, const QString& version);
    // Hex packages of a mix.lock: `"name": {:hex, :name, "version", ...`. Linear, never fails.
    static QList<LockedPackage> readLock(QByteArrayView text);
    // -1, 0, 1 like strcmp, on dotted numeric versions (pre-release tags sort first).
    static int compareVersions(const QString& a, const QString& b);
};

} // namespace pwb
