// SPDX-License-Identifier: MIT
#include "editor/codeeditor.h"
#include "editor/findbar.h"
#include "editor/gotolinebar.h"
#include "editor/linecoverageprovider.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace pwb;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
        return {};
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool openAndWait(CodeEditor& editor, const QString& path, const QString& rel = {})
{
    QSignalSpy loaded(&editor, &CodeEditor::loaded);
    editor.openFile(path, rel);
    return loaded.wait(20000);
}

const QByteArray kCode = "defmodule A do\n"
                         "  def one, do: 1\n"
                         "  def two, do: 2\n"
                         "  def One, do: :one\n"
                         "end\n";

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT
private slots:
    void loadsOffThreadAndGoesToALine()
    {
        QTemporaryDir dir;
        CodeEditor editor;
        editor.resize(600, 300);
        editor.show();
        QSignalSpy loaded(&editor, &CodeEditor::loaded);
        editor.openFile(writeFile(dir, QStringLiteral("a.ex"), kCode), QStringLiteral("lib/a.ex"));
        QVERIFY(editor.isLoading());
        editor.goToLine(3, 5); // remembered until the text lands
        QVERIFY(loaded.wait(5000));
        QVERIFY(!editor.isLoading());
        QCOMPARE(editor.relativePath(), QStringLiteral("lib/a.ex"));
        QCOMPARE(editor.textCursor().blockNumber(), 2);
        QCOMPARE(editor.textCursor().positionInBlock(), 4);
        QVERIFY(!editor.document()->isModified());
        QTest::qWait(20); // the highlighter's first pass is queued: it must not mark the text
        QVERIFY(!editor.document()->isModified());
        editor.goToLine(99); // clamped to the last line
        QCOMPARE(editor.textCursor().blockNumber(), editor.blockCount() - 1);

        QSignalSpy failed(&editor, &CodeEditor::loadFailed);
        editor.openFile(dir.filePath(QStringLiteral("missing.ex")));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("missing.ex")));
    }

    void goToLineBarParses()
    {
        int line = 0;
        int column = 0;
        QVERIFY(GoToLineBar::parse(QStringLiteral("12"), &line, &column));
        QCOMPARE(line, 12);
        QCOMPARE(column, 1);
        QVERIFY(GoToLineBar::parse(QStringLiteral(" 7:3 "), &line, &column));
        QCOMPARE(line, 7);
        QCOMPARE(column, 3);
        QVERIFY(!GoToLineBar::parse(QStringLiteral("0"), &line, &column));
        QVERIFY(!GoToLineBar::parse(QStringLiteral("x"), &line, &column));

        QTemporaryDir dir;
        CodeEditor editor;
        QVERIFY(openAndWait(editor, writeFile(dir, QStringLiteral("a.ex"), kCode)));
        GoToLineBar bar;
        bar.setEditor(&editor);
        bar.open();
        bar.edit()->setText(QStringLiteral("4:5"));
        QVERIFY(bar.go());
        QCOMPARE(editor.textCursor().blockNumber(), 3);
        QCOMPARE(editor.textCursor().positionInBlock(), 4);
    }

    void findHighlightsEveryMatchAndReplaces()
    {
        QTemporaryDir dir;
        CodeEditor editor;
        editor.resize(600, 300);
        editor.show();
        QVERIFY(openAndWait(editor, writeFile(dir, QStringLiteral("a.ex"), kCode)));
        FindBar bar;
        bar.setEditor(&editor);
        bar.open(true);
        bar.findEdit()->setText(QStringLiteral("one"));
        QCOMPARE(editor.searchMatchCount(), 3); // case-insensitive: one, One, :one
        bar.caseBox()->setChecked(true);
        QCOMPARE(editor.searchMatchCount(), 2);
        QTest::qWait(1);
        int highlighted = 0;
        for (const auto& s : editor.extraSelections())
            highlighted += s.format.background().color() == editor.colors().searchMatch ||
                           s.format.background().color().rgb() == editor.colors().searchMatch.rgb();
        QVERIFY(highlighted >= 2);
        bar.regexBox()->setChecked(true);
        bar.findEdit()->setText(QStringLiteral("def (\\w+)"));
        QCOMPARE(editor.searchMatchCount(), 3);
        bar.findEdit()->setText(QStringLiteral("def ("));
        QCOMPARE(editor.searchMatchCount(), 0);
        QVERIFY(!editor.searchError().isEmpty());
        QVERIFY(bar.statusLabel()->text().contains(QStringLiteral("Invalid")));

        bar.findEdit()->setText(QStringLiteral("do: \\d"));
        QCOMPARE(editor.searchMatchCount(), 2);
        bar.replaceEdit()->setText(QStringLiteral("do: 0"));
        QCOMPARE(bar.replaceAll(), 2);
        QVERIFY(editor.toPlainText().contains(QStringLiteral("def one, do: 0")));
        QVERIFY(editor.toPlainText().contains(QStringLiteral("def two, do: 0")));
        QVERIFY(editor.document()->isModified());
        editor.undo(); // one step undoes all replacements
        QCOMPARE(editor.toPlainText().toUtf8(), kCode);

        QVERIFY(editor.findNext());
        QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("do: 1"));
        QVERIFY(editor.replaceCurrent(QStringLiteral("do: 9")));
        QVERIFY(editor.toPlainText().contains(QStringLiteral("def one, do: 9")));
        bar.close();
        QCOMPARE(editor.searchMatchCount(), 0);
    }

    void savesAtomicallyAndDetectsOutsideEdits()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.ex"), kCode);
        CodeEditor editor;
        QVERIFY(openAndWait(editor, path));
        QSignalSpy modified(editor.document(), &QTextDocument::modificationChanged);
        QTextCursor c(editor.document());
        c.insertText(QStringLiteral("# edited\n"));
        QVERIFY(editor.document()->isModified());
        QSignalSpy saved(&editor, &CodeEditor::saveFinished);
        editor.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().value<CodeEditor::SaveStatus>(),
                 CodeEditor::SaveStatus::Saved);
        QVERIFY(!editor.document()->isModified());
        QCOMPARE(readFile(path), "# edited\n" + kCode);
        // no stray temporary files next to it
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.ex")});

        // someone else writes the file: the next save does not clobber it
        QTest::qWait(20);
        writeFile(dir, QStringLiteral("a.ex"), "outside edit, longer than before\n");
        c.insertText(QStringLiteral("x"));
        saved.clear();
        editor.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().value<CodeEditor::SaveStatus>(),
                 CodeEditor::SaveStatus::Conflict);
        QCOMPARE(readFile(path), QByteArray("outside edit, longer than before\n"));
        QVERIFY(editor.document()->isModified());
        saved.clear();
        editor.save(true); // the user chose to overwrite
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().value<CodeEditor::SaveStatus>(),
                 CodeEditor::SaveStatus::Saved);
        QVERIFY(readFile(path).startsWith("# edited\nx"));
    }

    void largeFileOpensWithoutHighlightingAndKeepsTheLoopRunning()
    {
        QTemporaryDir dir;
        QByteArray big;
        big.reserve(11 * 1024 * 1024);
        const QByteArray line =
            "  def handle_event(\"save\", %{\"cart\" => params}, socket), do: {:noreply, socket}\n";
        while (big.size() < 10 * 1024 * 1024)
            big += line;
        const QString path = writeFile(dir, QStringLiteral("big.ex"), big);
        CodeEditor editor;
        editor.resize(800, 400);
        editor.show();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(0);
        QSignalSpy loaded(&editor, &CodeEditor::loaded);
        editor.openFile(path, QStringLiteral("big.ex"));
        QVERIFY(editor.isLoading());
        QVERIFY(loaded.wait(60000));
        ticker.stop();
        QVERIFY2(ticks > 0, "the event loop ran while the file loaded");
        QVERIFY(editor.isLargeFile());
        QVERIFY(!editor.highlighter());
        QCOMPARE(editor.blockCount(), int(big.count('\n')) + 1);
        editor.goToLine(100000);
        QCOMPARE(editor.textCursor().blockNumber(), 99999);
    }

    void annotationsMarkLinesAndSpans()
    {
        QTemporaryDir dir;
        CodeEditor editor;
        editor.resize(700, 300);
        editor.show();
        QVERIFY(openAndWait(editor, writeFile(dir, QStringLiteral("a.ex"), kCode)));
        EditorAnnotation a;
        a.id = QStringLiteral("f1");
        a.severity = EditorAnnotation::Severity::Medium;
        a.line = 3;
        a.column = 7;
        a.endColumn = 10; // "two"
        a.message = QStringLiteral("Two is a bad name");
        a.rule = QStringLiteral("naming/two");
        a.why = QStringLiteral("Because.");
        a.fix = QStringLiteral("Rename it.");
        EditorAnnotation b;
        b.id = QStringLiteral("f2");
        b.severity = EditorAnnotation::Severity::High;
        b.line = 3;
        b.column = 3;
        b.message = QStringLiteral("Worse");
        EditorAnnotation c;
        c.id = QStringLiteral("f3");
        c.severity = EditorAnnotation::Severity::Low;
        c.line = 1;
        c.message = QStringLiteral("Whole line");
        editor.setAnnotations({a, b, c});
        const QTextCursor span = editor.annotationCursor(QStringLiteral("f1"));
        QCOMPARE(span.selectedText(), QStringLiteral("two"));
        QCOMPARE(editor.annotationCursor(QStringLiteral("f2")).selectedText(),
                 QStringLiteral("def"));
        QCOMPARE(editor.annotationCursor(QStringLiteral("f3")).selectedText(),
                 QStringLiteral("defmodule A do"));
        const EditorAnnotations line3 = editor.annotationsOnLine(3);
        QCOMPARE(line3.size(), 2);
        QCOMPARE(line3.first().id, QStringLiteral("f2")); // worst first
        QTest::qWait(1);
        int waves = 0;
        for (const auto& s : editor.extraSelections())
            waves += s.format.underlineStyle() == QTextCharFormat::WaveUnderline;
        QCOMPARE(waves, 3);
        editor.setBlameLookup([](int line) { return QStringLiteral("Ada, line %1").arg(line); });
        const QString tip = editor.lineToolTip(3);
        for (const char* part :
             {"naming/two", "Two is a bad name", "Because.", "Rename it.", "Worse", "Ada, line 3"})
            QVERIFY2(tip.contains(QLatin1String(part)), part);

        // positions follow edits above them
        QTextCursor top(editor.document());
        top.insertText(QStringLiteral("# new first line\n"));
        QCOMPARE(editor.annotationsOnLine(4).size(), 2);
        QCOMPARE(editor.annotationCursor(QStringLiteral("f1")).selectedText(),
                 QStringLiteral("two"));

        // F8 order: by position, wrapping
        editor.goToLine(1);
        QCOMPARE(editor.goToNextAnnotation(), QStringLiteral("f3"));
        QCOMPARE(editor.goToNextAnnotation(), QStringLiteral("f2"));
        QCOMPARE(editor.goToNextAnnotation(), QStringLiteral("f1"));
        QCOMPARE(editor.goToNextAnnotation(), QStringLiteral("f3"));
        QCOMPARE(editor.goToNextAnnotation(false), QStringLiteral("f1"));
        QCOMPARE(editor.textCursor().blockNumber(), 3);
    }

    void gitAndCoverageMarkers()
    {
        QTemporaryDir dir;
        CodeEditor editor;
        editor.resize(600, 300);
        editor.show();
        QVERIFY(openAndWait(editor, writeFile(dir, QStringLiteral("a.ex"), kCode),
                            QStringLiteral("lib/a.ex")));
        FileChanges changes;
        changes.path = QStringLiteral("lib/a.ex");
        changes.ranges = {{2, 1, LineRange::Kind::Modified}, {4, 1, LineRange::Kind::Added}};
        editor.setLineChanges(changes);
        QVERIFY(editor.lineToolTip(2).contains(QStringLiteral("Modified")));
        QVERIFY(editor.lineToolTip(4).contains(QStringLiteral("Added")));
        QVERIFY(editor.lineToolTip(3).isEmpty());

        const int narrow = editor.lineNumberAreaWidth();
        StaticCoverageProvider coverage;
        coverage.setLineHits(QStringLiteral("lib/a.ex"), {{2, 3}, {3, 0}});
        coverage.setLineHits(QStringLiteral("lib/other.ex"), {{1, 1}});
        editor.setCoverageProvider(&coverage);
        QCOMPARE(editor.coverage().value(2), 3);
        QCOMPARE(editor.coverage().value(3), 0);
        QVERIFY(!editor.coverage().contains(1));
        QVERIFY(editor.lineNumberAreaWidth() > narrow); // room for the coverage bar
        QVERIFY(editor.lineToolTip(3).contains(QStringLiteral("Not covered")));
        QVERIFY(editor.lineToolTip(2).contains(QStringLiteral("3 hit")));
        // a new run lands: the editor asks again
        coverage.setLineHits(QStringLiteral("lib/a.ex"), {{3, 5}});
        QCOMPARE(editor.coverage().value(3), 5);
        QVERIFY(!editor.coverage().contains(2));
        coverage.clear();
        QVERIFY(editor.coverage().isEmpty());
        QCOMPARE(editor.lineNumberAreaWidth(), narrow);
        // painting the gutter with every marker kind does not trip over anything
        coverage.setLineHits(QStringLiteral("lib/a.ex"), {{1, 1}, {5, 0}});
        editor.setAnnotations({EditorAnnotation{QStringLiteral("x"),
                                                EditorAnnotation::Severity::High,
                                                2,
                                                3,
                                                0,
                                                0,
                                                QStringLiteral("m"),
                                                {},
                                                {},
                                                {},
                                                {},
                                                false}});
        const QImage shot = editor.grab().toImage();
        QVERIFY(!shot.isNull());
        const auto g = editor.gutterLayout();
        bool sawCoverage = false;
        for (int y = 0; y < shot.height() && !sawCoverage; ++y)
            sawCoverage = shot.pixelColor(g.coverageX + 1 + editor.frameWidth(), y) ==
                          editor.colors().covered;
        QVERIFY(sawCoverage);
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
