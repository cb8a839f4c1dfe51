// SPDX-License-Identifier: MIT
// The workspace assembles every domain for one folder. This binary links all of them, so a
// type defined twice across domains (the old YamlNode clash) shows up here as well.
#include "core/watchset.h"
#include "graph/graphmodel.h"
#include "project/fileindex.h"
#include "tasks/taskdocuments.h"
#include "workspace/project.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

class TestProject : public QObject
{
    Q_OBJECT
private slots:
    // Opening watches the project through the one shared service; closing gives every
    // watch back, so nothing keeps a closed project's files watched.
    void openWatchesAndCloseReleases()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("agents")));
        const auto write = [&](const QString& rel, const QByteArray& text) {
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("mix.exs"), "defmodule A.MixProject do\n  use Mix.Project\n"
                                         "  def project, do: [app: :a, version: \"0.1.0\"]\nend\n");
        write(QStringLiteral("docs/TRD/plan.md"),
              "# Plan\n\n### Sprint 1: Start\n\n- [ ] **TRD-001**: Set up (2h)\n"
              "- [x] **TRD-002**: Ship (1h) — @lead\n");
        write(QStringLiteral("agents/lead.md"), "---\nname: lead\ndescription: Leads\n---\n");

        FileWatchService* service = FileWatchService::instance();
        const qsizetype before = service->watchedCount();
        Project project;
        QSignalSpy opened(&project, &Project::opened);
        QSignalSpy files(project.files(), &FileIndex::ready);
        QVERIFY(project.open(dir.path()));
        QVERIFY(opened.wait(10000));
        QVERIFY(!files.isEmpty() || files.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(project.tasks()->count() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!project.graph()->isLoading(), 10000);
        QVERIFY(service->watchedCount() > before);

        QSignalSpy closed(&project, &Project::closed);
        project.close();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(service->watchedCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
