// SPDX-License-Identifier: MIT
#include "review/elixirlexer.h"
#include "review/syntaxtree.h"

#include <QTest>

using namespace pwb;

namespace {

// Keeps the source and tokens alive for the tree.
struct Parsed
{
    QByteArray src;
    ElixirLexer::Result lexed;
    SyntaxTree tree;
    explicit Parsed(const QByteArray& s)
        : src(s)
        , lexed(ElixirLexer::tokenize(src))
        , tree(src, lexed.tokens)
    {}
    // Code position of the n-th token whose text is `text`.
    int find(const char* text, int nth = 0) const
    {
        for (int k = 0; k < tree.n(); ++k) {
            if (tree.X(k) == std::string_view(text) && nth-- == 0)
                return k;
        }
        return -1;
    }
};

} // namespace

class TestSyntaxTree : public QObject
{
    Q_OBJECT
private slots:
    void modulesDefsArityAndRoles()
    {
        const Parsed p("defmodule AppWeb.PageLive do\n"
                       "  use AppWeb, :live_view\n"
                       "  @impl true\n"
                       "  def mount(_params, _session, socket), do: {:ok, socket}\n"
                       "  def handle_event(\"x\", %{\"id\" => id}, socket) do\n"
                       "    load(id)\n"
                       "  end\n"
                       "  defp load(id), do: helper(id)\n"
                       "  defp helper(_), do: :ok\n"
                       "  def unused, do: 1\n"
                       "end\n");
        const SyntaxTree& t = p.tree;
        QCOMPARE(t.modules().size(), size_t(1));
        QCOMPARE(t.modules()[0].name, QStringLiteral("AppWeb.PageLive"));
        QVERIFY(t.modules()[0].roles & SyntaxTree::LiveView);
        QCOMPARE(t.defs().size(), size_t(5));
        QCOMPARE(t.defs()[0].arity, 3);
        QVERIFY(t.defs()[0].hasImpl);
        QCOMPARE(t.defs()[2].arity, 1);
        QCOMPARE(t.defs()[4].arity, 0);
        QVERIFY(t.isCallback(t.defs()[1])); // handle_event of a LiveView, without @impl
        QVERIFY(!t.isCallback(t.defs()[4]));
        // handle_event reaches load and helper, not unused.
        std::vector<int> r = t.reachableDefs(1);
        std::sort(r.begin(), r.end());
        QCOMPARE(r, (std::vector<int>{1, 2, 3}));
        QCOMPARE(t.defAt(p.find("load")), 1);
        QCOMPARE(t.defAt(p.find("use")), -1);
        QVERIFY(t.inModuleBody(p.find("use")));
    }

    void projectVariantsOfRolesCount()
    {
        // `use AppWeb, :api_controller` (or `:admin_live_view`) is the project's own variant
        // of the role: its actions get request data like any controller's.
        const Parsed p("defmodule AppWeb.API.DeviceController do\n"
                       "  use AppWeb, :api_controller\n"
                       "end\n"
                       "defmodule AppWeb.Admin.PageLive do\n"
                       "  use AppWeb, :admin_live_view\n"
                       "end\n"
                       "defmodule AppWeb.Reviewer do\n"
                       "  use AppWeb, :reviewer\n"
                       "end\n");
        const SyntaxTree& t = p.tree;
        QCOMPARE(t.modules().size(), size_t(3));
        QVERIFY(t.modules()[0].roles & SyntaxTree::Controller);
        QVERIFY(t.modules()[1].roles & SyntaxTree::LiveView);
        QCOMPARE(t.modules()[2].roles, 0u);
    }

    void requestDataFlowsThroughAssignments()
    {
        const Parsed p("defmodule AppWeb.FileController do\n"
                       "  use AppWeb, :controller\n"
                       "  def show(conn, %{\"name\" => name}) do\n"
                       "    path = Path.join(\"/srv\", name)\n"
                       "    safe = App.Files.lookup(name)\n"
                       "    send_file(conn, 200, path)\n"
                       "    send_file(conn, 200, safe)\n"
                       "  end\n"
                       "end\n");
        const SyntaxTree& t = p.tree;
        const int path = p.find("path", 1);
        const int safe = p.find("safe", 1);
        QVERIFY(t.fromRequest(path, path + 1));  // Path.join passes the name through
        QVERIFY(!t.fromRequest(safe, safe + 1)); // a function's result is not the request
        QVERIFY(!t.fromRequest(p.find("200"), p.find("200") + 1));
    }

