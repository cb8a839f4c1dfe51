<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentParser</name>
    <message>
        <source>agent definition has no &apos;name&apos;; using &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; has no &apos;description&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour; use a name or #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is not a list of &apos;key: value&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no YAML front matter (---); read as a document, not as an agent definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping with a &apos;metadata:&apos; block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;metadata:&apos; block with the agent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Analyzer</name>
    <message>
        <source>no test refers to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tests (the project has no test files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 has a unique index but the schema never calls unique_constraint(:%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchitectureTree</name>
    <message>
        <source>tree branch without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree branch &apos;%1&apos; has no parent line above it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameHunk</name>
    <message>
        <source>Not committed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subtasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A desktop workbench for Elixir/Phoenix projects: TRD task board, delegation graph, review findings, live ExUnit and LiveView traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the facts of the project at &lt;path&gt; and exit, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the project is loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to show first: board, graph, review, tests or traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one project path may be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the actions of the Playwright trace &lt;file&gt; and exit, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a dark palette (screenshots, or a desktop without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out the delegation or dependencies graph of the project and write it to the file given next (.svg or .png), without a display: --export-graph delegation OUT.svg [path]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review findings as SARIF 2.1.0 to &lt;file&gt; (headless; with --report or a project path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another tool&apos;s findings (SARIF, Credo or Sobelow JSON, code-reviewer YAML) into the report; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the ExUnit suite of the project at &lt;path&gt; without a display, print the report with its tests section; exit 0 only when nothing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --run-tests: run this umbrella app alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --run-tests: measure coverage (mix test --cover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --run-tests: also write JUnit XML to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a project file (relative path, optionally :line) in the Review view once the project is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-graph takes delegation or dependencies, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-graph needs an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app, --cover and --junit go with --run-tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workbench database %1 could not be read (%2). It was moved to %3 and a new one was created; recent projects and run history start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench database %1 could not be read (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElixirLexer</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line is %1 MB long (generated or minified code?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; the rest of it is read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated %1 (missing %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated heredoc (no closing %1 line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated ~%1 sigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated comment (missing %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated EEx tag (missing %&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated {expression} (missing })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &lt;%1 is not closed with &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureCategory</name>
    <message>
        <source>Assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecto / database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiveView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup / setup_all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare left and right: decide whether the code or the expectation is wrong, then fix that one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value had an unexpected shape (often {:error, reason} where {:ok, _} was expected): match the error case or fix its cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Ecto sandbox checkout in setup, pending migrations (mix ecto.migrate) and constraint or changeset errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something waited too long: a missing message, a deadlock or slow I/O. Use assert_receive with a timeout; raise @tag timeout only when the work is really slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the mount/handle_event flow: selectors passed to element/2, the rendered HTML, and that the LiveView process did not crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test&apos;s setup or the module&apos;s setup_all failed, so the test itself never ran: fix the fixture or the shared state first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not compile or a module is missing: fix the located compile error, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception was raised: read the message and the first project frame of the stack trace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatterScript</name>
    <message>
        <source>the ExUnit formatter is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphBuilder</name>
    <message>
        <source>agent &apos;%1&apos; is already defined in %2:%3; this definition is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agent &apos;%1&apos; (no definition under agents/), referenced as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delegation cycle among %n agent(s), e.g. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: larger than 4 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphExportCommand</name>
    <message>
        <source>phoenix-workbench: cannot open %1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phoenix-workbench: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%2 graph, %n node(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphExporter</name>
    <message>
        <source>the graph is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid out by Graphviz dot, drawn by Phoenix Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent definitions under %1/agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TRD tasks under %1/docs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz layout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphPresentation</name>
    <message>
        <source>%1 done · %2 open · %3 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>server push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LiveView traffic in this trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiveView socket: %1 join(s), %2 event(s), %3 server push(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; server replies in %1–%2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiveView socket opened, but the trace kept none of its messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownDocument</name>
    <message>
        <source>front matter opened with &apos;---&apos; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code block opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MermaidParser</name>
    <message>
        <source>expected an arrow such as &apos;--&gt;&apos; at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow without a target node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a node id at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node label quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: label opened with &apos;%2&apos; is not closed with &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;end&apos; without an open subgraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subgraph without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subgraph &apos;%1&apos; is never closed with &apos;end&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetector</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mix project: %1 has no mix.exs. Elixir-specific views stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix project whose mix.exs cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix %1</source>
        <translation>Phoenix %1</translation>
    </message>
    <message>
        <source>, LiveView %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Umbrella project %1 with %n app(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (no Phoenix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix project %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix project %1 without Phoenix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Phoenix Workbench</source>
        <translation>Phoenix Workbench</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>phoenix-workbench: cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>the report is larger than 256 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no embedded report data: not a Playwright HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.json is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SarifExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDocuments</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes to change in %1 are not where they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskGraph</name>
    <message>
        <source>dependency cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestEventParser</name>
    <message>
        <source>not a JSON event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON line without an &quot;event&quot; name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceReader</name>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no trace.trace or test.trace: not a Playwright trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>  (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb</name>
    <message>
        <source>%1: %2; finding skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF version &apos;%1&apos; read as 2.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no location; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credo flagged `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status or issues: not a code-reviewer response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issues must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue %1 has no file; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue %1: %2; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::BoardModel</name>
    <message>
        <source>No sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::BoardPage</name>
    <message>
        <source>Task board</source>
        <translation>Aufgaben-Board</translation>
    </message>
    <message>
        <source>Open a TRD file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRD/PRD document shown on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another markdown document to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tasks (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside the workbench and the edit could not be placed unambiguously (%2). Nothing was written.

Reload the document from disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board shows the tasks, subtasks, hours and sprints of the project&apos;s TRD markdown (docs/TRD/**/*.md, docs/PRD/**/*.md), checks the plan against itself and writes ticked subtasks back into the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the TRD documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TRD documents were found in this project. Put them in docs/TRD/ or open any markdown file with tasks such as &lt;code&gt;**TRD-001: Title** (4h)&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n task(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks · %2 done · %3 in progress · %4 blocked · %5 to do   |   %6 of %7 h done, %8 h remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (the document states %1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>   |   %n card(s) match the filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a TRD document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::BoardView</name>
    <message numerus="yes">
        <source>%n task(s), %1 h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::Builder</name>
    <message>
        <source>%1 lists no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tasks found (expected lines such as **TRD-001: Title** (4h))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: list entry without a task id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no task id in Dependencies &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mermaid node &quot;%1&quot; does not name a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is defined twice (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::CodeEditor</name>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB, larger than the editor opens (%3 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mechanical fix is available (Review ▸ Apply Fix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified on this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Covered: %n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (+%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::CoverageModel</name>
    <message>
        <source>meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short (business logic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::CoverageParsers</name>
    <message>
        <source>not a coverage table row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a percentage: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coverage table has no Total line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;source_files&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source file #%1 has no name or no coverage array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad DA record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DA record outside a SF section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_of_record without SF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an lcov record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last record has no end_of_record (file cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::FailurePanel</name>
    <message>
        <source>Select a test to see its result. Failed tests show ExUnit&apos;s message, a diff of left and right and links into the stack trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(test definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::FileRules</name>
    <message>
        <source>%1 gets SQL built by interpolation or concatenation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw/1 outputs data without HTML escaping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns a runtime value into a new atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix.Token.verify without max_age accepts tokens of any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the :browser pipeline has no plug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{:safe, ...} marks data as already escaped HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%== outputs its value without escaping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set to a literal in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repo.%1 runs once per element of the enclosing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repo.all in mount/3 loads the whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a database collection in assigns; a stream fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 references another table but has no index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenServer.call waits forever (:infinity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts a process nobody links to or supervises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is called from %3/…, outside any supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks the process inside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a callback but has no @impl true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;img&gt; has no alt attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 phx-click&gt; cannot be used with the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this button shows only an icon and has no accessible name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flash messages are rendered without an aria-live region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content LiveView adds here is not announced (no aria-live region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is read for every row, but the list is loaded without preloading %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/… casts fields but never calls validate_required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module %1 has no @moduledoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is public but has no @doc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::FindingsGroupModel</name>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::FindingsPanel</name>
    <message>
        <source>Only in &amp;my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep findings on lines changed against the merge base of this branch with main/master (committed and uncommitted work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Won&apos;t Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;False Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Fi&amp;xed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::FixPreview</name>
    <message>
        <source>The fix for %1:%2 no longer fits the file (was it edited?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix has overlapping edits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::FixPreviewDialog</name>
    <message>
        <source>Preview Fix — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::GitRepository</name>
    <message>
        <source>the repository at %1 belongs to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not in a git repository: branch, changed lines and blame are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has no working tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached at %1 (no branch is checked out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a shallow clone: older history is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not in a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base commit %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare the working tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not committed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::GitRepository::Private</name>
    <message>
        <source>no commits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &apos;%1&apos; has no commits yet: every file counts as added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No main or master branch (local or on origin): only uncommitted work counts as changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shallow clone does not reach the merge base with %1: only uncommitted work counts as changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD and %1 share no history: only uncommitted work counts as changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD (%1 is up to date with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge base with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::GoToLineBar</name>
    <message>
        <source>Go to line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line[:column]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a line number, or line:column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::GraphInspector</name>
    <message>
        <source>Node details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a node (or press Tab) to see where it is defined and what it hands work to. Double-click or Enter opens its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (referenced, never defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 open, %3 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First referenced in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the critical path by estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives work from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands work to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::GraphModel</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done / %2 open / %3 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced but not defined under agents/ (first at %1:%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::GraphPage</name>
    <message>
        <source>Delegation graph</source>
        <translation>Delegationsgraph</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and who hands work to whom, or tasks and what waits on what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the graph in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found while reading the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading agents and tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependenc(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shows which agent hands work to which (from agents/**/*.md front matter, agents/**/*.yaml, architecture trees, mermaid flowcharts and handoff blocks) and what each TRD task waits on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent definitions were found. Add agents/&amp;lt;name&amp;gt;.md with YAML front matter (name, description, tools, color).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TRD tasks were found. Tasks are read from docs/TRD/**/*.md (**TRD-001: Title** (4h) lines with Dependencies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate to open %1 at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export graph as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export graph as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::GraphView</name>
    <message>
        <source>Graph</source>
        <translation type="unfinished">Graph</translation>
    </message>
</context>
<context>
    <name>pwb::MainWindow</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <source>The workbench database could not be opened (%1); recent projects will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demo-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation>&amp;Tests</translation>
    </message>
    <message>
        <source>T&amp;races</source>
        <translation>T&amp;races</translation>
    </message>
    <message>
        <source>&amp;Project Files</source>
        <translation>&amp;Projektdateien</translation>
    </message>
    <message>
        <source>&amp;Filter Files</source>
        <translation>Dateien &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Phoenix Workbench</source>
        <translation>Ü&amp;ber Phoenix Workbench</translation>
    </message>
    <message>
        <source>About Phoenix Workbench</source>
        <translation>Über Phoenix Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Phoenix Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Elixir/Phoenix teams.&lt;/p&gt;&lt;p&gt;Qt %2 · editor highlighting: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project not found</source>
        <translation>Demo-Projekt nicht gefunden</translation>
    </message>
    <message>
        <source>The bundled demo project is not installed with this build. Set PWB_DEMO_DIR to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Das Projekt konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open Phoenix Project</source>
        <translation>Phoenix-Projekt öffnen</translation>
    </message>
    <message>
        <source>The bundled demo project is not installed with this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Phoenix %1</source>
        <translation>Phoenix %1</translation>
    </message>
    <message>
        <source>LiveView %1</source>
        <translation>LiveView %1</translation>
    </message>
    <message>
        <source>Elixir %1</source>
        <translation>Elixir %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in mix files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open and confirmed review findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::Project</name>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::ProjectTree</name>
    <message>
        <source>Filter files (Ctrl+Shift+F)</source>
        <translation>Dateien filtern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Scanning files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File list truncated at %1 files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::ReportImporter</name>
    <message>
        <source>&apos;%1&apos; is not a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; points outside the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the project through a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not SARIF, Credo JSON, Sobelow JSON or a code-reviewer YAML response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed %1: the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::RepositoryState</name>
    <message>
        <source>Not a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare repository (no working tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached HEAD at %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shallow clone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open a file from the project tree (double-click or Enter), or pick a finding below. Findings show inline: a marker in the gutter, a wavy underline, the message at the end of the line. F8 goes to the next one; Ctrl+F finds, Ctrl+G goes to a line, Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Overwrite it with the editor&apos;s text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blame: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large file: syntax highlighting is off so it stays fluid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line coverage: %2 of %3 lines hit (%4%) · %5 hit %6 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line coverage from %1: %2 of %3 lines hit (%4%) · %5 hit %6 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Only in my changes” needs a git repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are measured against %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding has no mechanical fix; the proposal is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding has no mechanical fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 first: the fix was computed for the saved text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix applied; %1 still reports this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix applied: %1 no longer reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes against %1 %2: %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::RunTestsCommand</name>
    <message>
        <source>phoenix-workbench: cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phoenix-workbench: no app &apos;%1&apos; in %2 (apps: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phoenix-workbench: no output for %1 s, the run may be hung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running mix test in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phoenix-workbench: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::SprintModel</name>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document states %1 h; the tasks add up to %2 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::SprintSummary</name>
    <message>
        <source>Remaining hours by sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (sprint done in full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TaskDetailPanel</name>
    <message>
        <source>&amp;Complete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every subtask and add the document&apos;s completion marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the completion marker (and untick the last subtask when all are ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card on the board (arrow keys move between cards) to see its subtasks, dependencies and references here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table&apos;s done status into this row&apos;s Status cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table&apos;s to-do status into this row&apos;s Status cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtasks (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TaskModel</name>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TestHistoryChart</name>
    <message>
        <source>Pass rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TestRunAnalysis</name>
    <message>
        <source>The run was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elixir could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Elixir and Erlang/OTP (e.g. apt install elixir erlang-tools) and make sure `elixir` and `mix` are on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All tests passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage is below the threshold set in mix.exs (mix exited with %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix.exs does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file at the marked line; nothing can run until mix.exs loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies are not fetched (first missing: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies are not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `mix deps.get` (needs network access to Hex), or run an umbrella app that has no dependencies on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The project does not compile (%n error(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the located errors below, fix them and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were no tests to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Erlang VM crashed before the suite finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Erlang VM stopped (exit status %1) before the suite finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test may call System.halt/1 or :erlang.halt/1, or the VM ran out of memory; the raw log has its last words:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix test exited with status %1 before running any test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TestRunModel</name>
    <message>
        <source>setup_all failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TestsPage</name>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Runs mix test and shows ExUnit results and coverage live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the whole suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tests that failed last time (--failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected test&apos;s file, or choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a test file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tests affected by changes (--stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure coverage (--cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run --stale again whenever a .ex/.exs file is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run and every process it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umbrella: run one app&apos;s suite alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIX_ENV, extra arguments, hang time, business logic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run as JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. --max-failures 5 --trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as hung after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contexts (lib/&lt;app&gt;/*.ex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business logic modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIX_&amp;ENV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra args:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hung after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business logic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run mix deps.get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage per module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to run its ExUnit suite here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test files (test/**/*_test.exs) were found in this project. Add one, e.g. with &lt;code&gt;mix new&lt;/code&gt;&apos;s layout, and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix test --cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No output for %n second(s): the run may be hung.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A test may wait for a message that never comes. Stop it, or wait if it is just slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix deps.get finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tests again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix deps.get failed (exit status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw log says why; without network access Hex packages cannot be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mix test --cover table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet. Press Run all (F5) to run the suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tests: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last run, restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coverage yet: turn on Cover and run, or put cover/excoveralls.json or lcov.info in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall %1% (target ≥ %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business logic %1% (target ≥ %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line coverage in the editor from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line coverage: %1 gives module percentages only, so the editor marks no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last mix test --cover run (restored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TraceListModel</name>
    <message>
        <source>HTML report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tests: %2 passed, %3 failed, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TraceModel</name>
    <message>
        <source>The trace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector / URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiveView</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TraceReader::Parser</name>
    <message>
        <source>line is longer than %1 bytes; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read stopped after line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated snapshot line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1); sources are not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TraceServer</name>
    <message>
        <source>The trace server could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TraceTimeline</name>
    <message>
        <source>Trace timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LiveView traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TraceWebView</name>
    <message>
        <source>Open outside link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace links to an outside page:
%1

Open it in the system browser?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TracesPage</name>
    <message>
        <source>LiveView traces</source>
        <translation>LiveView-Traces</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Playwright tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new traces and reports (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of `playwright test` runs started here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trace recorded no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trace cannot be shown.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs `playwright test` in the project; new traces appear when they land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no node_modules/.bin/playwright: run `npm install` with @playwright/test first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows Playwright traces (test-results/**/trace.zip, traces/**/*.zip) and HTML reports (playwright-report/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for traces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Playwright traces were found. Run the project&apos;s Playwright tests with &lt;code&gt;--trace on&lt;/code&gt; (or &lt;code&gt;context.tracing&lt;/code&gt;) to record some; they appear here when they land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trace(s) and report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

The report opens in the web viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector / URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiveView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits on LiveView state (.phx-connected / phx-*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiveView messages around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
playwright test finished with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running playwright test…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TrdDocument</name>
    <message>
        <source>Done: marked %1 in the document, although %2 of %3 subtasks are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: marked %1 in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: all %n subtask(s) are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress: %1 of %2 subtasks are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress: marked %1 in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: waits on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: no subtasks and no completion marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: none of the %n subtask(s) is checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TrdEditor</name>
    <message>
        <source>Tick “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is defined %2 times in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a table row and its table has no Status column; edit the table by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status of %1 changed to “%2” in the meantime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subtask “%1” of %2 is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has several subtasks “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkbox of “%1” was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked done in a way that cannot be removed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TrdLint</name>
    <message>
        <source>the document states %1 in total, its tasks add up to %2 (%3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document states %1 tasks, it defines %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document states %1 sprints, it plans %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2, which is not a task of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states %2, its tasks add up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no estimate: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is planned in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency map names %1, which is not a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, but the dependency map has no %2 --&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency map has %1 --&gt; %2, but %2&apos;s Dependencies do not list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycle between %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked complete but %n subtask(s) are unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is complete but depends on %2, which is not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TrdParser</name>
    <message>
        <source>the markdown parser stopped early (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 here; such bytes are shown as � and left untouched on save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::TriageStore</name>
    <message>
        <source>triage file is not valid JSON (%1); its decisions are ignored until fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown triage state &apos;%1&apos; for %2; read as open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::WelcomePage</name>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open Demo Project</source>
        <translation>Demo-Projekt öffnen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Phoenix Workbench</source>
        <translation>Phoenix Workbench</translation>
    </message>
    <message>
        <source>Tasks, delegation, review findings, tests and LiveView traces of an Elixir/Phoenix project, in one place.</source>
        <translation>Aufgaben, Delegation, Review-Befunde, Tests und LiveView-Traces eines Elixir/Phoenix-Projekts an einem Ort.</translation>
    </message>
    <message>
        <source>Open a folder that holds a mix.exs (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled Phoenix LiveView shop, with a TRD, agents, tests and traces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pwb::ZipArchive</name>
    <message>
        <source>not a zip archive or truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zip archive or is truncated (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 entries, more than the %3 a trace may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; was refused: its name leaves the archive&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; was refused: it inflates to %2 bytes, more than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; was refused: it claims a compression ratio of %2:1, more than %3:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no entry &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is corrupt or truncated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 inflates to more than %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 bytes in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 inflates more than %3 times its size: refused as a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
