// SPDX-License-Identifier: MIT
#include "core/watchset.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pwb;

namespace {
bool write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}
} // namespace

class TestWatchSet : public QObject
{
    Q_OBJECT
private slots:
    // Two models watching one file share one kernel watch and both hear of a change.
    void sharedPathsAreWatchedOnce()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mix.exs"));
        QVERIFY(write(file, "a"));
        FileWatchService* service = FileWatchService::instance();
        const qsizetype before = service->watchedCount();
        auto a = std::make_unique<WatchSet>();
        WatchSet b;
        QVERIFY(a->addPath(file));
        QVERIFY(!a->addPath(file)); // already there
        QVERIFY(b.addPath(file));
        QVERIFY(b.addPath(dir.path()));
        QCOMPARE(service->watchedCount(), before + 2);
        QCOMPARE(b.files(), QStringList{file});
        QCOMPARE(b.directories(), QStringList{dir.path()});

        QSignalSpy aChanged(a.get(), &WatchSet::fileChanged);
        QSignalSpy bChanged(&b, &WatchSet::fileChanged);
        QVERIFY(write(file, "bb"));
        QVERIFY(aChanged.wait(5000));
        QTRY_VERIFY(!bChanged.isEmpty());

        // One set letting go keeps the watch for the other; the last one releases it.
        a.reset();
        QCOMPARE(service->watchedCount(), before + 2);
        QVERIFY(b.removePath(file));
        QVERIFY(!b.removePath(file));
        QCOMPARE(service->watchedCount(), before + 1);
        QVERIFY(b.removePaths({dir.path()}).isEmpty());
        QCOMPARE(service->watchedCount(), before);
    }

    // Saving by rename drops the kernel watch: every set forgets the path and can add it
    // back, as with a QFileSystemWatcher of its own.
    void replacedFileCanBeWatchedAgain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.md"));
        QVERIFY(write(file, "one"));
        WatchSet set;
        QVERIFY(set.addPath(file));
        QSignalSpy changed(&set, &WatchSet::fileChanged);
        const QString tmp = dir.filePath(QStringLiteral("plan.md.tmp"));
        QVERIFY(write(tmp, "two"));
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::rename(tmp, file));
        QVERIFY(changed.wait(5000));
        QVERIFY(set.files().isEmpty());
        QVERIFY(set.addPath(file));
        QCOMPARE(set.files(), QStringList{file});
    }

    void missingPathsAreRefused()
    {
        WatchSet set;
        QVERIFY(!set.addPath(QStringLiteral("/nonexistent/x")));
        QVERIFY(!set.addPath(QString()));
        QCOMPARE(set.addPaths({QStringLiteral("/nonexistent/y")}).size(), 1);
        QVERIFY(set.files().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchSet)
#include "tst_watchset.moc"
