// SPDX-License-Identifier: MIT
#include "rulecatalog.h"

#include <QCoreApplication>

namespace pwb {

namespace {

QString t(const char* s)
{
    return QCoreApplication::translate("RuleCatalog", s);
}

QList<RuleInfo> build()
{
    using S = Finding::Severity;
    const QString sec = QStringLiteral("security");
    const QString perf = QStringLiteral("performance");
    const QString otp = QStringLiteral("otp");
    const QString a11y = QStringLiteral("accessibility");
    const QString ecto = QStringLiteral("ecto");
    const QString doc = QStringLiteral("documentation");
    const QString tests = QStringLiteral("tests");
    return {
        {QStringLiteral("security/sql-interpolation"), S::High, sec,
         t("SQL built by string interpolation"),
         t("Interpolated values become part of the SQL text, so crafted input can change the "
           "query (SQL injection). Ecto only escapes values passed as parameters."),
         t("Pass values as parameters: `fragment(\"lower(?) = ?\", p.name, ^term)`, or "
           "`Repo.query(\"... WHERE sku = $1\", [sku])`.")},
        {QStringLiteral("security/raw-html"), S::High, sec, t("raw/1 or {:safe, ...} on data"),
         t("raw/1 and {:safe, iodata} switch off Phoenix's HTML escaping; data that can come from "
           "a user becomes script in every visitor's browser (XSS)."),
         t("Render the value with <%= %> or {...} so it is escaped; if HTML is really needed, "
           "sanitize it first (e.g. HtmlSanitizeEx) and keep raw/1 for literals.")},
        {QStringLiteral("security/eex-unescaped"), S::High, sec, t("<%== in an EEx template"),
         t("<%== outputs its value without HTML escaping, an XSS hole for any data that is not a "
           "trusted literal."),
         t("Use <%= %>, which escapes.")},
        {QStringLiteral("security/hardcoded-secret"), S::High, sec, t("Hard-coded secret"),
         t("Secrets in source control leak with every clone, CI log and backup, and cannot be "
           "rotated per environment."),
         t("Read it at runtime in config/runtime.exs: `System.fetch_env!(\"SECRET_KEY_BASE\")`.")},
        {QStringLiteral("security/string-to-atom"), S::High, sec,
         t("String.to_atom/1 on external input"),
         t("Atoms are never garbage collected; converting visitor input to atoms lets anyone "
           "exhaust the atom table and crash the VM."),
         t("Use String.to_existing_atom/1, or map the allowed strings to atoms explicitly.")},
        {QStringLiteral("security/browser-pipeline"), S::High, sec,
         t("Browser pipeline without CSRF protection or secure headers"),
         t(":protect_from_forgery guards forms against cross-site request forgery; "
           ":put_secure_browser_headers sets the headers that stop clickjacking and MIME "
           "sniffing."),
         t("Add `plug :protect_from_forgery` and `plug :put_secure_browser_headers` to the "
           ":browser pipeline.")},
        {QStringLiteral("security/token-max-age"), S::Medium, sec,
         t("Phoenix.Token.verify without max_age"),
         t("Without max_age a signed token stays valid forever: a leaked link or cookie can be "
           "replayed years later."),
         t("Pass `max_age:` (seconds), e.g. `Phoenix.Token.verify(endpoint, salt, token, "
           "max_age: 86_400)`.")},
        {QStringLiteral("performance/n-plus-one"), S::High, perf, t("Query inside a loop (N+1)"),
         t("One query per element: the page does N+1 round trips to the database and slows "
           "down linearly with the data."),
         t("Load everything in one query: preload the association (`Repo.preload(list, :assoc)` "
           "or `preload:` in the query) or query with `where: x.id in ^ids`.")},
        {QStringLiteral("performance/missing-preload"), S::Medium, perf,
         t("Association read in a template without a preload"),
         t("Reading an association of each element of a list that was loaded without it raises "
           "Ecto.Association.NotLoaded, or tempts a query per row."),
         t("Preload the association in the query that builds the list (`preload: [:assoc]`).")},
        {QStringLiteral("performance/unbounded-mount-query"), S::Medium, perf,
         t("Repo.all in mount without a limit"),
         t("mount/3 runs twice per visit and keeps the assigns in memory for the whole session: "
           "an unbounded query grows with the table."),
         t("Limit and paginate the query (`limit: 50`), and stream the rows.")},
        {QStringLiteral("performance/list-assign-stream"), S::Low, perf,
         t("Collection kept in assigns where a stream fits"),
         t("Lists in assigns are kept in the LiveView process and diffed on every change; "
           "streams send the rows once and free the memory."),
         t("`stream(socket, :items, items)` and render with `phx-update=\"stream\"` and "
           "`@streams.items`.")},
        {QStringLiteral("performance/reference-without-index"), S::Medium, perf,
         t("Foreign key without an index"),
         t("PostgreSQL does not index foreign keys by itself: joins and deletes on the parent "
           "scan the whole table."),
         t("Add `create index(:table, [:column])` after the table.")},
        {QStringLiteral("otp/blocking-in-callback"), S::High, otp,
         t("Blocking work in a GenServer callback"),
         t("A GenServer handles one message at a time: sleeping, waiting on HTTP or on a "
           "receive without timeout blocks every caller and can cascade into timeouts."),
         t("Move slow work to a Task (Task.Supervisor.async_nolink) and reply later, use "
           "Process.send_after/3 instead of sleeping, and give receive an `after`.")},
        {QStringLiteral("otp/call-infinity"), S::Medium, otp, t("GenServer.call with :infinity"),
         t("A call that never times out hangs the caller forever when the server is stuck, "
           "and a supervisor cannot notice."),
         t("Use a finite timeout and handle the exit, e.g. 30_000.")},
        {QStringLiteral("otp/unsupervised-spawn"), S::Medium, otp,
         t("Process spawned without link or supervisor"),
         t("An unlinked, unsupervised process crashes silently, leaks when its caller dies and "
           "is invisible to shutdown."),
         t("Use Task.Supervisor.start_child/2 (or async_nolink) under your supervision tree, or "
           "spawn_link when the lifetimes are tied.")},
        {QStringLiteral("otp/missing-impl"), S::Low, otp, t("Callback without @impl true"),
         t("@impl true makes the compiler check that the function really is a callback of the "
           "behaviour, catching typos and wrong arities."),
         t("Put `@impl true` above the callback's first clause.")},
        {QStringLiteral("otp/process-outside-supervision"), S::Medium, otp,
         t("Process started outside a supervision tree"),
         t("A process started from request or business code is not restarted when it crashes "
           "and is not stopped in order at shutdown."),
         t("Add it as a child of a supervisor (or a DynamicSupervisor) in the application's "
           "tree, and look it up by name or Registry.")},
        {QStringLiteral("accessibility/img-alt"), S::Medium, a11y, t("Image without alt"),
         t("WCAG 1.1.1: screen readers read the file name or skip the image without an "
           "alternative text."),
         t("Describe the image in `alt`; use `alt=\"\"` for purely decorative images.")},
        {QStringLiteral("accessibility/click-non-interactive"), S::Medium, a11y,
         t("phx-click on an element that is not interactive"),
         t("WCAG 2.1.1: a div or span with a click handler cannot be reached or used with the "
           "keyboard and is not announced as a control."),
         t("Use a <button>, or add `role=\"button\"` and `tabindex=\"0\"` and handle Enter and "
           "Space (phx-keydown).")},
        {QStringLiteral("accessibility/input-label"), S::Medium, a11y, t("Input without a label"),
         t("WCAG 1.3.1/4.1.2: a field without a label is announced as \"edit text\" with no "
           "purpose."),
         t("Add a <label for=\"id\">, wrap the input in a <label>, or give it aria-label.")},
        {QStringLiteral("accessibility/live-region"), S::Low, a11y,
         t("Live updates without an aria-live region"),
         t("WCAG 4.1.3: flash messages and content that LiveView changes are not announced to "
           "screen-reader users without a live region."),
         t("Render them inside an element with `aria-live=\"polite\"` (or `role=\"alert\"` / "
           "`role=\"status\"`).")},
        {QStringLiteral("accessibility/icon-button-name"), S::Medium, a11y,
         t("Icon-only button without an accessible name"),
         t("WCAG 4.1.2: a button that holds only an icon is announced as \"button\" with no "
           "hint of what it does."),
         t("Add `aria-label=\"...\"`, or text in a `sr-only` span.")},
        {QStringLiteral("ecto/cast-without-validate-required"), S::Medium, ecto,
         t("cast without validate_required"),
         t("cast/4 accepts missing fields silently: rows with NULLs reach the database or fail "
           "there with an unfriendly error."),
         t("Follow cast/4 with `validate_required([...])` for the fields that must be present.")},
        {QStringLiteral("ecto/unique-without-constraint"), S::Medium, ecto,
         t("Unique index without unique_constraint"),
         t("Without unique_constraint/3 a duplicate raises Ecto.ConstraintError instead of "
           "returning a changeset error the form can show."),
         t("Add `unique_constraint(:field)` to the schema's changeset.")},
        {QStringLiteral("documentation/moduledoc-missing"), S::Low, doc,
         t("Public module without @moduledoc"),
         t("The TRD targets 95% documentation coverage; undocumented modules are invisible in "
           "ExDoc and IEx help."),
         t("Add `@moduledoc \"\"\"...\"\"\"`, or `@moduledoc false` for internal modules.")},
        {QStringLiteral("documentation/doc-missing"), S::Low, doc,
         t("Public function without @doc"),
         t("The TRD targets 95% documentation coverage; public functions are the API others "
           "read in ExDoc and IEx."),
         t("Add `@doc` above the first clause, or make the function private.")},
        {QStringLiteral("tests/untested-module"), S::Low, tests, t("Module without tests"),
         t("No test file refers to this module, so changes to it are not checked by the suite."),
         t("Add a test file under test/ that exercises the module's public functions.")},
    };
}

} // namespace

const QList<RuleInfo>& RuleCatalog::rules()
{
    static const QList<RuleInfo> all = build();
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
            QStringLiteral("tests")};
}

} // namespace pwb
