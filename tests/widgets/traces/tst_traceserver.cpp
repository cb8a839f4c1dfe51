// SPDX-License-Identifier: MIT
// The loopback trace server: 127.0.0.1 only, the secret in every URL, nothing outside its
// roots (no `..`, no symbolic links out), JavaScript served as JavaScript.
#include "traces/traceserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

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
    s.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
            "\r\nConnection: close\r\n\r\n");
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

    void hostMustBeOurs()
    {
        const quint16 port = m_server.port();
        const QByteArray path = base() + "/site/index.html";
        auto withHost = [&](const QByteArray& hostLine) {
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (!s.waitForConnected(3000))
                return 0;
            s.write("GET " + path + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n");
            QByteArray all;
            while (s.waitForReadyRead(3000))
                all += s.readAll();
            return all.split(' ').value(1).toInt();
        };
        // A DNS-rebinding page reaches 127.0.0.1 under its own name: refused.
        QCOMPARE(withHost("Host: attacker.example:" + QByteArray::number(port) + "\r\n"), 421);
        QCOMPARE(withHost("Host: localhost:" + QByteArray::number(port) + "\r\n"), 421);
        QCOMPARE(withHost("Host: 127.0.0.1\r\n"), 421);
        QCOMPARE(withHost(""), 421);
        QCOMPARE(withHost("Host: 127.0.0.1:" + QByteArray::number(port) + "\r\nHost: evil\r\n"),
                 400);
        QCOMPARE(withHost("Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n"), 200);
    }

    void nothingIsBufferedBeforeTheSecret()
    {
        // A 300 MB body without the secret: answered and closed after the request line, so
        // the server never holds more than one line of it.
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(s.waitForConnected(3000));
        s.write("POST /nosecret/x HTTP/1.1\r\nHost: 127.0.0.1:" +
                QByteArray::number(m_server.port()) + "\r\nContent-Length: 300000000\r\n\r\n");
        const QByteArray chunk(1 << 20, 'x');
        QElapsedTimer t;
        t.start();
        qint64 sent = 0;
        while (s.state() == QAbstractSocket::ConnectedState && sent < (qint64(64) << 20) &&
               t.elapsed() < 10000) {
            s.write(chunk);
            sent += chunk.size();
            s.waitForBytesWritten(200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(s.state() != QAbstractSocket::ConnectedState, 10000);
        QVERIFY2(sent < (qint64(64) << 20), "the server kept reading a body it had refused");
        // With the secret, a body is refused before it is read.
        QTcpSocket b;
        b.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(b.waitForConnected(3000));
        b.write("GET " + base() + "/site/index.html HTTP/1.1\r\nHost: 127.0.0.1:" +
                QByteArray::number(m_server.port()) + "\r\nContent-Length: 1000000\r\n\r\n");
        QVERIFY(b.waitForReadyRead(3000));
        QVERIFY(b.readAll().startsWith("HTTP/1.1 413"));
    }

    void headIsCapped()
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /" + QByteArray(TraceServer::kMaxRequestLine + 10, 'a'));
        QVERIFY(s.waitForReadyRead(3000));
        QVERIFY(s.readAll().startsWith("HTTP/1.1 414"));
        QTcpSocket h;
        h.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(h.waitForConnected(3000));
        h.write("GET " + base() + "/site/index.html HTTP/1.1\r\n");
        for (int i = 0; i < 2000; ++i)
            h.write("X-Filler: " + QByteArray(40, 'y') + "\r\n");
        QVERIFY(h.waitForReadyRead(3000));
        QVERIFY(h.readAll().startsWith("HTTP/1.1 431"));
    }

    void idleConnectionsTimeOutAndAreCapped()
    {
        TraceServer server;
        server.setIdleTimeout(300);
        QVERIFY(server.start());
        // More connections than allowed, all idle: the extra ones are closed at once, the
        // rest when they time out.
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < TraceServer::kMaxConnections + 8; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QStringLiteral("127.0.0.1"), server.port());
            QVERIFY(sockets.back()->waitForConnected(3000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(server.openConnections() > 0, 3000);
        QVERIFY(server.openConnections() <= TraceServer::kMaxConnections);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000);
        int closed = 0;
        for (auto& s : sockets) {
            s->waitForReadyRead(50);
            if (s->state() != QAbstractSocket::ConnectedState)
                ++closed;
        }
        QCOMPARE(closed, int(sockets.size()));
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
