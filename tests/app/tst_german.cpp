// SPDX-License-Identifier: MIT
// The window as a German user sees it: the translator the app ships (compiled into
// pwb_app) turns menus, views and texts from non-QObject code into German, and every
// menu keeps its keyboard accelerators unique.
#include "board/boardpage.h"
#include "commandline.h"
#include "common/welcomepage.h"
#include "mainwindow.h"
#include "review/rulecatalog.h"
#include "testing/testspage.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pwb;

namespace {

QStringList texts(const QList<QAction*>& actions)
{
    QStringList out;
    for (const QAction* a : actions) {
        if (!a->isSeparator())
            out << a->text();
    }
    return out;
}

// The letter after a single '&', lower-cased (Qt matches mnemonics without case).
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestGerman : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_de.load(QStringLiteral(":/i18n/phoenix-workbench_de.qm")));
        QCoreApplication::installTranslator(&m_de);
        qputenv("PWB_DEMO_DIR", PWB_DEMO_PROJECT);
    }

    void menusAreGermanWithUniqueAccelerators()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        const QList<QAction*> menus = w.menuBar()->actions();
        const QStringList titles = texts(menus);
        QVERIFY2(titles.startsWith(QStringLiteral("&Datei")), qPrintable(titles.join(u' ')));
        QVERIFY2(titles.contains(QStringLiteral("&Ansicht")), qPrintable(titles.join(u' ')));
        QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(u' ')));
        QCOMPARE(w.identityText(), QStringLiteral("Kein Projekt geöffnet"));

        QStringList all;
        for (const QAction* m : menus) {
            QVERIFY(m->menu());
            const QStringList items = texts(m->menu()->actions());
            all += items;
            QHash<QChar, QString> seen;
            for (const QString& item : items) {
                const QChar c = mnemonic(item);
                if (c.isNull())
                    continue;
                QVERIFY2(!seen.contains(c),
                         qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share &%4")
                                        .arg(m->text(), seen.value(c), item, c)));
                seen.insert(c, item);
            }
        }
        QVERIFY2(all.contains(QStringLiteral("Projekt ö&ffnen…")), qPrintable(all.join(u'|')));
        QVERIFY2(all.contains(QStringLiteral("Tra&ces")), qPrintable(all.join(u'|')));
        QVERIFY2(all.contains(QStringLiteral("Demo-Projekt zu&rücksetzen…")),
                 qPrintable(all.join(u'|')));

        QStringList buttons;
        for (const QAbstractButton* b : w.welcomePage()->findChildren<QAbstractButton*>())
            buttons << b->text();
        QVERIFY2(buttons.contains(QStringLiteral("Projekt öffnen…")),
                 qPrintable(buttons.join(u'|')));
    }

    void viewsOfTheDemoAreGerman()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));

        auto* board = w.findChild<BoardPage*>();
        QVERIFY(board);
        auto* filter = board->findChild<QLineEdit*>(QStringLiteral("taskFilter"));
        QVERIFY(filter);
        QCOMPARE(filter->placeholderText(), QStringLiteral("Aufgaben filtern (Strg+F)"));

        auto* tests = w.findChild<TestsPage*>();
        QVERIFY(tests);
        QCOMPARE(tests->action(QStringLiteral("runAll"))->text(), QStringLiteral("Alle ausführen"));
        QStringList tabs;
        for (const QTabWidget* t : tests->findChildren<QTabWidget*>()) {
            for (int i = 0; i < t->count(); ++i)
                tabs << t->tabText(i);
        }
        QVERIFY2(tabs.contains(QStringLiteral("&Ergebnis")), qPrintable(tabs.join(u'|')));
        QVERIFY2(tabs.contains(QStringLiteral("&Abdeckung")), qPrintable(tabs.join(u'|')));
        QVERIFY2(tabs.contains(QStringLiteral("&Verlauf")), qPrintable(tabs.join(u'|')));
    }

    // Texts of code outside any QObject (Tr::tr) reach the user in German too.
    void textsOutsideQObjectsAreGerman()
    {
        const RuleInfo* rule = RuleCatalog::find(QStringLiteral("security/sql-interpolation"));
        QVERIFY(rule);
        QCOMPARE(rule->title, QStringLiteral("SQL per String-Interpolation gebaut"));
        CommandLine cl = CommandLine::parse({QStringLiteral("phoenix-workbench"),
                                             QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
        QCOMPARE(cl.error, QStringLiteral("--format muss text oder json sein, nicht „xml“"));
    }

    // --lang picks the language before the application exists; a bad code is an error.
    void langOption()
    {
        QByteArray prog("phoenix-workbench"), opt("--lang"), de("de"), eq("--lang=en");
        char* split[] = {prog.data(), opt.data(), de.data()};
        QCOMPARE(CommandLine::languageOf(3, split), QStringLiteral("de"));
        char* joined[] = {prog.data(), eq.data()};
        QCOMPARE(CommandLine::languageOf(2, joined), QStringLiteral("en"));
        char* none[] = {prog.data()};
        QVERIFY(CommandLine::languageOf(1, none).isEmpty());
        QCOMPARE(CommandLine::parse(
                     {QStringLiteral("pwb"), QStringLiteral("--lang"), QStringLiteral("de")})
                     .lang,
                 QStringLiteral("de"));
        QCOMPARE(CommandLine::parse({QStringLiteral("pwb"), QStringLiteral("--lang"),
                                     QStringLiteral("xx-nonsense")})
                     .mode,
                 CommandLine::Mode::Error);
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_de); }

private:
    QTranslator m_de;
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
