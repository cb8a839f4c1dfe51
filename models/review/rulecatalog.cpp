// SPDX-License-Identifier: MIT
#include "rulecatalog.h"

#include <QCoreApplication>

namespace pwb {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuleCatalog)
};

// What every rule has; examples and references are added by document().
struct RuleBase
{
    QString id;
    Finding::Severity severity;
    QString category;
    QString title;
    QString why;
    QString fix;
};

QList<RuleBase> base()
{
    using S = Finding::Severity;
    const QString sec = QStringLiteral("security");
    const QString perf = QStringLiteral("performance");
    const QString otp = QStringLiteral("otp");
    const QString a11y = QStringLiteral("accessibility");
    const QString ecto = QStringLiteral("ecto");
    const QString doc = QStringLiteral("documentation");
    const QString tests = QStringLiteral("tests");
    const QString warn = QStringLiteral("warning");
    return {
        {QStringLiteral("security/sql-interpolation"), S::High, sec,
         Tr::tr("SQL built by string interpolation"),
         Tr::tr("Interpolated values become part of the SQL text, so crafted input can change the "
                "query (SQL injection). Ecto only escapes values passed as parameters."),
         Tr::tr("Pass values as parameters: `fragment(\"lower(?) = ?\", p.name, ^term)`, or "
                "`Repo.query(\"... WHERE sku = $1\", [sku])`.")},
        {QStringLiteral("security/raw-html"), S::High, sec, Tr::tr("raw/1 or {:safe, ...} on data"),
         Tr::tr("raw/1 and {:safe, iodata} switch off Phoenix's HTML escaping; data that can come "
                "from "
                "a user becomes script in every visitor's browser (XSS)."),
         Tr::tr("Render the value with <%= %> or {...} so it is escaped; if HTML is really needed, "
                "sanitize it first (e.g. HtmlSanitizeEx) and keep raw/1 for literals.")},
        {QStringLiteral("security/eex-unescaped"), S::High, sec, Tr::tr("<%== in an EEx template"),
         Tr::tr(
             "<%== outputs its value without HTML escaping, an XSS hole for any data that is not a "
             "trusted literal."),
         Tr::tr("Use <%= %>, which escapes.")},
        {QStringLiteral("security/hardcoded-secret"), S::High, sec, Tr::tr("Hard-coded secret"),
         Tr::tr("Secrets in source control leak with every clone, CI log and backup, and cannot be "
                "rotated per environment."),
         Tr::tr("Read it at runtime in config/runtime.exs: "
                "`System.fetch_env!(\"SECRET_KEY_BASE\")`.")},
        {QStringLiteral("security/string-to-atom"), S::High, sec,
         Tr::tr("String.to_atom/1 on external input"),
         Tr::tr("Atoms are never garbage collected; converting visitor input to atoms lets anyone "
                "exhaust the atom table and crash the VM."),
         Tr::tr("Use String.to_existing_atom/1, or map the allowed strings to atoms explicitly.")},
        {QStringLiteral("security/browser-pipeline"), S::High, sec,
         Tr::tr("Browser pipeline without CSRF protection or secure headers"),
         Tr::tr(":protect_from_forgery guards forms against cross-site request forgery; "
                ":put_secure_browser_headers sets the headers that stop clickjacking and MIME "
                "sniffing."),
         Tr::tr("Add `plug :protect_from_forgery` and `plug :put_secure_browser_headers` to the "
                ":browser pipeline.")},
        {QStringLiteral("security/token-max-age"), S::Medium, sec,
         Tr::tr("Phoenix.Token.verify without max_age"),
         Tr::tr(
             "Without max_age a signed token stays valid forever: a leaked link or cookie can be "
             "replayed years later."),
         Tr::tr("Pass `max_age:` (seconds), e.g. `Phoenix.Token.verify(endpoint, salt, token, "
                "max_age: 86_400)`.")},
        {QStringLiteral("security/check-origin"), S::High, sec,
         Tr::tr("Websocket origin check off"),
         Tr::tr("With check_origin: false any web page can open a websocket to the app with the "
                "visitor's cookies and act as them (cross-site websocket hijacking)."),
         Tr::tr("Remove check_origin: false from production config, or list the allowed origins: "
                "`check_origin: [\"https://example.com\"]`.")},
        {QStringLiteral("security/force-ssl"), S::Low, sec, Tr::tr("Production without force_ssl"),
         Tr::tr("Without force_ssl the app answers plain HTTP and sends no HSTS header: the first "
                "request and every cookie can be read or changed on the network."),
         Tr::tr(
             "Set `force_ssl: [hsts: true]` on the endpoint in config/prod.exs (with `rewrite_on: "
             "[:x_forwarded_proto]` behind a proxy that ends TLS).")},
        {QStringLiteral("security/csp"), S::Low, sec, Tr::tr("No Content-Security-Policy"),
         Tr::tr(
             "put_secure_browser_headers sets no Content-Security-Policy by default; without one "
             "any injected script runs with the page's rights."),
         Tr::tr(
             "Pass a policy: `plug :put_secure_browser_headers, %{\"content-security-policy\" => "
             "\"default-src 'self'\"}`.")},
        {QStringLiteral("security/xss-send-resp"), S::High, sec,
         Tr::tr("Request data sent back as the response body"),
         Tr::tr(
             "send_resp/3 and html/2 do not escape: request data echoed as HTML runs as script in "
             "the visitor's browser (reflected XSS)."),
         Tr::tr("Render through a template (escaped), or send it as text/plain or JSON.")},
        {QStringLiteral("security/xss-content-type"), S::Medium, sec,
         Tr::tr("Response content type from the request"),
         Tr::tr("A content type chosen by the request lets an attacker serve uploaded or echoed "
                "data as text/html (XSS)."),
         Tr::tr("Pick the content type from an allow-list, or use MIME.from_path/1 on a stored "
                "name.")},
        {QStringLiteral("security/open-redirect"), S::High, sec, Tr::tr("Open redirect"),
         Tr::tr("redirect(external: ...) with an address from the request sends visitors anywhere: "
                "phishing pages look like they come from your domain."),
         Tr::tr("Redirect only to paths (`redirect(conn, to: ~p\"/...\")`) or check the host "
                "against an allow-list first.")},
        {QStringLiteral("security/unscoped-event-write"), S::Medium, sec,
         Tr::tr("Event changes a record chosen by the client"),
         Tr::tr("A LiveView event carries whatever id the browser sends: anyone who can open the "
                "page can send another id. Fetching the record by that id alone and deleting or "
                "updating it lets one user change another's data (broken access control)."),
         Tr::tr("Fetch through the current user or scope (`Posts.get_user_post!(user, id)`), or "
                "check the record's owner before the write.")},
        {QStringLiteral("security/privileged-cast"), S::Medium, sec,
         Tr::tr("Account changeset casts a privilege field"),
         Tr::tr("cast/3 copies every listed field from the parameters. When the changeset of a "
                "sign-up or profile form lists the role or an admin flag, a visitor who adds "
                "`role=admin` to the request becomes an administrator (mass assignment)."),
         Tr::tr("Leave privilege fields out of the form's changeset and set them in a separate "
                "changeset (`role_changeset/2`) that only administrators' code calls.")},
        {QStringLiteral("security/path-traversal"), S::High, sec,
         Tr::tr("File path from the request"),
         Tr::tr("A path built from request data can climb out of the intended folder (`../`) and "
                "read, overwrite or serve any file the app can reach."),
         Tr::tr("Use Path.basename/1 or Path.safe_relative/2 on the name, and join it to a fixed "
                "folder.")},
        {QStringLiteral("security/command-injection"), S::High, sec,
         Tr::tr("Command built from data"),
         Tr::tr(
             "A command or shell line built from data runs whatever the data says; even argument "
             "lists let request data pass options to the program."),
         Tr::tr(
             "Call a fixed executable with System.cmd/3 and a list of arguments; never "
             ":os.cmd/1 or System.shell/1 with data; validate arguments against an allow-list.")},
        {QStringLiteral("security/code-eval"), S::High, sec, Tr::tr("Code evaluated from data"),
         Tr::tr("Code.eval_string/EEx.eval_string run arbitrary Elixir with the app's rights: data "
                "that reaches them is remote code execution."),
         Tr::tr("Never evaluate data; use a data format (JSON), a parser, or a fixed function "
                "table.")},
        {QStringLiteral("security/binary-to-term"), S::High, sec,
         Tr::tr(":erlang.binary_to_term without :safe"),
         Tr::tr("binary_to_term decodes any term, including new atoms and function references that "
                "run code when called."),
         Tr::tr(
             "Use Plug.Crypto.non_executable_binary_to_term(bin, [:safe]), or a data format such "
             "as JSON.")},
        {QStringLiteral("security/oauth-state"), S::High, sec,
         Tr::tr("OAuth state generated but never checked"),
         Tr::tr(
             "The state parameter is what ties the provider's redirect to the visitor who started "
             "the login; if it is never compared, an attacker can log a victim into the "
             "attacker's account (login CSRF)."),
         Tr::tr(
             "Store the state in the session (put_session) when building the authorize URL and "
             "compare it with Plug.Crypto.secure_compare/2 in the callback before exchanging the "
             "code.")},
        {QStringLiteral("security/vulnerable-dependency"), S::Medium, sec,
         Tr::tr("Locked dependency with a known advisory"),
         Tr::tr("mix.lock pins a version with a published security advisory (table dated in the "
                "message)."),
         Tr::tr("Update it: `mix deps.update NAME`, then check `mix hex.audit`.")},
        {QStringLiteral("otp/receive-without-after"), S::Medium, otp,
         Tr::tr("receive without after"),
         Tr::tr(
             "A receive with no after clause waits forever when the message never comes (a lost "
             "reply, a crashed sender): the LiveView, GenServer or request hangs and its callers "
             "time out."),
         Tr::tr("Add `after timeout -> ...` with a finite timeout and handle it; in callbacks, "
                "prefer handle_info/2 over a nested receive.")},
        {QStringLiteral("otp/task-not-awaited"), S::Medium, otp, Tr::tr("Task.async never awaited"),
         Tr::tr("Task.async links the task and sends its result back: without Task.await/yield "
                "the reply and :DOWN messages pile up, and a crash in the task kills the caller."),
         Tr::tr("Await it (Task.await/2), use Task.Supervisor.start_child/2 for fire-and-forget "
                "work, or start_async/3 in a LiveView.")},
        {QStringLiteral("otp/subscribe-without-handle-info"), S::Medium, otp,
         Tr::tr("PubSub subscription without handle_info"),
         Tr::tr("Every broadcast on the topic becomes a message to this process; without "
                "handle_info/2 a LiveView or GenServer logs an error (or crashes) on each one."),
         Tr::tr("Define handle_info/2 clauses for the broadcasts, or stop subscribing.")},
        {QStringLiteral("warning/io-inspect"), S::Medium, warn,
         Tr::tr("IO.inspect, dbg or IEx.pry left in lib/"),
         Tr::tr("Debugging calls print to stdout in production (noise, sometimes secrets) or stop "
                "the process waiting for a shell."),
         Tr::tr("Remove it, or log with Logger.debug/1.")},
        {QStringLiteral("warning/foreign-app-env"), S::Medium, warn,
         Tr::tr("Config read from another application"),
         Tr::tr("Application.get_env with an application name that is neither this project nor a "
                "dependency always returns nil (or the default): the setting is silently ignored."),
         Tr::tr("Use the project's application name from mix.exs (`app:`).")},
        {QStringLiteral("warning/env-in-module-body"), S::Medium, warn,
         Tr::tr("Application.get_env in a module body"),
         Tr::tr("In a module body (a module attribute) the value is read once, when the module "
                "compiles: config/runtime.exs and release config never reach it."),
         Tr::tr("Use Application.compile_env/3 if compile time is meant, or read it at runtime "
                "inside a function.")},
        {QStringLiteral("warning/unused-result"), S::Medium, warn,
         Tr::tr("Result of a pure call dropped"),
         Tr::tr("Enum, Map, String, Keyword and the like only return a new value; Elixir data "
                "is immutable. A call on its own line whose result nobody uses did nothing: "
                "usually a lost update (`Map.put(acc, k, v)` without rebinding) or Enum.map "
                "where Enum.each was meant."),
         Tr::tr("Bind or return the value (`acc = Map.put(acc, k, v)`), or use Enum.each/2 when "
                "only the side effects matter.")},
        {QStringLiteral("performance/n-plus-one"), S::Medium, perf,
         Tr::tr("Query inside a loop (N+1)"),
         Tr::tr("One query per element: the page does N+1 round trips to the database and slows "
                "down linearly with the data."),
         Tr::tr(
             "Load everything in one query: preload the association (`Repo.preload(list, :assoc)` "
             "or `preload:` in the query) or query with `where: x.id in ^ids`.")},
        {QStringLiteral("performance/missing-preload"), S::Medium, perf,
         Tr::tr("Association read in a template without a preload"),
         Tr::tr(
             "Reading an association of each element of a list that was loaded without it raises "
             "Ecto.Association.NotLoaded, or tempts a query per row."),
         Tr::tr(
             "Preload the association in the query that builds the list (`preload: [:assoc]`).")},
        {QStringLiteral("performance/unbounded-mount-query"), S::Medium, perf,
         Tr::tr("Repo.all in mount without a limit"),
         Tr::tr(
             "mount/3 runs twice per visit and keeps the assigns in memory for the whole session: "
             "an unbounded query grows with the table."),
         Tr::tr("Limit and paginate the query (`limit: 50`), and stream the rows.")},
        {QStringLiteral("performance/list-assign-stream"), S::Low, perf,
         Tr::tr("Collection kept in assigns where a stream fits"),
         Tr::tr("Lists in assigns are kept in the LiveView process and diffed on every change; "
                "streams send the rows once and free the memory."),
         Tr::tr("`stream(socket, :items, items)` and render with `phx-update=\"stream\"` and "
                "`@streams.items`.")},
        {QStringLiteral("performance/reference-without-index"), S::Medium, perf,
         Tr::tr("Foreign key without an index"),
         Tr::tr("PostgreSQL does not index foreign keys by itself: joins and deletes on the parent "
                "scan the whole table."),
         Tr::tr("Add `create index(:table, [:column])` after the table.")},
        {QStringLiteral("otp/blocking-in-callback"), S::Medium, otp,
         Tr::tr("Blocking call in a process callback"),
         Tr::tr(
             "A GenServer, LiveView or Channel handles one message at a time: sleeping or waiting "
             "on HTTP inside a callback freezes every caller (or the page) and can cascade into "
             "timeouts."),
         Tr::tr("Move slow work out of the callback: start_async/assign_async in a LiveView, a "
                "Task (Task.Supervisor.async_nolink) in a GenServer, Process.send_after/3 instead "
                "of sleeping.")},
        {QStringLiteral("otp/call-infinity"), S::Medium, otp,
         Tr::tr("GenServer.call with :infinity"),
         Tr::tr("A call that never times out hangs the caller forever when the server is stuck, "
                "and a supervisor cannot notice."),
         Tr::tr("Use a finite timeout and handle the exit, e.g. 30_000.")},
        {QStringLiteral("otp/unsupervised-spawn"), S::Medium, otp,
         Tr::tr("Process spawned without link or supervisor"),
         Tr::tr(
             "An unlinked, unsupervised process crashes silently, leaks when its caller dies and "
             "is invisible to shutdown."),
         Tr::tr(
             "Use Task.Supervisor.start_child/2 (or async_nolink) under your supervision tree, or "
             "spawn_link when the lifetimes are tied.")},
        {QStringLiteral("otp/missing-impl"), S::Low, otp,
         Tr::tr("Some callbacks with @impl, others without"),
         Tr::tr("Once a module marks one callback with @impl, Elixir warns about every callback "
                "without it; the mix hides which functions really implement the behaviour."),
         Tr::tr("Put `@impl true` above the first clause of every callback of the module.")},
        {QStringLiteral("otp/process-outside-supervision"), S::Medium, otp,
         Tr::tr("Process started outside a supervision tree"),
         Tr::tr("A process started from request or business code is not restarted when it crashes "
                "and is not stopped in order at shutdown."),
         Tr::tr("Add it as a child of a supervisor (or a DynamicSupervisor) in the application's "
                "tree, and look it up by name or Registry.")},
        {QStringLiteral("accessibility/img-alt"), S::Medium, a11y, Tr::tr("Image without alt"),
         Tr::tr("WCAG 1.1.1: screen readers read the file name or skip the image without an "
                "alternative text."),
         Tr::tr("Describe the image in `alt`; use `alt=\"\"` for purely decorative images.")},
        {QStringLiteral("accessibility/click-non-interactive"), S::Medium, a11y,
         Tr::tr("phx-click on an element that is not interactive"),
         Tr::tr("WCAG 2.1.1: a div or span with a click handler cannot be reached or used with the "
                "keyboard and is not announced as a control."),
         Tr::tr(
             "Use a <button>, or add `role=\"button\"` and `tabindex=\"0\"` and handle Enter and "
             "Space (phx-keydown).")},
        {QStringLiteral("accessibility/input-label"), S::Medium, a11y,
         Tr::tr("Input without a label"),
         Tr::tr("WCAG 1.3.1/4.1.2: a field without a label is announced as \"edit text\" with no "
                "purpose."),
         Tr::tr("Add a <label for=\"id\">, wrap the input in a <label>, or give it aria-label.")},
        {QStringLiteral("accessibility/live-region"), S::Low, a11y,
         Tr::tr("Live updates without an aria-live region"),
         Tr::tr("WCAG 4.1.3: flash messages and content that LiveView changes are not announced to "
                "screen-reader users without a live region."),
         Tr::tr("Render them inside an element with `aria-live=\"polite\"` (or `role=\"alert\"` / "
                "`role=\"status\"`).")},
        {QStringLiteral("accessibility/icon-button-name"), S::Medium, a11y,
         Tr::tr("Icon-only button without an accessible name"),
         Tr::tr("WCAG 4.1.2: a button that holds only an icon is announced as \"button\" with no "
                "hint of what it does."),
         Tr::tr("Add `aria-label=\"...\"`, or text in a `sr-only` span.")},
        {QStringLiteral("ecto/cast-without-validate-required"), S::Low, ecto,
         Tr::tr("cast without validate_required"),
         Tr::tr(
             "cast/4 accepts missing fields silently: rows with NULLs reach the database or fail "
             "there with an unfriendly error."),
         Tr::tr(
             "Follow cast/4 with `validate_required([...])` for the fields that must be present.")},
        {QStringLiteral("ecto/file-removed-before-write"), S::Medium, ecto,
         Tr::tr("File removed before its row's database write"),
         Tr::tr("Deleting the file first and the row second leaves a row whose file is gone "
                "whenever the write fails or the transaction rolls back: the app then serves or "
                "processes a missing file."),
         Tr::tr("Run the transaction first and remove the file only after it committed (in the "
                "`{:ok, _}` branch), or collect the paths and remove them afterwards.")},
        {QStringLiteral("ecto/unique-without-constraint"), S::Medium, ecto,
         Tr::tr("Unique index without unique_constraint"),
         Tr::tr("Without unique_constraint/3 a duplicate raises Ecto.ConstraintError instead of "
                "returning a changeset error the form can show."),
         Tr::tr("Add `unique_constraint(:field)` to the schema's changeset.")},
        {QStringLiteral("documentation/moduledoc-missing"), S::Low, doc,
         Tr::tr("Public module without @moduledoc"),
         Tr::tr("The TRD targets 95% documentation coverage; undocumented modules are invisible in "
                "ExDoc and IEx help."),
         Tr::tr("Add `@moduledoc \"\"\"...\"\"\"`, or `@moduledoc false` for internal modules.")},
        {QStringLiteral("documentation/doc-missing"), S::Low, doc,
         Tr::tr("Public function without @doc"),
         Tr::tr("The TRD targets 95% documentation coverage; public functions are the API others "
                "read in ExDoc and IEx."),
         Tr::tr("Add `@doc` above the first clause, or `@doc false` for functions that are public "
                "only for other modules of the app.")},
        {QStringLiteral("syntax"), S::Medium, QStringLiteral("syntax"), Tr::tr("Syntax error"),
         Tr::tr(
             "The lexer or the do/end structure of the file is broken: the file does not compile, "
             "and rules can only guess what it means."),
         Tr::tr("Fix the reported token (an unterminated string, a missing `end`, a stray "
                "bracket); `mix compile` shows the compiler's view.")},
        {QStringLiteral("tests/untested-module"), S::Low, tests, Tr::tr("Module without tests"),
         Tr::tr(
             "No test file refers to this module, so changes to it are not checked by the suite."),
         Tr::tr("Add a test file under test/ that exercises the module's public functions.")},
    };
}

