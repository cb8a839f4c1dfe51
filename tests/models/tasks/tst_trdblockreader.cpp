// SPDX-License-Identifier: MIT
// TrdBlockReader hands blocks to its sink in runs (see TrdBlockReader::parse): the runs must
// change nothing a sink sees, in what order, with what text and offsets, however the
// document's nesting holds blocks back across a run's end.
#include "tasks/trdblockreader.h"

#include <QTest>

using namespace pwb;

namespace {

struct Seen
{
    TrdBlock::Kind kind;
    int level;
    bool isTask;
    char mark;
    qsizetype begin;
    qsizetype end;
    QByteArray text;
    QList<QPair<int, int>> strong;
    friend bool operator==(const Seen&, const Seen&) = default;
};

// Keeps a record of every block; with `take`, moves the text out of the block as a sink
// that keeps it may, so the reader must not count on getting its buffers back intact.
class Recorder : public TrdBlockSink
{
public:
    explicit Recorder(bool take = false)
        : m_take(take)
    {}
    void block(TrdBlock& b) override
    {
        Seen s{b.kind, b.level, b.isTask, b.mark, b.begin, b.end, {}, b.strong};
        s.text = m_take ? std::move(b.text) : b.text;
        seen.append(s);
    }
    QList<Seen> seen;

private:
    bool m_take;
};

// A plan long enough for several runs, with lists nested five deep in items that go on after
// them (an open item holds back the items inside it), loose items, tables and code.
QByteArray nestedPlan(int sections)
{
    QByteArray md = "# Plan\n\n";
    for (int i = 0; i < sections; ++i) {
        const QByteArray n = QByteArray::number(i);
        md += "## Part " + n + "\n\nSome words about part " + n + ".\n\n";
        md += "- [x] **P-" + n + "**: Build part " + n + " (2h)\n";
        md += "  - [ ] first step of " + n + "\n";
        md += "    - [x] detail of " + n + "\n";
        md += "      - deeper " + n + "\n";
        md += "        - deepest " + n + "\n";
        md += "  - [ ] second step of " + n + "\n\n";
        // The item goes on after its nested list: held back until here, whatever run the
        // nested items fell into.
        md += "  closing words of " + n + "\n\n";
        if (i % 7 == 0)
            md += "\n- a loose item " + n + "\n\n  its second paragraph\n\n";
        if (i % 11 == 0)
            md += "\n| Task | Est |\n|---|---|\n| P-" + n + " | 2h |\n\n";
        if (i % 13 == 0)
            md += "\n```elixir\ndef part_" + n + ", do: :ok\n```\n\n";
    }
    return md;
}

} // namespace

class TstTrdBlockReader : public QObject
{
    Q_OBJECT
private slots:
    void runsChangeNothingTheSinkSees()
    {
        const QByteArray md = nestedPlan(300);
        Recorder runs;
        Recorder oneByOne;
        QCOMPARE(TrdBlockReader::parse(md, runs), 0);
        // The pipelined reader hands each block on as soon as it may.
        QCOMPARE(TrdBlockReader::parsePipelined(md, oneByOne), 0);
        QVERIFY(runs.seen.size() > 2500);
        QCOMPARE(runs.seen.size(), oneByOne.seen.size());
        for (qsizetype i = 0; i < runs.seen.size(); ++i)
            QVERIFY2(runs.seen.at(i) == oneByOne.seen.at(i), qPrintable(QString::number(i)));
    }

    void blocksComeInDocumentOrder()
    {
        const QByteArray md = nestedPlan(200);
        Recorder r;
        TrdBlockReader::parse(md, r);
        qsizetype last = -1;
        int items = 0;
        for (const Seen& s : std::as_const(r.seen)) {
            if (s.begin < 0)
                continue; // row and table ends, rules
            QVERIFY2(s.begin > last, s.text.constData());
            QVERIFY(md.mid(s.begin, s.end - s.begin).contains(s.text.trimmed().right(3)));
            last = s.begin;
            items += s.kind == TrdBlock::Item ? 1 : 0;
        }
        QVERIFY(items >= 200 * 6);
        // The nested items, outer first: "- [x] **P-7**" before "first step of 7".
        const auto at = [&r](const QByteArray& text) {
            for (qsizetype i = 0; i < r.seen.size(); ++i) {
                if (r.seen.at(i).text.startsWith(text))
                    return i;
            }
            return qsizetype(-1);
        };
        QVERIFY(at("P-7: Build part 7 (2h)") >= 0);
        QCOMPARE(r.seen.at(at("P-7: Build part 7 (2h)")).text,
                 QByteArray("P-7: Build part 7 (2h) closing words of 7"));
        QVERIFY(at("P-7: Build part 7 (2h)") < at("first step of 7"));
        QVERIFY(at("first step of 7") < at("detail of 7"));
        QVERIFY(at("deepest 7") < at("second step of 7"));
    }

    // A sink that keeps a block's text (moves it out) gets every later block whole: the
    // reader reuses what came back, never what the sink took.
    void sinkMayTakeTheText()
    {
        const QByteArray md = nestedPlan(150);
        Recorder copying;
        Recorder taking(true);
        TrdBlockReader::parse(md, copying);
        TrdBlockReader::parse(md, taking);
        QCOMPARE(taking.seen.size(), copying.seen.size());
        for (qsizetype i = 0; i < copying.seen.size(); ++i)
            QCOMPARE(taking.seen.at(i).text, copying.seen.at(i).text);
    }
};

QTEST_GUILESS_MAIN(TstTrdBlockReader)
#include "tst_trdblockreader.moc"
