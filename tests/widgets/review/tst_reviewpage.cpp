// SPDX-License-Identifier: MIT
#include "editor/codeeditor.h"
#include "editor/findbar.h"
#include "mainwindow.h"
#include "review/findingsfiltermodel.h"
#include "review/findingsgroupmodel.h"
#include "review/findingsmodel.h"
#include "review/findingspanel.h"
#include "review/reviewpage.h"
#include "review/triagestore.h"
#include "testgitrepo.h"
#include "vcs/changedlinesfiltermodel.h"
#include "vcs/vcscontext.h"
#include "workspace/project.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace pwb;

namespace {

const QByteArray kCart = "defmodule Shop.Cart do\n"        // 1
                         "  import Ecto.Query\n"           // 2
                         "  def all(q), do: Repo.all(q)\n" // 3
                         "\n"                              // 4
                         "  def find(id) do\n"             // 5
                         "    IO.inspect(id)\n"            // 6
                         "    Repo.get(Item, id)\n"        // 7
                         "  end\n"                         // 8
                         "end\n";                          // 9

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Finding finding(const QString& id, const QString& rule, int line, int column, int endColumn,
                Finding::Severity severity, const QString& message)
{
    Finding f;
    f.id = id;
    f.fingerprint = id;
    f.rule = rule;
    f.path = QStringLiteral("lib/cart.ex");
    f.line = line;
    f.column = column;
    f.endLine = line;
    f.endColumn = endColumn;
    f.severity = severity;
    f.message = message;
    f.why = QStringLiteral("Why it matters.");
    f.fix = QStringLiteral("Do it differently.");
    f.tool = QStringLiteral("workbench");
    return f;
}

Findings cartFindings()
{
    Finding inspect = finding(QStringLiteral("f-inspect"), QStringLiteral("debug/io-inspect"), 6, 5,
                              15, Finding::Severity::Low, QStringLiteral("IO.inspect left in"));
    Replacement remove;
    remove.path = inspect.path;
    remove.line = 6;
    remove.column = 1;
    remove.endLine = 7;
    remove.endColumn = 1;
    remove.newText = QString();
    inspect.replacements = {remove};
    Finding all = finding(QStringLiteral("f-all"), QStringLiteral("ecto/unbounded-query"), 3, 19,
                          30, Finding::Severity::High, QStringLiteral("Unbounded Repo.all"));
    Replacement timeout;
    timeout.path = all.path;
    timeout.line = 3;
    timeout.column = 28;
    timeout.endLine = 3;
    timeout.endColumn = 29;
    timeout.newText = QStringLiteral("q, limit: 100");
    all.replacements = {timeout};
    const Finding get = finding(QStringLiteral("f-get"), QStringLiteral("ecto/get-nil"), 7, 5, 13,
                                Finding::Severity::Medium, QStringLiteral("Repo.get may be nil"));
    return {inspect, all, get};
}

struct Fixture
{
    QTemporaryDir dir;
    Project project;
    ReviewPage page{&project};
    // Findings set by hand, apart from what the project's own analysis finds.
    TriageStore store;
    FindingsModel model;
    Fixture()
    {
        model.setTriageStore(&store);
        page.setFindingsModel(&model);
    }

