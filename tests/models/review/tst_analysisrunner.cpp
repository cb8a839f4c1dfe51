// SPDX-License-Identifier: MIT
#include "project/fileindex.h"
#include "workspace/project.h"
#include "review/analysisrunner.h"
#include "review/findingsmodel.h"
#include "review/projectreview.h"
#include "review/triagestore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        QDir().mkpath(QFileInfo(dst).path());
        QFile::copy(src, dst);
    }
}

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

} // namespace

class TestAnalysisRunner : public QObject
{
    Q_OBJECT
private slots:
    void runsInBatchesAndOnlyReanalysesChanges()
    {
        QTemporaryDir dir;
        copyTree(QStringLiteral(PWB_FIXTURES "/review/rules/otp__blocking-in-callback/fire"),
                 dir.path());
        copyTree(QStringLiteral(PWB_FIXTURES "/review/rules/security__browser-pipeline/fire"),
                 dir.path());
        const QStringList files = FileIndex::scan(dir.path());
        QCOMPARE(files.size(), 2);

        AnalysisRunner runner;
        QSignalSpy started(&runner, &AnalysisRunner::started);
        QSignalSpy progress(&runner, &AnalysisRunner::progress);
        QSignalSpy batches(&runner, &AnalysisRunner::batchReady);
        QSignalSpy finished(&runner, &AnalysisRunner::finished);
        runner.start(dir.path(), files + QStringList{QStringLiteral("README.md")});
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(started.first().first().toInt(), 2);
        QCOMPARE(progress.last().at(0).toInt(), 2);
        int analysed = 0;
        for (const auto& b : batches)
            analysed += int(b.first().value<QList<FileAnalysis>>().size());
        QCOMPARE(analysed, 2);
        QVERIFY(!runner.isRunning());
        QCOMPARE(runner.summary().filesAnalyzed, 2);
        QVERIFY(runner.summary().findings.size() >= 4);

        // Unchanged: nothing is re-analysed.
        batches.clear();
        finished.clear();
        runner.rerun();
        QVERIFY(finished.wait(10000));
        QCOMPARE(batches.size(), 0);
        QCOMPARE(runner.summary().filesAnalyzed, 2);

        // One file changes: only it comes back.
        QTest::qWait(20); // a different modification time
        write(dir.filePath(QStringLiteral("lib/app_web/router.ex")),
              "defmodule AppWeb.Router do\n  @moduledoc \"R.\"\nend\n");
        finished.clear();
        runner.rerun();
        QVERIFY(finished.wait(10000));
        QCOMPARE(batches.size(), 1);
        const auto batch = batches.first().first().value<QList<FileAnalysis>>();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().path, QStringLiteral("lib/app_web/router.ex"));
        for (const Finding& f : runner.summary().findings)
            QVERIFY(f.rule != u"security/browser-pipeline");

        // A removed file is reported as removed.
        batches.clear();
        finished.clear();
        runner.start(dir.path(), {QStringLiteral("lib/app/worker.ex")});
        QVERIFY(finished.wait(10000));
        QCOMPARE(batches.first().at(1).toStringList(),
                 QStringList{QStringLiteral("lib/app_web/router.ex")});
    }

    void cancellation()
    {
        QTemporaryDir dir;
        QStringList files;
        QByteArray big;
        for (int i = 0; i < 4000; ++i)
            big += "  def f" + QByteArray::number(i) +
                   "(x), do: Enum.map(x, fn y -> Repo.get(T, y) end)\n";
        for (int i = 0; i < 40; ++i) {
            const QString p = QStringLiteral("lib/f%1.ex").arg(i);
            QDir().mkpath(dir.filePath(QStringLiteral("lib")));
            write(dir.filePath(p), "defmodule F do\n" + big + "end\n");
            files << p;
        }
        AnalysisRunner runner;
        QSignalSpy cancelled(&runner, &AnalysisRunner::cancelled);
        QSignalSpy finished(&runner, &AnalysisRunner::finished);
        runner.start(dir.path(), files);
        runner.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!runner.isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
        // A new run after a cancel completes.
        runner.start(dir.path(), files.mid(0, 2));
        QVERIFY(finished.wait(20000));
        QCOMPARE(runner.summary().filesAnalyzed, 2);
    }

    void projectOwnsTheReview()
    {
        QTemporaryDir dir;
        copyTree(QStringLiteral(PWB_FIXTURES "/review/rules/otp__call-infinity/fire"), dir.path());
        write(dir.filePath(QStringLiteral("mix.exs")),
              "defmodule App.MixProject do\n  use Mix.Project\n  def project, do: [app: "
              ":app]\nend\n");
        Project project;
        FindingsModel* model = project.review()->findings();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(project.review()->runner(), &AnalysisRunner::finished);
        QVERIFY(project.open(dir.path()));
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(model->rowCount() > 0);
        int infinity = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->finding(r).rule == u"otp/call-infinity")
                infinity = r;
        }
        QVERIFY(infinity >= 0);
        // Triage goes to the project's .workbench/triage.json.
        QVERIFY(model->setTriage(infinity, Finding::Triage::WontFix, QStringLiteral("legacy")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".workbench/triage.json"))));

        // The watcher re-analyses an edited file.
        finished.clear();
        QTest::qWait(20);
        write(dir.filePath(QStringLiteral("lib/app/client.ex")),
              "defmodule App.Client do\n  @moduledoc \"C.\"\nend\n");
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY([&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->finding(r).rule == u"otp/call-infinity")
                    return false;
            }
            return true;
        }());

        // An import merges another tool's findings.
        QSignalSpy imported(project.review(), &ProjectReview::importFinished);
        write(dir.filePath(QStringLiteral("credo.json")),
              "{\"issues\": [{\"check\": \"Credo.X\", \"category\": \"design\", \"filename\": "
              "\"lib/app/client.ex\", \"line_no\": 1, \"message\": \"m\", \"priority\": 1}]}");
        project.review()->importReport(dir.filePath(QStringLiteral("credo.json")));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 5000);
        QCOMPARE(imported.first().at(1).toBool(), true);
        QCOMPARE(imported.first().at(2).toInt(), 1);
        bool credo = false;
        for (int r = 0; r < model->rowCount(); ++r)
            credo = credo || model->finding(r).tool == u"credo";
        QVERIFY(credo);

        project.close();
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRunner)
#include "tst_analysisrunner.moc"
