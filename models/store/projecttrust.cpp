// SPDX-License-Identifier: MIT
#include "projecttrust.h"

#include "database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>

namespace pwb {

ProjectTrust::ProjectTrust(Database* db)
    : m_db(db)
{
    if (m_db && m_db->isOpen())
        m_db->migrate(QStringLiteral("trust"),
                      {{QStringLiteral("CREATE TABLE trusted_projects ("
                                       " root TEXT PRIMARY KEY, since INTEGER NOT NULL)")}});
}

QString ProjectTrust::key(const QString& projectRoot)
{
    // The same folder reached through a link is the same project.
    const QString canonical = QFileInfo(projectRoot).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(projectRoot).absoluteFilePath() : canonical;
}

bool ProjectTrust::isTrusted(const QString& projectRoot) const
{
    if (!m_db || !m_db->isOpen())
        return false;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM trusted_projects WHERE root = ?"));
    q.addBindValue(key(projectRoot));
    return q.exec() && q.next();
}

bool ProjectTrust::setTrusted(const QString& projectRoot, bool trusted)
{
    if (!m_db || !m_db->isOpen())
        return false;
    QSqlQuery q(m_db->connection());
    if (trusted) {
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO trusted_projects(root, since) VALUES (?, ?)"));
        q.addBindValue(key(projectRoot));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
    } else {
        q.prepare(QStringLiteral("DELETE FROM trusted_projects WHERE root = ?"));
        q.addBindValue(key(projectRoot));
    }
    return q.exec();
}

} // namespace pwb
