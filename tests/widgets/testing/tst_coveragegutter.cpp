// SPDX-License-Identifier: MIT
// Line coverage from the Tests view's CoverageModel in the Review view's editor gutter.
#include "editor/codeeditor.h"
#include "editor/linenumberarea.h"
#include "project/fileindex.h"
#include "workspace/project.h"
#include "review/reviewpage.h"
#include "testing/coveragedata.h"
#include "testing/coveragelineprovider.h"
#include "testing/coveragemodel.h"
#include "testing/testeventparser.h"
#include "testing/testspage.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace pwb;

namespace {

const QString kCart = QStringLiteral("apps/shop/lib/shop/cart.ex");

QString fixture(const QString& name)
{
    return QStringLiteral(PWB_FIXTURES "/testing/") + name;
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool copy(const QString& from, const QString& to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to);
    return QFile::copy(from, to);
}

// The demo's umbrella root, its domain app and the cart: enough for both views.
struct Fixture
{
    QTemporaryDir dir;
    Project project;

    QString path(const QString& rel) const { return dir.filePath(rel); }
    bool make()
    {
        const QString demo = QStringLiteral(PWB_DEMO_PROJECT "/");
        for (const QString& rel :
             {QStringLiteral("mix.exs"), QStringLiteral("apps/shop/mix.exs"), kCart})
            if (!copy(demo + rel, path(rel)))
                return false;
        return true;
    }
    bool open()
    {
        QSignalSpy ready(project.files(), &FileIndex::ready);
        return project.open(dir.path()) && (!ready.isEmpty() || ready.wait(15000));
    }
};

// What the gutter paints in its coverage column beside `line`: "hit", "miss" or "".
QString gutterMark(CodeEditor* editor, int line)
{
    editor->goToLine(line);
    QCoreApplication::processEvents();
    auto* gutter = editor->findChild<LineNumberArea*>();
    if (!gutter)
        return QStringLiteral("no gutter");
    const QImage image = gutter->grab().toImage();
    const QTextBlock block = editor->document()->findBlockByNumber(line - 1);
    const int y = editor->cursorRect(QTextCursor(block)).center().y();
    const qreal dpr = image.devicePixelRatio();
    // The coverage bar is the gutter's last few pixels; nothing else uses these colours there.
    for (int x = qMax(0, gutter->width() - 10); x < gutter->width(); ++x) {
        const QColor c = image.pixelColor(int(x * dpr), int(y * dpr));
        if (c == editor->colors().covered)
            return QStringLiteral("hit");
        if (c == editor->colors().missed)
            return QStringLiteral("miss");
    }
    return {};
}

QLabel* note(ReviewPage* page)
{
    return page->findChild<QLabel*>(QStringLiteral("editorNote"));
}

CodeEditor* openLoaded(ReviewPage* page, const QString& rel)
{
    CodeEditor* e = page->openFile(rel, 1);
    // The read may finish before openFile returns: wait for the state, not the signal.
    if (!QTest::qWaitFor([e] { return e->blockCount() > 100; }, 15000))
        return nullptr;
    return e;
}

} // namespace

