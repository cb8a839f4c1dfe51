// SPDX-License-Identifier: MIT
// Tests in the editor, on the demo with its recorded run: a run marker per test and
// describe, the last result on each, the failed assertion's message at the failing line,
// and a click on a marker (or F5 in the editor) running that test through the Tests view.
#include "editor/codeeditor.h"
#include "editor/linenumberarea.h"
#include "project/fileindex.h"
#include "review/reviewpage.h"
#include "store/database.h"
#include "store/projecttrust.h"
#include "testing/testeventparser.h"
#include "testing/testmarkersource.h"
#include "testing/testrunner.h"
#include "testing/testsession.h"
#include "testing/testspage.h"
#include "workspace/project.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace pwb;

Q_DECLARE_METATYPE(TestRunOutcome)

namespace {
const QString kPricing = QStringLiteral("apps/shop/test/shop/pricing_test.exs");

QList<TestEvent> recordedRun()
{
    QFile f(QStringLiteral(PWB_FIXTURES "/testing/events/shop_seed1.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    TestEventParser parser(f.fileName());
    QList<TestEvent> events = parser.feed(f.readAll());
    return events << parser.finish();
}

using State = EditorTestMarker::State;
using Kind = EditorTestMarker::Kind;
} // namespace

class TestTestMarkers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<TestRunOutcome>();
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void demoRunInThePricingTests()
    {
        Project project;
        Database db(m_settings.filePath(QStringLiteral("wb.sqlite")));
        ProjectTrust(&db).setTrusted(QStringLiteral(PWB_DEMO_PROJECT), true);
        TestsPage tests(&project);
        tests.setDatabase(&db);
        // The demo is the source tree's: nothing of this test's runs may stay in it.
        tests.session()->setKeepState(false);
        ReviewPage review(&project);
        TestMarkerSource markers(&tests);
        review.setTestMarkerProvider(&markers);
        review.resize(1200, 800);
        review.show();
        QSignalSpy ready(project.files(), &FileIndex::ready);
        QVERIFY(project.open(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(!ready.isEmpty() || ready.wait(10000));

        CodeEditor* editor = review.openFile(kPricing);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isLoading() && !editor->testMarkers().isEmpty(), 10000);
        // Before any run: every test and describe has a marker, none with a result.
        QCOMPARE(editor->testMarkers().size(), 13);
        for (const EditorTestMarker& m : editor->testMarkers())
            QCOMPARE(m.state, State::NotRun);
        QVERIFY(editor->gutterLayout().runX >= 0);

        // The demo's last run arrives: results on the markers, the failure inline.
        tests.showRun(recordedRun(), QStringLiteral("shop"), QStringLiteral("apps/shop"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->testMarkerAt(18)->state, State::Failed, 5000);
        QCOMPARE(editor->testMarkerAt(11)->state, State::Passed);
        QCOMPARE(editor->testMarkerAt(17)->kind, Kind::Describe);
        QCOMPARE(editor->testMarkerAt(17)->state, State::Failed);
        QCOMPARE(editor->testMarkerAt(10)->state, State::Passed);
        QCOMPARE(editor->testMarkerAt(18)->failureLine, 20);
        QCOMPARE(editor->testMarkerAt(18)->failureMessage,
                 QStringLiteral("Assertion with == failed (left: 8500, right: 8550)"));
        QVERIFY(!editor->testMarkerAt(20));
        // The gutter says what a click does and how the test went.
        auto* gutter = editor->findChild<LineNumberArea*>();
        QVERIFY(gutter);
        const int lineH = editor->fontMetrics().height();
        const QRect block =
            editor->cursorRect(QTextCursor(editor->document()->findBlockByNumber(17)));
        const QPoint onMarker(editor->gutterLayout().runX + lineH / 2, block.center().y());
        const QString tip = editor->gutterToolTip(onMarker);
        QVERIFY2(tip.contains(QStringLiteral("stacks a percentage")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("failed")));
        // The failure is painted at line 20 (a grab paints without error, with the marker).
        QVERIFY(!editor->grab().isNull());

        // Edits move the markers with the text.
        QTextCursor c(editor->document()->findBlockByNumber(0));
        c.insertText(QStringLiteral("\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            editor->testMarkerAt(18) && editor->testMarkerAt(18)->kind == Kind::Describe, 3000);
        QCOMPARE(editor->testMarkerAt(19)->kind, Kind::Test);
        editor->document()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(
            editor->testMarkerAt(18) && editor->testMarkerAt(18)->kind == Kind::Test, 3000);

        // A click on the marker runs that test: `mix test apps/shop/...:18` from the app.
        tests.runner()->setElixir(QStringLiteral(PWB_FIXTURES "/testing/fake/events.sh"));
        tests.runner()->setPollInterval(5);
        qputenv("FAKE_EVENTS", PWB_FIXTURES "/testing/events/shop_seed1.jsonl");
        QSignalSpy finished(&tests, &TestsPage::runFinished);
        QTest::mouseClick(gutter, Qt::LeftButton, {}, onMarker);
        QVERIFY(finished.wait(20000));
        TestRunOptions o = tests.runner()->options();
        QCOMPARE(o.scope, TestRunOptions::Scope::FileLine);
        QCOMPARE(o.file, kPricing);
        QCOMPARE(o.line, 18);
        QCOMPARE(o.appPath, QStringLiteral("apps/shop"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->testMarkerAt(18)->state, State::Failed, 5000);

        // F5 in the editor runs the test around the cursor (here: inside line 26-28's test).
        editor->goToLine(27);
        QAction* run = review.findChild<QAction*>(QStringLiteral("runTestAtCursor"));
        QVERIFY(run);
        QCOMPARE(run->shortcut(), QKeySequence(Qt::Key_F5));
        QSignalSpy again(&tests, &TestsPage::runFinished);
        run->trigger();
        QVERIFY(again.wait(20000));
        QCOMPARE(tests.runner()->options().line, 25);
        qunsetenv("FAKE_EVENTS");
    }

    void notATestFile()
    {
        Project project;
        TestsPage tests(&project);
        TestMarkerSource markers(&tests);
        QVERIFY(markers
                    .testMarkers(QStringLiteral("apps/shop/lib/shop/pricing.ex"),
                                 QStringLiteral("defmodule X do\n  test \"a\" do\n  end\nend\n"))
                    .isEmpty());
        QCOMPARE(markers
                     .testMarkers(QStringLiteral("test/x_test.exs"),
                                  QStringLiteral("defmodule X do\n  test \"a\" do\n  end\nend\n"))
                     .size(),
                 1);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestTestMarkers)
#include "tst_testmarkers.moc"
