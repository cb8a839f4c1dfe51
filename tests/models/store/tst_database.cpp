// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "store/recentprojectsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void recentProjectsSurviveRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wb.sqlite"));
        {
            Database db(path);
            QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
            RecentProjectsModel model(&db);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.add(QStringLiteral("/p/one"), QStringLiteral("one"), QStringLiteral("mix"));
            model.add(QStringLiteral("/p/two"), QStringLiteral("two"), QStringLiteral("phoenix"));
            model.add(QStringLiteral("/p/one"), QStringLiteral("one"), QStringLiteral("mix"));
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(model.pathAt(0), QStringLiteral("/p/one"));
        }
        Database again(path);
        QVERIFY(again.isOpen());
        QVERIFY(again.recoveryMessage().isEmpty());
        RecentProjectsModel model(&again);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.pathAt(0), QStringLiteral("/p/one"));
        QCOMPARE(model.index(1).data(RecentProjectsModel::KindRole).toString(),
                 QStringLiteral("phoenix"));
        QCOMPARE(model.index(1).data(RecentProjectsModel::ExistsRole).toBool(), false);
        model.remove(QStringLiteral("/p/one"));
        QCOMPARE(model.rowCount(), 1);
    }

    void listIsCapped()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("wb.sqlite")));
        RecentProjectsModel model(&db);
        for (int i = 0; i < RecentProjectsModel::kMaxEntries + 5; ++i)
            model.add(QStringLiteral("/p/%1").arg(i), QString::number(i), QStringLiteral("mix"));
        QCOMPARE(model.rowCount(), RecentProjectsModel::kMaxEntries);
        QCOMPARE(model.pathAt(0),
                 QStringLiteral("/p/%1").arg(RecentProjectsModel::kMaxEntries + 4));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM recent_projects")) && q.next());
        QCOMPARE(q.value(0).toInt(), RecentProjectsModel::kMaxEntries);
    }

    void corruptFileIsMovedAsideAndReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wb.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not an SQLite database, just some bytes\n").repeated(200));
        f.close();

        Database db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(!db.recoveryMessage().isEmpty());
        QVERIFY(db.recoveryMessage().contains(path));
        QVERIFY(QFile::exists(db.movedAsidePath()));
        QFile aside(db.movedAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QVERIFY(aside.readAll().startsWith("this is not an SQLite")); // nothing lost
        RecentProjectsModel model(&db);
        model.add(QStringLiteral("/p/x"), QStringLiteral("x"), QStringLiteral("mix"));
        QCOMPARE(model.rowCount(), 1);
    }

    void migrationsRunOncePerDomain()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("wb.sqlite")));
        const QList<QStringList> steps{{QStringLiteral("CREATE TABLE a(x INTEGER)")},
                                       {QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT")}};
        QVERIFY(db.migrate(QStringLiteral("t"), steps));
        QCOMPARE(db.schemaVersion(QStringLiteral("t")), 2);
        QVERIFY(db.migrate(QStringLiteral("t"), steps)); // idempotent
        QVERIFY(!db.migrate(QStringLiteral("bad"), {{QStringLiteral("CREATE TABLE oops(")}}));
        QCOMPARE(db.schemaVersion(QStringLiteral("bad")), 0);
        QVERIFY(db.errorString().contains(QStringLiteral("bad step 1")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
