// SPDX-License-Identifier: MIT
#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace pwb {

Database::Database(const QString& filePath)
    : m_path(filePath)
    , m_connectionName(QStringLiteral("pwb-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (openConnection() && isHealthy()) {
        m_ok = true;
    } else if (QFileInfo::exists(m_path)) {
        moveAside();
        m_ok = openConnection() && isHealthy();
    }
    if (m_ok) {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        m_ok = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions("
                                     "domain TEXT PRIMARY KEY, version INTEGER NOT NULL)"));
        if (!m_ok)
            m_error = q.lastError().text();
    }
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("PWB_DATA_DIR");
    const QString dir =
        env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : env;
    return QDir(dir).filePath(QStringLiteral("workbench.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::openConnection()
{
    {
        QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
        if (old.isValid())
            old.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

// SQLite opens any file lazily; the first real read tells whether it is a database.
bool Database::isHealthy()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const QString result = q.value(0).toString();
    if (result != u"ok") {
        m_error = result;
        return false;
    }
    return true;
}

void Database::moveAside()
{
    {
        QSqlDatabase db = connection();
        if (db.isValid())
            db.close();
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int i = 1; QFileInfo::exists(target); ++i)
        target = m_path + QStringLiteral(".corrupt-") + stamp + u'-' + QString::number(i);
    const QString reason = m_error;
    if (QFile::rename(m_path, target)) {
        m_movedAside = target;
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        m_recovery = QCoreApplication::translate("Database",
                                                 "The workbench database %1 could not be read "
                                                 "(%2). It was moved to %3 and a new one was "
                                                 "created; recent projects and run history start "
                                                 "empty.")
                         .arg(m_path, reason, target);
    } else {
        m_recovery =
            QCoreApplication::translate("Database", "The workbench database %1 could not be read "
                                                    "(%2) and could not be moved aside.")
                .arg(m_path, reason);
    }
}

int Database::schemaVersion(const QString& domain) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT version FROM schema_versions WHERE domain = ?"));
    q.addBindValue(domain);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::migrate(const QString& domain, const QList<QStringList>& steps)
{
    if (!m_ok)
        return false;
    QSqlDatabase db = connection();
    for (int v = schemaVersion(domain); v < steps.size(); ++v) {
        db.transaction();
        QSqlQuery q(db);
        for (const QString& sql : steps[v]) {
            if (!q.exec(sql)) {
                m_error = QStringLiteral("%1 step %2: %3")
                              .arg(domain)
                              .arg(v + 1)
                              .arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO schema_versions(domain, version) "
                                 "VALUES(?, ?)"));
        q.addBindValue(domain);
        q.addBindValue(v + 1);
        if (!q.exec() || !db.commit()) {
            m_error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace pwb
