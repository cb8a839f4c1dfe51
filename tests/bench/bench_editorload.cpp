// SPDX-License-Identifier: MIT
// Opening a 10 MB source file: the longest pause of the GUI thread with CodeEditor (the file
// read and split on a worker thread, inserted in pieces, one per turn of the event loop)
// against QPlainTextEdit::setPlainText on the GUI thread (the peer). Target: under 50 ms.
#include "editor/codeeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pwb;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QByteArray text;
    const QByteArray line =
        "  def handle_event(\"save\", %{\"cart\" => params}, socket), do: {:noreply, socket}\n";
    while (text.size() < 10 * 1024 * 1024)
        text += line;
    const QString path = dir.filePath(QStringLiteral("big.ex"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return 1;
    f.close();

    // Peer: read and set on the GUI thread.
    QPlainTextEdit peer;
    peer.resize(900, 600);
    peer.show();
    QElapsedTimer t;
    t.start();
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        peer.setPlainText(QString::fromUtf8(in.readAll()));
    }
    QCoreApplication::processEvents();
    const qint64 peerMs = t.elapsed();

    // Ours: the longest pause of the event loop while the file loads.
    CodeEditor editor;
    editor.resize(900, 600);
    editor.show();
    QElapsedTimer gap;
    qint64 worst = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { worst = qMax(worst, gap.restart()); });
    QEventLoop loop;
    QObject::connect(&editor, &CodeEditor::loaded, &loop, &QEventLoop::quit);
    t.restart();
    gap.start();
    ticker.start(0);
    editor.openFile(path, QStringLiteral("big.ex"));
    loop.exec();
    QCoreApplication::processEvents();
    worst = qMax(worst, gap.elapsed());
    const qint64 totalMs = t.elapsed();
    ticker.stop();

    std::printf("bench_editorload: 10 MiB, %d lines\n", editor.blockCount());
    std::printf("  QPlainTextEdit::setPlainText on the GUI thread: %lld ms blocked\n",
                static_cast<long long>(peerMs));
    std::printf("  CodeEditor::openFile: %lld ms until loaded, longest GUI pause %lld ms\n",
                static_cast<long long>(totalMs), static_cast<long long>(worst));
    std::printf("  GUI blocking ratio (peer / ours): %.1fx\n",
                worst > 0 ? double(peerMs) / double(worst) : 0.0);
    return 0;
}
