// SPDX-License-Identifier: MIT
#include "editor/codeeditor.h"
#include "editor/editorcolors.h"
#include "editor/elixirhighlighter.h"
#include "editor/highlighting.h"
#include "pwb_config.h"

#include <QFile>
#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace pwb;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(PWB_FIXTURES "/editor/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The format applied at `column` (0-based) of `line` (0-based).
QTextCharFormat formatAt(QTextDocument* doc, int line, int column)
{
    const QTextBlock b = doc->findBlockByNumber(line);
    for (const QTextLayout::FormatRange& r : b.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    }
    return {};
}

QColor colorOf(TokenKind k, bool dark)
{
    return ElixirHighlighter::format(k, dark).foreground().color();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Window, QColor(0x25, 0x25, 0x26));
    p.setColor(QPalette::Text, QColor(0xd4, 0xd4, 0xd4));
    p.setColor(QPalette::WindowText, QColor(0xd4, 0xd4, 0xd4));
    return p;
}

} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT
private slots:
    void backendByFileName()
    {
        QCOMPARE(Highlighting::backendFor(QStringLiteral("lib/a.heex")), QStringLiteral("builtin"));
        QCOMPARE(Highlighting::backendFor(QStringLiteral("notes.txt")), QStringLiteral("plain"));
        if (!Highlighting::hasKSyntaxHighlighting()) {
            QCOMPARE(Highlighting::backendFor(QStringLiteral("lib/a.ex")),
                     QStringLiteral("builtin"));
            QCOMPARE(Highlighting::backendFor(QStringLiteral("a.exs")), QStringLiteral("builtin"));
            QCOMPARE(Highlighting::backendFor(QStringLiteral("app.js")), QStringLiteral("plain"));
        }
    }

    void builtinFormatsKnownTokens()
    {
        QTextDocument doc;
        doc.setPlainText(QString::fromUtf8(fixture("sample.ex")));
        ElixirHighlighter h(&doc, ElixirLexer::Mode::Elixir, false);
        QCoreApplication::processEvents(); // the first pass is queued, as in QSyntaxHighlighter
        // line 1: "defmodule Shop.Cart do"
        QCOMPARE(formatAt(&doc, 0, 0).foreground().color(), colorOf(TokenKind::Keyword, false));
        QCOMPARE(formatAt(&doc, 0, 0).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(&doc, 0, 10).foreground().color(), colorOf(TokenKind::Module, false));
        // line 2: @moduledoc
        QCOMPARE(formatAt(&doc, 1, 2).foreground().color(),
                 colorOf(TokenKind::ModuleAttribute, false));
        // line 4, inside the heredoc: "defmodule" is documentation, not a keyword
        QCOMPARE(formatAt(&doc, 3, 2).foreground().color(), colorOf(TokenKind::DocString, false));
        QVERIFY(formatAt(&doc, 3, 2).fontItalic());
        // line 7: comment
        QCOMPARE(formatAt(&doc, 6, 4).foreground().color(), colorOf(TokenKind::Comment, false));
        // line 8: "def total" -> function name
        QCOMPARE(formatAt(&doc, 7, 6).foreground().color(),
                 colorOf(TokenKind::FunctionName, false));
        // line 12: string and interpolation
        QCOMPARE(formatAt(&doc, 11, 24).foreground().color(), colorOf(TokenKind::String, false));
        QCOMPARE(formatAt(&doc, 11, 32).foreground().color(),
                 colorOf(TokenKind::Interpolation, false));
        // line 13: atom
        QCOMPARE(formatAt(&doc, 12, 18).foreground().color(), colorOf(TokenKind::Atom, false));
        // identifiers stay plain
        QVERIFY(!formatAt(&doc, 7, 12).foreground().style());
    }

    void heredocStateFollowsEdits()
    {
        QTextDocument doc;
        doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc)); // as in the editor
        doc.setPlainText(QStringLiteral("x = 1\ny = :a\nz = 2\n\"\"\"\n"));
        ElixirHighlighter h(&doc, ElixirLexer::Mode::Elixir, false);
        QCoreApplication::processEvents(); // the first pass is queued, as in QSyntaxHighlighter
        QCOMPARE(formatAt(&doc, 1, 4).foreground().color(), colorOf(TokenKind::Atom, false));
        // opening a heredoc on line 1 turns the following lines into its content
        QTextCursor c(doc.findBlockByNumber(0));
        c.movePosition(QTextCursor::EndOfBlock);
        c.insertText(QStringLiteral(" <> \"\"\""));
        QCoreApplication::processEvents();
        QCOMPARE(formatAt(&doc, 1, 4).foreground().color(), colorOf(TokenKind::Heredoc, false));
        QCOMPARE(formatAt(&doc, 2, 0).foreground().color(), colorOf(TokenKind::Heredoc, false));
        // and undoing it restores them
        doc.undo();
        QCoreApplication::processEvents();
        QCOMPARE(doc.findBlockByNumber(0).text(), QStringLiteral("x = 1"));
        QCOMPARE(formatAt(&doc, 1, 4).foreground().color(), colorOf(TokenKind::Atom, false));
        QCOMPARE(formatAt(&doc, 2, 4).foreground().color(), colorOf(TokenKind::Number, false));
    }

    void heexTemplate()
    {
        QTextDocument doc;
        doc.setPlainText(QString::fromUtf8(fixture("page.heex")));
        ElixirHighlighter h(&doc, ElixirLexer::Mode::HEEx, false);
        QCoreApplication::processEvents();
        QCOMPARE(formatAt(&doc, 0, 0).foreground().color(), colorOf(TokenKind::HtmlTag, false));
        QCOMPARE(formatAt(&doc, 0, 5).foreground().color(),
                 colorOf(TokenKind::HtmlAttribute, false));
        QCOMPARE(formatAt(&doc, 1, 2).foreground().color(),
                 colorOf(TokenKind::EExDelimiter, false));
        QCOMPARE(formatAt(&doc, 1, 6).foreground().color(),
                 colorOf(TokenKind::ModuleAttribute, false));
    }

    void darkPaletteSwitchesFormats()
    {
        QVERIFY(colorOf(TokenKind::Keyword, true) != colorOf(TokenKind::Keyword, false));
        // dark colours are light enough to read on a dark background
        for (TokenKind k : {TokenKind::Keyword, TokenKind::String, TokenKind::Comment,
                            TokenKind::Module, TokenKind::Atom})
            QVERIFY2(colorOf(k, true).lightness() > 120, ElixirLexer::kindName(k));
        CodeEditor editor;
        QVERIFY(!editor.colors().dark);
        editor.setPalette(darkPalette());
        QVERIFY(editor.colors().dark);
    }

    void editorPicksTheHighlighterAndFollowsThePalette()
    {
        QTemporaryDir dir;
        QFile::copy(QStringLiteral(PWB_FIXTURES "/editor/sample.ex"),
                    dir.filePath(QStringLiteral("a.ex")));
        CodeEditor editor;
        QSignalSpy loaded(&editor, &CodeEditor::loaded);
        editor.openFile(dir.filePath(QStringLiteral("a.ex")), QStringLiteral("lib/a.ex"));
        QVERIFY(loaded.wait(5000));
        QVERIFY(editor.highlighter());
#if PWB_HAVE_KSH
        QCOMPARE(QString::fromLatin1(editor.highlighter()->metaObject()->className()),
                 QStringLiteral("KSyntaxHighlighting::SyntaxHighlighter"));
        const QColor lightKeyword = formatAt(editor.document(), 0, 0).foreground().color();
        editor.setPalette(darkPalette());
        QCoreApplication::processEvents();
        QVERIFY(editor.colors().dark);
        QVERIFY(editor.colors().background.lightness() < 128);
        QVERIFY(formatAt(editor.document(), 0, 0).foreground().color() != lightKeyword);
#else
        auto* h = qobject_cast<ElixirHighlighter*>(editor.highlighter());
        QVERIFY(h);
        QVERIFY(!h->isDark());
        editor.setPalette(darkPalette());
        QVERIFY(h->isDark());
        QCoreApplication::processEvents();
        QCOMPARE(formatAt(editor.document(), 0, 0).foreground().color(),
                 colorOf(TokenKind::Keyword, true));
#endif
    }

    void plainTextForOtherFiles()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("defmodule not code\n");
        f.close();
        CodeEditor editor;
        QSignalSpy loaded(&editor, &CodeEditor::loaded);
        editor.openFile(f.fileName(), QStringLiteral("notes.txt"));
        QVERIFY(loaded.wait(5000));
        if (!Highlighting::hasKSyntaxHighlighting())
            QVERIFY(!editor.highlighter());
        QVERIFY(formatAt(editor.document(), 0, 0).foreground().style() == Qt::NoBrush ||
                Highlighting::hasKSyntaxHighlighting());
    }
};

QTEST_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
