// SPDX-License-Identifier: MIT
#include "common/emptystate.h"
#include "project/fileindex.h"
#include "store/database.h"
#include "store/projecttrust.h"
#include "testing/coveragemodel.h"
#include "testing/failurepanel.h"
#include "testing/testhistorychart.h"
#include "testing/testrunmodel.h"
#include "testing/testrunner.h"
#include "testing/testsession.h"
#include "testing/testspage.h"
#include "workspace/project.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace pwb;

Q_DECLARE_METATYPE(TestRunOutcome)

namespace {
QString fixture(const QString& name)
{
    return QStringLiteral(PWB_FIXTURES "/testing/") + name;
}

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(from).relativeFilePath(src);
        if (rel.startsWith(QStringLiteral("_build")))
            continue;
        QDir().mkpath(QFileInfo(to + u'/' + rel).path());
        if (!QFile::copy(src, to + u'/' + rel))
            return false;
    }
    return true;
}

QModelIndex findTest(const QAbstractItemModel* m, const QString& name,
                     const QModelIndex& parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
        if (const QModelIndex found = findTest(m, name, i); found.isValid())
            return found;
    }
    return {};
}

struct Fixture
{
    QTemporaryDir dir;
    Project project;
    std::unique_ptr<Database> db;
    std::unique_ptr<TestsPage> page;

    bool open(const QString& source)
    {
        if (!copyTree(source, dir.path()))
            return false;
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("wb.sqlite")));
        ProjectTrust(db.get()).setTrusted(dir.path(), true);
        page = std::make_unique<TestsPage>(&project);
        page->setDatabase(db.get());
        page->resize(1200, 800);
        page->show();
        QSignalSpy ready(project.files(), &FileIndex::ready);
        return project.open(dir.path()) && (!ready.isEmpty() || ready.wait(10000));
    }

    TestRunOutcome run(const QString& fakeScript, int hangMs = 0)
    {
        page->runner()->setElixir(fixture(QStringLiteral("fake/")) + fakeScript);
        page->runner()->setPollInterval(5);
        QSignalSpy done(page.get(), &TestsPage::runFinished);
        page->runAll();
        if (hangMs > 0)
            page->runner()->setHangTimeout(hangMs);
        if (!done.wait(20000))
            return {};
        return done.first().first().value<TestRunOutcome>();
    }
};
} // namespace

class TestsPageTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<TestRunOutcome>();
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void emptyStateWithoutProject()
    {
        Project project;
        TestsPage page(&project);
        page.show();
        QVERIFY(page.emptyState()->isVisible());
        QVERIFY(page.emptyState()->text().contains(QStringLiteral("Open a project")));
    }

    void untrustedProjectAsksOnce()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        QVERIFY(ProjectTrust(f.db.get()).setTrusted(f.dir.path(), false));
        f.page->runner()->setElixir(fixture(QStringLiteral("fake/events.sh")));
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        // Declined: nothing runs, nothing is remembered.
        int asked = 0;
        auto answer = [&](bool trust) {
            QTimer::singleShot(0, [&asked, trust] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("trustPrompt"));
                QVERIFY(box->text().contains(QStringLiteral("executes this project's code")));
                ++asked;
                for (QAbstractButton* b : box->buttons()) {
                    if ((box->buttonRole(b) == QMessageBox::AcceptRole) == trust) {
                        b->click();
                        return;
                    }
                }
            });
        };
        answer(false);
        f.page->runAll();
        QCOMPARE(asked, 1);
        QVERIFY(!f.page->runner()->isRunning());
        QVERIFY(!ProjectTrust(f.db.get()).isTrusted(f.dir.path()));
        // Accepted: it runs, and the store remembers the folder.
        answer(true);
        QSignalSpy done(f.page.get(), &TestsPage::runFinished);
        f.page->runAll();
        QCOMPARE(asked, 2);
        QVERIFY(done.wait(20000));
        QVERIFY(ProjectTrust(f.db.get()).isTrusted(f.dir.path()));
        f.page->runAll(); // no question this time
        QVERIFY(done.wait(20000));
        QCOMPARE(asked, 2);
        qunsetenv("FAKE_EVENTS");
    }

    void replayedRunFillsEveryPanel()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        QVERIFY(!f.page->emptyState()->isVisible());
        QVERIFY(f.page->summaryText().contains(QStringLiteral("No run yet")));
        QVERIFY(!f.page->action(QStringLiteral("appChooser"))->isVisible()); // not an umbrella
        QCOMPARE(f.page->action(QStringLiteral("runAll"))->shortcut(), QKeySequence(Qt::Key_F5));

        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        const TestRunOutcome o = f.run(QStringLiteral("events.sh"));
        qunsetenv("FAKE_EVENTS");
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);

        const TestRunModel* model = f.page->runModel();
        QCOMPARE(model->counts().failed, 4);
        QVERIFY(f.page->summaryText().contains(QStringLiteral("4 failed")));
        QVERIFY(f.page->summaryText().contains(QStringLiteral("seed 42")));
        QVERIFY(!f.page->logText().contains(QChar(0x1b)));
        QVERIFY(f.page->logText().contains(QStringLiteral("Running ExUnit")));
        QVERIFY(f.page->action(QStringLiteral("runAll"))->isEnabled());
        QVERIFY(!f.page->action(QStringLiteral("cancel"))->isEnabled());

        // The first failure is selected and shown; pick the assertion one.
        QVERIFY(f.page->failurePanel()->currentKey().size() > 0);
        const QModelIndex lists = findTest(model, QStringLiteral("compares lists"));
        QVERIFY(lists.isValid());
        f.page->treeView()->setCurrentIndex(lists);
        FailurePanel* panel = f.page->failurePanel();
        QCOMPARE(f.page->tabs()->currentWidget(), panel);
        const QString html = panel->toHtml();
        QVERIFY(html.contains(QStringLiteral("Assertion")));
        QVERIFY(html.contains(QStringLiteral("background-color"))); // the coloured diff
        QVERIFY(panel->frameLinks().contains(QStringLiteral("test/sample_test.exs:17")));
        QVERIFY(panel->frameLinks().contains(QStringLiteral("test/sample_test.exs:16")));

        QSignalSpy open(f.page.get(), &TestsPage::openFileRequested);
        emit panel->anchorClicked(
            QUrl(QStringLiteral("pwb-open:frame?path=test/sample_test.exs&line=17")));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("test/sample_test.exs"));
        QCOMPARE(open.first().at(1).toInt(), 17);
        // Enter on a tree row opens the test's definition.
        f.page->treeView()->setFocus();
        QTest::keyClick(f.page->treeView(), Qt::Key_Return);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.last().at(1).toInt(), 16);

        // Coverage from the formatter's event, judged against the targets.
        QCOMPARE(f.page->coverageModel()->rowCount(), 2);
        QVERIFY(!f.page->coverageModel()->lineHits(QStringLiteral("lib/sample.ex")).isEmpty());
        QCOMPARE(f.page->historyChart()->pointCount(), 1);

        const QString junit = f.dir.filePath(QStringLiteral("junit.xml"));
        QVERIFY(f.page->exportJUnit(junit));
        QVERIFY(QFileInfo(junit).size() > 100);

        // The run is kept and comes back when the project is opened again.
        QTRY_VERIFY(
            QFile::exists(f.dir.filePath(QStringLiteral(".workbench/last-test-run.jsonl"))));
        Fixture again;
        again.db = nullptr;
        again.page = std::make_unique<TestsPage>(&again.project);
        QSignalSpy ready(again.project.files(), &FileIndex::ready);
        QVERIFY(again.project.open(f.dir.path()));
        QVERIFY(!ready.isEmpty() || ready.wait(10000));
        QTRY_COMPARE(again.page->runModel()->counts().failed, 4);
        QVERIFY(again.page->summaryText().contains(QStringLiteral("restored")));
    }

    void depsMissingOffersDepsGet()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        qputenv("FAKE_LOG", fixture(QStringLiteral("logs/deps_missing_hex.log")).toLocal8Bit());
        const TestRunOutcome o = f.run(QStringLiteral("log.sh"));
        QCOMPARE(o.status, TestRunOutcome::Status::DepsMissing);
        QVERIFY(f.page->bannerText().contains(QStringLiteral("Dependencies are not fetched")));
        QVERIFY(f.page->depsGetButton()->isVisible());
        QSignalSpy done(f.page.get(), &TestsPage::runFinished);
        Q_UNUSED(done);
        QSignalSpy runnerDone(f.page->runner(), &TestRunner::finished);
        QTest::mouseClick(f.page->depsGetButton(), Qt::LeftButton);
        QVERIFY(runnerDone.wait(10000));
        QVERIFY(f.page->runner()->command().contains(QStringLiteral("deps.get")));
        QVERIFY(f.page->bannerText().contains(QStringLiteral("deps.get failed")));
        qunsetenv("FAKE_LOG");
    }

    // The banner of a run that failed to start names the reason mix gave, not only a status.
    void failedStartShowsTheErrorLine()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        qputenv("FAKE_LOG", fixture(QStringLiteral("logs/mkdir_denied.log")).toLocal8Bit());
        const TestRunOutcome o = f.run(QStringLiteral("log.sh"));
        qunsetenv("FAKE_LOG");
        QCOMPARE(o.status, TestRunOutcome::Status::Failed);
        QVERIFY2(f.page->bannerText().contains(QStringLiteral("could not make directory")),
                 qPrintable(f.page->bannerText()));
        QVERIFY(f.page->bannerText().contains(QStringLiteral("permission denied")));
    }

    // A recorded run says so, with its date, and how to make a run here.
    void recordedRunIsCalledRecorded()
    {
        Fixture f;
        QVERIFY(QFile::copy(QStringLiteral(PWB_DEMO_PROJECT "/") +
                                QLatin1StringView(TestSession::kRecordedRunFile),
                            f.dir.filePath(QLatin1StringView(TestSession::kRecordedRunFile))));
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        QTRY_VERIFY2(f.page->summaryText().contains(QStringLiteral("recorded run from")),
                     qPrintable(f.page->summaryText()));
        QVERIFY(f.page->summaryText().contains(QStringLiteral("F5")));
        QVERIFY(f.page->summaryText().contains(QLocale().toString(
            QDateTime(QDate(2026, 12, 5), QTime(10, 6, 57), Qt::UTC).toLocalTime(),
            QLocale::ShortFormat)));
    }

    // A stale _build: the banner and the Coverage tab name the cause and the fix.
    void staleBuildCoverageIsExplained()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_stale_build.jsonl")).toLocal8Bit());
        qputenv("FAKE_LOG", fixture(QStringLiteral("logs/stale_build_cover.log")).toLocal8Bit());
        const TestRunOutcome o = f.run(QStringLiteral("events_log.sh"));
        qunsetenv("FAKE_EVENTS");
        qunsetenv("FAKE_LOG");
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        QVERIFY2(f.page->bannerText().contains(QStringLiteral("no_source_code_found")),
                 qPrintable(f.page->bannerText()));
        QVERIFY(f.page->bannerText().contains(QStringLiteral("mix clean")));
        auto* summary = f.page->findChild<QLabel*>(QStringLiteral("coverageSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("compiled under another path")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("Delete _build")));
    }

    // Issue 20: a run whose record cannot be kept says so in the view, with the file and why.
    void refusedWriteOfTheLastRunIsShownWithPathAndReason()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        const QString lastRun = f.dir.filePath(QStringLiteral(".workbench/last-test-run.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(lastRun).path()));
        {
            QFile out(lastRun);
            QVERIFY(out.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::setPermissions(lastRun, QFile::ReadOwner | QFile::ReadGroup));
        QVERIFY(f.page->writeProblemText().isEmpty());
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        const TestRunOutcome o = f.run(QStringLiteral("events.sh"));
        qunsetenv("FAKE_EVENTS");
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        QTRY_VERIFY(!f.page->writeProblemText().isEmpty());
        const QString text = f.page->writeProblemText();
        QVERIFY2(text.contains(QStringLiteral("last-test-run.jsonl")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("read-only")), qPrintable(text));
        auto* bar = f.page->findChild<QLabel*>(QStringLiteral("testsWriteProblem"));
        QVERIFY(bar && bar->isVisible());
    }

    void compileErrorsAreLocatedAndOpen()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        qputenv("FAKE_LOG", fixture(QStringLiteral("logs/compile_error.log")).toLocal8Bit());
        const TestRunOutcome o = f.run(QStringLiteral("log.sh"));
        qunsetenv("FAKE_LOG");
        QCOMPARE(o.status, TestRunOutcome::Status::CompileError);
        QVERIFY(f.page->bannerText().contains(QStringLiteral("does not compile")));
        QListWidget* problems = f.page->problems();
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->count(), 2);
        QSignalSpy open(f.page.get(), &TestsPage::openFileRequested);
        problems->setCurrentRow(0);
        QTest::keyClick(problems, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("lib/broken.ex"));
        QCOMPARE(open.first().at(1).toInt(), 3);
    }

    void hungRunCanBeStopped()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        f.page->runner()->setElixir(fixture(QStringLiteral("fake/hang.sh")));
        QSignalSpy hung(f.page->runner(), &TestRunner::hung);
        QSignalSpy done(f.page.get(), &TestsPage::runFinished);
        f.page->runAll();
        f.page->runner()->setHangTimeout(300);
        QVERIFY(f.page->action(QStringLiteral("cancel"))->isEnabled());
        QVERIFY(!f.page->action(QStringLiteral("runAll"))->isEnabled());
        QVERIFY(hung.wait(10000));
        QVERIFY(f.page->bannerText().contains(QStringLiteral("hung")));
        auto* stop = f.page->findChild<QPushButton*>(QStringLiteral("stopHung"));
        QVERIFY(stop && stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<TestRunOutcome>().status,
                 TestRunOutcome::Status::Cancelled);
        QVERIFY(f.page->bannerText().contains(QStringLiteral("stopped")));
    }

    void watchModeRerunsStaleOnSave()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        qputenv("FAKE_EVENTS", fixture(QStringLiteral("events/shop_seed1.jsonl")).toLocal8Bit());
        f.page->runner()->setElixir(fixture(QStringLiteral("fake/events.sh")));
        QSignalSpy started(f.page->runner(), &TestRunner::started);
        QSignalSpy done(f.page.get(), &TestsPage::runFinished);
        f.page->action(QStringLiteral("watch"))->trigger();
        QVERIFY(f.page->action(QStringLiteral("watch"))->isChecked());
        QVERIFY(started.isEmpty());
        QFile src(f.dir.filePath(QStringLiteral("lib/sample.ex")));
        QVERIFY(src.open(QIODevice::Append));
        src.write("# saved\n");
        src.close();
        QVERIFY(started.wait(10000));
        QVERIFY(f.page->runner()->command().contains(QStringLiteral("--stale")));
        QVERIFY(done.wait(20000));
        QCOMPARE(started.size(), 1); // debounced: one save, one run
        f.page->setWatchMode(false);
        QVERIFY(!f.page->action(QStringLiteral("watch"))->isChecked());
        qunsetenv("FAKE_EVENTS");
    }

    void coverageFilesOfTheProjectAreShown()
    {
        QTemporaryDir src;
        QVERIFY(copyTree(fixture(QStringLiteral("sample_project")), src.path()));
        QDir(src.path()).mkpath(QStringLiteral("cover"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("coverage/excoveralls.json")),
                            src.filePath(QStringLiteral("cover/excoveralls.json"))));
        Fixture f;
        QVERIFY(f.open(src.path()));
        QTRY_COMPARE(f.page->coverageModel()->rowCount(), 3);
        QCOMPARE(f.page->coverageModel()->lineHits(QStringLiteral("lib/shop/cart.ex")).value(2), 3);
    }

    void darkPalette()
    {
        Fixture f;
        QVERIFY(f.open(fixture(QStringLiteral("sample_project"))));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        f.page->setPalette(dark);
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        QCOMPARE(f.run(QStringLiteral("events.sh")).status, TestRunOutcome::Status::TestsFailed);
        qunsetenv("FAKE_EVENTS");
        const QString diff =
            FailurePanel::diffHtml(QStringLiteral("[1, 2, 3]"), QStringLiteral("[1, 2, 4]"), true);
        QVERIFY(diff.contains(QStringLiteral("#7a2a2a")));
        QVERIFY(f.page->failurePanel()->toHtml().contains(QStringLiteral("#")));
        QVERIFY(!f.page->grab().isNull());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestsPageTest)
#include "tst_testspage.moc"