    // What the O(1) checks (hashed names, the blockers table) must still answer: only calls
    // that pass their input on keep the taint, groups and lists keep it, an assignment
    // counts from where it is made, and the innermost call decides.
    void requestDataThroughCallsAndOrder()
    {
        const Parsed p("defmodule AppWeb.PageController do\n"
                       "  use AppWeb, :controller\n"
                       "  def show(conn, %{\"q\" => q}) do\n"
                       "    raw(late)\n"
                       "    late = String.trim(q)\n"
                       "    raw(late)\n"
                       "    raw(String.trim(q))\n"
                       "    raw(lookup(q))\n"
                       "    raw(Enum.join(lookup(q)))\n"
                       "    raw(Enum.join([x, (q)]))\n"
                       "    raw(lookup(x, y), q)\n"
                       "  end\n"
                       "end\n");
        const SyntaxTree& t = p.tree;
        auto argsOf = [&](int nthRaw) {
            const int open = p.find("raw", nthRaw) + 1;
            return std::pair{open + 1, t.match(open)};
        };
        const auto check = [&](int nthRaw) {
            const auto [b, e] = argsOf(nthRaw);
            return t.fromRequest(b, e);
        };
        QVERIFY(!check(0)); // `late` is not assigned yet
        QVERIFY(check(1));  // assigned from String.trim(q): trim passes q on
        QVERIFY(check(2));
        QVERIFY(!check(3)); // lookup's result is not the request
        QVERIFY(!check(4)); // join passes on, but lookup inside it does not
        QVERIFY(check(5));  // a list and a bare group keep it
        QVERIFY(check(6));  // the second argument is q itself
    }

    void configEnvironmentBlocks()
    {
        const Parsed p("import Config\n"
                       "if config_env() == :prod do\n"
                       "  config :app, A, check_origin: false\n"
                       "else\n"
                       "  config :app, A, check_origin: true\n"
                       "end\n"
                       "unless config_env() == :prod do\n"
                       "  config :app, B, debug: true\n"
                       "end\n");
        const SyntaxTree& t = p.tree;
        QVERIFY(t.inProdBlock(p.find("false", 0)));
        QVERIFY(t.inNonProdBlock(p.find("true", 0)));
        QVERIFY(t.inNonProdBlock(p.find("debug:")));
        QVERIFY(!t.inProdBlock(p.find("import")));
        // The strict comparisons read the same on atoms.
        const Parsed strict("import Config\n"
                            "if config_env() === :prod do\n"
                            "  config :app, A, check_origin: false\n"
                            "end\n"
                            "if config_env() !== :prod do\n"
                            "  config :app, B, debug: true\n"
                            "end\n");
        QVERIFY(strict.tree.inProdBlock(strict.find("false")));
        QVERIFY(strict.tree.inNonProdBlock(strict.find("debug:")));
        QVERIFY(!strict.tree.inProdBlock(strict.find("debug:")));
    }

    void unbalancedCodeIsDiagnosedOnce()
    {
        const Parsed good("def f(x) do\n  Enum.map(x, fn y -> y end)\nend\n");
        QVERIFY(good.tree.structureDiagnostics(QStringLiteral("a.ex")).isEmpty());
        const Parsed open("def f(x) do\n  Enum.map(x, fn y -> y end\nend\n");
        const Diagnostics d = open.tree.structureDiagnostics(QStringLiteral("a.ex"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().line, 2);
        QCOMPARE(d.first().code, QStringLiteral("syntax-unbalanced"));
        const Parsed stray("def f, do: 1\nend\n");
        QCOMPARE(stray.tree.structureDiagnostics(QStringLiteral("a.ex")).first().line, 2);
    }
};

QTEST_GUILESS_MAIN(TestSyntaxTree)
#include "tst_syntaxtree.moc"
