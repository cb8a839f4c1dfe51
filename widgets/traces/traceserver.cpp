// SPDX-License-Identifier: MIT
#include "traceserver.h"

#include "core/projectfile.h"
#include "traces/tracereader.h"
#include "traces/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace pwb {

namespace {

constexpr qint64 kMaxFile = qint64(512) << 20;

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    }
    return "Error";
}

} // namespace

// One client connection, living on the server thread. The request line is checked as soon
// as it is complete and a wrong one is answered and closed at once, so a client without the
// secret never gets more than one line buffered; nothing past the head is ever read.
class TraceConnection : public QObject
{
public:
    TraceConnection(TraceServer* server, QTcpSocket* socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_idle(new QTimer(this))
    {
        m_idle->setSingleShot(true);
        m_idle->setInterval(server->m_idleMs.load());
        connect(m_idle, &QTimer::timeout, m_socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(m_socket, &QTcpSocket::readyRead, this, &TraceConnection::onReadyRead);
        m_idle->start();
    }

private:
    void answer(int status, const QByteArray& mime, const QByteArray& body, bool keepAlive)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                          "\r\nContent-Type: " + mime +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff"
                          "\r\nReferrer-Policy: no-referrer\r\nConnection: " +
                          (keepAlive ? "keep-alive" : "close") + "\r\n\r\n";
        m_socket->write(head);
        if (!m_head)
            m_socket->write(body);
        if (!keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }
    void refuse(int status) { answer(status, "text/plain", "refused\n", false); }

    void onReadyRead()
    {
        if (m_closing) {
            m_socket->read(m_socket->bytesAvailable()); // drained, never kept
            return;
        }
        m_idle->start();
        m_buffer += m_socket->read(TraceServer::kMaxHead + 1 - m_buffer.size());
        if (m_target.isEmpty()) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > TraceServer::kMaxRequestLine)
                    refuse(414);
                return;
            }
            // METHOD SP target SP HTTP/1.x, checked before any header is looked at.
            const QList<QByteArray> parts = m_buffer.left(eol).split(' ');
            if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1."))
                return refuse(400);
            if (parts.at(0) != "GET" && parts.at(0) != "HEAD")
                return refuse(405);
            m_head = parts.at(0) == "HEAD";
            if (!m_server->hasSecret(parts.at(1)))
                return refuse(403);
            m_target = parts.at(1);
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > TraceServer::kMaxHead)
                refuse(431);
            return;
        }
        bool keepAlive = true;
        QByteArray host;
        bool hostSeen = false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return refuse(400);
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "host") {
                if (hostSeen)
                    return refuse(400);
                hostSeen = true;
                host = value;
            } else if ((name == "content-length" && value != "0") || name == "transfer-encoding") {
                return refuse(413); // GET and HEAD carry no body; we never read one
            } else if (name == "connection" && value.toLower() == "close") {
                keepAlive = false;
            }
        }
        // Only our own address: a DNS-rebinding page would name its host here.
        if (host != m_server->expectedHost())
            return refuse(421);
        const TraceServer::Reply reply = m_server->reply(m_target);
        m_buffer.remove(0, end + 4);
        m_target.clear();
        answer(reply.status, reply.mime, reply.body, keepAlive && reply.status == 200);
        if (!m_closing && !m_buffer.isEmpty())
            QMetaObject::invokeMethod(this, &TraceConnection::onReadyRead, Qt::QueuedConnection);
    }

    TraceServer* m_server;
    QTcpSocket* m_socket;
    QTimer* m_idle;
    QByteArray m_buffer;
    QByteArray m_target;
    bool m_head = false;
    bool m_closing = false;
};

TraceServer::TraceServer(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / 4);
    m_secret = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_thread->setObjectName(QStringLiteral("pwb-trace-server"));
}