QList<RuleInfo> build()
{
    QList<RuleInfo> out;
    for (const RuleBase& b : base()) {
        RuleInfo r;
        r.id = b.id;
        r.severity = b.severity;
        r.category = b.category;
        r.title = b.title;
        r.why = b.why;
        r.fix = b.fix;
        out.append(r);
    }
    return out;
}

struct RuleDoc
{
    const char* id;
    const char* bad;
    const char* good;
    const char* refs; // "; "-separated
};

// Examples and references shown beside a finding (Review view, --report, SARIF help).
const RuleDoc kDocs[] = {
    {"syntax", "def greet(name) do\n  \"Hello #{name}\n",
     "def greet(name) do\n  \"Hello #{name}\"\nend", "Elixir compiler (mix compile)"},
    {"security/sql-interpolation", "Repo.query(\"SELECT * FROM users WHERE name = '#{name}'\")",
     "Repo.query(\"SELECT * FROM users WHERE name = $1\", [name])",
     "Sobelow SQL.Query, SQL.Stream; CWE-89"},
    {"security/raw-html", "<%= raw(@comment.body) %>", "<%= @comment.body %>",
     "Sobelow XSS.Raw; CWE-79"},
    {"security/eex-unescaped", "<%== @comment.body %>", "<%= @comment.body %>",
     "Sobelow XSS.Raw; CWE-79"},
    {"security/hardcoded-secret", "config :app, AppWeb.Endpoint, secret_key_base: \"q3Vx...\"",
     "secret_key_base: System.fetch_env!(\"SECRET_KEY_BASE\")  # config/runtime.exs",
     "Sobelow Config.Secrets; CWE-798"},
    {"security/string-to-atom", "String.to_atom(params[\"sort\"])",
     "String.to_existing_atom(params[\"sort\"])",
     "Sobelow DOS.StringToAtom; Credo Warning.UnsafeToAtom; CWE-400"},
    {"security/browser-pipeline", "pipeline :browser do\n  plug :fetch_session\nend",
     "pipeline :browser do\n  plug :fetch_session\n  plug :protect_from_forgery\n  plug "
     ":put_secure_browser_headers\nend",
     "Sobelow Config.CSRF, Config.Headers; CWE-352"},
    {"security/token-max-age", "Phoenix.Token.verify(endpoint, \"user\", token)",
     "Phoenix.Token.verify(endpoint, \"user\", token, max_age: 86_400)", "CWE-613"},
    {"security/check-origin", "config :app, AppWeb.Endpoint, check_origin: false  # prod",
     "config :app, AppWeb.Endpoint, check_origin: [\"https://app.example.com\"]",
     "Sobelow Config.CSWH; CWE-1385"},
    {"security/force-ssl", "config :app, AppWeb.Endpoint, url: [host: \"example.com\"]",
     "config :app, AppWeb.Endpoint, force_ssl: [hsts: true], url: [host: \"example.com\"]",
     "Sobelow Config.HTTPS, Config.HSTS; CWE-319"},
    {"security/csp", "plug :put_secure_browser_headers",
     "plug :put_secure_browser_headers, %{\"content-security-policy\" => \"default-src 'self'\"}",
     "Sobelow Config.CSP; CWE-1021"},
    {"security/xss-send-resp", "send_resp(conn, 200, params[\"q\"])",
     "text(conn, params[\"q\"])  # or render a template", "Sobelow XSS.SendResp, XSS.HTML; CWE-79"},
    {"security/xss-content-type", "put_resp_content_type(conn, params[\"type\"])",
     "put_resp_content_type(conn, MIME.from_path(stored_name))", "Sobelow XSS.ContentType; CWE-79"},
    {"security/open-redirect", "redirect(conn, external: params[\"return_to\"])",
     "redirect(conn, to: ~p\"/dashboard\")", "CWE-601"},
    {"security/privileged-cast",
     "def registration_changeset(user, attrs) do\n  cast(user, attrs, [:email, :password, :role])",
     "def registration_changeset(user, attrs) do\n  cast(user, attrs, [:email, :password])\n"
     "# role_changeset/2 casts :role, for administrators",
     "CWE-915; OWASP API3 Mass Assignment"},
    {"security/unscoped-event-write",
     "def handle_event(\"delete\", %{\"id\" => id}, socket) do\n  post = Posts.get_post!(id)\n"
     "  {:ok, _} = Posts.delete_post(post)",
     "def handle_event(\"delete\", %{\"id\" => id}, socket) do\n"
     "  post = Posts.get_user_post!(socket.assigns.current_user, id)\n"
     "  {:ok, _} = Posts.delete_post(post)",
     "CWE-639; OWASP A01 Broken Access Control"},
    {"security/path-traversal", "send_file(conn, 200, Path.join(\"uploads\", params[\"name\"]))",
     "send_file(conn, 200, Path.join(\"uploads\", Path.basename(params[\"name\"])))",
     "Sobelow Traversal.FileModule, Traversal.SendFile, Traversal.SendDownload; CWE-22"},
    {"security/command-injection", ":os.cmd(~c\"convert #{params[\"file\"]} out.png\")",
     "System.cmd(\"convert\", [Path.basename(file), \"out.png\"])",
     "Sobelow CI.System, CI.OS; CWE-78"},
    {"security/code-eval", "Code.eval_string(params[\"expr\"])",
     "# parse the expression instead of evaluating it", "Sobelow RCE.CodeModule, RCE.EEx; CWE-94"},
    {"security/binary-to-term", ":erlang.binary_to_term(cookie)",
     "Plug.Crypto.non_executable_binary_to_term(cookie, [:safe])",
     "Sobelow Misc.BinToTerm; CWE-502"},
    {"security/oauth-state",
     "state = random_string()\n\"https://github.com/login/oauth/authorize?state=#{state}\"",
     "conn |> put_session(:oauth_state, state)\n# callback: Plug.Crypto.secure_compare(state, "
     "get_session(conn, :oauth_state))",
     "CWE-352; RFC 6749 section 10.12"},
    {"security/vulnerable-dependency", "\"plug\": {:hex, :plug, \"1.18.1\", ...}",
     "\"plug\": {:hex, :plug, \"1.18.5\", ...}", "Sobelow Vuln.*; mix hex.audit; CWE-1395"},
    {"performance/n-plus-one", "Enum.map(orders, fn o -> Repo.get(User, o.user_id) end)",
     "Repo.preload(orders, :user)", "CWE-1073"},
    {"performance/missing-preload", "<%= for o <- @orders do %><%= o.user.name %><% end %>",
     "orders = Order |> preload(:user) |> Repo.all()", "CWE-1073"},
    {"performance/unbounded-mount-query",
     "def mount(_, _, socket), do: {:ok, assign(socket, :rows, Repo.all(Row))}",
     "Row |> limit(50) |> Repo.all()", "CWE-400"},
    {"performance/list-assign-stream", "assign(socket, :songs, list_songs())",
     "stream(socket, :songs, list_songs())", "Phoenix.LiveView.stream/4"},
    {"performance/reference-without-index", "add :user_id, references(:users)",
     "add :user_id, references(:users)\n...\ncreate index(:orders, [:user_id])  # in a new "
     "migration",
     "Ecto.Migration.index/3"},
    {"otp/blocking-in-callback",
     "def handle_event(\"load\", _, socket) do\n  {:ok, resp} = Req.get(url)",
     "def handle_event(\"load\", _, socket) do\n  {:noreply, start_async(socket, :load, fn -> "
     "Req.get!(url) end)}",
     "Credo Refactor.ABCSize (no direct check); LiveView start_async/3"},
    {"otp/call-infinity", "GenServer.call(pid, :work, :infinity)",
     "GenServer.call(pid, :work, 30_000)", "CWE-833"},
    {"otp/unsupervised-spawn", "spawn(fn -> send_email(user) end)",
     "Task.Supervisor.start_child(App.TaskSupervisor, fn -> send_email(user) end)", "CWE-404"},
    {"otp/missing-impl", "@impl true\ndef mount(...)\ndef handle_event(...)",
     "@impl true\ndef mount(...)\n@impl true\ndef handle_event(...)",
     "Elixir compiler warning (@impl); Credo Readability.ImplTrue"},
    {"otp/process-outside-supervision", "def create(conn, _), do: Worker.start_link([])",
     "children = [Worker]  # in Application.start/2", "CWE-404"},
    {"otp/receive-without-after", "receive do\n  {:reply, r} -> r\nend",
     "receive do\n  {:reply, r} -> r\nafter\n  5_000 -> {:error, :timeout}\nend",
     "CWE-835; Erlang efficiency guide"},
    {"otp/task-not-awaited", "Task.async(fn -> deliver(msg) end)",
     "Task.Supervisor.start_child(App.TaskSupervisor, fn -> deliver(msg) end)", "CWE-404"},
    {"otp/subscribe-without-handle-info",
     "Phoenix.PubSub.subscribe(App.PubSub, \"orders\")  # no handle_info",
     "def handle_info({:order_created, o}, socket), do: ...", "Phoenix.PubSub"},
    {"warning/io-inspect", "IO.inspect(changeset)", "Logger.debug(inspect(changeset))",
     "Credo Warning.IoInspect, Warning.Dbg, Warning.IExPry; CWE-489"},
    {"warning/foreign-app-env", "Application.get_env(:wps, :dns_query)",
     "Application.get_env(:my_app, :dns_query)",
     "Credo Warning.ApplicationConfigInModuleAttribute (related); CWE-1188"},
    {"warning/env-in-module-body", "@timeout Application.get_env(:app, :timeout)",
     "@timeout Application.compile_env(:app, :timeout)  # or read it in a function",
     "Credo Warning.ApplicationConfigInModuleAttribute"},
    {"warning/unused-result", "Map.put(attrs, :role, \"admin\")\nRepo.insert(changeset(attrs))",
     "attrs = Map.put(attrs, :role, \"admin\")\nRepo.insert(changeset(attrs))",
     "Credo Warning.UnusedEnumOperation, UnusedStringOperation, UnusedListOperation, "
     "UnusedKeywordOperation, UnusedPathOperation, UnusedRegexOperation, UnusedTupleOperation; "
     "CWE-252"},
    {"accessibility/img-alt", "<img src={@url}>", "<img src={@url} alt=\"Product photo\">",
     "WCAG 1.1.1"},
    {"accessibility/click-non-interactive", "<div phx-click=\"open\">Open</div>",
     "<button type=\"button\" phx-click=\"open\">Open</button>", "WCAG 2.1.1, 4.1.2"},
    {"accessibility/input-label", "<input name=\"q\">",
     "<label for=\"q\">Search</label><input id=\"q\" name=\"q\">", "WCAG 1.3.1, 4.1.2"},
    {"accessibility/live-region", "<p><%= live_flash(@flash, :info) %></p>",
     "<p role=\"status\"><%= live_flash(@flash, :info) %></p>", "WCAG 4.1.3"},
    {"accessibility/icon-button-name",
     "<button phx-click=\"del\"><.icon name=\"hero-trash\"/></button>",
     "<button phx-click=\"del\" aria-label=\"Delete\"><.icon name=\"hero-trash\"/></button>",
     "WCAG 4.1.2"},
    {"ecto/cast-without-validate-required", "cast(user, attrs, [:email])",
     "cast(user, attrs, [:email]) |> validate_required([:email])", "Ecto.Changeset"},
    {"ecto/file-removed-before-write", "File.rm!(song.path)\nRepo.delete(song)",
     "with {:ok, song} <- Repo.delete(song) do\n  File.rm(song.path)\n  {:ok, song}\nend",
     "Ecto.Multi and Repo.transaction/2 docs: side effects after the commit"},
    {"ecto/unique-without-constraint", "cast(user, attrs, [:email])  # unique index on email",
     "cast(...) |> unique_constraint(:email)", "Ecto.Changeset.unique_constraint/3"},
    {"documentation/moduledoc-missing", "defmodule App.Billing do",
     "defmodule App.Billing do\n  @moduledoc \"Invoices and payments.\"",
     "Credo Readability.ModuleDoc"},
    {"documentation/doc-missing", "def charge(order), do: ...",
     "@doc \"Charges the order's card.\"\ndef charge(order), do: ...",
     "Credo Readability.Specs (related); ExDoc"},
    {"tests/untested-module", "lib/app/billing.ex  # no test mentions App.Billing",
     "test/app/billing_test.exs", "ExUnit"},
};

