// SPDX-License-Identifier: MIT
// The loopback trace server: 127.0.0.1 only, the secret in every URL, nothing outside its
// roots (no `..`, no symbolic links out), JavaScript served as JavaScript.
#include "traces/traceserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

struct Reply
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// A raw request, so paths reach the server exactly as written (no client-side cleanup).
Reply request(quint16 port, const QByteArray& path, const QByteArray& method = "GET",
              const QString& host = QStringLiteral("127.0.0.1"))
{
    Reply r;
    QTcpSocket s;
    s.connectToHost(host, port);
    if (!s.waitForConnected(3000))
        return r;
    s.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray all;
    // Keep-alive servers do not close: stop once Content-Length bytes of body are in.
    while (s.waitForReadyRead(5000)) {
        all += s.readAll();
        const qsizetype split = all.indexOf("\r\n\r\n");
        if (split < 0)
            continue;
        r.headers = all.left(split);
        r.body = all.mid(split + 4);
        const QByteArray length = r.header("Content-Length");
        if (!length.isEmpty() && r.body.size() >= length.toLongLong())
            break;
    }
    r.status = r.headers.split(' ').value(1).toInt();
    return r;
}

} // namespace

class TestTraceServer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TraceServer m_server;
    QByteArray base() const { return '/' + m_server.secret().toLatin1(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir d(m_dir.path());
        QVERIFY(d.mkpath(QStringLiteral("root/assets")));
        QVERIFY(d.mkpath(QStringLiteral("outside")));
        auto write = [&](const QString& rel, const QByteArray& data) {
            QFile f(d.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("root/index.html"), "<html>hello</html>");
        write(QStringLiteral("root/assets/app.js"), "console.log(1)");
        write(QStringLiteral("outside/secret.txt"), "do not serve");
        QVERIFY(QFile::link(d.filePath(QStringLiteral("outside/secret.txt")),
                            d.filePath(QStringLiteral("root/link.txt"))));
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/traces/library/cart-add-items.zip"),
                            d.filePath(QStringLiteral("root/cart.zip"))));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.port() > 0);
        QVERIFY(!m_server.addRoot(QStringLiteral("site"), d.filePath(QStringLiteral("root")))
                     .isEmpty());
    }

    void bindsLoopbackOnly()
    {
        QCOMPARE(m_server.boundAddress(), QStringLiteral("127.0.0.1"));
        QCOMPARE(request(m_server.port(), base() + "/site/index.html").status, 200);
        // Reaching the port through another address of this machine must fail.
        int tried = 0;
        for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
            if (a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            ++tried;
            QTcpSocket s;
            s.connectToHost(a, m_server.port());
            QVERIFY2(!s.waitForConnected(1000), qPrintable(a.toString()));
        }
        if (tried == 0)
            qInfo("no non-loopback IPv4 address to try; the bound address was checked");
    }

    void secretIsRequired()
    {
        QCOMPARE(request(m_server.port(), "/site/index.html").status, 403);
        QCOMPARE(request(m_server.port(), "/").status, 403);
        QCOMPARE(request(m_server.port(), "/wrongsecret/site/index.html").status, 403);
        QByteArray almost = base();
        almost[almost.size() - 1] = almost.back() == 'A' ? 'B' : 'A';
        QCOMPARE(request(m_server.port(), almost + "/site/index.html").status, 403);
        const Reply ok = request(m_server.port(), base() + "/site/index.html");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("<html>hello</html>"));
        QCOMPARE(ok.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(request(m_server.port(), base() + "/site/").body,
                 QByteArray("<html>hello</html>"));
    }

    void nothingOutsideTheRoots()
    {
        const quint16 port = m_server.port();
        QCOMPARE(request(port, base() + "/site/../outside/secret.txt").status, 404);
        QCOMPARE(request(port, base() + "/site/%2e%2e/outside/secret.txt").status, 404);
        QCOMPARE(request(port, base() + "/site/assets/..%2f..%2foutside/secret.txt").status, 404);
        QCOMPARE(request(port, base() + "/site/..\\outside\\secret.txt").status, 404);
        QCOMPARE(request(port, base() + "/site/link.txt").status, 404); // symbolic link out
        QCOMPARE(request(port, base() + "/site/missing.html").status, 404);
        QCOMPARE(request(port, base() + "/nomount/index.html").status, 404);
        QCOMPARE(request(port, base() + "/site/index.html", "POST").status, 405);
        QCOMPARE(request(port, base() + "/site/cart.zip?entry=../../outside/secret.txt").status,
                 404);
        QCOMPARE(request(port, base() + "/site/cart.zip?entry=%2Fetc%2Fpasswd").status, 404);
        m_server.removeMount(QStringLiteral("site"));
        QCOMPARE(request(port, base() + "/site/index.html").status, 404);
        m_server.addRoot(QStringLiteral("site"), m_dir.filePath(QStringLiteral("root")));
    }

    void javascriptIsJavascript()
    {
        const Reply r = request(m_server.port(), base() + "/site/assets/app.js");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(TraceServer::mimeType(QStringLiteral("sw.bundle.js")),
                 QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(TraceServer::mimeType(QStringLiteral("a.zip")), QByteArray("application/zip"));
    }

    void tracesAsJsonAndEntries()
    {
        const quint16 port = m_server.port();
        const Reply zip = request(port, base() + "/site/cart.zip");
        QCOMPARE(zip.status, 200);
        QCOMPARE(zip.header("Content-Type"), QByteArray("application/zip"));
        QCOMPARE(zip.body.size(),
                 QFileInfo(m_dir.filePath(QStringLiteral("root/cart.zip"))).size());
        const Reply json = request(port, base() + "/site/cart.zip?format=json");
        QCOMPARE(json.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(json.body).object();
        QCOMPARE(o.value(u"title").toString(), QStringLiteral("cart: adds two items"));
        QVERIFY(o.value(u"ok").toBool());
        const QString frame =
            o.value(u"frames").toArray().at(0).toObject().value(u"entry").toString();
        QVERIFY(frame.startsWith(u"screencast/"));
        const Reply jpeg =
            request(port, base() + "/site/cart.zip?entry=" + QUrl::toPercentEncoding(frame));
        QCOMPARE(jpeg.status, 200);
        QCOMPARE(jpeg.header("Content-Type"), QByteArray("image/jpeg"));
        QVERIFY(jpeg.body.startsWith("\xff\xd8"));
        // A single-file mount serves that file and nothing below it.
        const QUrl one = m_server.addFile(QStringLiteral("t/1/trace.zip"),
                                          m_dir.filePath(QStringLiteral("root/cart.zip")));
        QVERIFY(m_server.isOwnUrl(one));
        QCOMPARE(request(port, one.path().toLatin1()).status, 200);
        QCOMPARE(request(port, one.path().toLatin1() + "/x").status, 404);
    }

    void ownUrls()
    {
        QVERIFY(
            m_server.isOwnUrl(m_server.url(QStringLiteral("site"), QStringLiteral("index.html"))));
        QUrl other = m_server.url(QStringLiteral("site"));
        other.setHost(QStringLiteral("localhost"));
        QVERIFY(!m_server.isOwnUrl(other));
        other = m_server.url(QStringLiteral("site"));
        other.setPath(QStringLiteral("/x/site/"));
        QVERIFY(!m_server.isOwnUrl(other));
        other = m_server.url(QStringLiteral("site"));
        other.setPort(m_server.port() + 1);
        QVERIFY(!m_server.isOwnUrl(other));
        QVERIFY(!m_server.isOwnUrl(QUrl(QStringLiteral("https://example.com/"))));
        TraceServer another;
        QVERIFY(another.start());
        QVERIFY(another.secret() != m_server.secret());
        QVERIFY(another.secret().size() >= 32);
    }
};

QTEST_GUILESS_MAIN(TestTraceServer)
#include "tst_traceserver.moc"