class TestCoverageGutter : public QObject
{
    Q_OBJECT
private slots:
    void lcovThenExCoverallsThenTableInTheGutter()
    {
        Fixture f;
        QVERIFY(f.make());
        QVERIFY(copy(fixture(QStringLiteral("coverage/demo_cart.lcov")),
                     f.path(QStringLiteral("apps/shop/lcov.info"))));
        QVERIFY(f.open());

        CoverageModel model;
        QAbstractItemModelTester tester(&model);
        CoverageLineProvider provider(&model);
        ReviewPage page(&f.project);
        page.setCoverageProvider(&provider);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        model.setData(CoverageParsers::loadProjectFiles(f.dir.path()));
        QCOMPARE(model.coverage().source, QStringLiteral("lcov"));
        CodeEditor* e = openLoaded(&page, kCart);
        QVERIFY(e);
        QTRY_VERIFY_WITH_TIMEOUT(!e->coverage().isEmpty(), 15000);

        // Hit, missed, and not executable (a @spec line the tracefile does not name).
        QCOMPARE(e->coverage().value(26), 5);
        QVERIFY(e->coverage().contains(39));
        QCOMPARE(e->coverage().value(39), 0);
        QVERIFY(!e->coverage().contains(25));
        QCOMPARE(e->coverage().size(), 5);
        QCOMPARE(gutterMark(e, 26), QStringLiteral("hit"));
        QCOMPARE(gutterMark(e, 39), QStringLiteral("miss"));
        QCOMPARE(gutterMark(e, 25), QString());
        QVERIFY(e->lineToolTip(26).contains(QStringLiteral("Covered: 5")));
        QVERIFY(e->lineToolTip(39).contains(QStringLiteral("Not covered")));
        QVERIFY(e->lineToolTip(39).contains(QStringLiteral("apps/shop/lcov.info")));
        QVERIFY(!e->lineToolTip(25).contains(QStringLiteral("overed")));
        // Where the bars come from is said above the editor.
        QVERIFY(note(&page)->isVisible());
        QVERIFY2(note(&page)->text().contains(QStringLiteral("apps/shop/lcov.info")),
                 qPrintable(note(&page)->text()));
        QVERIFY(note(&page)->text().contains(QStringLiteral("3 of 5 lines hit")));

        // A new result (ExCoveralls now, which the loader prefers) updates the open editor.
        QVERIFY(copy(fixture(QStringLiteral("coverage/demo_cart_excoveralls.json")),
                     f.path(QStringLiteral("apps/shop/cover/excoveralls.json"))));
        QSignalSpy changed(&provider, &LineCoverageProvider::coverageChanged);
        model.setData(CoverageParsers::loadProjectFiles(f.dir.path()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(e->coverage().value(26), 9);
        QCOMPARE(e->coverage().value(39), 4);
        QVERIFY(!e->coverage().contains(37)); // null in ExCoveralls: not relevant
        QCOMPARE(e->coverage().value(81), 0);
        QCOMPARE(gutterMark(e, 39), QStringLiteral("hit"));
        QCOMPARE(gutterMark(e, 81), QStringLiteral("miss"));
        QCOMPARE(gutterMark(e, 37), QString());
        QVERIFY(e->lineToolTip(39).contains(QStringLiteral("apps/shop/cover/excoveralls.json")));
        QVERIFY(note(&page)->text().contains(QStringLiteral("3 of 4 lines hit")));

        // The `mix test --cover` table has module percentages only: no bars are invented.
        const CoverageData table = CoverageParsers::parseCoverTable(
            QString::fromUtf8(read(fixture(QStringLiteral("coverage/cover_table.txt")))));
        QVERIFY(!table.isEmpty());
        QVERIFY(!table.hasLineData());
        model.setData(table);
        QVERIFY(e->coverage().isEmpty());
        QCOMPARE(gutterMark(e, 81), QString());
        QVERIFY(!note(&page)->isVisible());
    }

    void testsViewRunUpdatesTheOpenEditor()
    {
        Fixture f;
        QVERIFY(f.make());
        QVERIFY(copy(fixture(QStringLiteral("coverage/demo_cart.lcov")),
                     f.path(QStringLiteral("apps/shop/lcov.info"))));
        // Wired as the main window does it.
        TestsPage tests(&f.project);
        ReviewPage review(&f.project);
        CoverageLineProvider provider(tests.coverageModel());
        review.setCoverageProvider(&provider);
        review.resize(1000, 700);
        review.show();
        QVERIFY(f.open());

        // The project's lcov.info is picked up when the project opens.
        QTRY_COMPARE_WITH_TIMEOUT(tests.coverageModel()->coverage().source, QStringLiteral("lcov"),
                                  15000);
        CodeEditor* e = openLoaded(&review, kCart);
        QVERIFY(e);
        QTRY_COMPARE_WITH_TIMEOUT(e->coverage().value(26), 5, 15000);

        // A `mix test --cover` run of the shop app (our capture): the formatter's coverage
        // event carries cover's per-line counts and replaces the file's numbers at once.
        TestEventParser parser(QStringLiteral("shop_cover_seed0.jsonl"));
        QList<TestEvent> events =
            parser.feed(read(fixture(QStringLiteral("events/shop_cover_seed0.jsonl"))));
        events << parser.finish();
        QVERIFY(events.size() > 40);
        QSignalSpy changed(&provider, &LineCoverageProvider::coverageChanged);
        tests.showRun(events, QStringLiteral("shop"), QStringLiteral("apps/shop"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(e->coverage().value(26), 17);
        QCOMPARE(e->coverage().value(39), 0);
        QCOMPARE(e->coverage().value(46), 20);
        QVERIFY(!e->coverage().contains(25));
        QCOMPARE(e->coverage().size(), 27);
        QCOMPARE(e->coverageSource(), QStringLiteral("mix test --cover"));
        QCOMPARE(gutterMark(e, 46), QStringLiteral("hit"));
        QCOMPARE(gutterMark(e, 39), QStringLiteral("miss"));
        QVERIFY2(note(&review)->text().contains(QStringLiteral("21 of 27 lines hit")),
                 qPrintable(note(&review)->text()));
        auto* summary = tests.findChild<QLabel*>(QStringLiteral("coverageSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(
                     QStringLiteral("Line coverage in the editor from mix test --cover")),
                 qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestCoverageGutter)
#include "tst_coveragegutter.moc"
