// SPDX-License-Identifier: MIT
#include "traceserver.h"

#include "traces/tracereader.h"
#include "traces/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <QUrlQuery>

namespace pwb {

namespace {

constexpr qint64 kMaxFile = qint64(512) << 20;

bool constantTimeEquals(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    char16_t diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

void send(QHttpServerResponder& r, QHttpServerResponder::StatusCode code, const QByteArray& mime,
          const QByteArray& body, bool head = false)
{
    r.writeStatusLine(code);
    r.writeHeader("Content-Type", mime);
    r.writeHeader("Content-Length", QByteArray::number(body.size()));
    r.writeHeader("Cache-Control", "no-store");
    r.writeHeader("X-Content-Type-Options", "nosniff");
    r.writeHeader("Referrer-Policy", "no-referrer");
    r.writeBody(head ? QByteArray() : body);
}

void refuse(QHttpServerResponder& r, QHttpServerResponder::StatusCode code)
{
    send(r, code, "text/plain", "refused\n");
}

} // namespace

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
    if (m_http) {
        // The server lives on m_thread: delete it there, then stop the thread.
        QHttpServer* http = m_http.release();
        QMetaObject::invokeMethod(
            http, [http] { delete http; }, Qt::QueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

bool TraceServer::start(QString* error)
{
    if (m_port)
        return true;
    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handle(request, std::move(responder));
        });
    const quint16 port = m_http->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (port == 0) {
        if (error)
            *error = tr("The trace server could not listen on 127.0.0.1.");
        m_http.reset();
        return false;
    }
    m_port = port;
    const QList<QTcpServer*> servers = m_http->servers();
    m_address = servers.isEmpty() ? QString() : servers.first()->serverAddress().toString();
    m_thread->start();
    m_http->moveToThread(m_thread);
    return true;
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

void TraceServer::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    if (request.method() != QHttpServerRequest::Method::Get &&
        request.method() != QHttpServerRequest::Method::Head)
        return refuse(responder, QHttpServerResponder::StatusCode::MethodNotAllowed);
    const QUrl url = request.url();
    const QString path = url.path(QUrl::FullyDecoded);
    const QString secretPart = path.section(u'/', 1, 1);
    if (!constantTimeEquals(secretPart, m_secret))
        return refuse(responder, QHttpServerResponder::StatusCode::Forbidden);
    const QString file = resolve(path);
    if (file.isEmpty())
        return refuse(responder, QHttpServerResponder::StatusCode::NotFound);

    const QUrlQuery query(url);
    if (file.endsWith(u".zip", Qt::CaseInsensitive) &&
        query.hasQueryItem(QStringLiteral("format"))) {
        bool ok = false;
        const Trace trace = TraceReader::read(file, {}, &ok);
        QJsonObject json = trace.toViewerJson();
        json.insert(QStringLiteral("ok"), ok);
        const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        return send(responder, QHttpServerResponder::StatusCode::Ok, "application/json", body);
    }
    if (file.endsWith(u".zip", Qt::CaseInsensitive) &&
        query.hasQueryItem(QStringLiteral("entry"))) {
        const QString entry = query.queryItemValue(QStringLiteral("entry"), QUrl::FullyDecoded);
        if (!ZipArchive::isSafeName(entry))
            return refuse(responder, QHttpServerResponder::StatusCode::NotFound);
        ZipLimits limits;
        limits.maxEntrySize = qint64(64) << 20;
        ZipArchive zip(limits);
        QString error;
        bool ok = false;
        QByteArray body;
        if (zip.open(file, &error))
            body = zip.readAll(entry, &error, &ok);
        if (!ok)
            return refuse(responder, QHttpServerResponder::StatusCode::NotFound);
        return send(responder, QHttpServerResponder::StatusCode::Ok, mimeType(entry), body);
    }
    QFile device(file);
    if (device.size() > kMaxFile || !device.open(QIODevice::ReadOnly))
        return refuse(responder, QHttpServerResponder::StatusCode::NotFound);
    send(responder, QHttpServerResponder::StatusCode::Ok, mimeType(file), device.readAll(),
         request.method() == QHttpServerRequest::Method::Head);
}

} // namespace pwb
