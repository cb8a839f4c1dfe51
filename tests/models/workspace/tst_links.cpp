// SPDX-License-Identifier: MIT
// The links model on a small project written for it (tests/fixtures/links/story): one
// check per link kind, the router forms real projects use, and the report's summary.
#include "graph/graphloader.h"
#include "project/fileindex.h"
#include "tasks/taskdocuments.h"
#include "traces/tracelistmodel.h"
#include "workspace/elixirfacts.h"
#include "workspace/linkbuilder.h"
#include "workspace/linksreport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        if (!QDir().mkpath(QFileInfo(dst).path()) || !QFile::copy(src, dst))
            return false;
    }
    return true;
}

bool git(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"),
            QStringList{QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
                        QStringLiteral("user.email=t@example.com")} +
                args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The targets `target` links to directly, as "kind:id" (files without their line).
QStringList linked(const LinkIndex& index, const LinkTarget& target)
{
    QStringList out;
    for (const Link& l : index.direct(target))
        out << LinkIndex::nodeKey(l.target);
    return out;
}

const Link* find(const QList<Link>& links, const QString& key)
{
    for (const Link& l : links) {
        if (LinkIndex::nodeKey(l.target) == key)
            return &l;
    }
    return nullptr;
}

} // namespace

class TestLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LinkIndex m_index;
    bool m_haveGit = false;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.path();
        QVERIFY(copyTree(QStringLiteral(PWB_FIXTURES "/links/story"), root));
        // Two traces as Playwright leaves them: a library trace in a folder named after the
        // test, and a runner trace whose title names spec file and line.
        QVERIFY(
            QDir(root).mkpath(QStringLiteral("test-results/cart-cart-adds-two-items-chromium")));
        QVERIFY(QFile::copy(
            QStringLiteral(PWB_FIXTURES "/traces/library/cart-add-items.zip"),
            root + QStringLiteral("/test-results/cart-cart-adds-two-items-chromium/trace.zip")));
        QVERIFY(QDir(root).mkpath(QStringLiteral("test-results/shop-cart-adds-items-to-the-cart")));
        QVERIFY(QFile::copy(
            QStringLiteral(
                PWB_FIXTURES
                "/traces/runner/test-results/shop-cart-adds-items-to-the-cart/trace.zip"),
            root + QStringLiteral("/test-results/shop-cart-adds-items-to-the-cart/trace.zip")));

        // History: a commit naming TRD-102 changes price.ex.
        m_haveGit =
            git(root, {QStringLiteral("init"), QStringLiteral("-q")}) &&
            git(root, {QStringLiteral("add"), QStringLiteral("-A")}) &&
            git(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Start")});
        if (m_haveGit) {
            QFile f(root + QStringLiteral("/lib/app/price.ex"));
            QVERIFY(f.open(QIODevice::Append));
            f.write("# half up\n");
            f.close();
            QVERIFY(git(root, {QStringLiteral("commit"), QStringLiteral("-qam"),
                               QStringLiteral("Round half up (TRD-102)")}));
        }

        Finding finding;
        finding.id = QStringLiteral("f1");
        finding.rule = QStringLiteral("accessibility/icon-button-name");
        finding.path = QStringLiteral("lib/app_web/live/cart_live.ex");
        finding.line = 19;
        finding.message = QStringLiteral("button without a name");
        LinkInputs in = LinksReport::gather(root, {finding});
        QCOMPARE(in.documents.size(), 1);
        QCOMPARE(in.traces.size(), 2);
        m_index = LinkBuilder::build(in);
        QVERIFY(!m_index.isEmpty());
    }

    void taskToAgent()
    {
        const QStringList t101 = linked(m_index, LinkTarget::task(QStringLiteral("TRD-101")));
        QVERIFY2(t101.contains(u"agent:ui-dev"), qPrintable(t101.join(u',')));   // Agent: @ui-dev
        QVERIFY2(t101.contains(u"agent:reviewer"), qPrintable(t101.join(u','))); // Reference
        QVERIFY(!t101.contains(u"agent:planner"));
        // The planner's own file names TRD-102.
        const QList<Link> t102 = m_index.direct(LinkTarget::task(QStringLiteral("TRD-102")));
        const Link* planner = find(t102, QStringLiteral("agent:planner"));
        QVERIFY(planner);
        QCOMPARE(planner->why, QStringLiteral("agents/planner.md:7 names TRD-102"));
        QVERIFY(linked(m_index, LinkTarget::task(QStringLiteral("TRD-103"))).isEmpty());
    }

    void taskToFiles()
    {
        const QList<Link> t101 = m_index.direct(LinkTarget::task(QStringLiteral("TRD-101")));
        QVERIFY(find(t101, QStringLiteral("file:lib/app_web/live/cart_live.ex")));  // a path
        QVERIFY(find(t101, QStringLiteral("file:lib/app_web/live/price_live.ex"))); // a module
        QVERIFY(
            find(t101, QStringLiteral("file:test/app_web/live/cart_live_test.exs"))); // Validation
        QVERIFY(!find(t101, QStringLiteral("file:agents/reviewer.md"))); // an agent, not a file
        const QList<Link> t102 = m_index.direct(LinkTarget::task(QStringLiteral("TRD-102")));
        // A task id in a code comment, at its line.
        const Link* comment = find(t102, QStringLiteral("file:lib/app_web/live/cart_live.ex"));
        QVERIFY(comment);
        QCOMPARE(comment->target.line, 4);
        if (!m_haveGit)
            QSKIP("git is not installed: the commit link is not checked");
        const Link* commit = find(t102, QStringLiteral("file:lib/app/price.ex"));
        QVERIFY(commit);
        QVERIFY2(commit->why.startsWith(u"commit ") &&
                     commit->why.endsWith(u": Round half up (TRD-102)"),
                 qPrintable(commit->why));
        QCOMPARE(m_index.commitsScanned, 2);
    }

    void fileToFindings()
    {
        const QList<Link> file =
            m_index.direct(LinkTarget::file(QStringLiteral("lib/app_web/live/cart_live.ex"), 7));
        const Link* f = find(file, QStringLiteral("finding:f1"));
        QVERIFY(f);
        QCOMPARE(f->target.line, 19);
        // From the finding, its file's task is one step away in the Related panel.
        const QList<Link> related =
            m_index.related(LinkTarget::finding(QStringLiteral("f1"), f->target.path, 19));
        QVERIFY(find(related, QStringLiteral("task:TRD-101@docs/TRD/plan.md")));
        QVERIFY(!find(related, QStringLiteral("finding:f1")));
    }

    void fileToTests()
    {
        // The conventional path: test/app/cart_test.exs tests lib/app/cart.ex.
        QVERIFY(linked(m_index, LinkTarget::test(QStringLiteral("test/app/cart_test.exs"), 0))
                    .contains(u"file:lib/app/cart.ex"));
        // alias App.{Cart, Price}
        const QStringList pricing =
            linked(m_index, LinkTarget::test(QStringLiteral("test/app/pricing_test.exs"), 0));
        QVERIFY(pricing.contains(u"file:lib/app/cart.ex"));
        QVERIFY(pricing.contains(u"file:lib/app/price.ex"));
        // live(conn, ~p"/cart") and ~p"/admin/orders/#{42}" through the router.
        const QStringList live = linked(
            m_index, LinkTarget::test(QStringLiteral("test/app_web/live/cart_live_test.exs"), 0));
        QVERIFY2(live.contains(u"file:lib/app_web/live/cart_live.ex"), qPrintable(live.join(u',')));
        QVERIFY(live.contains(u"file:lib/app_web/live/admin/order_live/show.ex"));
        // A single test of a file (as the Tests view selects it) shares its file's links.
        QVERIFY(linked(m_index, LinkTarget::test(QStringLiteral("test/app/cart_test.exs"), 4,
                                                 QStringLiteral("test a new cart is empty")))
                    .contains(u"file:lib/app/cart.ex"));
    }

    void testToTrace()
    {
        const QString library =
            QStringLiteral("test-results/cart-cart-adds-two-items-chromium/trace.zip");
        const QString runner =
            QStringLiteral("test-results/shop-cart-adds-items-to-the-cart/trace.zip");
        // By the output folder's name.
        const QList<Link> a = m_index.direct(LinkTarget::trace(library));
        const Link* spec = find(a, QStringLiteral("test:e2e/cart.spec.ts#cart › adds two items"));
        QVERIFY(spec);
        QCOMPARE(spec->target.line, 4);
        // By the title's "shop.spec.cjs:8 › cart › adds items to the cart".
        const QList<Link> b = m_index.direct(LinkTarget::trace(runner));
        const Link* recorded =
            find(b, QStringLiteral("test:e2e/shop.spec.cjs#cart › adds items to the cart"));
        QVERIFY(recorded);
        QCOMPARE(recorded->target.line, 8);
        QVERIFY(!find(b, QStringLiteral("test:e2e/cart.spec.ts#prices load")));
    }

    void traceToSource()
    {
        const QString library =
            QStringLiteral("test-results/cart-cart-adds-two-items-chromium/trace.zip");
        const QList<Link> links = m_index.direct(LinkTarget::trace(library));
        // The click on phx-click="add" at /cart lands on handle_event("add", ...) at line 9;
        // the navigation on mount at line 5.
        QList<int> lines;
        QString why;
        for (const Link& l : links) {
            if (l.target.kind == LinkTarget::Kind::File &&
                l.target.id == u"lib/app_web/live/cart_live.ex") {
                lines << l.target.line;
                if (l.target.line == 9)
                    why = l.why;
            }
        }
        QVERIFY2(lines.contains(9), qPrintable(why));
        QVERIFY(lines.contains(5));
        QVERIFY2(why.startsWith(u"click add") &&
                     why.endsWith(u"on /cart → AppWeb.CartLive.handle_event(\"add\")"),
                 qPrintable(why));
        // The action that sent it links there too.
        bool actionLinked = false;
        for (const Link& l :
             m_index.direct(LinkTarget::file(QStringLiteral("lib/app_web/live/cart_live.ex")))) {
            if (l.target.kind == LinkTarget::Kind::Trace && l.target.id == library &&
                !l.target.detail.isEmpty())
                actionLinked = true;
        }
        QVERIFY(actionLinked);
        QVERIFY(m_index.traceEventsResolved >= 4);
        QCOMPARE(m_index.traceEventsUnresolved, 0);
    }

    void reportSummary()
    {
        const TaskLinks* t101 = nullptr;
        for (const TaskLinks& t : m_index.tasks) {
            if (t.id == u"TRD-101")
                t101 = &t;
        }
        QVERIFY(t101);
        QCOMPARE(t101->findings, 1);
        QVERIFY(t101->agents.contains(u"ui-dev"));
        QVERIFY(t101->tests.contains(u"AppWeb.CartLiveTest"));
        QVERIFY(t101->tests.contains(u"cart › adds two items"));
        QVERIFY(t101->traces.contains(u"test-results/cart-cart-adds-two-items-chromium/trace.zip"));
        const QString text = LinksReport::toText(m_index.toJson());
        QVERIFY2(text.contains(u"TRD-103  Nothing Links Here  (no links)"), qPrintable(text));
        QVERIFY(m_index.toJson()
                    .value(QStringLiteral("by_kind"))
                    .toObject()
                    .value(u"task-agent")
                    .toInt() >= 3);
    }

    void routerForms()
    {
        QFile f(QStringLiteral(PWB_FIXTURES "/links/story/lib/app_web/router.ex"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ElixirFacts facts = ElixirFactsReader::read(f.readAll(), QStringLiteral("router.ex"));
        QVERIFY(facts.diagnostics.isEmpty());
        QStringList routes;
        for (const LiveRoute& r : facts.routes)
            routes << r.path + u' ' + r.module + u' ' + r.action;
        QCOMPARE(routes,
                 (QStringList{QStringLiteral("/cart AppWeb.CartLive index"),
                              QStringLiteral("/prices AppWeb.PriceLive "),
                              QStringLiteral("/admin/orders/:id AppWeb.Admin.OrderLive.Show show"),
                              QStringLiteral("/files/*path AppWeb.FileLive show"),
                              QStringLiteral("/raw AppWeb.RawLive "),
                              QStringLiteral("/kw/x AppWeb.Kw.XLive index")}));
        const auto match = [&](const char* path) {
            const LiveRoute* r =
                ElixirFactsReader::matchRoute(facts.routes, QString::fromLatin1(path));
            return r ? r->module : QString();
        };
        QCOMPARE(match("/admin/orders/42"), QStringLiteral("AppWeb.Admin.OrderLive.Show"));
        QCOMPARE(match("/cart/"), QStringLiteral("AppWeb.CartLive"));
        QCOMPARE(match("/files/a/b.txt"), QStringLiteral("AppWeb.FileLive"));
        QCOMPARE(match("/admin/orders"), QString());
        QCOMPARE(match("/nope"), QString());

        const ElixirFacts broken = ElixirFactsReader::read(
            "scope \"/\", A do\n  live \"/a\", ALive\nend\nend\n", QStringLiteral("r.ex"));
        QCOMPARE(broken.routes.size(), 1);
        QCOMPARE(broken.diagnostics.size(), 1);
        QCOMPARE(broken.diagnostics.first().code, QStringLiteral("links-router-unbalanced"));
    }

    void elixirFacts()
    {
        QFile f(
            QStringLiteral(PWB_FIXTURES "/links/story/lib/app_web/live/admin/order_live/show.ex"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ElixirFacts show = ElixirFactsReader::read(f.readAll(), QStringLiteral("show.ex"));
        QCOMPARE(show.modules.first().name, QStringLiteral("AppWeb.Admin.OrderLive.Show"));
        QCOMPARE(show.callback(QStringLiteral("mount"))->line, 4);
        QCOMPARE(show.callback(QStringLiteral("handle_params"))->line, 6);
        // A clause with a variable for the event takes every event.
        QVERIFY(show.handleEvent(QStringLiteral("anything")));
        QCOMPARE(show.handleEvent(QStringLiteral("anything"))->line, 8);

        QFile c(QStringLiteral(PWB_FIXTURES "/links/story/lib/app/cart.ex"));
        QVERIFY(c.open(QIODevice::ReadOnly));
        const ElixirFacts cart = ElixirFactsReader::read(c.readAll(), QStringLiteral("cart.ex"));
        QCOMPARE(cart.modules.size(), 2);
        QCOMPARE(cart.modules.at(1).name, QStringLiteral("App.Cart.Line")); // nested

        QFile t(QStringLiteral(PWB_FIXTURES "/links/story/test/app/pricing_test.exs"));
        QVERIFY(t.open(QIODevice::ReadOnly));
        const ElixirFacts test =
            ElixirFactsReader::read(t.readAll(), QStringLiteral("pricing_test.exs"));
        QVERIFY(test.isTestFile);
        QCOMPARE(test.tests.size(), 1);
        QCOMPARE(test.tests.first().describe, QStringLiteral("round/1"));
        QCOMPARE(test.tests.first().line, 6);
        QVERIFY(test.referencedModules.contains(u"App.Price"));
    }

    void traceTitlesAndFolders()
    {
        const LinkBuilder::TraceTitle t =
            LinkBuilder::parseTraceTitle(QStringLiteral("shop.spec.cjs:8 › cart › adds items"));
        QCOMPARE(t.specFile, QStringLiteral("shop.spec.cjs"));
        QCOMPARE(t.line, 8);
        QCOMPARE(t.titlePath, (QStringList{QStringLiteral("cart"), QStringLiteral("adds items")}));
        QCOMPARE(LinkBuilder::sanitizeForFilePath(QStringLiteral("applies the WELCOME10 coupon!")),
                 QStringLiteral("applies-the-WELCOME10-coupon-"));
        QCOMPARE(LinkBuilder::sanitizeForFilePath(QStringLiteral("a  -- b")),
                 QStringLiteral("a----b"));
    }

    // A file with very many findings costs linear time (a quadratic duplicate check once
    // made a 100,000-finding file take minutes).
    // Teams with many TRDs number each from TRD-001: the Related panel of one plan's TRD-001
    // shows what that task names, never another plan's, and a file naming an id several
    // plans define is linked to none of them.
    void idsSharedByPlans()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString& path, const QByteArray& text) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(path).path()));
            QFile f(dir.path() + u'/' + path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("docs/TRD/alpha.md"),
              "# TRD: Alpha\n\n## Tasks\n\n"
              "- [ ] **TRD-001**: Parse the feed in `lib/alpha/feed.ex` (2h)\n");
        write(QStringLiteral("docs/TRD/beta.md"),
              "# TRD: Beta\n\n## Tasks\n\n"
              "- [ ] **TRD-001**: Store the rows in `lib/beta/store.ex` (3h)\n"
              "- [ ] **TRD-009**: Retry failed writes (1h)\n");
        write(QStringLiteral("lib/alpha/feed.ex"), "defmodule Alpha.Feed do\nend\n");
        write(QStringLiteral("lib/beta/store.ex"), "defmodule Beta.Store do\nend\n");
        write(QStringLiteral("lib/beta/retry.ex"),
              "defmodule Beta.Retry do\n  # TRD-001 and TRD-009: retried here\nend\n");
        LinkInputs in = LinksReport::gather(dir.path(), {});
        QCOMPARE(in.documents.size(), 2);
        const LinkIndex index = LinkBuilder::build(in);

        const LinkTarget alpha =
            LinkTarget::task(QStringLiteral("TRD-001"), QStringLiteral("docs/TRD/alpha.md"), 5);
        const LinkTarget beta =
            LinkTarget::task(QStringLiteral("TRD-001"), QStringLiteral("docs/TRD/beta.md"), 5);
        const QStringList a = linked(index, alpha);
        const QStringList b = linked(index, beta);
        QVERIFY2(a.contains(u"file:lib/alpha/feed.ex"), qPrintable(a.join(u',')));
        QVERIFY2(!a.contains(u"file:lib/beta/store.ex"), qPrintable(a.join(u',')));
        QVERIFY2(b.contains(u"file:lib/beta/store.ex"), qPrintable(b.join(u',')));
        QVERIFY2(!b.contains(u"file:lib/alpha/feed.ex"), qPrintable(b.join(u',')));
        // The comment names TRD-001 (two plans define it) and TRD-009 (one does).
        QVERIFY(!a.contains(u"file:lib/beta/retry.ex"));
        QVERIFY(!b.contains(u"file:lib/beta/retry.ex"));
        const QStringList retry =
            linked(index, LinkTarget::file(QStringLiteral("lib/beta/retry.ex")));
        QCOMPARE(retry, QStringList{QStringLiteral("task:TRD-009@docs/TRD/beta.md")});
        // Named without a document, an id resolves to the one plan with links for it.
        QVERIFY(linked(index, LinkTarget::task(QStringLiteral("TRD-009")))
                    .contains(u"file:lib/beta/retry.ex"));
        QVERIFY(linked(index, LinkTarget::task(QStringLiteral("TRD-001"))).isEmpty());
        // The report's summary has both tasks, and says why the comment links one id only.
        int summaries = 0;
        for (const TaskLinks& t : index.tasks)
            summaries += t.id == u"TRD-001";
        QCOMPARE(summaries, 2);
        bool said = false;
        for (const Diagnostic& d : index.diagnostics) {
            if (d.code == u"links-shared-task-id") {
                said = d.message.contains(u"TRD-001") && d.message.contains(u"docs/TRD/beta.md");
                QCOMPARE(d.severity, Diagnostic::Severity::Info);
            }
        }
        QVERIFY(said);
    }

    void manyFindingsStayCheap()
    {
        LinkInputs in;
        in.root = m_dir.path();
        in.files = {QStringLiteral("lib/app/cart.ex")};
        for (int i = 0; i < 100000; ++i) {
            Finding f;
            f.id = QString::number(i);
            f.path = QStringLiteral("lib/app/cart.ex");
            f.line = i + 1;
            in.findings.append(f);
        }
        in.useGit = false;
        const LinkIndex index = LinkBuilder::build(in);
        QCOMPARE(index.linkCount(), 100000);
        QCOMPARE(index.direct(LinkTarget::file(QStringLiteral("lib/app/cart.ex"))).size(), 100000);
    }
};

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
