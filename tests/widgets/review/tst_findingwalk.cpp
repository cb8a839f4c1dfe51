// SPDX-License-Identifier: MIT
// Issue 19.5: F8 stayed in one file and did nothing in a file with one finding or none.
// F8 / Shift+F8 walk every finding the table's filters show, across files, opening each.
#include "editor/codeeditor.h"
#include "review/findingsmodel.h"
#include "review/findingspanel.h"
#include "review/reviewpage.h"
#include "review/triagestore.h"
#include "workspace/project.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace pwb;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Finding at(const QString& path, int line, Finding::Severity severity)
{
    Finding f;
    f.id = path + u':' + QString::number(line);
    f.fingerprint = f.id;
    f.rule = QStringLiteral("debug/io-inspect");
    f.path = path;
    f.line = line;
    f.column = 3;
    f.endLine = line;
    f.endColumn = 8;
    f.severity = severity;
    f.message = QStringLiteral("finding at %1").arg(f.id);
    f.tool = QStringLiteral("workbench");
    return f;
}

int cursorLine(CodeEditor* e)
{
    return e->textCursor().blockNumber() + 1;
}

} // namespace

class TestFindingWalk : public QObject
{
    Q_OBJECT
private slots:
    void f8WalksAcrossFiles()
    {
        QTemporaryDir dir;
        const QByteArray text = "defmodule X do\n  a = 1\n  b = 2\n  c = 3\n  d = 4\nend\n";
        for (const char* f : {"lib/a.ex", "lib/b.ex", "lib/c.ex", "lib/none.ex"})
            QVERIFY(write(dir.filePath(QString::fromLatin1(f)), text));
        Project project;
        ReviewPage page(&project);
        TriageStore store;
        FindingsModel model;
        model.setTriageStore(&store);
        page.setFindingsModel(&model);
        page.resize(1024, 640);
        page.show();
        QVERIFY(project.open(dir.path()));
        // a.ex: one finding; b.ex: none; c.ex: two, one of them low.
        model.setFindings(QStringLiteral("analyzer"), QStringLiteral("lib/a.ex"),
                          {at(QStringLiteral("lib/a.ex"), 3, Finding::Severity::High)});
        model.setFindings(QStringLiteral("analyzer"), QStringLiteral("lib/c.ex"),
                          {at(QStringLiteral("lib/c.ex"), 2, Finding::Severity::Medium),
                           at(QStringLiteral("lib/c.ex"), 5, Finding::Severity::Low)});
        QCOMPARE(page.findingsPanel()->shownFindings().size(), 3);

        // From a file without findings F8 opens the first one the table shows.
        CodeEditor* none = page.openFile(QStringLiteral("lib/none.ex"), 1);
        QTRY_VERIFY(!none->isLoading());
        QCOMPARE(page.goToNextFinding(), QStringLiteral("lib/a.ex:3"));
        QTRY_COMPARE(page.currentEditor()->relativePath(), QStringLiteral("lib/a.ex"));
        QTRY_COMPARE(cursorLine(page.currentEditor()), 3);
        Finding current;
        QVERIFY(page.findingsPanel()->currentFinding(&current));
        QCOMPARE(current.id, QStringLiteral("lib/a.ex:3"));
        // One finding in a.ex: F8 goes on to the next file, through the key.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(page.currentEditor(), Qt::Key_F8);
        QTRY_COMPARE(page.currentEditor()->relativePath(), QStringLiteral("lib/c.ex"));
        QTRY_COMPARE(cursorLine(page.currentEditor()), 2);
        QTest::keyClick(page.currentEditor(), Qt::Key_F8);
        QTRY_COMPARE(cursorLine(page.currentEditor()), 5);
        // wraps to the first
        QTest::keyClick(page.currentEditor(), Qt::Key_F8);
        QTRY_COMPARE(page.currentEditor()->relativePath(), QStringLiteral("lib/a.ex"));
        // Shift+F8 walks back across files
        QTest::keyClick(page.currentEditor(), Qt::Key_F8, Qt::ShiftModifier);
        QTRY_COMPARE(page.currentEditor()->relativePath(), QStringLiteral("lib/c.ex"));
        QTRY_COMPARE(cursorLine(page.currentEditor()), 5);
        QTest::keyClick(page.currentEditor(), Qt::Key_F8, Qt::ShiftModifier);
        QTRY_COMPARE(cursorLine(page.currentEditor()), 2);
        QTest::keyClick(page.currentEditor(), Qt::Key_F8, Qt::ShiftModifier);
        QTRY_COMPARE(page.currentEditor()->relativePath(), QStringLiteral("lib/a.ex"));

        // The walk follows the table's filter: without low findings c.ex:5 is skipped.
        page.findingsPanel()->severityButton(Finding::Severity::Low)->setChecked(false);
        QCOMPARE(page.findingsPanel()->shownFindings().size(), 2);
        QCOMPARE(page.goToNextFinding(), QStringLiteral("lib/c.ex:2"));
        QCOMPARE(page.goToNextFinding(), QStringLiteral("lib/a.ex:3"));
        page.findingsPanel()->textFilter()->setText(QStringLiteral("nothing matches this"));
        QCOMPARE(page.goToNextFinding(), QString());
    }

    // Issue 19.7: "Preview Fix…" was offered for findings without a fix.
    void previewFixOnlyWhereThereIsAFix()
    {
        Project project;
        ReviewPage page(&project);
        TriageStore store;
        FindingsModel model;
        model.setTriageStore(&store);
        page.setFindingsModel(&model);
        Finding withFix = at(QStringLiteral("lib/a.ex"), 2, Finding::Severity::High);
        Replacement r;
        r.path = withFix.path;
        r.line = 2;
        r.column = 1;
        r.endLine = 2;
        r.endColumn = 3;
        r.newText = QStringLiteral("  ");
        withFix.replacements = {r};
        const Finding without = at(QStringLiteral("lib/a.ex"), 4, Finding::Severity::High);
        model.setFindings(QStringLiteral("analyzer"), QStringLiteral("lib/a.ex"),
                          {withFix, without});
        FindingsPanel* panel = page.findingsPanel();
        QVERIFY(!panel->previewFixAction()->isVisible());
        QVERIFY(panel->selectFinding(without.id));
        QVERIFY(!panel->previewFixAction()->isVisible());
        QVERIFY(panel->selectFinding(withFix.id));
        QVERIFY(panel->previewFixAction()->isVisible());
        QVERIFY(panel->selectFinding(without.id));
        QVERIFY(!panel->previewFixAction()->isVisible());
    }
};

QTEST_MAIN(TestFindingWalk)
#include "tst_findingwalk.moc"
