// SPDX-License-Identifier: MIT
// The loopback HTTP server the traces web view loads from: bound to 127.0.0.1 on a free
// port, every URL starts with a per-session secret, and only registered roots are served.
// Requests are answered on the server's own thread, so file reads never block the GUI.
#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QThread;

namespace pwb {

class TraceServer : public QObject
{
    Q_OBJECT
public:
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

    static QByteArray mimeType(const QString& fileName);

private:
    struct Mount
    {
        QString path; // canonical directory or file
        bool file = false;
    };
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // The file a request path maps to, or empty when it maps to nothing served.
    QString resolve(const QString& path) const;

    std::unique_ptr<QHttpServer> m_http;
    QThread* m_thread;
    QString m_secret;
    quint16 m_port = 0;
    QString m_address;
    mutable QMutex m_mutex;
    QHash<QString, Mount> m_mounts;
};

} // namespace pwb
