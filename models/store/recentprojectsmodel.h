// SPDX-License-Identifier: MIT
// Recently opened projects, newest first, kept in the workbench database.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace pwb {

class Database;

class RecentProjectsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        PathRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        LastOpenedRole,
        ExistsRole
    };

    explicit RecentProjectsModel(Database* db, QObject* parent = nullptr);

    // Records an opening (moves an existing entry to the top).
    // False when the store refused the row; errorString() says why (with the file).
    bool add(const QString& path, const QString& name, const QString& kind);
    QString errorString() const { return m_error; }
    void remove(const QString& path);
    void reload();
    QString pathAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int kMaxEntries = 20;

private:
    struct Entry
    {
        QString path;
        QString name;
        QString kind;
        QDateTime lastOpened;
        bool exists = true;
    };
    Database* m_db;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace pwb
