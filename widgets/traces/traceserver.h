// SPDX-License-Identifier: MIT
// The loopback HTTP server the traces web view loads from: bound to 127.0.0.1 on a free
// port, every URL starts with a per-session secret, and only registered roots are served.
// A small GET/HEAD-only HTTP/1.1 of our own on QTcpServer, so that nothing is buffered
// before it is checked: the secret is read from the request line, the head is capped, a
// request with a body is refused, `Host` must be 127.0.0.1:<port> (no DNS rebinding), idle
// connections time out and their number is capped. Requests are answered on the server's
// own thread, so file reads never block the GUI.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <atomic>

class QTcpServer;
class QThread;

namespace pwb {

class TraceServer : public QObject
{
    Q_OBJECT
public:
    // Limits of one connection; public so tests can name them.
    static constexpr qsizetype kMaxRequestLine = 8 * 1024;
    static constexpr qsizetype kMaxHead = 32 * 1024; // request line and headers
    static constexpr int kIdleTimeoutMs = 15'000;
    static constexpr int kMaxConnections = 32;

    explicit TraceServer(QObject* parent = nullptr);
    ~TraceServer() override;

    // Binds 127.0.0.1 on a free port; false with *error when that fails.
    bool start(QString* error = nullptr);
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // The address the listening socket is bound to (127.0.0.1).
    QString boundAddress() const { return m_address; }
    QString secret() const { return m_secret; }

    // Serves the files under `dir` at /<secret>/<mount>/... (longest mount wins). A .zip
    // there also answers ?format=json (the reader's JSON) and ?entry=<name> (one entry).
    QUrl addRoot(const QString& mount, const QString& dir);
    // Serves one file at /<secret>/<mount> (the same .zip queries apply).
    QUrl addFile(const QString& mount, const QString& path);
    void removeMount(const QString& mount);
    // The URL of `relative` under `mount`.
    QUrl url(const QString& mount, const QString& relative = {}) const;
    // True for URLs this server answers (scheme, host, port and secret).
    bool isOwnUrl(const QUrl& url) const;
    // Connections open right now (for tests and diagnostics).
    int openConnections() const;
    // A connection with nothing to read for this long is closed (tests shorten it).
    void setIdleTimeout(int ms) { m_idleMs = ms; }

    static QByteArray mimeType(const QString& fileName);

private:
    friend class TraceConnection;
    struct Mount
    {
        QString path; // canonical directory or file
        bool file = false;
    };
    struct Reply
    {
        int status = 200;
        QByteArray mime = "text/plain";
        QByteArray body;
    };
    // The request target starts with /<secret>/ (checked in constant time).
    bool hasSecret(QByteArrayView target) const;
    // "127.0.0.1:<port>", the only Host a request may name.
    QByteArray expectedHost() const;
    Reply reply(const QByteArray& target) const;
    // The file a request path maps to, or empty when it maps to nothing served.
    QString resolve(const QString& path) const;

    QTcpServer* m_tcp = nullptr; // lives on m_thread
    QThread* m_thread;
    QString m_secret;
    quint16 m_port = 0;
    QString m_address;
    mutable QMutex m_mutex;
    QHash<QString, Mount> m_mounts;
    int m_open = 0; // under m_mutex
    std::atomic_int m_idleMs{kIdleTimeoutMs};
};

} // namespace pwb
