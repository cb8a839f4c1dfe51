// SPDX-License-Identifier: MIT
// Hostile projects at the model level, for what the headless report does not do: the board
// writing a TRD back, triage decisions, coverage and last-run files, the ExUnit formatter's
// folder. In-process under the same memory limit as the command-line cases.
#include "hostilerun.h"
#include "review/finding.h"
#include "review/triagestore.h"
#include "tasks/taskdocuments.h"
#include "testing/coveragedata.h"
#include "testing/formatterscript.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pwb;
using namespace pwb::hostile;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kTrd = "# Plan\n\n**TRD-001: Thing** (2h)\n- [ ] first\n- [ ] second\n";

} // namespace

class TestHostileModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_root;
    QString m_outside;
    QMap<QString, QByteArray> m_before;

    QString in(const QString& rel) const { return m_root + u'/' + rel; }
    void put(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    void link(const QString& target, const QString& rel)
    {
        QDir().mkpath(QFileInfo(in(rel)).absolutePath());
        QVERIFY2(QFile::link(target, in(rel)), qPrintable(rel));
    }
    Finding finding(const QString& fp)
    {
        Finding f;
        f.path = QStringLiteral("lib/a.ex");
        f.line = 1;
        f.rule = QStringLiteral("r");
        f.fingerprint = fp;
        return f;
    }

private slots:
    void initTestCase()
    {
        if (!sanitized()) {
            const rlimit limit{rlim_t(kMemoryLimit), rlim_t(kMemoryLimit)};
            QCOMPARE(::setrlimit(RLIMIT_AS, &limit), 0);
        }
        // The formatter goes to the cache location: keep it in the temporary folder.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_tmp.filePath(QStringLiteral("cache"))));
    }

    void init()
    {
        m_root = m_tmp.filePath(QStringLiteral("project"));
        m_outside = m_tmp.filePath(QStringLiteral("outside"));
        QDir(m_root).removeRecursively();
        QDir(m_outside).removeRecursively();
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(QDir().mkpath(m_outside + QStringLiteral("/dir")));
        put(m_outside + QStringLiteral("/plan.md"), kTrd);
        put(m_outside + QStringLiteral("/triage.json"), "{\"decisions\": []}\n");
        m_before = snapshot(m_outside);
    }

    void cleanup() { QCOMPARE(snapshot(m_outside), m_before); }

    void boardNeverWritesThroughALink()
    {
        link(m_outside + QStringLiteral("/plan.md"), QStringLiteral("docs/TRD/plan.md"));
        TaskDocuments docs;
        docs.load(m_root, {QStringLiteral("docs/TRD/plan.md")});
        QTRY_COMPARE(docs.count(), 1);
        const TaskDocuments::Entry& e = docs.at(0);
        QVERIFY(e.readError);
        QVERIFY(e.doc.tasks.isEmpty());
        QCOMPARE(e.lint.value(0).code, QStringLiteral("file-outside-project"));
        QVERIFY(e.lint.value(0).message.contains(m_outside));
    }

    void boardRefusesALinkSwappedInAfterLoading()
    {
        put(in(QStringLiteral("docs/TRD/plan.md")), kTrd);
        TaskDocuments docs;
        docs.load(m_root, {QStringLiteral("docs/TRD/plan.md")});
        QTRY_COMPARE(docs.count(), 1);
        QCOMPARE(docs.at(0).doc.tasks.size(), 1);
        // The file becomes a link out of the project before the tick is written.
        QVERIFY(QFile::remove(in(QStringLiteral("docs/TRD/plan.md"))));
        link(m_outside + QStringLiteral("/plan.md"), QStringLiteral("docs/TRD/plan.md"));
        QSignalSpy failed(&docs, &TaskDocuments::editFailed);
        docs.setSubtaskChecked(0, QStringLiteral("TRD-001"), 0, true);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("outside the project")),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(QFileInfo(in(QStringLiteral("docs/TRD/plan.md"))).isSymLink());
    }

    void boardKeepsReadOnlyFilesAsTheyAre()
    {
        const QString file = in(QStringLiteral("docs/TRD/plan.md"));
        put(file, kTrd);
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0444), 0);
        TaskDocuments docs;
        docs.load(m_root, {QStringLiteral("docs/TRD/plan.md")});
        QTRY_COMPARE(docs.count(), 1);
        QSignalSpy failed(&docs, &TaskDocuments::editFailed);
        docs.setSubtaskChecked(0, QStringLiteral("TRD-001"), 0, true);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("read-only")));
        QCOMPARE(contentOf(file), kTrd);
        QCOMPARE(modeOf(file) & 07777, mode_t(0444));
    }

    void boardWritesKeepTheMode()
    {
        const QString file = in(QStringLiteral("docs/TRD/plan.md"));
        put(file, kTrd);
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0640), 0);
        TaskDocuments docs;
        docs.load(m_root, {QStringLiteral("docs/TRD/plan.md")});
        QTRY_COMPARE(docs.count(), 1);
        QSignalSpy idle(&docs, &TaskDocuments::idle);
        docs.setSubtaskChecked(0, QStringLiteral("TRD-001"), 0, true);
        QTRY_VERIFY(idle.count() >= 1);
        QVERIFY(contentOf(file).contains("- [x] first"));
        QCOMPARE(modeOf(file) & 07777, mode_t(0640));
    }

    void triageNeverWritesOutside()
    {
        link(m_outside + QStringLiteral("/triage.json"), QStringLiteral(".workbench/triage.json"));
        TriageStore store;
        const Diagnostics d = store.load(m_root);
        QCOMPARE(d.value(0).code, QStringLiteral("triage-unreadable"));
        QString error;
        QVERIFY(!store.setDecision(finding(QStringLiteral("aaa")), Finding::Triage::Confirmed, {},
                                   &error));
        QVERIFY2(error.contains(QStringLiteral("triage.json")), qPrintable(error));
        // The whole folder linked out: nothing appears there either.
        QVERIFY(QDir(in(QStringLiteral(".workbench"))).removeRecursively());
        link(m_outside + QStringLiteral("/dir"), QStringLiteral(".workbench"));
        TriageStore other;
        QVERIFY(other.load(m_root).isEmpty());
        QVERIFY(!other.setDecision(finding(QStringLiteral("aaa")), Finding::Triage::Confirmed, {},
                                   &error));
        QVERIFY2(error.contains(QStringLiteral("outside the project")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_outside + QStringLiteral("/dir/triage.json")));
    }

    void conflictedTriageIsKeptAsideAndBothSidesRead()
    {
        const QByteArray conflicted =
            "{\n\"version\": 1,\n\"decisions\": [\n"
            "{\"fingerprint\":\"both\",\"state\":\"confirmed\",\"rule\":\"r\",\"path\":\"p\"},\n"
            "<<<<<<< HEAD\n"
            "{\"fingerprint\":\"mine\",\"state\":\"wontfix\",\"rule\":\"r\",\"path\":\"p\"},\n"
            "{\"fingerprint\":\"twice\",\"state\":\"confirmed\",\"rule\":\"r\",\"path\":\"p\","
            "\"updated\":\"2026-01-01T00:00:00Z\"},\n"
            "=======\n"
            "{\"fingerprint\":\"theirs\",\"state\":\"fixed\",\"rule\":\"r\",\"path\":\"p\"},\n"
            "{\"fingerprint\":\"twice\",\"state\":\"false_positive\",\"rule\":\"r\",\"path\":\"p\","
            "\"updated\":\"2026-02-01T00:00:00Z\"},\n"
            ">>>>>>> feature\n{\"end\": true}\n]\n}\n";
        put(in(QStringLiteral(".workbench/triage.json")), conflicted);
        TriageStore store;
        const Diagnostics d = store.load(m_root);
        QCOMPARE(store.decisions().size(), 4);
        QCOMPARE(store.state(QStringLiteral("mine")), Finding::Triage::WontFix);
        QCOMPARE(store.state(QStringLiteral("theirs")), Finding::Triage::Fixed);
        QCOMPARE(store.state(QStringLiteral("twice")), Finding::Triage::FalsePositive); // later
        const QStringList aside = QDir(in(QStringLiteral(".workbench")))
                                      .entryList({QStringLiteral("triage.json.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(contentOf(in(QStringLiteral(".workbench/") + aside.first())), conflicted);
        const auto told = std::find_if(d.cbegin(), d.cend(), [](const Diagnostic& x) {
            return x.code == u"triage-kept-aside";
        });
        QVERIFY(told != d.cend());
        QVERIFY2(told->message.contains(aside.first()), qPrintable(told->message));
        // The next decision writes a clean file with every decision; the copy stays.
        QVERIFY(store.setDecision(finding(QStringLiteral("new")), Finding::Triage::Confirmed));
        TriageStore reread;
        QVERIFY(reread.load(m_root).isEmpty());
        QCOMPARE(reread.decisions().size(), 5);
        QVERIFY(QFileInfo::exists(in(QStringLiteral(".workbench/") + aside.first())));
    }

    void truncatedTriageKeepsWhatParses()
    {
        put(in(QStringLiteral(".workbench/triage.json")),
            "{\n\"version\": 1,\n\"decisions\": [\n"
            "{\"fingerprint\":\"a\",\"state\":\"confirmed\",\"rule\":\"r\",\"path\":\"p\"},\n"
            "{\"fingerprint\":\"b\",\"sta");
        TriageStore store;
        store.load(m_root);
        QCOMPARE(store.decisions().size(), 1);
        QVERIFY(store.contains(QStringLiteral("a")));
    }

    void coverageFilesNeverBlock()
    {
        QVERIFY(QDir().mkpath(in(QStringLiteral("cover"))));
        QCOMPARE(::mkfifo(QFile::encodeName(in(QStringLiteral("lcov.info"))).constData(), 0600), 0);
        link(QStringLiteral("/dev/zero"), QStringLiteral("cover/excoveralls.json"));
        QElapsedTimer t;
        t.start();
        const CoverageData c = CoverageParsers::loadProjectFiles(m_root);
        QVERIFY(t.elapsed() < 10000);
        QVERIFY(c.modules.isEmpty());
        QStringList named;
        for (const Diagnostic& d : c.diagnostics)
            named << d.path;
        QVERIFY2(named.contains(QStringLiteral("lcov.info")), qPrintable(named.join(u',')));
        QVERIFY2(named.contains(QStringLiteral("cover/excoveralls.json")),
                 qPrintable(named.join(u',')));
    }

    void formatterLivesInAPrivateFolder()
    {
        QString error;
        const QString path = FormatterScript::path(&error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(path.startsWith(m_tmp.path()));
        const QString dir = QFileInfo(path).absolutePath();
        QCOMPARE(modeOf(dir) & 07777, mode_t(0700));
        QCOMPARE(contentOf(path), FormatterScript::contents());
        // A planted file of the same size is replaced, not run.
        QByteArray planted = FormatterScript::contents();
        planted.replace(0, 12, "System.halt(");
        QCOMPARE(planted.size(), FormatterScript::contents().size());
        put(path, planted);
        QCOMPARE(FormatterScript::path(&error), path);
        QCOMPARE(contentOf(path), FormatterScript::contents());
        // A folder opened to others is closed again before use.
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0777), 0);
        QCOMPARE(FormatterScript::path(&error), path);
        QCOMPARE(modeOf(dir) & 07777, mode_t(0700));
    }
};

QTEST_GUILESS_MAIN(TestHostileModels)
#include "tst_hostile_models.moc"
