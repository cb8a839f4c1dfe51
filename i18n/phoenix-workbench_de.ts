<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoardPage</name>
    <message>
        <source>Task board</source>
        <translation>Aufgaben-Board</translation>
    </message>
    <message>
        <source>The board shows the tasks, subtasks, hours and sprints of the project&apos;s TRD markdown (docs/TRD/**/*.md, docs/PRD/**/*.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TRD documents were found in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n TRD/PRD document(s). Task parsing is not part of this build yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
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
    <name>GraphPage</name>
    <message>
        <source>Delegation graph</source>
        <translation>Delegationsgraph</translation>
    </message>
    <message>
        <source>Shows which agent hands work to which, from agent definitions under agents/, and the task dependency graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent definitions were found under agents/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n agent definition(s). Graph layout is not part of this build yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
</context>
<context>
    <name>Project</name>
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
    <name>ProjectTree</name>
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
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Open a file from the project tree (double-click or Enter) to read it here. Review findings from the Elixir/Phoenix analyzer and imported tools appear inline in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Runs mix test and shows ExUnit results and coverage live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test files (test/**/*_test.exs) were found in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n test file(s). Running them is not part of this build yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TracesPage</name>
    <message>
        <source>LiveView traces</source>
        <translation>LiveView-Traces</translation>
    </message>
    <message>
        <source>Shows Playwright traces (test-results/**/trace.zip, traces/**/*.zip) and HTML reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Playwright traces were found. Run the project&apos;s Playwright tests with --trace on to record some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n trace file(s). The trace viewer is not part of this build yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>  (missing)</source>
        <translation type="unfinished"></translation>
    </message>
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
</TS>
