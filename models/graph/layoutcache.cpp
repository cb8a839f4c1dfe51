// SPDX-License-Identifier: MIT
#include "layoutcache.h"

#include "core/logging.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace pwb {

namespace {

// Bump when LayoutResult or the way requests become DOT changes.
constexpr quint32 kFormat = 1;
// Layouts kept; older ones are dropped when a new one is stored.
constexpr int kKeep = 64;

// A short-lived connection of the calling thread (QSqlDatabase connections belong to the
// thread that made them).
class Connection
{
public:
    explicit Connection(const QString& path)
        : m_name(QStringLiteral("pwb-layout-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        if (path.isEmpty() || !QFileInfo::exists(path))
            return;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        m_ok = db.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace

namespace LayoutCache {

bool prepare(Database& db)
{
    return db.migrate(QStringLiteral("graph_layouts"),
                      {{QStringLiteral("CREATE TABLE graph_layouts(key BLOB PRIMARY KEY, "
                                       "data BLOB NOT NULL, used INTEGER NOT NULL)")}});
}

QByteArray key(const LayoutRequest& request)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(kFormat));
    h.addData(GraphLayout::toDot(request));
    return h.result();
}

QByteArray serialize(const LayoutResult& r)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << kFormat << r.centres << r.sizes << r.bounds << qint32(r.edges.size());
    for (const auto& e : r.edges)
        s << e.points << e.hasArrow << e.arrowTip;
    s << qint32(r.clusters.size());
    for (const auto& c : r.clusters)
        s << c.id << c.title << c.rect;
    return out;
}

std::optional<LayoutResult> deserialize(const QByteArray& data)
{
    QDataStream s(data);
    quint32 format = 0;
    LayoutResult r;
    qint32 edges = 0;
    s >> format;
    if (format != kFormat)
        return std::nullopt;
    s >> r.centres >> r.sizes >> r.bounds >> edges;
    if (s.status() != QDataStream::Ok || edges < 0 || edges > 10'000'000)
        return std::nullopt;
    r.edges.resize(edges);
    for (auto& e : r.edges)
        s >> e.points >> e.hasArrow >> e.arrowTip;
    qint32 clusters = 0;
    s >> clusters;
    if (s.status() != QDataStream::Ok || clusters < 0 || clusters > 100'000)
        return std::nullopt;
    r.clusters.resize(clusters);
    for (auto& c : r.clusters)
        s >> c.id >> c.title >> c.rect;
    if (s.status() != QDataStream::Ok || r.centres.size() != r.sizes.size())
        return std::nullopt;
    r.ok = true;
    return r;
}

std::optional<LayoutResult> lookup(const QString& dbPath, const QByteArray& k)
{
    const Connection c(dbPath);
    if (!c.ok())
        return std::nullopt;
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT data FROM graph_layouts WHERE key = ?"));
    q.addBindValue(k);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QByteArray data = q.value(0).toByteArray();
    q.finish();
    QSqlQuery touch(c.db());
    touch.prepare(QStringLiteral("UPDATE graph_layouts SET used = ? WHERE key = ?"));
    touch.addBindValue(QDateTime::currentMSecsSinceEpoch());
    touch.addBindValue(k);
    touch.exec();
    return deserialize(data);
}

LayoutResult run(const LayoutRequest& request, const QString& dbPath,
                 const std::atomic_bool* cancel, bool* hit)
{
    if (hit)
        *hit = false;
    const QByteArray k = key(request);
    if (std::optional<LayoutResult> cached = lookup(dbPath, k)) {
        if (cached->centres.size() == request.nodes.size() &&
            cached->edges.size() == request.edges.size()) {
            if (hit)
                *hit = true;
            return *cached;
        }
    }
    LayoutResult r = GraphLayout::run(request, cancel);
    if (!r.ok)
        return r;
    const Connection c(dbPath);
    if (!c.ok())
        return r;
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO graph_layouts(key, data, used) "
                             "VALUES(?, ?, ?)"));
    q.addBindValue(k);
    q.addBindValue(serialize(r));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        // A cache: the layout is still shown; the next start lays it out again.
        qCWarning(lcGraph) << "layout not cached in" << dbPath << ":" << q.lastError().text();
    } else {
        QSqlQuery prune(c.db());
        prune.exec(QStringLiteral("DELETE FROM graph_layouts WHERE key NOT IN (SELECT key FROM "
                                  "graph_layouts ORDER BY used DESC LIMIT %1)")
                       .arg(kKeep));
    }
    return r;
}

} // namespace LayoutCache

} // namespace pwb
