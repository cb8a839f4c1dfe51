// SPDX-License-Identifier: MIT
#include "review/advisories.h"

#include <QTest>

using namespace pwb;

class TestAdvisories : public QObject
{
    Q_OBJECT
private slots:
    void versionsCompareNumerically()
    {
        QCOMPARE(Advisories::compareVersions(QStringLiteral("1.7.9"), QStringLiteral("1.7.24")),
                 -1);
        QCOMPARE(Advisories::compareVersions(QStringLiteral("1.8.0"), QStringLiteral("1.8")), 0);
        QCOMPARE(Advisories::compareVersions(QStringLiteral("1.8.0-rc.1"), QStringLiteral("1.8.0")),
                 -1);
        QCOMPARE(Advisories::compareVersions(QStringLiteral("2.0.0"), QStringLiteral("1.99.9")), 1);
    }

    void rangesAreHalfOpen()
    {
        QVERIFY(
            !Advisories::affecting(QStringLiteral("phoenix"), QStringLiteral("1.8.8")).isEmpty());
        QVERIFY(
            Advisories::affecting(QStringLiteral("phoenix"), QStringLiteral("1.8.9")).isEmpty());
        QVERIFY(Advisories::affecting(QStringLiteral("jason"), QStringLiteral("0.1.0")).isEmpty());
        QVERIFY(QByteArray(Advisories::kDate).startsWith("20"));
    }

    void lockFileIsReadWithLines()
    {
        const QByteArray lock =
            "%{\n"
            "  \"phoenix\": {:hex, :phoenix, \"1.7.12\", \"abc\", [:mix], [], \"hexpm\", \"d\"},\n"
            "  \"broken\": {:hex, :broken,\n"
            "  \"dep\": {:git, \"https://example.invalid/dep.git\", \"abc\", []},\n"
            "  \"plug\": {:hex, :plug, \"1.16.0\", \"abc\", [:mix], [], \"hexpm\", \"d\"},\n"
            "}\n";
        const QList<LockedPackage> pkgs = Advisories::readLock(lock);
        QCOMPARE(pkgs.size(), 2);
        QCOMPARE(pkgs[0].name, QStringLiteral("phoenix"));
        QCOMPARE(pkgs[0].version, QStringLiteral("1.7.12"));
        QCOMPARE(pkgs[0].line, 2);
        QCOMPARE(pkgs[1].line, 5);
        QVERIFY(Advisories::readLock("{:hex, :").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdvisories)
#include "tst_advisories.moc"