    bool open()
    {
        QSignalSpy refreshed(project.vcs(), &VcsContext::refreshed);
        if (!project.open(dir.path()))
            return false;
        return refreshed.wait(10000);
    }
    CodeEditor* openCart(int line = 0)
    {
        CodeEditor* e = page.openFile(QStringLiteral("lib/cart.ex"), line);
        if (e->isLoading()) {
            QSignalSpy loaded(e, &CodeEditor::loaded);
            if (!loaded.wait(10000))
                return nullptr;
        }
        return e;
    }
};

} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT
private slots:
    void fileShowsItsFindingsAtTheRightLines()
    {
        Fixture fx;
        QVERIFY(write(fx.dir.filePath(QStringLiteral("lib/cart.ex")), kCart));
        FindingsPanel* panel = fx.page.findingsPanel();
        QAbstractItemModelTester t1(panel->changedFilter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(panel->groupModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(fx.open());
        fx.page.resize(1000, 700);
        fx.page.show();
        fx.page.findingsModel()->setFindings(QStringLiteral("analyzer"),
                                             QStringLiteral("lib/cart.ex"), cartFindings());
        CodeEditor* editor = fx.openCart();
        QVERIFY(editor);
        QCOMPARE(editor->annotationsOnLine(3).size(), 1);
        QCOMPARE(editor->annotationsOnLine(3).first().message,
                 QStringLiteral("Unbounded Repo.all"));
        QCOMPARE(editor->annotationsOnLine(6).first().rule, QStringLiteral("debug/io-inspect"));
        QCOMPARE(editor->annotationsOnLine(7).first().severity, EditorAnnotation::Severity::Medium);
        QVERIFY(editor->annotationsOnLine(5).isEmpty());
        QCOMPARE(editor->annotationCursor(QStringLiteral("f-all")).selectedText(),
                 QStringLiteral("Repo.all(q)"));
        QCOMPARE(editor->annotationCursor(QStringLiteral("f-inspect")).selectedText(),
                 QStringLiteral("IO.inspect"));
        QVERIFY(editor->lineToolTip(3).contains(QStringLiteral("ecto/unbounded-query")));
        QVERIFY(editor->lineToolTip(3).contains(QStringLiteral("Do it differently.")));

        // the panel: grouped by file, then by rule, then flat
        FindingsGroupModel* groups = panel->groupModel();
        QCOMPARE(groups->rowCount(), 1);
        QCOMPARE(groups->rowCount(groups->index(0, 0)), 3);
        QVERIFY(groups->index(0, 0).data().toString().startsWith(QStringLiteral("lib/cart.ex")));
        const QModelIndex first = groups->index(0, FindingsModel::FileColumn, groups->index(0, 0));
        QCOMPARE(first.data().toString(), QStringLiteral("lib/cart.ex:3"));
        QVERIFY(!groups->index(0, FindingsModel::SeverityColumn, groups->index(0, 0))
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        panel->groupingBox()->setCurrentIndex(1); // by rule
        QCOMPARE(groups->rowCount(), 3);
        panel->groupingBox()->setCurrentIndex(2); // flat
        QCOMPARE(groups->rowCount(), 3);
        QCOMPARE(groups->rowCount(groups->index(0, 0)), 0);
        panel->groupingBox()->setCurrentIndex(0);

        // filters of the model
        panel->severityButton(Finding::Severity::Low)->setChecked(false);
        QCOMPARE(groups->rowCount(groups->index(0, 0)), 2);
        panel->severityButton(Finding::Severity::Low)->setChecked(true);
        panel->textFilter()->setText(QStringLiteral("nil"));
        QCOMPARE(groups->rowCount(groups->index(0, 0)), 1);
        panel->textFilter()->clear();

        // status bar text
        QCOMPARE(fx.page.severityCountsText(), QStringLiteral("● 1 High   ▲ 1 Medium   ■ 1 Low"));

        // selecting a finding opens the file at its span
        editor->goToLine(1);
        const QModelIndex getRow = groups->index(2, 0, groups->index(0, 0));
        QCOMPARE(groups->mapToSource(getRow).data(FindingsModel::RuleRole).toString(),
                 QStringLiteral("ecto/get-nil"));
        QSignalSpy activated(panel, &FindingsPanel::findingActivated);
        panel->view()->setCurrentIndex(getRow);
        emit panel->view()->activated(getRow);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("Repo.get"));
        QCOMPARE(editor->textCursor().blockNumber(), 6);

        // triage from the keyboard: F marks false positive; it leaves the table and the editor
        panel->view()->setFocus();
        QAction* fp = panel->view()->findChild<QAction*>(QStringLiteral("triage-false_positive"));
        QVERIFY(fp);
        QCOMPARE(fp->shortcut(), QKeySequence(Qt::Key_F));
        fp->trigger();
        QCOMPARE(groups->rowCount(groups->index(0, 0)), 2);
        QVERIFY(editor->annotationsOnLine(7).isEmpty());
        QCOMPARE(fx.page.severityCountsText(), QStringLiteral("● 1 High   ▲ 0 Medium   ■ 1 Low"));

        // F8 / Shift+F8 through the page's shortcuts
        fx.page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&fx.page));
        editor->setFocus();
        editor->goToLine(1);
        QTest::keyClick(editor, Qt::Key_F8);
        QCOMPARE(editor->textCursor().blockNumber(), 2);
        QTest::keyClick(editor, Qt::Key_F8);
        QCOMPARE(editor->textCursor().blockNumber(), 5);
        QTest::keyClick(editor, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(editor->textCursor().blockNumber(), 2);
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(fx.page.findBar()->isVisible());
    }

    void applyingAFixChangesExactlyTheSpanAndCanBeUndone()
    {
        Fixture fx;
        const QString path = fx.dir.filePath(QStringLiteral("lib/cart.ex"));
        QVERIFY(write(path, kCart));
        QVERIFY(fx.open());
        fx.page.setRechecker(nullptr); // first without re-analysis: the fixed finding is dropped
        fx.page.findingsModel()->setFindings(QStringLiteral("analyzer"),
                                             QStringLiteral("lib/cart.ex"), cartFindings());
        CodeEditor* editor = fx.openCart();
        QVERIFY(editor);
        const Finding all = cartFindings().at(1);
        QString error;
        const QString diff = fx.page.fixPreview(all, &error);
        QVERIFY2(diff.contains(QStringLiteral("-  def all(q), do: Repo.all(q)\n")),
                 qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("+  def all(q), do: Repo.all(q, limit: 100)\n")));
        QVERIFY(diff.startsWith(QStringLiteral("--- a/lib/cart.ex\n+++ b/lib/cart.ex\n")));

        QSignalSpy applied(&fx.page, &ReviewPage::fixApplied);
        QVERIFY2(fx.page.applyFix(all, &error), qPrintable(error));
        QByteArray expected = kCart;
        expected.replace("Repo.all(q)", "Repo.all(q, limit: 100)");
        QCOMPARE(editor->toPlainText().toUtf8(), expected); // exactly the span changed
        QVERIFY(applied.wait(5000));
        QCOMPARE(applied.first().at(0).toString(), QStringLiteral("f-all"));
        QCOMPARE(applied.first().at(1).toBool(), false);
        QCOMPARE(read(path), expected); // saved
        QVERIFY(!editor->document()->isModified());
        QCOMPARE(fx.page.findingsModel()->rowForId(QStringLiteral("f-all")), -1);
        QCOMPARE(fx.page.findingsModel()->count(), 2);
        QCOMPARE(QDir(fx.dir.filePath(QStringLiteral("lib"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("cart.ex")});

        editor->undo(); // one step back to the original text
        QCOMPARE(editor->toPlainText().toUtf8(), kCart);
        QVERIFY(editor->document()->isModified());
        // a fix for unsaved text is refused rather than misplaced
        QVERIFY(!fx.page.applyFix(cartFindings().at(0), &error));
        QVERIFY(error.contains(QStringLiteral("Save")));
        editor->redo();
        QCOMPARE(editor->toPlainText().toUtf8(), expected);
        QVERIFY(!editor->document()->isModified());

        // with a rechecker, the file is analysed again after the fix
        fx.page.setRechecker([](const QString& p, const QByteArray& text) {
            Findings out;
            if (text.contains("IO.inspect")) { // the rule still fires
                Finding f = finding(QStringLiteral("again"), QStringLiteral("debug/io-inspect"), 6,
                                    5, 15, Finding::Severity::Low, QStringLiteral("still there"));
                f.path = p;
                out << f;
            }
            return out;
        });
        Finding noop = cartFindings().at(0);
        noop.replacements.first().endLine = 6; // a no-op edit: the rule keeps firing
        noop.replacements.first().endColumn = 1;
        applied.clear();
        QVERIFY2(fx.page.applyFix(noop, &error), qPrintable(error));
        QVERIFY(applied.wait(5000));
        QCOMPARE(applied.first().at(1).toBool(), true);
        QCOMPARE(fx.page.findingsModel()->count(), 1);
        QCOMPARE(fx.page.findingsModel()->finding(0).message, QStringLiteral("still there"));
    }

    void theEnginesFindingsAndFixesEndToEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib/shop/names.ex"));
        const QByteArray code = "defmodule Shop.Names do\n"
                                "  @moduledoc \"Names.\"\n"
                                "  @doc \"Atom for a name.\"\n"
                                "  def to_key(name), do: String.to_atom(name)\n"
                                "end\n";
        QVERIFY(write(path, code));
        Project project;
        ReviewPage page(&project); // on the project's own findings and the rule engine
        QVERIFY(project.open(dir.path()));
        FindingsModel* model = page.findingsModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->count() > 0, 20000);
        Finding atom;
        for (int r = 0; r < model->count(); ++r) {
            if (model->finding(r).rule == u"security/string-to-atom")
                atom = model->finding(r);
        }
        QVERIFY2(atom.hasMechanicalFix(), "the rule offers a replacement");
        QCOMPARE(atom.line, 4);
        CodeEditor* editor = page.showFinding(atom);
        QSignalSpy loaded(editor, &CodeEditor::loaded);
        QVERIFY(!editor->isLoading() || loaded.wait(10000));
        QVERIFY(!editor->annotationsOnLine(4).isEmpty());
        QVERIFY(editor->textCursor().selectedText().contains(QStringLiteral("to_atom")));
        QVERIFY(page.fixPreview(atom).contains(
            QStringLiteral("+  def to_key(name), do: String.to_existing_atom(name)")));
        QSignalSpy applied(&page, &ReviewPage::fixApplied);
        QString error;
        QVERIFY2(page.applyFix(atom, &error), qPrintable(error));
        QVERIFY(applied.wait(10000));
        QCOMPARE(applied.first().at(1).toBool(), false); // re-checked: the rule is quiet now
        QByteArray fixed = code;
        fixed.replace("String.to_atom", "String.to_existing_atom");
        QCOMPARE(read(path), fixed);
        for (int r = 0; r < model->count(); ++r)
            QVERIFY(model->finding(r).rule != u"security/string-to-atom");
        editor->undo();
        QCOMPARE(editor->toPlainText().toUtf8(), code);
    }

    void onlyMyChangesUsesTheMergeBase()
    {
        Fixture fx;
        TestGitRepo git(fx.dir.path());
        git.write(QStringLiteral("lib/cart.ex"), kCart);
        git.commit(QStringLiteral("Cart"));
        git.createBranch(QStringLiteral("feature"));
        git.checkout(QStringLiteral("feature"));
        QByteArray changed = kCart;
        changed.replace("IO.inspect(id)", "IO.inspect(id, label: \"id\")");
        git.write(QStringLiteral("lib/cart.ex"), changed);
        git.commit(QStringLiteral("Label the inspect"));
        QVERIFY2(git.ok(), qPrintable(git.error()));
        QVERIFY(fx.open());
        QVERIFY(fx.page.gitStatusText().startsWith(QStringLiteral("feature · ")));
        QVERIFY(fx.page.gitStatusText().contains(QStringLiteral("Label the inspect")));

        fx.page.findingsModel()->setFindings(QStringLiteral("analyzer"),
                                             QStringLiteral("lib/cart.ex"), cartFindings());
        FindingsPanel* panel = fx.page.findingsPanel();
        QVERIFY(panel->onlyMyChanges()->isEnabled());
        QCOMPARE(panel->changedFilter()->rowCount(), 3);
        panel->onlyMyChanges()->setChecked(true);
        QCOMPARE(panel->changedFilter()->rowCount(), 1);
        QCOMPARE(panel->changedFilter()->index(0, 0).data(FindingsModel::RuleRole).toString(),
                 QStringLiteral("debug/io-inspect"));
        panel->onlyMyChanges()->setChecked(false);
        QCOMPARE(panel->changedFilter()->rowCount(), 3);

        // the editor marks the changed line in its gutter
        CodeEditor* editor = fx.openCart();
        QVERIFY(editor);
        QVERIFY(editor->lineChanges().rangeAt(6));
        QCOMPARE(editor->lineChanges().rangeAt(6)->kind, LineRange::Kind::Modified);
        QVERIFY(!editor->lineChanges().rangeAt(7));

        // uncommitted work counts too once saved
        QTextCursor c(editor->document()->findBlockByNumber(2));
        c.insertText(QStringLiteral("  # cached\n"));
        QSignalSpy refreshed(fx.project.vcs(), &VcsContext::refreshed);
        editor->save();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(editor->lineChanges().rangeAt(3));
        QCOMPARE(editor->lineChanges().rangeAt(3)->kind, LineRange::Kind::Added);

        // blame reaches the tooltip of a finding's line
        QTRY_VERIFY(fx.project.vcs()->blame(QStringLiteral("lib/cart.ex")) != nullptr ||
                    (fx.project.vcs()->requestBlame(QStringLiteral("lib/cart.ex")), false));
        QVERIFY(editor->lineToolTip(8).contains(QStringLiteral("Ada Lovelace")));
    }

    void notARepositoryDisablesTheChangesFilterWithAMessage()
    {
        Fixture fx;
        QVERIFY(write(fx.dir.filePath(QStringLiteral("lib/cart.ex")), kCart));
        QVERIFY(fx.open());
        QVERIFY(!fx.page.findingsPanel()->onlyMyChanges()->isEnabled());
        QVERIFY(fx.page.gitStatusText().contains(QStringLiteral("Not a git repository")));
        const auto* note =
            fx.page.findingsPanel()->findChild<QLabel*>(QStringLiteral("findingsNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("git repository")));
    }

    void unsavedTabsAreMarkedAndAskBeforeClosing()
    {
        Fixture fx;
        QVERIFY(write(fx.dir.filePath(QStringLiteral("lib/cart.ex")), kCart));
        QVERIFY(fx.open());
        CodeEditor* editor = fx.openCart();
        QVERIFY(editor);
        QCOMPARE(fx.page.tabs()->tabText(0), QStringLiteral("cart.ex"));
        editor->textCursor().insertText(QStringLiteral("x"));
        QCOMPARE(fx.page.tabs()->tabText(0), QStringLiteral("cart.ex ●"));
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        fx.page.setClosePrompt([&](CodeEditor*) {
            ++asked;
            return answer;
        });
        QVERIFY(!fx.page.closeTab(0));
        QCOMPARE(fx.page.tabs()->count(), 1);
        answer = QMessageBox::Save;
        QVERIFY(fx.page.closeTab(0));
        QTRY_COMPARE(fx.page.tabs()->count(), 0);
        QCOMPARE(asked, 2);
        QVERIFY(read(fx.dir.filePath(QStringLiteral("lib/cart.ex"))).startsWith("x"));
        editor = fx.openCart();
        editor->textCursor().insertText(QStringLiteral("y"));
        answer = QMessageBox::Discard;
        QVERIFY(fx.page.closeTab(0));
        QCOMPARE(fx.page.tabs()->count(), 0);
        QVERIFY(!read(fx.dir.filePath(QStringLiteral("lib/cart.ex"))).startsWith("y"));
    }

    void statusBarShowsCountsAndBranch()
    {
        QTemporaryDir data;
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("lib/cart.ex"), kCart);
        git.commit(QStringLiteral("Cart"));
        QVERIFY(git.ok());
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        TriageStore store;
        FindingsModel model;
        model.setTriageStore(&store);
        w.reviewPage()->setFindingsModel(&model);
        QSignalSpy refreshed(w.project()->vcs(), &VcsContext::refreshed);
        QVERIFY(w.openProject(dir.path()));
        QVERIFY(refreshed.wait(10000));
        w.reviewPage()->findingsModel()->setFindings(QStringLiteral("analyzer"),
                                                     QStringLiteral("lib/cart.ex"), cartFindings());
        const auto* counts = w.statusBar()->findChild<QLabel*>(QStringLiteral("findingCounts"));
        const auto* gitLabel = w.statusBar()->findChild<QLabel*>(QStringLiteral("gitStatus"));
        QVERIFY(counts && gitLabel);
        QCOMPARE(counts->text(), QStringLiteral("● 1 High   ▲ 1 Medium   ■ 1 Low"));
        QVERIFY2(gitLabel->text().contains(QStringLiteral("main · ")),
                 qPrintable(gitLabel->text()));
        QVERIFY(gitLabel->text().contains(QStringLiteral("Cart")));
        w.closeProject();
        QVERIFY(gitLabel->text().isEmpty());
        QVERIFY(counts->text().isEmpty());
    }

    // Issue 20: every refused write says which file and why, and keeps the user's work.
    void refusedTriageWriteStaysInSightWithPathAndReason()
    {
        Fixture fx;
        QVERIFY(write(fx.dir.filePath(QStringLiteral("lib/cart.ex")), kCart));
        const QString triage = fx.dir.filePath(QStringLiteral(".workbench/triage.json"));
        const QByteArray empty = TriageStore().toBytes();
        QVERIFY(write(triage, empty));
        QVERIFY(fx.open());
        QVERIFY(fx.store.load(fx.dir.path()).isEmpty());
        // 0444: refused even for root, whose writes the kernel would allow.
        QVERIFY(QFile::setPermissions(triage, QFile::ReadOwner | QFile::ReadGroup));
        fx.page.findingsModel()->setFindings(QStringLiteral("analyzer"),
                                             QStringLiteral("lib/cart.ex"), cartFindings());
        FindingsPanel* panel = fx.page.findingsPanel();
        fx.page.resize(1000, 700);
        fx.page.show();
        QVERIFY(panel->saveProblem().isEmpty());
        const QModelIndex group = panel->groupModel()->index(0, 0);
        panel->view()->setCurrentIndex(panel->groupModel()->index(0, 0, group));
        QSignalSpy messages(&fx.page, &ReviewPage::message);
        QSignalSpy failed(panel, &FindingsPanel::triageSaveFailed);
        panel->view()->findChild<QAction*>(QStringLiteral("triage-confirmed"))->trigger();
        QCOMPARE(failed.size(), 1);
        const QString problem = panel->saveProblem();
        QVERIFY2(problem.contains(QStringLiteral(".workbench/triage.json")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("read-only")), qPrintable(problem));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("triageSaveProblem"))->isVisible());
        QVERIFY(!messages.isEmpty());
        // the decision is kept for this session, the file is untouched
        QCOMPARE(fx.store.decisions().size(), 1);
        QCOMPARE(read(triage), empty);

        // writable again: the next decision saves both, and the bar goes away
        QVERIFY(QFile::setPermissions(triage, QFile::ReadOwner | QFile::WriteOwner));
        panel->view()->findChild<QAction*>(QStringLiteral("triage-wontfix"))->trigger();
        QVERIFY(panel->saveProblem().isEmpty());
        QVERIFY(!panel->findChild<QLabel*>(QStringLiteral("triageSaveProblem"))->isVisible());
        QVERIFY(read(triage).contains("wontfix"));
    }

    void refusedSaveOfAFixSaysWhyAndKeepsTheText()
    {
        Fixture fx;
        const QString path = fx.dir.filePath(QStringLiteral("lib/cart.ex"));
        QVERIFY(write(path, kCart));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        QVERIFY(fx.open());
        fx.page.setRechecker(nullptr);
        fx.page.findingsModel()->setFindings(QStringLiteral("analyzer"),
                                             QStringLiteral("lib/cart.ex"), cartFindings());
        fx.page.resize(1000, 700);
        fx.page.show();
        CodeEditor* editor = fx.openCart();
        QVERIFY(editor);
        QSignalSpy saved(editor, &CodeEditor::saveFinished);
        QString error;
        QVERIFY2(fx.page.applyFix(cartFindings().at(1), &error), qPrintable(error));
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().at(0).value<CodeEditor::SaveStatus>(),
                 CodeEditor::SaveStatus::Failed);
        auto* box = fx.page.findChild<QMessageBox*>(QStringLiteral("saveFailedMessage"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("lib/cart.ex")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("read-only")), qPrintable(box->text()));
        // nothing reached the disk; the fixed text waits in the editor, marked unsaved
        QCOMPARE(read(path), kCart);
        QVERIFY(editor->document()->isModified());
        QVERIFY(editor->toPlainText().contains(QStringLiteral("Repo.all(q, limit: 100)")));
        // the fix is not reported as applied
        QVERIFY(fx.page.findingsModel()->rowForId(QStringLiteral("f-all")) >= 0);
        box->close();
    }

    // Issue 17: an index fix writes a new migration (versioned now, as mix would) instead of
    // editing one that has already run.
    void indexFixCreatesANewMigration()
    {
        Fixture fx;
        const QString old = QStringLiteral("priv/repo/migrations/20240101000000_create_orders.exs");
        const QByteArray oldText = "defmodule App.Repo.Migrations.CreateOrders do\n"
                                   "  use Ecto.Migration\n\n"
                                   "  def change do\n"
                                   "    create table(:orders) do\n"
                                   "      add :user_id, references(:users)\n"
                                   "    end\n"
                                   "  end\n"
                                   "end\n";
        QVERIFY(write(fx.dir.filePath(old), oldText));
        QVERIFY(fx.open());
        Finding f = finding(QStringLiteral("f-index"),
                            QStringLiteral("performance/reference-without-index"), 6, 21, 31,
                            Finding::Severity::Medium, QStringLiteral("no index"));
        f.path = old;
        Replacement r;
        r.path = QStringLiteral("priv/repo/migrations/20240101000001_add_orders_user_id_index.exs");
        r.line = r.endLine = 1;
        r.column = r.endColumn = 1;
        r.begin = r.end = 0;
        r.newText = QStringLiteral("defmodule App.Repo.Migrations.AddOrdersUserIdIndex do\nend\n");
        f.replacements = {r};
        fx.page.findingsModel()->setFindings(QStringLiteral("analyzer"), old, {f});
        QString error;
        const QString diff = fx.page.fixPreview(f, &error);
        QVERIFY2(diff.contains(QStringLiteral("_add_orders_user_id_index.exs")), qPrintable(diff));
        QVERIFY(
            diff.contains(QStringLiteral("+defmodule App.Repo.Migrations.AddOrdersUserIdIndex")));
        const QString before =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QVERIFY2(fx.page.applyFix(f, &error), qPrintable(error));
        const QStringList made = QDir(fx.dir.filePath(QStringLiteral("priv/repo/migrations")))
                                     .entryList({QStringLiteral("*_add_orders_user_id_index.exs")});
        QCOMPARE(made.size(), 1);
        QVERIFY2(made.first().left(14) >= before, qPrintable(made.first())); // versioned now
        QCOMPARE(read(fx.dir.filePath(QStringLiteral("priv/repo/migrations/") + made.first())),
                 r.newText.toUtf8());
        QCOMPARE(read(fx.dir.filePath(old)), oldText); // the old migration is untouched
        QCOMPARE(fx.page.findingsModel()->rowForId(QStringLiteral("f-index")), -1);
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
