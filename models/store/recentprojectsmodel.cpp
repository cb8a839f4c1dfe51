// SPDX-License-Identifier: MIT
#include "recentprojectsmodel.h"

#include "core/logging.h"
#include "database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

RecentProjectsModel::RecentProjectsModel(Database* db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    m_db->migrate(QStringLiteral("recent"),
                  {{QStringLiteral("CREATE TABLE recent_projects(path TEXT PRIMARY KEY, "
                                   "name TEXT NOT NULL, kind TEXT NOT NULL, "
                                   "last_opened INTEGER NOT NULL)")}});
    reload();
}

void RecentProjectsModel::reload()
{
    beginResetModel();
    m_entries.clear();
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT path, name, kind, last_opened FROM recent_projects "
                              "ORDER BY last_opened DESC LIMIT %1")
                   .arg(kMaxEntries))) {
        while (q.next()) {
            Entry e;
            e.path = q.value(0).toString();
            e.name = q.value(1).toString();
            e.kind = q.value(2).toString();
            e.lastOpened = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong());
            e.exists = QFileInfo(e.path).isDir();
            m_entries.append(e);
        }
    }
    endResetModel();
}

bool RecentProjectsModel::add(const QString& path, const QString& name, const QString& kind)
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO recent_projects(path, name, kind, last_opened) "
                       "VALUES(?, ?, ?, ?)"));
    q.addBindValue(path);
    q.addBindValue(name);
    q.addBindValue(kind);
    // Strictly increasing, so two openings within one millisecond still order correctly.
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_entries.isEmpty())
        now = qMax(now, m_entries.first().lastOpened.toMSecsSinceEpoch() + 1);
    q.addBindValue(now);
    if (!q.exec()) {
        m_error = m_db->filePath() + QStringLiteral(": ") + q.lastError().text();
        qCWarning(lcStore) << "recent project not saved:" << m_error;
        reload();
        return false;
    }
    m_error.clear();
    // Keep the table as short as the list it feeds.
    QSqlQuery trim(m_db->connection());
    trim.exec(QStringLiteral("DELETE FROM recent_projects WHERE path NOT IN (SELECT path FROM "
                             "recent_projects ORDER BY last_opened DESC LIMIT %1)")
                  .arg(kMaxEntries));
    reload();
    return true;
}

void RecentProjectsModel::remove(const QString& path)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM recent_projects WHERE path = ?"));
    q.addBindValue(path);
    q.exec();
    reload();
}

QString RecentProjectsModel::pathAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].path : QString();
}

int RecentProjectsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentProjectsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case Qt::ToolTipRole:
    case PathRole:
        return e.path;
    case KindRole:
        return e.kind;
    case LastOpenedRole:
        return e.lastOpened;
    case ExistsRole:
        return e.exists;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentProjectsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(NameRole, "name");
    names.insert(KindRole, "kind");
    names.insert(LastOpenedRole, "lastOpened");
    names.insert(ExistsRole, "exists");
    return names;
}

} // namespace pwb
