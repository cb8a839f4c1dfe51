// SPDX-License-Identifier: MIT
#include "testhistory.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace pwb {

double TestRunRecord::passRate() const
{
    const int ran = passed + failed + invalid;
    return ran > 0 ? 100.0 * passed / ran : -1;
}

TestHistory::TestHistory(Database* db)
    : m_db(db)
{
    m_ok =
        db && db->isOpen() &&
        db->migrate(QStringLiteral("testing"),
                    {{QStringLiteral("CREATE TABLE test_runs ("
                                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                     " project TEXT NOT NULL, app TEXT,"
                                     " finished_at INTEGER NOT NULL,"
                                     " total INTEGER, passed INTEGER, failed INTEGER,"
                                     " skipped INTEGER, excluded INTEGER, invalid INTEGER,"
                                     " seconds REAL, coverage REAL, business_coverage REAL,"
                                     " seed INTEGER, status TEXT)"),
                      QStringLiteral(
                          "CREATE INDEX test_runs_project ON test_runs(project, finished_at)")}});
}

QString TestHistory::databasePath() const
{
    return m_db ? m_db->filePath() : QString();
}

bool TestHistory::record(TestRunRecord& r)
{
    if (!m_ok) {
        m_error =
            !m_db ? QStringLiteral("no history database")
            : !m_db->isOpen()
                ? QStringLiteral("the history database did not open: ") + m_db->errorString()
                : QStringLiteral("the history table could not be created: ") + m_db->errorString();
        return false;
    }
    QSqlQuery q(m_db->connection());
    // A failed prepare (the table gone) would otherwise surface as a bind-count mismatch.
    if (!q.prepare(QStringLiteral("INSERT INTO test_runs (project, app, finished_at, total, "
                                  "passed, failed, skipped, excluded,"
                                  " invalid, seconds, coverage, business_coverage, seed, status)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        m_error = q.lastError().text();
        return false;
    }
    const QVariant nullReal = QVariant(QMetaType::fromType<double>());
    q.addBindValue(r.project);
    q.addBindValue(r.app);
    q.addBindValue((r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc())
                       .toMSecsSinceEpoch());
    q.addBindValue(r.total);
    q.addBindValue(r.passed);
    q.addBindValue(r.failed);
    q.addBindValue(r.skipped);
    q.addBindValue(r.excluded);
    q.addBindValue(r.invalid);
    q.addBindValue(r.seconds);
    q.addBindValue(r.coverage >= 0 ? QVariant(r.coverage) : nullReal);
    q.addBindValue(r.businessCoverage >= 0 ? QVariant(r.businessCoverage) : nullReal);
    q.addBindValue(r.seed);
    q.addBindValue(r.status);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    m_error.clear();
    r.id = q.lastInsertId().toLongLong();
    return true;
}

bool TestHistory::forget(const QString& project)
{
    if (!m_ok)
        return false;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM test_runs WHERE project = ?"));
    q.addBindValue(project);
    return q.exec();
}

QList<TestRunRecord> TestHistory::runs(const QString& project, int limit) const
{
    QList<TestRunRecord> out;
    if (!m_ok)
        return out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT id, project, app, finished_at, total, passed, failed, skipped, excluded, invalid,"
        " seconds, coverage, business_coverage, seed, status FROM test_runs WHERE project = ?"
        " ORDER BY finished_at DESC, id DESC LIMIT ?"));
    q.addBindValue(project);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        TestRunRecord r;
        r.id = q.value(0).toLongLong();
        r.project = q.value(1).toString();
        r.app = q.value(2).toString();
        r.finishedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
        r.total = q.value(4).toInt();
        r.passed = q.value(5).toInt();
        r.failed = q.value(6).toInt();
        r.skipped = q.value(7).toInt();
        r.excluded = q.value(8).toInt();
        r.invalid = q.value(9).toInt();
        r.seconds = q.value(10).toDouble();
        r.coverage = q.value(11).isNull() ? -1 : q.value(11).toDouble();
        r.businessCoverage = q.value(12).isNull() ? -1 : q.value(12).toDouble();
        r.seed = q.value(13).toLongLong();
        r.status = q.value(14).toString();
        out.prepend(r);
    }
    return out;
}

} // namespace pwb
