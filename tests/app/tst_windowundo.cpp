// SPDX-License-Identifier: MIT
// Issue 19.4: Ctrl+Z after "Complete task" undid nothing once the focus had gone to the
// project's file filter. Undo/Redo are window-level and reach the view edited last.
#include "board/boardpage.h"
#include "board/taskdetailpanel.h"
#include "common/projecttree.h"
#include "common/undorouter.h"
#include "editor/codeeditor.h"
#include "mainwindow.h"
#include "review/reviewpage.h"
#include "tasks/taskdocuments.h"
#include "workspace/project.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestWindowUndo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_trd;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("docs/TRD")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("lib")));
        m_trd = m_dir.filePath(QStringLiteral("docs/TRD/basic.md"));
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/basic.md"), m_trd));
        QVERIFY(QFile::setPermissions(m_trd, QFile::ReadOwner | QFile::WriteOwner));
        QFile ex(m_dir.filePath(QStringLiteral("lib/shop.ex")));
        QVERIFY(ex.open(QIODevice::WriteOnly));
        ex.write("defmodule Shop do\n  def hello, do: :world\nend\n");
    }

    void completeThenCtrlZFromTheFileFilter()
    {
        const QByteArray before = readAll(m_trd);
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QSignalSpy reset(w.project()->tasks(), &TaskDocuments::documentsReset);
        QVERIFY(w.openProject(m_dir.path()));
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(w.boardPage()->isShowingBoard());
        w.showView(QStringLiteral("board"));
        QVERIFY(w.boardPage()->selectTask(QStringLiteral("BIL-003")));
        QPushButton* complete = w.boardPage()->details()->completeButton();
        QTRY_VERIFY(complete->isVisible());
        QSignalSpy idle(w.project()->tasks(), &TaskDocuments::idle);
        complete->setFocus();
        QTest::keyClick(complete, Qt::Key_Space);
        QVERIFY(idle.wait(5000));
        QTRY_VERIFY(w.boardPage()->details()->reopenButton()->isVisible());
        QVERIFY(readAll(m_trd) != before);
        // The focus stays on the board (the Reopen button), not in the file filter.
        QVERIFY(QApplication::focusWidget());
        QVERIFY2(w.boardPage()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));
        QVERIFY(w.undoRouter()->undoAction()->isEnabled());
        QVERIFY(w.undoRouter()->undoAction()->text().contains(QStringLiteral("BIL-003")));

        // Even from the file filter (a line edit with nothing of its own to undo) Ctrl+Z
        // reaches the board.
        QLineEdit* filter = w.projectTree()->filterEdit();
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(idle.wait(5000));
        QCOMPARE(readAll(m_trd), before);
        // and Ctrl+Shift+Z does it again
        QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(idle.wait(5000));
        QVERIFY(readAll(m_trd) != before);
        w.undoRouter()->undo();
        QVERIFY(idle.wait(5000));
        QCOMPARE(readAll(m_trd), before);
    }

    void undoGoesToTheViewEditedLast()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(m_dir.path()));
        QVERIFY(ready.wait(10000));
        CodeEditor* editor = w.reviewPage()->openFile(QStringLiteral("lib/shop.ex"), 1);
        QTRY_VERIFY(!editor->isLoading());
        const QString text = editor->toPlainText();
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(QStringLiteral("# note\n"));
        QVERIFY(editor->toPlainText() != text);
        // From the board, with the focus in the task filter, Ctrl+Z undoes the typing and
        // brings the Review view forward.
        w.showView(QStringLiteral("board"));
        QTRY_VERIFY(w.boardPage()->isShowingBoard());
        QLineEdit* taskFilter = w.boardPage()->filterEdit();
        taskFilter->setFocus();
        QTRY_VERIFY(taskFilter->hasFocus());
        QTest::keyClick(taskFilter, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), text);
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        // A line edit with its own typing keeps its own Ctrl+Z.
        w.showView(QStringLiteral("board"));
        taskFilter->setFocus();
        QTest::keyClicks(taskFilter, QStringLiteral("abc"));
        QTest::keyClick(taskFilter, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(taskFilter->text() != QStringLiteral("abc"));
        QCOMPARE(editor->toPlainText(), text);
    }
};

QTEST_MAIN(TestWindowUndo)
#include "tst_windowundo.moc"
