// SPDX-License-Identifier: MIT
// Every run's counts, duration and coverage in the workbench's SQLite store, per project,
// for the history chart.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pwb {

class Database;

struct TestRunRecord
{
    qint64 id = 0;
    QString project; // project root
    QString app;
    QDateTime finishedAt;
    int total = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int excluded = 0;
    int invalid = 0;
    double seconds = 0;
    double coverage = -1; // -1: the run had no coverage
    double businessCoverage = -1;
    qint64 seed = -1;
    QString status; // TestRunOutcome::statusName

    double passRate() const; // passed / (passed + failed + invalid), -1 when none ran
};

class TestHistory
{
public:
    explicit TestHistory(Database* db);
    bool isReady() const { return m_ok; }
    bool record(TestRunRecord& run); // sets run.id
    // Why the last record() failed, and the database file it was for.
    QString errorString() const { return m_error; }
    QString databasePath() const;
    // Oldest first, the last `limit` runs of a project.
    QList<TestRunRecord> runs(const QString& project, int limit = 200) const;
    // Drops every recorded run of a project (a reset demo starts with no history).
    bool forget(const QString& project);

private:
    Database* m_db;
    bool m_ok = false;
    QString m_error;
};

} // namespace pwb
