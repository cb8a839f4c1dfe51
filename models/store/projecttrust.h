// SPDX-License-Identifier: MIT
// Which project folders the user has agreed to run code from. Running a project's tests
// runs its mix.exs and test helpers, so the first run in a folder asks once; the answer is
// kept in the store, per canonical project path.
#pragma once

#include <QString>

namespace pwb {

class Database;

class ProjectTrust
{
public:
    explicit ProjectTrust(Database* db);

    bool isTrusted(const QString& projectRoot) const;
    // Returns false when the store could not record it (the caller may still run once).
    bool setTrusted(const QString& projectRoot, bool trusted);

private:
    static QString key(const QString& projectRoot);
    Database* m_db;
};

} // namespace pwb
