// SPDX-License-Identifier: MIT
// The safe project-file reader and writer: regular files inside the root only, no blocking
// on FIFOs, the cap on bytes read, writes to the real path that keep the mode.
#include "core/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pwb;

namespace {

void put(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray get(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

mode_t modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_root;
    QString m_outside;
    QString in(const QString& rel) const { return m_root + u'/' + rel; }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.filePath(QStringLiteral("project"));
        m_outside = m_tmp.filePath(QStringLiteral("outside"));
        QDir(m_root).removeRecursively();
        QDir(m_outside).removeRecursively();
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(QDir().mkpath(m_outside));
        put(m_outside + QStringLiteral("/secret.md"), "outside\n");
    }

    void readsRegularFilesInside()
    {
        put(in(QStringLiteral("docs/TRD/a.md")), "# A\n");
        const auto r = ProjectFile::read(m_root, QStringLiteral("docs/TRD/a.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.bytes, QByteArray("# A\n"));
        QCOMPARE(ProjectFile::read(m_root, in(QStringLiteral("docs/TRD/a.md"))).bytes,
                 QByteArray("# A\n"));
        // A link that stays inside is fine.
        QVERIFY(QFile::link(in(QStringLiteral("docs/TRD/a.md")), in(QStringLiteral("b.md"))));
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral("b.md")).bytes, QByteArray("# A\n"));
        // The root reached through a link is the same root.
        const QString alias = m_tmp.filePath(QStringLiteral("alias"));
        QFile::remove(alias);
        QVERIFY(QFile::link(m_root, alias));
        QVERIFY(ProjectFile::read(alias, QStringLiteral("b.md")).ok());
    }

    void refusesLinksLeavingTheRoot()
    {
        QVERIFY(QFile::link(m_outside + QStringLiteral("/secret.md"), in(QStringLiteral("t.md"))));
        auto r = ProjectFile::read(m_root, QStringLiteral("t.md"));
        QCOMPARE(r.status, ProjectFile::Status::OutsideRoot);
        QVERIFY(r.bytes.isEmpty());
        QVERIFY2(r.error.contains(m_outside), qPrintable(r.error));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), in(QStringLiteral("mix.exs"))));
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral("mix.exs")).status,
                 ProjectFile::Status::OutsideRoot);
        QVERIFY(QFile::link(m_outside, in(QStringLiteral("docs"))));
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral("docs/secret.md")).status,
                 ProjectFile::Status::OutsideRoot);
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral("../outside/secret.md")).status,
                 ProjectFile::Status::OutsideRoot);
        const Diagnostic d = ProjectFile::diagnostic(r, QStringLiteral("t.md"));
        QCOMPARE(d.path, QStringLiteral("t.md"));
        QCOMPARE(d.code, QStringLiteral("file-outside-project"));
    }

    void neverBlocksOnFifosOrDevices()
    {
        const QString fifo = in(QStringLiteral("lcov.info"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer t;
        t.start();
        auto r = ProjectFile::read(m_root, QStringLiteral("lcov.info"));
        QCOMPARE(r.status, ProjectFile::Status::NotRegular);
        QVERIFY2(r.error.contains(QStringLiteral("FIFO")), qPrintable(r.error));
        QCOMPARE(ProjectFile::readUserFile(fifo).status, ProjectFile::Status::NotRegular);
        QCOMPARE(ProjectFile::readUserFile(QStringLiteral("/dev/zero")).status,
                 ProjectFile::Status::NotRegular);
        QCOMPARE(ProjectFile::readUserFile(QStringLiteral("/dev/urandom")).status,
                 ProjectFile::Status::NotRegular);
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral(".")).status,
                 ProjectFile::Status::NotRegular);
        QVERIFY(t.elapsed() < 5000);
        // Writing to a FIFO would block as well.
        QCOMPARE(ProjectFile::write(m_root, QStringLiteral("lcov.info"), "x").status,
                 ProjectFile::Status::NotRegular);
    }

    void capsTheBytesRead()
    {
        put(in(QStringLiteral("big.md")), QByteArray(1000, 'x'));
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral("big.md"), 1000).bytes.size(), 1000);
        const auto r = ProjectFile::read(m_root, QStringLiteral("big.md"), 999);
        QCOMPARE(r.status, ProjectFile::Status::TooLarge);
        QVERIFY(r.bytes.isEmpty());
        put(in(QStringLiteral("empty.md")), {});
        QVERIFY(ProjectFile::read(m_root, QStringLiteral("empty.md")).ok());
    }

    void headsStopAtTheirSize()
    {
        // A look at a file's head: a longer file is fine, only the head is returned; the
        // checks of read() hold (no link out, no FIFO).
        QByteArray bytes(1000, 'x');
        bytes[0] = '#';
        put(in(QStringLiteral("big.md")), bytes);
        const auto r = ProjectFile::readHead(m_root, QStringLiteral("big.md"), 16);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.bytes, bytes.first(16));
        QCOMPARE(ProjectFile::readHead(m_root, QStringLiteral("big.md"), 4096).bytes, bytes);
        QVERIFY(ProjectFile::readHead(m_root, QStringLiteral("big.md"), 0).bytes.isEmpty());
        QVERIFY(QFile::link(m_outside + QStringLiteral("/secret.md"), in(QStringLiteral("t.md"))));
        QCOMPARE(ProjectFile::readHead(m_root, QStringLiteral("t.md"), 16).status,
                 ProjectFile::Status::OutsideRoot);
        QCOMPARE(::mkfifo(QFile::encodeName(in(QStringLiteral("f.md"))).constData(), 0600), 0);
        QCOMPARE(ProjectFile::readHead(m_root, QStringLiteral("f.md"), 16).status,
                 ProjectFile::Status::NotRegular);
    }

    void missingAndLoops()
    {
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral("nope.md")).status,
                 ProjectFile::Status::Missing);
        QVERIFY(QFile::link(in(QStringLiteral("gone")), in(QStringLiteral("dangling.md"))));
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral("dangling.md")).status,
                 ProjectFile::Status::Missing);
        QVERIFY(QFile::link(in(QStringLiteral("loop2")), in(QStringLiteral("loop1"))));
        QVERIFY(QFile::link(in(QStringLiteral("loop1")), in(QStringLiteral("loop2"))));
        QCOMPARE(ProjectFile::read(m_root, QStringLiteral("loop1")).status,
                 ProjectFile::Status::Unreadable);
    }

    void writesAtomicallyToTheRealPath()
    {
        // New file, folders made inside the root.
        auto w = ProjectFile::write(m_root, QStringLiteral(".workbench/triage.json"), "{}\n");
        QVERIFY2(w.ok(), qPrintable(w.error));
        QCOMPARE(get(in(QStringLiteral(".workbench/triage.json"))), QByteArray("{}\n"));
        // Through a link that stays inside: the real file changes, the link stays a link.
        put(in(QStringLiteral("docs/TRD/real.md")), "old\n");
        QVERIFY(QFile::link(in(QStringLiteral("docs/TRD/real.md")), in(QStringLiteral("l.md"))));
        QVERIFY(ProjectFile::write(m_root, QStringLiteral("l.md"), "new\n").ok());
        QCOMPARE(get(in(QStringLiteral("docs/TRD/real.md"))), QByteArray("new\n"));
        QVERIFY(QFileInfo(in(QStringLiteral("l.md"))).isSymLink());
    }

    void neverWritesOutside()
    {
        QVERIFY(QFile::link(m_outside + QStringLiteral("/secret.md"), in(QStringLiteral("t.md"))));
        auto w = ProjectFile::write(m_root, QStringLiteral("t.md"), "pwned\n");
        QCOMPARE(w.status, ProjectFile::Status::OutsideRoot);
        QCOMPARE(get(m_outside + QStringLiteral("/secret.md")), QByteArray("outside\n"));
        QVERIFY(QFileInfo(in(QStringLiteral("t.md"))).isSymLink());
        // .workbench itself linked outside: no new file appears there.
        QVERIFY(QFile::link(m_outside, in(QStringLiteral(".workbench"))));
        w = ProjectFile::write(m_root, QStringLiteral(".workbench/triage.json"), "{}");
        QCOMPARE(w.status, ProjectFile::Status::OutsideRoot);
        QVERIFY(!QFile::exists(m_outside + QStringLiteral("/triage.json")));
        // Nor below a folder reached by a link, nor a dangling link (it would create the target).
        w = ProjectFile::write(m_root, QStringLiteral(".workbench/sub/x.json"), "{}");
        QCOMPARE(w.status, ProjectFile::Status::OutsideRoot);
        QVERIFY(!QFile::exists(m_outside + QStringLiteral("/sub")));
        QVERIFY(QFile::link(m_outside + QStringLiteral("/new.md"), in(QStringLiteral("d.md"))));
        QVERIFY(!ProjectFile::write(m_root, QStringLiteral("d.md"), "x").ok());
        QVERIFY(!QFile::exists(m_outside + QStringLiteral("/new.md")));
        QCOMPARE(ProjectFile::write(m_root, QStringLiteral("../outside/secret.md"), "x").status,
                 ProjectFile::Status::OutsideRoot);
        QCOMPARE(get(m_outside + QStringLiteral("/secret.md")), QByteArray("outside\n"));
    }

    void keepsTheModeAndRefusesReadOnlyFiles()
    {
        put(in(QStringLiteral("a.md")), "a\n");
        QCOMPARE(::chmod(QFile::encodeName(in(QStringLiteral("a.md"))).constData(), 0640), 0);
        QVERIFY(ProjectFile::write(m_root, QStringLiteral("a.md"), "b\n").ok());
        QCOMPARE(modeOf(in(QStringLiteral("a.md"))), mode_t(0640));
        put(in(QStringLiteral("ro.md")), "keep\n");
        QCOMPARE(::chmod(QFile::encodeName(in(QStringLiteral("ro.md"))).constData(), 0444), 0);
        // Refused even when we run as root, who could write it.
        const auto w = ProjectFile::write(m_root, QStringLiteral("ro.md"), "changed\n");
        QCOMPARE(w.status, ProjectFile::Status::ReadOnly);
        QVERIFY2(w.error.contains(QStringLiteral("read-only")), qPrintable(w.error));
        QCOMPARE(get(in(QStringLiteral("ro.md"))), QByteArray("keep\n"));
        QCOMPARE(modeOf(in(QStringLiteral("ro.md"))), mode_t(0444));
        QCOMPARE(ProjectFile::diagnostic(w, QStringLiteral("ro.md")).code,
                 QStringLiteral("file-read-only"));
    }

    void descriptorForLibraries()
    {
        put(in(QStringLiteral("t.zip")), "PK");
        ProjectFile::Result why;
        const int fd = ProjectFile::openRegular(m_root, QStringLiteral("t.zip"), &why);
        QVERIFY2(fd >= 0, qPrintable(why.error));
        ::close(fd);
        QCOMPARE(ProjectFile::openRegular({}, QStringLiteral("/dev/zero"), &why), -1);
        QCOMPARE(why.status, ProjectFile::Status::NotRegular);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
