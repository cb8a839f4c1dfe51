// SPDX-License-Identifier: MIT
// Scrolling the board through 10,000 task cards: the time of each scroll step (move the
// scroll bar, paint the viewport), against Qt's QTreeView scrolled over the same BoardModel
// in the same run. A step must stay well under a 60 Hz frame (16.7 ms).
#include "board/boardpage.h"
#include "board/boardview.h"
#include "workspace/project.h"
#include "tasks/boardmodel.h"
#include "tasks/taskdocuments.h"
#include "tasks/trdparser.h"

#include "generatedtrd.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace pwb;

namespace {

struct Frames
{
    QList<double> ms;
    double median() const { return ms.at(ms.size() / 2); }
    double p95() const { return ms.at(qsizetype(double(ms.size() - 1) * 0.95)); }
    double worst() const { return ms.last(); }
};

// Scrolls `view` from top to bottom and back in steps of a third of its height, painting
// after each step, and returns the sorted step times.
Frames scrollThrough(QAbstractScrollArea* view)
{
    QScrollBar* bar = view->verticalScrollBar();
    const int step = std::max(1, view->viewport()->height() / 3);
    QList<int> positions;
    for (int y = 0; y <= bar->maximum(); y += step)
        positions << y;
    for (int i = int(positions.size()) - 1; i >= 0; --i)
        positions << positions.at(i);
    Frames f;
    for (int y : std::as_const(positions)) {
        QElapsedTimer t;
        t.start();
        bar->setValue(y);
        view->viewport()->repaint();
        f.ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(f.ms.begin(), f.ms.end());
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int tasks = 10000;
    TaskDocuments::Entry e;
    e.path = QStringLiteral("docs/TRD/generated.md");
    e.bytes = generatedTrd(tasks);
    e.doc = TrdParser::parse(e.bytes, e.path);

    Project project;
    BoardPage page(&project);
    page.resize(1400, 900);
    page.show();
    QElapsedTimer load;
    load.start();
    project.tasks()->setEntries({e});
    QCoreApplication::processEvents();
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    if (page.model()->cardCount() != tasks) {
        std::printf("bench_boardscroll: FAILED, the board shows %d cards\n",
                    page.model()->cardCount());
        return 1;
    }
    BoardView* board = page.view();
    board->viewport()->repaint();
    const Frames ours = scrollThrough(board);
    const int painted = board->lastPaintedCards();

    QTreeView peer;
    peer.setUniformRowHeights(true);
    peer.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel); // steps in pixels, as ours
    peer.setModel(page.model());
    peer.expandAll();
    peer.resize(board->viewport()->size());
    peer.show();
    QCoreApplication::processEvents();
    const Frames theirs = scrollThrough(&peer);

    std::printf("bench_boardscroll: %d cards, board content %d px high, viewport %dx%d\n", tasks,
                board->contentHeight(), board->viewport()->width(), board->viewport()->height());
    std::printf("  board filled in        %8.2f ms (model reset and first layout)\n", loadMs);
    std::printf("  board scroll step      median %6.2f ms  p95 %6.2f ms  worst %6.2f ms  "
                "(%lld steps, %d cards in the last frame)\n",
                ours.median(), ours.p95(), ours.worst(), qlonglong(ours.ms.size()), painted);
    std::printf("  peer QTreeView step    median %6.2f ms  p95 %6.2f ms  worst %6.2f ms  "
                "(%lld steps, same model)\n",
                theirs.median(), theirs.p95(), theirs.worst(), qlonglong(theirs.ms.size()));
    std::printf("  ratio board / tree     %8.2fx (median)\n", ours.median() / theirs.median());
    std::printf("  target p95 < 16.7 ms per step: %s\n", ours.p95() < 16.7 ? "met" : "MISSED");
    return 0;
}