TraceServer::~TraceServer()
{
    if (m_tcp && m_thread->isRunning()) {
        // The server and its sockets live on m_thread: delete them there, and only then
        // stop the thread (a quit() from here could end its loop before the delete runs).
        QTcpServer* tcp = m_tcp;
        m_tcp = nullptr;
        QMetaObject::invokeMethod(
            tcp,
            [tcp] {
                delete tcp;
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    } else {
        delete m_tcp;
        m_tcp = nullptr;
        m_thread->quit();
    }
    m_thread->wait();
}

bool TraceServer::start(QString* error)
{
    if (m_port)
        return true;
    auto* tcp = new QTcpServer;
    tcp->setMaxPendingConnections(kMaxConnections);
    if (!tcp->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        if (error)
            *error = tr("The trace server could not listen on 127.0.0.1.");
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    m_port = tcp->serverPort();
    m_address = tcp->serverAddress().toString();
    connect(tcp, &QTcpServer::newConnection, tcp, [this, tcp] {
        while (QTcpSocket* s = tcp->nextPendingConnection()) {
            {
                QMutexLocker lock(&m_mutex);
                if (m_open >= kMaxConnections) {
                    s->abort();
                    s->deleteLater();
                    continue;
                }
                ++m_open;
            }
            connect(s, &QObject::destroyed, tcp, [this] {
                QMutexLocker lock(&m_mutex);
                --m_open;
            });
            connect(s, &QAbstractSocket::disconnected, s, &QObject::deleteLater);
            new TraceConnection(this, s);
        }
    });
    tcp->moveToThread(m_thread);
    m_thread->start();
    return true;
}

int TraceServer::openConnections() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

bool TraceServer::hasSecret(QByteArrayView target) const
{
    const QByteArray secret = m_secret.toLatin1();
    if (target.size() < secret.size() + 1 || target.at(0) != '/')
        return false;
    const QByteArrayView candidate = target.sliced(1, secret.size());
    const bool ends = target.size() == secret.size() + 1 || target.at(secret.size() + 1) == '/' ||
                      target.at(secret.size() + 1) == '?';
    return constantTimeEquals(candidate, secret) && ends;
}

QByteArray TraceServer::expectedHost() const
{
    return "127.0.0.1:" + QByteArray::number(m_port);
}

QUrl TraceServer::addRoot(const QString& mount, const QString& dir)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    if (canonical.isEmpty() && !dir.startsWith(u':'))
        return {};
    {
        QMutexLocker lock(&m_mutex);
        m_mounts.insert(mount, {dir.startsWith(u':') ? dir : canonical, false});
    }
    return url(mount);
}

QUrl TraceServer::addFile(const QString& mount, const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    {
        QMutexLocker lock(&m_mutex);
        m_mounts.insert(mount, {canonical, true});
    }
    return url(mount);
}

void TraceServer::removeMount(const QString& mount)
{
    QMutexLocker lock(&m_mutex);
    m_mounts.remove(mount);
}

QUrl TraceServer::url(const QString& mount, const QString& relative) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    QString path = u'/' + m_secret + u'/' + mount;
    if (!relative.isEmpty() || !mount.contains(u'.'))
        path += u'/' + relative;
    u.setPath(path);
    return u;
}

bool TraceServer::isOwnUrl(const QUrl& url) const
{
    if (url.scheme() != u"http" || url.host() != u"127.0.0.1" || url.port() != m_port || !m_port)
        return false;
    const QString path = url.path();
    return path.startsWith(u'/' + m_secret + u'/') || path == u'/' + m_secret;
}

QByteArray TraceServer::mimeType(const QString& fileName)
{
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("htm"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("ttf"), "font/ttf"},
        {QStringLiteral("woff"), "font/woff"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("zip"), "application/zip"},
        {QStringLiteral("md"), "text/plain; charset=utf-8"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("wasm"), "application/wasm"},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), "application/octet-stream");
}

QString TraceServer::resolve(const QString& path) const
{
    // path: /<secret>/<mount...>/<relative>
    const QString prefix = u'/' + m_secret + u'/';
    if (!path.startsWith(prefix))
        return {};
    const QString rest = path.mid(prefix.size());
    const QStringList parts = rest.split(u'/');
    for (const QString& p : parts) {
        if (p == u".." || p == u"." || p.contains(u'\\') || p.contains(QChar(0)))
            return {};
    }
    Mount mount;
    QString relative;
    {
        QMutexLocker lock(&m_mutex);
        // Longest mount first: "report/trace" before "report".
        for (qsizetype n = parts.size(); n > 0; --n) {
            const QString name = parts.mid(0, n).join(u'/');
            const auto it = m_mounts.constFind(name);
            if (it != m_mounts.cend()) {
                mount = *it;
                relative = parts.mid(n).join(u'/');
                break;
            }
        }
    }
    if (mount.path.isEmpty())
        return {};
    if (mount.file)
        return relative.isEmpty() ? mount.path : QString();
    if (relative.isEmpty() || relative.endsWith(u'/'))
        relative += QStringLiteral("index.html");
    const QString candidate = mount.path + u'/' + relative;
    if (mount.path.startsWith(u':')) // a resource root: no links to follow
        return QFileInfo(candidate).isFile() ? candidate : QString();
    // Symbolic links may point anywhere: the resolved file must stay inside the root.
    const QFileInfo fi(candidate);
    const QString canonical = fi.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(mount.path + u'/') ||
        !QFileInfo(canonical).isFile())
        return {};
    return canonical;
}

TraceServer::Reply TraceServer::reply(const QByteArray& target) const
{
    const QUrl url = QUrl::fromEncoded(target);
    const QString file = resolve(url.path(QUrl::FullyDecoded));
    if (file.isEmpty())
        return {404, "text/plain", "refused\n"};
    const QUrlQuery query(url);
    if (file.endsWith(u".zip", Qt::CaseInsensitive) &&
        query.hasQueryItem(QStringLiteral("format"))) {
        bool ok = false;
        const Trace trace = TraceReader::read(file, {}, &ok);
        QJsonObject json = trace.toViewerJson();
        json.insert(QStringLiteral("ok"), ok);
        return {200, "application/json", QJsonDocument(json).toJson(QJsonDocument::Compact)};
    }
    if (file.endsWith(u".zip", Qt::CaseInsensitive) &&
        query.hasQueryItem(QStringLiteral("entry"))) {
        const QString entry = query.queryItemValue(QStringLiteral("entry"), QUrl::FullyDecoded);
        if (!ZipArchive::isSafeName(entry))
            return {404, "text/plain", "refused\n"};
        ZipLimits limits;
        limits.maxEntrySize = qint64(64) << 20;
        ZipArchive zip(limits);
        QString error;
        bool ok = false;
        QByteArray body;
        if (zip.open(file, &error))
            body = zip.readAll(entry, &error, &ok);
        if (!ok)
            return {404, "text/plain", "refused\n"};
        return {200, mimeType(entry), body};
    }
    if (file.startsWith(u':')) {
        QFile resource(file);
        if (!resource.open(QIODevice::ReadOnly))
            return {404, "text/plain", "refused\n"};
        return {200, mimeType(file), resource.readAll()};
    }
    // resolve() kept the file inside its mount; the read refuses FIFOs and devices and
    // stops at the cap.
    const ProjectFile::Result r = ProjectFile::readUserFile(file, kMaxFile);
    if (!r.ok())
        return {404, "text/plain", "refused\n"};
    return {200, mimeType(file), r.bytes};
}

} // namespace pwb