void document(QList<RuleInfo>& rules)
{
    for (RuleInfo& r : rules) {
        for (const RuleDoc& d : kDocs) {
            if (r.id != QLatin1StringView(d.id))
                continue;
            r.bad = QString::fromUtf8(d.bad);
            r.good = QString::fromUtf8(d.good);
            r.references = QString::fromUtf8(d.refs).split(QStringLiteral("; "));
        }
        // Per-function documentation findings are off unless asked for (Credo's default);
        // the coverage figure is always computed.
        // Casts without validate_required: update changesets and optional fields make it
        // noisy on real code (no Credo or Sobelow counterpart); opt in.
        if (r.id == u"documentation/doc-missing" || r.id == u"ecto/cast-without-validate-required")
            r.onByDefault = false;
    }
}

} // namespace

const QList<RuleInfo>& RuleCatalog::rules()
{
    static const QList<RuleInfo> all = [] {
        QList<RuleInfo> list = build();
        document(list);
        return list;
    }();
    return all;
}

const RuleInfo* RuleCatalog::find(const QString& id)
{
    for (const RuleInfo& r : rules()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList RuleCatalog::categories()
{
    return {QStringLiteral("security"), QStringLiteral("performance"),
            QStringLiteral("otp"),      QStringLiteral("accessibility"),
            QStringLiteral("ecto"),     QStringLiteral("documentation"),
            QStringLiteral("tests"),    QStringLiteral("warning"),
            QStringLiteral("syntax")};
}

} // namespace pwb
