// SPDX-License-Identifier: MIT
// Trusted project folders are remembered in the store, by canonical path.
#include "store/database.h"
#include "store/projecttrust.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

class TestProjectTrust : public QObject
{
    Q_OBJECT
private slots:
    void rememberedPerProject()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b")));
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        {
            Database db(dir.filePath(QStringLiteral("wb.sqlite")));
            ProjectTrust trust(&db);
            QVERIFY(!trust.isTrusted(a));
            QVERIFY(trust.setTrusted(a, true));
            QVERIFY(trust.isTrusted(a));
            QVERIFY(!trust.isTrusted(b));
        }
        Database db(dir.filePath(QStringLiteral("wb.sqlite")));
        ProjectTrust trust(&db);
        QVERIFY(trust.isTrusted(a)); // kept across sessions
        // The same folder through a link is the same project.
        QVERIFY(QFile::link(a, dir.filePath(QStringLiteral("alias"))));
        QVERIFY(trust.isTrusted(dir.filePath(QStringLiteral("alias"))));
        QVERIFY(trust.setTrusted(a, false));
        QVERIFY(!trust.isTrusted(a));
        // Without a store nothing is trusted.
        QVERIFY(!ProjectTrust(nullptr).isTrusted(a));
    }
};

QTEST_GUILESS_MAIN(TestProjectTrust)
#include "tst_projecttrust.moc"
