// SPDX-License-Identifier: MIT
// The workbench's own SQLite file (Qt SQL, QSQLITE) in the user's data folder: recent
// projects, run history, coverage trend. Each domain migrates its own tables. A file that
// is not a usable database is moved aside, never deleted, and a fresh one is made.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pwb {

class Database
{
public:
    // Opens (creating when needed) the database at `filePath`; use defaultPath() normally.
    explicit Database(const QString& filePath);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // $PWB_DATA_DIR/workbench.sqlite when set (tests, CI), else the platform's app data dir.
    static QString defaultPath();

    bool isOpen() const { return m_ok; }
    QString filePath() const { return m_path; }
    QString errorString() const { return m_error; }
    // Set when the file found at start was unusable and was moved to movedAsidePath().
    QString recoveryMessage() const { return m_recovery; }
    QString movedAsidePath() const { return m_movedAside; }

    QSqlDatabase connection() const;

    // Runs the steps of `domain` past the version it last reached, each step in one
    // transaction. Steps are append-only: released steps are never edited.
    bool migrate(const QString& domain, const QList<QStringList>& steps);
    int schemaVersion(const QString& domain) const;

private:
    bool openConnection();
    bool isHealthy();
    void moveAside();

    QString m_path;
    QString m_connectionName;
    QString m_error;
    QString m_recovery;
    QString m_movedAside;
    bool m_ok = false;
};

} // namespace pwb
