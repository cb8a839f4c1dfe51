<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentParser</name>
    <message>
        <source>agent definition has no &apos;name&apos;; using &apos;%1&apos;</source>
        <translation>Agentendefinition hat keinen „name“; verwende „%1“</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; has no &apos;description&apos;</source>
        <translation>Agent „%1“ hat keine „description“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour; use a name or #RRGGBB</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie einen Namen oder #RRGGBB</translation>
    </message>
    <message>
        <source>front matter is not a list of &apos;key: value&apos; lines</source>
        <translation>Front Matter ist keine Liste von „Schlüssel: Wert“-Zeilen</translation>
    </message>
    <message>
        <source>no YAML front matter (---); read as a document, not as an agent definition</source>
        <translation>kein YAML-Front-Matter (---); als Dokument gelesen, nicht als Agentendefinition</translation>
    </message>
    <message>
        <source>expected a mapping with a &apos;metadata:&apos; block</source>
        <translation>erwartet wurde eine Zuordnung mit einem „metadata:“-Block</translation>
    </message>
    <message>
        <source>no &apos;metadata:&apos; block with the agent&apos;s name</source>
        <translation>kein „metadata:“-Block mit dem Namen des Agenten</translation>
    </message>
    <message>
        <source>skipped: a template or guide, not an agent definition</source>
        <translation>übersprungen: eine Vorlage oder Anleitung, keine Agentendefinition</translation>
    </message>
</context>
<context>
    <name>Analyzer</name>
    <message>
        <source>no test refers to %1</source>
        <translation>kein Test verweist auf %1</translation>
    </message>
    <message>
        <source>%1 has no tests (the project has no test files)</source>
        <translation>%1 hat keine Tests (das Projekt hat keine Testdateien)</translation>
    </message>
    <message>
        <source>%1.%2 has a unique index but the schema never calls unique_constraint(:%2)</source>
        <translation>%1.%2 hat einen eindeutigen Index, aber das Schema ruft nie unique_constraint(:%2) auf</translation>
    </message>
    <message>
        <source> (config/%1 sets it again, so production overrides it)</source>
        <translation> (config/%1 setzt den Wert erneut, in Produktion gilt also dieser)</translation>
    </message>
</context>
<context>
    <name>ArchitectureTree</name>
    <message>
        <source>tree branch without a name</source>
        <translation>Baumzweig ohne Namen</translation>
    </message>
    <message>
        <source>tree branch &apos;%1&apos; has no parent line above it</source>
        <translation>über dem Baumzweig „%1“ steht keine übergeordnete Zeile</translation>
    </message>
</context>
<context>
    <name>BlameHunk</name>
    <message>
        <source>Not committed yet</source>
        <translation>Noch nicht committet</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>keine Schätzung</translation>
    </message>
    <message>
        <source>no subtasks</source>
        <translation>keine Teilaufgaben</translation>
    </message>
    <message>
        <source>Blocked by %1</source>
        <translation>Blockiert durch %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A desktop workbench for Elixir/Phoenix projects: TRD task board, delegation graph, review findings, live ExUnit and LiveView traces.</source>
        <translation>Eine Desktop-Workbench für Elixir/Phoenix-Projekte: TRD-Aufgabenboard, Delegationsgraph, Review-Befunde, Live-ExUnit und LiveView-Traces.</translation>
    </message>
    <message>
        <source>Open the bundled demo project.</source>
        <translation>Das mitgelieferte Demo-Projekt öffnen.</translation>
    </message>
    <message>
        <source>Print the facts of the project at &lt;path&gt; and exit, without a display.</source>
        <translation>Die Eckdaten des Projekts unter &lt;path&gt; ausgeben und beenden, ohne Anzeige.</translation>
    </message>
    <message>
        <source>Report format: text (default) or json.</source>
        <translation>Berichtsformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the project is loaded, then exit.</source>
        <translation>Ein PNG des Fensters speichern, sobald das Projekt geladen ist, dann beenden.</translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation>Zu öffnender Projektordner.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format muss text oder json sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Ansicht „%1“ (eine von: %2)</translation>
    </message>
    <message>
        <source>only one project path may be given</source>
        <translation>es darf nur ein Projektpfad angegeben werden</translation>
    </message>
    <message>
        <source>Print the actions of the Playwright trace &lt;file&gt; and exit, without a display.</source>
        <translation>Die Aktionen des Playwright-Traces &lt;file&gt; ausgeben und beenden, ohne Anzeige.</translation>
    </message>
    <message>
        <source>Use a dark palette (screenshots, or a desktop without one).</source>
        <translation>Eine dunkle Farbpalette verwenden (für Screenshots oder einen Desktop ohne eigene).</translation>
    </message>
    <message>
        <source>Lay out the delegation or dependencies graph of the project and write it to the file given next (.svg or .png), without a display: --export-graph delegation OUT.svg [path]</source>
        <translation>Den Delegations- oder Abhängigkeitsgraphen des Projekts layouten und in die danach angegebene Datei schreiben (.svg oder .png), ohne Anzeige: --export-graph delegation OUT.svg [path]</translation>
    </message>
    <message>
        <source>Write the review findings as SARIF 2.1.0 to &lt;file&gt; (headless; with --report or a project path).</source>
        <translation>Die Review-Befunde als SARIF 2.1.0 nach &lt;file&gt; schreiben (ohne Anzeige; mit --report oder einem Projektpfad).</translation>
    </message>
    <message>
        <source>Merge another tool&apos;s findings (SARIF, Credo or Sobelow JSON, code-reviewer YAML) into the report; repeatable.</source>
        <translation>Befunde eines anderen Werkzeugs (SARIF, Credo- oder Sobelow-JSON, code-reviewer-YAML) in den Bericht übernehmen; wiederholbar.</translation>
    </message>
    <message>
        <source>With --run-tests: run this umbrella app alone.</source>
        <translation>Mit --run-tests: nur diese Umbrella-App ausführen.</translation>
    </message>
    <message>
        <source>With --run-tests: measure coverage (mix test --cover).</source>
        <translation>Mit --run-tests: Abdeckung messen (mix test --cover).</translation>
    </message>
    <message>
        <source>With --run-tests: also write JUnit XML to &lt;file&gt;.</source>
        <translation>Mit --run-tests: zusätzlich JUnit-XML nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Show a project file (relative path, optionally :line) in the Review view once the project is loaded.</source>
        <translation>Eine Projektdatei (relativer Pfad, optional :Zeile) in der Review-Ansicht zeigen, sobald das Projekt geladen ist.</translation>
    </message>
    <message>
        <source>--export-graph takes delegation or dependencies, not &apos;%1&apos;</source>
        <translation>--export-graph erwartet delegation oder dependencies, nicht „%1“</translation>
    </message>
    <message>
        <source>--export-graph needs an output file</source>
        <translation>--export-graph braucht eine Ausgabedatei</translation>
    </message>
    <message>
        <source>--app, --cover and --junit go with --run-tests</source>
        <translation>--app, --cover und --junit gehören zu --run-tests</translation>
    </message>
    <message>
        <source>Also run a review rule that is off by default (e.g. documentation/doc-missing); repeatable.</source>
        <translation>Zusätzlich eine standardmäßig abgeschaltete Review-Regel ausführen (z. B. documentation/doc-missing); wiederholbar.</translation>
    </message>
    <message>
        <source>Run the ExUnit suite of the project at &lt;path&gt; without a display, print the report with its tests section; exit 0 only when nothing failed. This runs the project&apos;s own code (mix.exs, test helpers) without asking, unlike the Tests view: use it on projects you trust.</source>
        <translation>Die ExUnit-Suite des Projekts unter &lt;path&gt; ohne Anzeige ausführen und den Bericht mit seinem Testabschnitt ausgeben; Exit-Code 0 nur, wenn nichts fehlgeschlagen ist. Dabei läuft der eigene Code des Projekts (mix.exs, Test-Helfer) ohne Rückfrage, anders als in der Tests-Ansicht: nur für vertrauenswürdige Projekte verwenden.</translation>
    </message>
    <message>
        <source>Select this agent (or task) in the Graph view once it is laid out (screenshots of one agent&apos;s neighbourhood).</source>
        <translation>Diesen Agenten (oder diese Aufgabe) in der Graph-Ansicht auswählen, sobald das Layout steht (Screenshots der Umgebung eines Agenten).</translation>
    </message>
    <message>
        <source>With --demo: put your copy of the installed demo back as installed (edits, triage, build output and history go).</source>
        <translation>Mit --demo: Ihre Kopie der installierten Demo in den Installationszustand zurücksetzen (Änderungen, Triage, Build-Ausgaben und Verlauf gehen verloren).</translation>
    </message>
    <message>
        <source>Log what the workbench does to stderr (the pwb.* logging categories; QT_LOGGING_RULES picks single ones).</source>
        <translation>Protokollieren, was die Workbench tut, nach stderr (die Logging-Kategorien pwb.*; QT_LOGGING_RULES wählt einzelne aus).</translation>
    </message>
    <message>
        <source>--reset goes with --demo</source>
        <translation>--reset gehört zu --demo</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en (default: the system locale, LANG or LANGUAGE).</source>
        <translation>Sprache der Oberfläche, z. B. de oder en (Standard: die Systemsprache, LANG oder LANGUAGE).</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (e.g. de, en)</source>
        <translation>unbekannte Sprache „%1“ (z. B. de, en)</translation>
    </message>
    <message>
        <source>Environment:
  PWB_PLAYWRIGHT_CORE  a playwright-core folder whose trace viewer the Traces view
                       shows; &quot;builtin&quot; for the workbench&apos;s own page. Unset: the
                       project&apos;s node_modules, else build/node (scripts/deps), else
                       /usr/local/lib or /usr/lib node_modules.
  PWB_DATA_DIR         where the workbench keeps its database and demo copy.
  PWB_DEMO_DIR         the demo project to open with --demo.</source>
        <translation>Umgebung:
  PWB_PLAYWRIGHT_CORE  ein playwright-core-Ordner, dessen Trace-Viewer die Ansicht
                       Traces zeigt; „builtin“ für die eigene Seite der Workbench. Nicht
                       gesetzt: die node_modules des Projekts, sonst build/node
                       (scripts/deps), sonst /usr/local/lib oder /usr/lib node_modules.
  PWB_DATA_DIR         wo die Workbench ihre Datenbank und die Demo-Kopie ablegt.
  PWB_DEMO_DIR         das Demo-Projekt, das --demo öffnet.</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x640 (screenshots of a small screen).</source>
        <translation>Das Fenster in dieser Größe öffnen, z. B. 1024x640 (Screenshots eines kleinen Bildschirms).</translation>
    </message>
    <message>
        <source>--window-size wants WIDTHxHEIGHT, e.g. 1024x640 (from 320x240), not “%1”.</source>
        <translation>--window-size erwartet BREITExHÖHE, z. B. 1024x640 (ab 320x240), nicht „%1“.</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, everything scaled (F11 in the View menu).</source>
        <translation>Im Präsentationsmodus starten: Vollbild, alles vergrößert (F11 im Menü Ansicht).</translation>
    </message>
    <message>
        <source>Presentation scale, 1.25 to 2 (remembered; default: the last one chosen, else 1.5).</source>
        <translation>Präsentationsskalierung, 1,25 bis 2 (wird gespeichert; Vorgabe: die zuletzt gewählte, sonst 1,5).</translation>
    </message>
    <message>
        <source>With --demo: start the guided tour at step &lt;n&gt; (1-based).</source>
        <translation>Mit --demo: die geführte Tour bei Schritt &lt;n&gt; beginnen (ab 1).</translation>
    </message>
    <message>
        <source>--scale must be a number from 1.25 to 2</source>
        <translation>--scale muss eine Zahl von 1,25 bis 2 sein</translation>
    </message>
    <message>
        <source>--tour-step must be a step number from 1</source>
        <translation>--tour-step muss eine Schrittnummer ab 1 sein</translation>
    </message>
    <message>
        <source>View to show first: board, plans (every plan in one table), graph, review, tests or traces.</source>
        <translation>Zuerst gezeigte Ansicht: board, plans (alle Pläne in einer Tabelle), graph, review, tests oder traces.</translation>
    </message>
</context>
<context>
    <name>CoverageParsers</name>
    <message>
        <source>not a coverage table row: %1</source>
        <translation>keine Zeile einer Abdeckungstabelle: %1</translation>
    </message>
    <message>
        <source>not a percentage: &apos;%1&apos;</source>
        <translation>kein Prozentwert: „%1“</translation>
    </message>
    <message>
        <source>the coverage table has no Total line</source>
        <translation>die Abdeckungstabelle hat keine Total-Zeile</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>no &quot;source_files&quot; array</source>
        <translation>kein „source_files“-Array</translation>
    </message>
    <message>
        <source>source file #%1 has no name or no coverage array</source>
        <translation>Quelldatei #%1 hat keinen Namen oder kein coverage-Array</translation>
    </message>
    <message>
        <source>bad DA record: %1</source>
        <translation>ungültiger DA-Eintrag: %1</translation>
    </message>
    <message>
        <source>DA record outside a SF section</source>
        <translation>DA-Eintrag außerhalb eines SF-Abschnitts</translation>
    </message>
    <message>
        <source>end_of_record without SF</source>
        <translation>end_of_record ohne SF</translation>
    </message>
    <message>
        <source>not an lcov record: %1</source>
        <translation>kein lcov-Eintrag: %1</translation>
    </message>
    <message>
        <source>the last record has no end_of_record (file cut short?)</source>
        <translation>der letzte Eintrag hat kein end_of_record (Datei abgeschnitten?)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workbench database %1 could not be read (%2). It was moved to %3 and a new one was created; recent projects and run history start empty.</source>
        <translation>Die Workbench-Datenbank %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben und eine neue wurde angelegt; zuletzt verwendete Projekte und der Testlauf-Verlauf beginnen leer.</translation>
    </message>
    <message>
        <source>The workbench database %1 could not be read (%2) and could not be moved aside.</source>
        <translation>Die Workbench-Datenbank %1 konnte nicht gelesen werden (%2) und ließ sich nicht beiseiteschieben.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>The bundled demo project is not installed with this build. Set PWB_DEMO_DIR to its folder.</source>
        <translation>Das mitgelieferte Demo-Projekt ist in diesem Build nicht installiert. Setzen Sie PWB_DEMO_DIR auf seinen Ordner.</translation>
    </message>
    <message>
        <source>%1 exists but is not a copy of the demo; move it away to get a fresh one.</source>
        <translation>%1 existiert, ist aber keine Kopie der Demo; verschieben Sie es, um eine frische Kopie zu erhalten.</translation>
    </message>
    <message>
        <source>The demo could not be copied to %1: %2</source>
        <translation>Die Demo konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>The demo in use (%1) is opened in place, not a copy: there is nothing to reset.</source>
        <translation>Die verwendete Demo (%1) wird direkt geöffnet, nicht als Kopie: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>%1 is not a copy of the demo; it was left alone.</source>
        <translation>%1 ist keine Kopie der Demo; es wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>cannot remove the old copy %1</source>
        <translation>die alte Kopie %1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>agent definition</source>
        <translation>Agentendefinition</translation>
    </message>
    <message numerus="yes">
        <source>%n task heading(s)</source>
        <translation>
            <numerusform>%n Aufgabenüberschrift</numerusform>
            <numerusform>%n Aufgabenüberschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task line(s)</source>
        <translation>
            <numerusform>%n Aufgabenzeile</numerusform>
            <numerusform>%n Aufgabenzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task table(s)</source>
        <translation>
            <numerusform>%n Aufgabentabelle</numerusform>
            <numerusform>%n Aufgabentabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task row(s)</source>
        <translation>
            <numerusform>%n Tabellenzeile mit Aufgabe</numerusform>
            <numerusform>%n Tabellenzeilen mit Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimate line(s)</source>
        <translation>
            <numerusform>%n Zeile mit Schätzung</numerusform>
            <numerusform>%n Zeilen mit Schätzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sprint/phase heading(s)</source>
        <translation>
            <numerusform>%n Sprint-/Phasenüberschrift</numerusform>
            <numerusform>%n Sprint-/Phasenüberschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement id(s)</source>
        <translation>
            <numerusform>%n Anforderungs-ID</numerusform>
            <numerusform>%n Anforderungs-IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user stor(ies)</source>
        <translation>
            <numerusform>%n User Story</numerusform>
            <numerusform>%n User Stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement heading(s)</source>
        <translation>
            <numerusform>%n Anforderungsüberschrift</numerusform>
            <numerusform>%n Anforderungsüberschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message numerus="yes">
        <source>%n pass/fail line(s)</source>
        <translation>
            <numerusform>%n Bestanden/Fehlgeschlagen-Zeile</numerusform>
            <numerusform>%n Bestanden/Fehlgeschlagen-Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>no plan, requirement or report signs</source>
        <translation>keine Anzeichen für Plan, Anforderungen oder Bericht</translation>
    </message>
    <message>
        <source>acceptance tests or test cases, nothing estimated</source>
        <translation>Abnahmetests oder Testfälle, nichts geschätzt</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) read</source>
        <translation>
            <numerusform>%n Aufgabe gelesen</numerusform>
            <numerusform>%n Aufgaben gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>plan headings or name, but no task line</source>
        <translation>Plan-Überschriften oder -Name, aber keine Aufgabenzeile</translation>
    </message>
    <message>
        <source>spec-kit plan.md narrative, tasks in tasks.md</source>
        <translation>spec-kit-plan.md als Beschreibung, Aufgaben in tasks.md</translation>
    </message>
    <message>
        <source>title names one task, report sections</source>
        <translation>Titel nennt eine Aufgabe, Berichtsabschnitte</translation>
    </message>
    <message>
        <source>requirements (name and title), nothing estimated</source>
        <translation>Anforderungen (Name und Titel), nichts geschätzt</translation>
    </message>
    <message>
        <source>paper (abstract, related work), no task read</source>
        <translation>Fachartikel (Abstract, verwandte Arbeiten), keine Aufgabe gelesen</translation>
    </message>
    <message>
        <source>document index (title), no task read</source>
        <translation>Dokumentenverzeichnis (Titel), keine Aufgabe gelesen</translation>
    </message>
    <message>
        <source>decision log (title), nothing estimated</source>
        <translation>Entscheidungsprotokoll (Titel), nichts geschätzt</translation>
    </message>
    <message>
        <source>guidance (title), nothing estimated or ticked</source>
        <translation>Leitfaden (Titel), nichts geschätzt oder abgehakt</translation>
    </message>
    <message>
        <source>architecture description (title), nothing estimated or ticked</source>
        <translation>Architekturbeschreibung (Titel), nichts geschätzt oder abgehakt</translation>
    </message>
    <message>
        <source>test plan: test cases, nothing estimated</source>
        <translation>Testplan: Testfälle, nichts geschätzt</translation>
    </message>
    <message>
        <source>title names one task, its header its status or estimate</source>
        <translation>Titel nennt eine Aufgabe, ihr Kopf ihren Status oder ihre Schätzung</translation>
    </message>
    <message>
        <source>kanban lanes</source>
        <translation>Kanban-Spalten</translation>
    </message>
    <message>
        <source>guide (folder), nothing estimated or ticked</source>
        <translation>Leitfaden (Ordner), nichts geschätzt oder abgehakt</translation>
    </message>
    <message>
        <source>analysis or delivery (name and title)</source>
        <translation>Analyse oder Lieferbericht (Name und Titel)</translation>
    </message>
    <message>
        <source>agent skill (front matter)</source>
        <translation>Fähigkeit eines Agenten (Front Matter)</translation>
    </message>
    <message>
        <source>one task-like table or line, no task read</source>
        <translation>eine Tabelle oder Zeile wie Aufgaben, keine Aufgabe gelesen</translation>
    </message>
    <message>
        <source>phases or durations in prose only, no task read</source>
        <translation>Phasen oder Dauern nur im Fließtext, keine Aufgabe gelesen</translation>
    </message>
    <message>
        <source>report (folder)</source>
        <translation>Bericht (Ordner)</translation>
    </message>
</context>
<context>
    <name>ElixirLexer</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation>
            <numerusform>%n weiteres Problem nicht angezeigt</numerusform>
            <numerusform>%n weitere Probleme nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>line is %1 MB long (generated or minified code?)</source>
        <translation>Zeile ist %1 MB lang (generierter oder minifizierter Code?)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; the rest of it is read as text</source>
        <translation>Verschachtelung tiefer als %1 Ebenen; der Rest wird als Text gelesen</translation>
    </message>
    <message>
        <source>NUL byte in source</source>
        <translation>NUL-Byte im Quelltext</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>unterminated %1 (missing %2)</source>
        <translation>%1 nicht abgeschlossen (%2 fehlt)</translation>
    </message>
    <message>
        <source>unterminated heredoc (no closing %1 line)</source>
        <translation>nicht abgeschlossenes Heredoc (keine schließende %1-Zeile)</translation>
    </message>
    <message>
        <source>unterminated ~%1 sigil</source>
        <translation>nicht abgeschlossenes ~%1-Sigil</translation>
    </message>
    <message>
        <source>unterminated comment (missing %1)</source>
        <translation>nicht abgeschlossener Kommentar (%1 fehlt)</translation>
    </message>
    <message>
        <source>unterminated EEx tag (missing %&gt;)</source>
        <translation>nicht abgeschlossenes EEx-Tag (%&gt; fehlt)</translation>
    </message>
    <message>
        <source>unterminated {expression} (missing })</source>
        <translation>nicht abgeschlossener {Ausdruck} (} fehlt)</translation>
    </message>
    <message>
        <source>tag &lt;%1 is not closed with &gt;</source>
        <translation>Tag &lt;%1 wird nicht mit &gt; geschlossen</translation>
    </message>
    <message>
        <source>sigil</source>
        <translation>Sigil</translation>
    </message>
    <message>
        <source>charlist</source>
        <translation>Charlist</translation>
    </message>
    <message>
        <source>quoted atom</source>
        <translation>Atom in Anführungszeichen</translation>
    </message>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
</context>
<context>
    <name>FailureCategory</name>
    <message>
        <source>Assertion</source>
        <translation>Assertion</translation>
    </message>
    <message>
        <source>Match error</source>
        <translation>Match-Fehler</translation>
    </message>
    <message>
        <source>Ecto / database</source>
        <translation>Ecto / Datenbank</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>LiveView</source>
        <translation>LiveView</translation>
    </message>
    <message>
        <source>setup / setup_all</source>
        <translation>setup / setup_all</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>Kompilierung</translation>
    </message>
    <message>
        <source>Runtime error</source>
        <translation>Laufzeitfehler</translation>
    </message>
    <message>
        <source>Compare left and right: decide whether the code or the expectation is wrong, then fix that one side.</source>
        <translation>Links und rechts vergleichen: entscheiden, ob der Code oder die Erwartung falsch ist, und dann genau diese Seite korrigieren.</translation>
    </message>
    <message>
        <source>A value had an unexpected shape (often {:error, reason} where {:ok, _} was expected): match the error case or fix its cause.</source>
        <translation>Ein Wert hatte eine unerwartete Form (oft {:error, reason}, wo {:ok, _} erwartet wurde): den Fehlerfall matchen oder seine Ursache beheben.</translation>
    </message>
    <message>
        <source>Check the Ecto sandbox checkout in setup, pending migrations (mix ecto.migrate) and constraint or changeset errors.</source>
        <translation>Den Checkout der Ecto-Sandbox im Setup, ausstehende Migrationen (mix ecto.migrate) sowie Constraint- oder Changeset-Fehler prüfen.</translation>
    </message>
    <message>
        <source>Something waited too long: a missing message, a deadlock or slow I/O. Use assert_receive with a timeout; raise @tag timeout only when the work is really slow.</source>
        <translation>Etwas hat zu lange gewartet: eine fehlende Nachricht, ein Deadlock oder langsame Ein-/Ausgabe. assert_receive mit Timeout verwenden; @tag timeout nur erhöhen, wenn die Arbeit wirklich langsam ist.</translation>
    </message>
    <message>
        <source>Check the mount/handle_event flow: selectors passed to element/2, the rendered HTML, and that the LiveView process did not crash.</source>
        <translation>Den Ablauf von mount/handle_event prüfen: die an element/2 übergebenen Selektoren, das gerenderte HTML und ob der LiveView-Prozess abgestürzt ist.</translation>
    </message>
    <message>
        <source>The test&apos;s setup or the module&apos;s setup_all failed, so the test itself never ran: fix the fixture or the shared state first.</source>
        <translation>Das Setup des Tests oder setup_all des Moduls ist fehlgeschlagen, der Test selbst lief also nie: zuerst die Fixture oder den gemeinsamen Zustand reparieren.</translation>
    </message>
    <message>
        <source>The code does not compile or a module is missing: fix the located compile error, then run again.</source>
        <translation>Der Code kompiliert nicht oder ein Modul fehlt: den angegebenen Kompilierfehler beheben und erneut ausführen.</translation>
    </message>
    <message>
        <source>An exception was raised: read the message and the first project frame of the stack trace.</source>
        <translation>Eine Exception wurde ausgelöst: die Meldung und den ersten Projekt-Frame des Stacktraces lesen.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Wird nicht behoben</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>FixPreview</name>
    <message>
        <source>The fix for %1:%2 no longer fits the file (was it edited?).</source>
        <translation>Die Korrektur für %1:%2 passt nicht mehr zur Datei (wurde sie bearbeitet?).</translation>
    </message>
    <message>
        <source>The fix has overlapping edits.</source>
        <translation>Die Korrektur enthält überlappende Änderungen.</translation>
    </message>
</context>
<context>
    <name>FixVerifier</name>
    <message>
        <source>No automatic fix is offered: %1.</source>
        <translation>Keine automatische Korrektur angeboten: %1.</translation>
    </message>
    <message>
        <source>this file has more fixes than are checked at once; fix the others first</source>
        <translation>diese Datei hat mehr Korrekturen, als auf einmal geprüft werden; beheben Sie zuerst die anderen</translation>
    </message>
    <message>
        <source>the file would not parse after it (line %1: %2)</source>
        <translation>die Datei wäre danach nicht mehr lesbar (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>it would add a %1 finding on the lines it changes</source>
        <translation>sie würde in den geänderten Zeilen einen Befund %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>FormatterScript</name>
    <message>
        <source>the ExUnit formatter is missing from this build</source>
        <translation>der ExUnit-Formatter fehlt in diesem Build</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot use %1 for the ExUnit formatter: %2</source>
        <translation>%1 kann nicht für den ExUnit-Formatter verwendet werden: %2</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>es gehört einem anderen Benutzer</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>no commits yet</source>
        <translation>noch keine Commits</translation>
    </message>
    <message>
        <source>Branch &apos;%1&apos; has no commits yet: every file counts as added.</source>
        <translation>Branch „%1“ hat noch keine Commits: jede Datei zählt als hinzugefügt.</translation>
    </message>
    <message>
        <source>no HEAD</source>
        <translation>kein HEAD</translation>
    </message>
    <message>
        <source>HEAD cannot be read (%1).</source>
        <translation>HEAD kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <source>No main or master branch (local or on origin): only uncommitted work counts as changed.</source>
        <translation>Kein main- oder master-Branch (lokal oder auf origin): nur nicht committete Arbeit zählt als geändert.</translation>
    </message>
    <message>
        <source>This shallow clone does not reach the merge base with %1: only uncommitted work counts as changed.</source>
        <translation>Dieser flache Klon reicht nicht bis zur Merge-Basis mit %1: nur nicht committete Arbeit zählt als geändert.</translation>
    </message>
    <message>
        <source>HEAD and %1 share no history: only uncommitted work counts as changed.</source>
        <translation>HEAD und %1 haben keine gemeinsame Historie: nur nicht committete Arbeit zählt als geändert.</translation>
    </message>
    <message>
        <source>HEAD (%1 is up to date with it)</source>
        <translation>HEAD (%1 ist damit auf dem neuesten Stand)</translation>
    </message>
    <message>
        <source>merge base with %1</source>
        <translation>Merge-Basis mit %1</translation>
    </message>
    <message>
        <source>the repository at %1 belongs to another user</source>
        <translation>das Repository unter %1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>cannot open the repository</source>
        <translation>das Repository kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The project is not in a git repository: branch, changed lines and blame are not available.</source>
        <translation>Das Projekt liegt nicht in einem Git-Repository: Branch, geänderte Zeilen und Blame sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The repository has no working tree.</source>
        <translation>Das Repository hat kein Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>HEAD cannot be read: %1</source>
        <translation>HEAD kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>HEAD is detached at %1 (no branch is checked out).</source>
        <translation>HEAD ist bei %1 losgelöst (kein Branch ausgecheckt).</translation>
    </message>
    <message>
        <source>This is a shallow clone: older history is missing.</source>
        <translation>Dies ist ein flacher Klon: ältere Historie fehlt.</translation>
    </message>
    <message>
        <source>The project is not in a git repository.</source>
        <translation>Das Projekt liegt nicht in einem Git-Repository.</translation>
    </message>
    <message>
        <source>The base commit %1 cannot be read: %2</source>
        <translation>Das Basis-Commit %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot compare the working tree: %1</source>
        <translation>Das Arbeitsverzeichnis kann nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>No commits yet.</source>
        <translation>Noch keine Commits.</translation>
    </message>
    <message>
        <source>%1 is not committed yet.</source>
        <translation>%1 ist noch nicht committet.</translation>
    </message>
</context>
<context>
    <name>GraphBuilder</name>
    <message>
        <source>unknown agent &apos;%1&apos; (no definition under agents/), referenced as %2</source>
        <translation>unbekannter Agent „%1“ (keine Definition unter agents/), verwiesen als %2</translation>
    </message>
    <message numerus="yes">
        <source>delegation cycle among %n agent(s), e.g. %1</source>
        <translation>
            <numerusform>Delegationszyklus zwischen %n Agenten, z. B. %1</numerusform>
            <numerusform>Delegationszyklus zwischen %n Agenten, z. B. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; is also defined in %2:%3; both are read as one agent</source>
        <translation>Agent „%1“ ist auch in %2:%3 definiert; beide werden als ein Agent gelesen</translation>
    </message>
</context>
<context>
    <name>GraphData</name>
    <message>
        <source>orchestrator</source>
        <translation>Orchestrator</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>Spezialist</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>collaboration</source>
        <translation>Zusammenarbeit</translation>
    </message>
</context>
<context>
    <name>GraphExportCommand</name>
    <message>
        <source>phoenix-workbench: cannot open %1: not a folder</source>
        <translation>phoenix-workbench: %1 kann nicht geöffnet werden: kein Ordner</translation>
    </message>
    <message>
        <source>phoenix-workbench: %1</source>
        <translation>phoenix-workbench: %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%2 graph, %n node(s))</source>
        <translation>
            <numerusform>%1 geschrieben (Graph: %2, %n Knoten)</numerusform>
            <numerusform>%1 geschrieben (Graph: %2, %n Knoten)</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo project</source>
        <translation>das Demo-Projekt</translation>
    </message>
</context>
<context>
    <name>GraphExporter</name>
    <message>
        <source>the graph is empty</source>
        <translation>der Graph ist leer</translation>
    </message>
    <message>
        <source>Laid out by Graphviz dot, drawn by Phoenix Workbench</source>
        <translation>Layout mit Graphviz dot, gezeichnet von Phoenix Workbench</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no agent definitions under %1/agents</source>
        <translation>keine Agentendefinitionen unter %1/agents</translation>
    </message>
    <message>
        <source>no TRD tasks under %1/docs</source>
        <translation>keine TRD-Aufgaben unter %1/docs</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not start</source>
        <translation>Graphviz konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Graphviz layout failed: %1</source>
        <translation>Graphviz-Layout fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>waits on</source>
        <translation>wartet auf</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>kritischer Pfad</translation>
    </message>
    <message>
        <source>selected: hands work to</source>
        <translation>ausgewählt: gibt Arbeit an</translation>
    </message>
    <message>
        <source>selected: receives from</source>
        <translation>ausgewählt: erhält von</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>GraphPresentation</name>
    <message>
        <source>%1 done · %2 open · %3 blocked</source>
        <translation>%1 erledigt · %2 offen · %3 blockiert</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Orchestrators</source>
        <translation>Orchestratoren</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Spezialisten</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>LinkBuilder</name>
    <message numerus="yes">
        <source>%n task id(s) are defined by more than one plan (%1 in %2): where code, agent files or commits name them, no task is linked</source>
        <translation>
            <numerusform>%n Aufgaben-ID ist in mehr als einem Plan definiert (%1 in %2): wo Code, Agentendateien oder Commits sie nennen, wird keine Aufgabe verknüpft</numerusform>
            <numerusform>%n Aufgaben-IDs sind in mehr als einem Plan definiert (%1 in %2): wo Code, Agentendateien oder Commits sie nennen, wird keine Aufgabe verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 names %3</source>
        <translation>%1:%2 nennt %3</translation>
    </message>
    <message>
        <source>%1: field at %2:%3</source>
        <translation>%1: Feld in %2:%3</translation>
    </message>
    <message>
        <source>Reference to %1 (%2:%3)</source>
        <translation>Verweis auf %1 (%2:%3)</translation>
    </message>
    <message>
        <source>Reference at %1:%2</source>
        <translation>Verweis in %1:%2</translation>
    </message>
    <message>
        <source>@-mention at %1:%2</source>
        <translation>@-Erwähnung in %1:%2</translation>
    </message>
    <message>
        <source>names %1 at %2:%3</source>
        <translation>nennt %1 in %2:%3</translation>
    </message>
    <message>
        <source>path named at %1:%2</source>
        <translation>Pfad genannt in %1:%2</translation>
    </message>
    <message>
        <source>%1 named at %2:%3</source>
        <translation>%1 genannt in %2:%3</translation>
    </message>
    <message>
        <source>finding at line %1</source>
        <translation>Befund in Zeile %1</translation>
    </message>
    <message>
        <source>%1 refers to %2</source>
        <translation>%1 verweist auf %2</translation>
    </message>
    <message>
        <source>%1 drives %2 (line %3), routed to %4</source>
        <translation>%1 steuert %2 (Zeile %3), geroutet zu %4</translation>
    </message>
    <message>
        <source>%1 is the conventional test of %2</source>
        <translation>%1 ist der übliche Test von %2</translation>
    </message>
    <message>
        <source>failed in the HTML report</source>
        <translation>im HTML-Bericht fehlgeschlagen</translation>
    </message>
    <message>
        <source>trace of this test&apos;s failed run</source>
        <translation>Trace des fehlgeschlagenen Laufs dieses Tests</translation>
    </message>
    <message>
        <source>trace recorded by this test</source>
        <translation>von diesem Test aufgezeichneter Trace</translation>
    </message>
    <message>
        <source>navigation to %1 → %2.%3</source>
        <translation>Navigation zu %1 → %2.%3</translation>
    </message>
    <message>
        <source>commit %1: %2</source>
        <translation>Commit %1: %2</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>server push</source>
        <translation>Server-Push</translation>
    </message>
    <message>
        <source>No LiveView traffic in this trace.</source>
        <translation>Kein LiveView-Verkehr in diesem Trace.</translation>
    </message>
    <message>
        <source>LiveView socket: %1 join(s), %2 event(s), %3 server push(es)</source>
        <translation>LiveView-Socket: %1 Join(s), %2 Event(s), %3 Server-Push(es)</translation>
    </message>
    <message>
        <source>; server replies in %1–%2 ms</source>
        <translation>; Serverantworten in %1–%2 ms</translation>
    </message>
    <message>
        <source>LiveView socket opened, but the trace kept none of its messages</source>
        <translation>LiveView-Socket geöffnet, aber der Trace hat keine seiner Nachrichten behalten</translation>
    </message>
</context>
<context>
    <name>MarkdownDocument</name>
    <message>
        <source>front matter opened with &apos;---&apos; is never closed</source>
        <translation>mit „---“ geöffnetes Front Matter wird nie geschlossen</translation>
    </message>
    <message>
        <source>code block opened here is never closed</source>
        <translation>hier geöffneter Codeblock wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>MermaidParser</name>
    <message>
        <source>expected an arrow such as &apos;--&gt;&apos; at &apos;%1&apos;</source>
        <translation>erwartet wurde ein Pfeil wie „--&gt;“ bei „%1“</translation>
    </message>
    <message>
        <source>arrow without a target node</source>
        <translation>Pfeil ohne Zielknoten</translation>
    </message>
    <message>
        <source>expected a node id at &apos;%1&apos;</source>
        <translation>erwartet wurde eine Knoten-ID bei „%1“</translation>
    </message>
    <message>
        <source>node label quote is not closed</source>
        <translation>Anführungszeichen der Knotenbeschriftung wird nicht geschlossen</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: label opened with &apos;%2&apos; is not closed with &apos;%3&apos;</source>
        <translation>Knoten „%1“: die mit „%2“ geöffnete Beschriftung wird nicht mit „%3“ geschlossen</translation>
    </message>
    <message>
        <source>&apos;end&apos; without an open subgraph</source>
        <translation>„end“ ohne offenen Subgraphen</translation>
    </message>
    <message>
        <source>subgraph without a name</source>
        <translation>Subgraph ohne Namen</translation>
    </message>
    <message>
        <source>subgraph &apos;%1&apos; is never closed with &apos;end&apos;</source>
        <translation>Subgraph „%1“ wird nie mit „end“ geschlossen</translation>
    </message>
</context>
<context>
    <name>MixFile</name>
    <message>
        <source>unterminated string starting here</source>
        <translation>hier beginnender String wird nicht abgeschlossen</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>&apos;end&apos; without a matching &apos;do&apos;</source>
        <translation>„end“ ohne passendes „do“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not closed before &apos;end&apos; on line %2</source>
        <translation>„%1“ wird vor „end“ in Zeile %2 nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;do&apos; is never closed by &apos;end&apos;</source>
        <translation>„do“ wird nie mit „end“ geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed</source>
        <translation>„%1“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>no &apos;defmodule ... do&apos; found: not a mix project definition</source>
        <translation>kein „defmodule ... do“ gefunden: keine Mix-Projektdefinition</translation>
    </message>
</context>
<context>
    <name>MixLock</name>
    <message>
        <source>not a mix.lock entry: %1</source>
        <translation>kein mix.lock-Eintrag: %1</translation>
    </message>
    <message>
        <source>mix.lock does not start with &apos;%{&apos;</source>
        <translation>mix.lock beginnt nicht mit „%{“</translation>
    </message>
</context>
<context>
    <name>ProjectDetector</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: folder cannot be read</source>
        <translation>%1: Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not a mix project: %1 has no mix.exs. Elixir-specific views stay empty.</source>
        <translation>Kein Mix-Projekt: %1 hat keine mix.exs. Elixir-spezifische Ansichten bleiben leer.</translation>
    </message>
    <message>
        <source>Mix project whose mix.exs cannot be read</source>
        <translation>Mix-Projekt, dessen mix.exs nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>Phoenix %1</source>
        <translation>Phoenix %1</translation>
    </message>
    <message>
        <source>, LiveView %1</source>
        <translation>, LiveView %1</translation>
    </message>
    <message numerus="yes">
        <source>Umbrella project %1 with %n app(s)</source>
        <translation>
            <numerusform>Umbrella-Projekt %1 mit %n App</numerusform>
            <numerusform>Umbrella-Projekt %1 mit %n Apps</numerusform>
        </translation>
    </message>
    <message>
        <source> (no Phoenix)</source>
        <translation> (ohne Phoenix)</translation>
    </message>
    <message>
        <source>Phoenix project %1 (%2)</source>
        <translation>Phoenix-Projekt %1 (%2)</translation>
    </message>
    <message>
        <source>Mix project %1 without Phoenix</source>
        <translation>Mix-Projekt %1 ohne Phoenix</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the project folder cannot be resolved: %1</source>
        <translation>der Projektordner kann nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>is a link to a missing file</source>
        <translation>ist ein Link auf eine fehlende Datei</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is a loop of symbolic links</source>
        <translation>ist eine Schleife symbolischer Links</translation>
    </message>
    <message>
        <source>is a link to %1, outside the project; it is neither read nor written</source>
        <translation>ist ein Link auf %1 außerhalb des Projekts; wird weder gelesen noch geschrieben</translation>
    </message>
    <message>
        <source>changed into a link while being opened; not read</source>
        <translation>wurde beim Öffnen zu einem Link; nicht gelesen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot be read: it is %1, not a regular file</source>
        <translation>kann nicht gelesen werden: es ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is larger than %1; not read</source>
        <translation>ist größer als %1; nicht gelesen</translation>
    </message>
    <message>
        <source>is a link to a missing file; not written</source>
        <translation>ist ein Link auf eine fehlende Datei; nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot be written: it is %1, not a regular file</source>
        <translation>kann nicht geschrieben werden: es ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is read-only; not written</source>
        <translation>ist schreibgeschützt; nicht geschrieben</translation>
    </message>
    <message>
        <source>is not writable: %1</source>
        <translation>ist nicht beschreibbar: %1</translation>
    </message>
    <message>
        <source>its folder cannot be resolved: %1</source>
        <translation>sein Ordner kann nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>is in %1, outside the project; not written</source>
        <translation>liegt in %1 außerhalb des Projekts; nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 is not a folder; not written</source>
        <translation>%1 ist kein Ordner; nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot keep its mode: %1</source>
        <translation>Dateirechte können nicht beibehalten werden: %1</translation>
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
        <translation>phoenix-workbench: Öffnen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>%1: %2; finding skipped</source>
        <translation>%1: %2; Befund übersprungen</translation>
    </message>
    <message>
        <source>SARIF version &apos;%1&apos; read as 2.1.0</source>
        <translation>SARIF-Version „%1“ als 2.1.0 gelesen</translation>
    </message>
    <message>
        <source>%1 has no location; skipped</source>
        <translation>%1 hat keine Position; übersprungen</translation>
    </message>
    <message>
        <source>Credo flagged `%1`.</source>
        <translation>Credo hat `%1` gemeldet.</translation>
    </message>
    <message>
        <source>no status or issues: not a code-reviewer response</source>
        <translation>weder status noch issues: keine code-reviewer-Antwort</translation>
    </message>
    <message>
        <source>issues must be a list</source>
        <translation>issues muss eine Liste sein</translation>
    </message>
    <message>
        <source>issue %1 has no file; skipped</source>
        <translation>Issue %1 hat keine Datei; übersprungen</translation>
    </message>
    <message>
        <source>issue %1: %2; skipped</source>
        <translation>Issue %1: %2; übersprungen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local file</source>
        <translation>„%1“ ist keine lokale Datei</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; points outside the project</source>
        <translation>„%1“ zeigt aus dem Projekt hinaus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the project through a link</source>
        <translation>„%1“ führt über einen Link aus dem Projekt hinaus</translation>
    </message>
    <message>
        <source>not SARIF, Credo JSON, Sobelow JSON or a code-reviewer YAML response</source>
        <translation>weder SARIF, Credo-JSON, Sobelow-JSON noch eine code-reviewer-YAML-Antwort</translation>
    </message>
    <message>
        <source>malformed %1: %2</source>
        <translation>fehlerhaftes %1: %2</translation>
    </message>
    <message>
        <source>malformed %1: the top level is not an object</source>
        <translation>fehlerhaftes %1: die oberste Ebene ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>no embedded report data: not a Playwright HTML report</source>
        <translation>keine eingebetteten Berichtsdaten: kein Playwright-HTML-Bericht</translation>
    </message>
    <message>
        <source>report.json is not JSON: %1</source>
        <translation>report.json ist kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryState</name>
    <message>
        <source>Not a git repository</source>
        <translation>Kein Git-Repository</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>Bare repository (no working tree)</source>
        <translation>Bare-Repository (kein Arbeitsverzeichnis)</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (noch keine Commits)</translation>
    </message>
    <message>
        <source>detached HEAD at %1 %2</source>
        <translation>losgelöster HEAD bei %1 %2</translation>
    </message>
    <message>
        <source> (shallow clone)</source>
        <translation> (flacher Klon)</translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <source>SQL built by string interpolation</source>
        <translation>SQL per String-Interpolation gebaut</translation>
    </message>
    <message>
        <source>Interpolated values become part of the SQL text, so crafted input can change the query (SQL injection). Ecto only escapes values passed as parameters.</source>
        <translation>Interpolierte Werte werden Teil des SQL-Textes, sodass manipulierte Eingaben die Abfrage verändern können (SQL-Injection). Ecto maskiert nur Werte, die als Parameter übergeben werden.</translation>
    </message>
    <message>
        <source>Pass values as parameters: `fragment(&quot;lower(?) = ?&quot;, p.name, ^term)`, or `Repo.query(&quot;... WHERE sku = $1&quot;, [sku])`.</source>
        <translation>Werte als Parameter übergeben: `fragment(&quot;lower(?) = ?&quot;, p.name, ^term)` oder `Repo.query(&quot;... WHERE sku = $1&quot;, [sku])`.</translation>
    </message>
    <message>
        <source>raw/1 or {:safe, ...} on data</source>
        <translation>raw/1 oder {:safe, ...} auf Daten</translation>
    </message>
    <message>
        <source>raw/1 and {:safe, iodata} switch off Phoenix&apos;s HTML escaping; data that can come from a user becomes script in every visitor&apos;s browser (XSS).</source>
        <translation>raw/1 und {:safe, iodata} schalten das HTML-Escaping von Phoenix ab; Daten, die von einem Benutzer stammen können, werden im Browser jedes Besuchers zu Skript (XSS).</translation>
    </message>
    <message>
        <source>Render the value with &lt;%= %&gt; or {...} so it is escaped; if HTML is really needed, sanitize it first (e.g. HtmlSanitizeEx) and keep raw/1 for literals.</source>
        <translation>Den Wert mit &lt;%= %&gt; oder {...} ausgeben, damit er maskiert wird; wird HTML wirklich gebraucht, es zuerst bereinigen (z. B. HtmlSanitizeEx) und raw/1 nur für Literale verwenden.</translation>
    </message>
    <message>
        <source>&lt;%== in an EEx template</source>
        <translation>&lt;%== in einem EEx-Template</translation>
    </message>
    <message>
        <source>&lt;%== outputs its value without HTML escaping, an XSS hole for any data that is not a trusted literal.</source>
        <translation>&lt;%== gibt seinen Wert ohne HTML-Escaping aus, eine XSS-Lücke für alle Daten, die kein vertrauenswürdiges Literal sind.</translation>
    </message>
    <message>
        <source>Use &lt;%= %&gt;, which escapes.</source>
        <translation>&lt;%= %&gt; verwenden, das maskiert.</translation>
    </message>
    <message>
        <source>Hard-coded secret</source>
        <translation>Fest einkodiertes Geheimnis</translation>
    </message>
    <message>
        <source>Secrets in source control leak with every clone, CI log and backup, and cannot be rotated per environment.</source>
        <translation>Geheimnisse in der Versionsverwaltung gelangen mit jedem Klon, CI-Log und Backup nach außen und lassen sich nicht pro Umgebung austauschen.</translation>
    </message>
    <message>
        <source>Read it at runtime in config/runtime.exs: `System.fetch_env!(&quot;SECRET_KEY_BASE&quot;)`.</source>
        <translation>Zur Laufzeit in config/runtime.exs lesen: `System.fetch_env!(&quot;SECRET_KEY_BASE&quot;)`.</translation>
    </message>
    <message>
        <source>String.to_atom/1 on external input</source>
        <translation>String.to_atom/1 auf externe Eingaben</translation>
    </message>
    <message>
        <source>Atoms are never garbage collected; converting visitor input to atoms lets anyone exhaust the atom table and crash the VM.</source>
        <translation>Atome werden nie vom Garbage Collector freigegeben; wer Besuchereingaben in Atome umwandelt, lässt jeden die Atomtabelle erschöpfen und die VM zum Absturz bringen.</translation>
    </message>
    <message>
        <source>Use String.to_existing_atom/1, or map the allowed strings to atoms explicitly.</source>
        <translation>String.to_existing_atom/1 verwenden oder die erlaubten Strings explizit auf Atome abbilden.</translation>
    </message>
    <message>
        <source>Browser pipeline without CSRF protection or secure headers</source>
        <translation>Browser-Pipeline ohne CSRF-Schutz oder sichere Header</translation>
    </message>
    <message>
        <source>:protect_from_forgery guards forms against cross-site request forgery; :put_secure_browser_headers sets the headers that stop clickjacking and MIME sniffing.</source>
        <translation>:protect_from_forgery schützt Formulare vor Cross-Site Request Forgery; :put_secure_browser_headers setzt die Header, die Clickjacking und MIME-Sniffing verhindern.</translation>
    </message>
    <message>
        <source>Add `plug :protect_from_forgery` and `plug :put_secure_browser_headers` to the :browser pipeline.</source>
        <translation>`plug :protect_from_forgery` und `plug :put_secure_browser_headers` zur :browser-Pipeline hinzufügen.</translation>
    </message>
    <message>
        <source>Phoenix.Token.verify without max_age</source>
        <translation>Phoenix.Token.verify ohne max_age</translation>
    </message>
    <message>
        <source>Without max_age a signed token stays valid forever: a leaked link or cookie can be replayed years later.</source>
        <translation>Ohne max_age bleibt ein signiertes Token für immer gültig: ein geleakter Link oder Cookie lässt sich noch Jahre später wiederverwenden.</translation>
    </message>
    <message>
        <source>Pass `max_age:` (seconds), e.g. `Phoenix.Token.verify(endpoint, salt, token, max_age: 86_400)`.</source>
        <translation>`max_age:` (Sekunden) übergeben, z. B. `Phoenix.Token.verify(endpoint, salt, token, max_age: 86_400)`.</translation>
    </message>
    <message>
        <source>Websocket origin check off</source>
        <translation>Origin-Prüfung für Websockets abgeschaltet</translation>
    </message>
    <message>
        <source>With check_origin: false any web page can open a websocket to the app with the visitor&apos;s cookies and act as them (cross-site websocket hijacking).</source>
        <translation>Mit check_origin: false kann jede Webseite mit den Cookies des Besuchers einen Websocket zur App öffnen und in seinem Namen handeln (Cross-Site WebSocket Hijacking).</translation>
    </message>
    <message>
        <source>Remove check_origin: false from production config, or list the allowed origins: `check_origin: [&quot;https://example.com&quot;]`.</source>
        <translation>check_origin: false aus der Produktionskonfiguration entfernen oder die erlaubten Origins aufzählen: `check_origin: [&quot;https://example.com&quot;]`.</translation>
    </message>
    <message>
        <source>Production without force_ssl</source>
        <translation>Produktion ohne force_ssl</translation>
    </message>
    <message>
        <source>Without force_ssl the app answers plain HTTP and sends no HSTS header: the first request and every cookie can be read or changed on the network.</source>
        <translation>Ohne force_ssl antwortet die App auf unverschlüsseltes HTTP und sendet keinen HSTS-Header: die erste Anfrage und jedes Cookie können im Netzwerk mitgelesen oder verändert werden.</translation>
    </message>
    <message>
        <source>Set `force_ssl: [hsts: true]` on the endpoint in config/prod.exs (with `rewrite_on: [:x_forwarded_proto]` behind a proxy that ends TLS).</source>
        <translation>`force_ssl: [hsts: true]` am Endpoint in config/prod.exs setzen (hinter einem Proxy, der TLS terminiert, mit `rewrite_on: [:x_forwarded_proto]`).</translation>
    </message>
    <message>
        <source>No Content-Security-Policy</source>
        <translation>Keine Content-Security-Policy</translation>
    </message>
    <message>
        <source>put_secure_browser_headers sets no Content-Security-Policy by default; without one any injected script runs with the page&apos;s rights.</source>
        <translation>put_secure_browser_headers setzt standardmäßig keine Content-Security-Policy; ohne sie läuft jedes eingeschleuste Skript mit den Rechten der Seite.</translation>
    </message>
    <message>
        <source>Pass a policy: `plug :put_secure_browser_headers, %{&quot;content-security-policy&quot; =&gt; &quot;default-src &apos;self&apos;&quot;}`.</source>
        <translation>Eine Policy übergeben: `plug :put_secure_browser_headers, %{&quot;content-security-policy&quot; =&gt; &quot;default-src &apos;self&apos;&quot;}`.</translation>
    </message>
    <message>
        <source>Request data sent back as the response body</source>
        <translation>Anfragedaten als Antwortinhalt zurückgesendet</translation>
    </message>
    <message>
        <source>send_resp/3 and html/2 do not escape: request data echoed as HTML runs as script in the visitor&apos;s browser (reflected XSS).</source>
        <translation>send_resp/3 und html/2 maskieren nicht: als HTML zurückgegebene Anfragedaten laufen im Browser des Besuchers als Skript (reflektiertes XSS).</translation>
    </message>
    <message>
        <source>Render through a template (escaped), or send it as text/plain or JSON.</source>
        <translation>Über ein Template ausgeben (maskiert) oder als text/plain bzw. JSON senden.</translation>
    </message>
    <message>
        <source>Response content type from the request</source>
        <translation>Content-Type der Antwort aus der Anfrage</translation>
    </message>
    <message>
        <source>A content type chosen by the request lets an attacker serve uploaded or echoed data as text/html (XSS).</source>
        <translation>Ein von der Anfrage gewählter Content-Type lässt einen Angreifer hochgeladene oder zurückgegebene Daten als text/html ausliefern (XSS).</translation>
    </message>
    <message>
        <source>Pick the content type from an allow-list, or use MIME.from_path/1 on a stored name.</source>
        <translation>Den Content-Type aus einer Allow-List wählen oder MIME.from_path/1 auf einen gespeicherten Namen anwenden.</translation>
    </message>
    <message>
        <source>Open redirect</source>
        <translation>Offene Weiterleitung</translation>
    </message>
    <message>
        <source>redirect(external: ...) with an address from the request sends visitors anywhere: phishing pages look like they come from your domain.</source>
        <translation>redirect(external: ...) mit einer Adresse aus der Anfrage schickt Besucher überallhin: Phishing-Seiten sehen aus, als kämen sie von Ihrer Domain.</translation>
    </message>
    <message>
        <source>Redirect only to paths (`redirect(conn, to: ~p&quot;/...&quot;)`) or check the host against an allow-list first.</source>
        <translation>Nur auf Pfade weiterleiten (`redirect(conn, to: ~p&quot;/...&quot;)`) oder den Host vorher gegen eine Allow-List prüfen.</translation>
    </message>
    <message>
        <source>File path from the request</source>
        <translation>Dateipfad aus der Anfrage</translation>
    </message>
    <message>
        <source>A path built from request data can climb out of the intended folder (`../`) and read, overwrite or serve any file the app can reach.</source>
        <translation>Ein aus Anfragedaten gebauter Pfad kann aus dem vorgesehenen Ordner heraussteigen (`../`) und jede Datei lesen, überschreiben oder ausliefern, die die App erreicht.</translation>
    </message>
    <message>
        <source>Use Path.basename/1 or Path.safe_relative/2 on the name, and join it to a fixed folder.</source>
        <translation>Path.basename/1 oder Path.safe_relative/2 auf den Namen anwenden und ihn an einen festen Ordner anhängen.</translation>
    </message>
    <message>
        <source>Command built from data</source>
        <translation>Befehl aus Daten gebaut</translation>
    </message>
    <message>
        <source>A command or shell line built from data runs whatever the data says; even argument lists let request data pass options to the program.</source>
        <translation>Ein aus Daten gebauter Befehl oder eine Shell-Zeile führt aus, was immer die Daten sagen; selbst Argumentlisten lassen Anfragedaten Optionen an das Programm übergeben.</translation>
    </message>
    <message>
        <source>Call a fixed executable with System.cmd/3 and a list of arguments; never :os.cmd/1 or System.shell/1 with data; validate arguments against an allow-list.</source>
        <translation>Ein festes Programm mit System.cmd/3 und einer Argumentliste aufrufen; nie :os.cmd/1 oder System.shell/1 mit Daten; Argumente gegen eine Allow-List prüfen.</translation>
    </message>
    <message>
        <source>Code evaluated from data</source>
        <translation>Code aus Daten ausgewertet</translation>
    </message>
    <message>
        <source>Code.eval_string/EEx.eval_string run arbitrary Elixir with the app&apos;s rights: data that reaches them is remote code execution.</source>
        <translation>Code.eval_string/EEx.eval_string führen beliebiges Elixir mit den Rechten der App aus: Daten, die dort ankommen, bedeuten Remote Code Execution.</translation>
    </message>
    <message>
        <source>Never evaluate data; use a data format (JSON), a parser, or a fixed function table.</source>
        <translation>Niemals Daten auswerten; ein Datenformat (JSON), einen Parser oder eine feste Funktionstabelle verwenden.</translation>
    </message>
    <message>
        <source>:erlang.binary_to_term without :safe</source>
        <translation>:erlang.binary_to_term ohne :safe</translation>
    </message>
    <message>
        <source>binary_to_term decodes any term, including new atoms and function references that run code when called.</source>
        <translation>binary_to_term dekodiert jeden Term, auch neue Atome und Funktionsreferenzen, die beim Aufruf Code ausführen.</translation>
    </message>
    <message>
        <source>Use Plug.Crypto.non_executable_binary_to_term(bin, [:safe]), or a data format such as JSON.</source>
        <translation>Plug.Crypto.non_executable_binary_to_term(bin, [:safe]) oder ein Datenformat wie JSON verwenden.</translation>
    </message>
    <message>
        <source>OAuth state generated but never checked</source>
        <translation>OAuth-State erzeugt, aber nie geprüft</translation>
    </message>
    <message>
        <source>The state parameter is what ties the provider&apos;s redirect to the visitor who started the login; if it is never compared, an attacker can log a victim into the attacker&apos;s account (login CSRF).</source>
        <translation>Der state-Parameter verbindet die Weiterleitung des Anbieters mit dem Besucher, der die Anmeldung begonnen hat; wird er nie verglichen, kann ein Angreifer ein Opfer in das Konto des Angreifers einloggen (Login-CSRF).</translation>
    </message>
    <message>
        <source>Store the state in the session (put_session) when building the authorize URL and compare it with Plug.Crypto.secure_compare/2 in the callback before exchanging the code.</source>
        <translation>Den State beim Erzeugen der Autorisierungs-URL in der Session speichern (put_session) und ihn im Callback vor dem Einlösen des Codes mit Plug.Crypto.secure_compare/2 vergleichen.</translation>
    </message>
    <message>
        <source>Locked dependency with a known advisory</source>
        <translation>Gesperrte Abhängigkeit mit bekanntem Sicherheitshinweis</translation>
    </message>
    <message>
        <source>mix.lock pins a version with a published security advisory (table dated in the message).</source>
        <translation>mix.lock legt eine Version fest, zu der ein Sicherheitshinweis veröffentlicht wurde (Stand der Tabelle steht in der Meldung).</translation>
    </message>
    <message>
        <source>Update it: `mix deps.update NAME`, then check `mix hex.audit`.</source>
        <translation>Aktualisieren: `mix deps.update NAME`, danach `mix hex.audit` prüfen.</translation>
    </message>
    <message>
        <source>receive without after</source>
        <translation>receive ohne after</translation>
    </message>
    <message>
        <source>A receive with no after clause waits forever when the message never comes (a lost reply, a crashed sender): the LiveView, GenServer or request hangs and its callers time out.</source>
        <translation>Ein receive ohne after-Klausel wartet ewig, wenn die Nachricht nie kommt (verlorene Antwort, abgestürzter Absender): LiveView, GenServer oder Anfrage hängen, und ihre Aufrufer laufen in Timeouts.</translation>
    </message>
    <message>
        <source>Add `after timeout -&gt; ...` with a finite timeout and handle it; in callbacks, prefer handle_info/2 over a nested receive.</source>
        <translation>`after timeout -&gt; ...` mit endlichem Timeout ergänzen und behandeln; in Callbacks handle_info/2 einem verschachtelten receive vorziehen.</translation>
    </message>
    <message>
        <source>Task.async never awaited</source>
        <translation>Task.async wird nie abgewartet</translation>
    </message>
    <message>
        <source>Task.async links the task and sends its result back: without Task.await/yield the reply and :DOWN messages pile up, and a crash in the task kills the caller.</source>
        <translation>Task.async verknüpft den Task und schickt sein Ergebnis zurück: ohne Task.await/yield stauen sich Antwort- und :DOWN-Nachrichten, und ein Absturz im Task reißt den Aufrufer mit.</translation>
    </message>
    <message>
        <source>Await it (Task.await/2), use Task.Supervisor.start_child/2 for fire-and-forget work, or start_async/3 in a LiveView.</source>
        <translation>Abwarten (Task.await/2), für Fire-and-forget-Arbeit Task.Supervisor.start_child/2 verwenden oder in einer LiveView start_async/3.</translation>
    </message>
    <message>
        <source>PubSub subscription without handle_info</source>
        <translation>PubSub-Abonnement ohne handle_info</translation>
    </message>
    <message>
        <source>Every broadcast on the topic becomes a message to this process; without handle_info/2 a LiveView or GenServer logs an error (or crashes) on each one.</source>
        <translation>Jeder Broadcast auf dem Topic wird zu einer Nachricht an diesen Prozess; ohne handle_info/2 protokolliert eine LiveView oder ein GenServer bei jeder einen Fehler (oder stürzt ab).</translation>
    </message>
    <message>
        <source>Define handle_info/2 clauses for the broadcasts, or stop subscribing.</source>
        <translation>handle_info/2-Klauseln für die Broadcasts definieren oder das Abonnement beenden.</translation>
    </message>
    <message>
        <source>IO.inspect, dbg or IEx.pry left in lib/</source>
        <translation>IO.inspect, dbg oder IEx.pry in lib/ vergessen</translation>
    </message>
    <message>
        <source>Debugging calls print to stdout in production (noise, sometimes secrets) or stop the process waiting for a shell.</source>
        <translation>Debugging-Aufrufe schreiben in Produktion nach stdout (Rauschen, manchmal Geheimnisse) oder halten den Prozess an, bis eine Shell kommt.</translation>
    </message>
    <message>
        <source>Remove it, or log with Logger.debug/1.</source>
        <translation>Entfernen oder mit Logger.debug/1 protokollieren.</translation>
    </message>
    <message>
        <source>Config read from another application</source>
        <translation>Konfiguration einer anderen Anwendung gelesen</translation>
    </message>
    <message>
        <source>Application.get_env with an application name that is neither this project nor a dependency always returns nil (or the default): the setting is silently ignored.</source>
        <translation>Application.get_env mit einem Anwendungsnamen, der weder dieses Projekt noch eine Abhängigkeit ist, liefert immer nil (oder den Standardwert): die Einstellung wird stillschweigend ignoriert.</translation>
    </message>
    <message>
        <source>Use the project&apos;s application name from mix.exs (`app:`).</source>
        <translation>Den Anwendungsnamen des Projekts aus mix.exs (`app:`) verwenden.</translation>
    </message>
    <message>
        <source>Application.get_env in a module body</source>
        <translation>Application.get_env im Modulrumpf</translation>
    </message>
    <message>
        <source>In a module body (a module attribute) the value is read once, when the module compiles: config/runtime.exs and release config never reach it.</source>
        <translation>Im Modulrumpf (einem Modulattribut) wird der Wert einmal beim Kompilieren gelesen: config/runtime.exs und die Release-Konfiguration erreichen ihn nie.</translation>
    </message>
    <message>
        <source>Use Application.compile_env/3 if compile time is meant, or read it at runtime inside a function.</source>
        <translation>Application.compile_env/3 verwenden, wenn die Kompilierzeit gemeint ist, oder den Wert zur Laufzeit in einer Funktion lesen.</translation>
    </message>
    <message>
        <source>Query inside a loop (N+1)</source>
        <translation>Abfrage in einer Schleife (N+1)</translation>
    </message>
    <message>
        <source>One query per element: the page does N+1 round trips to the database and slows down linearly with the data.</source>
        <translation>Eine Abfrage pro Element: die Seite macht N+1 Roundtrips zur Datenbank und wird mit wachsenden Daten linear langsamer.</translation>
    </message>
    <message>
        <source>Load everything in one query: preload the association (`Repo.preload(list, :assoc)` or `preload:` in the query) or query with `where: x.id in ^ids`.</source>
        <translation>Alles in einer Abfrage laden: die Assoziation vorladen (`Repo.preload(list, :assoc)` oder `preload:` in der Abfrage) oder mit `where: x.id in ^ids` abfragen.</translation>
    </message>
    <message>
        <source>Association read in a template without a preload</source>
        <translation>Assoziation im Template ohne Preload gelesen</translation>
    </message>
    <message>
        <source>Reading an association of each element of a list that was loaded without it raises Ecto.Association.NotLoaded, or tempts a query per row.</source>
        <translation>Die Assoziation jedes Elements einer Liste zu lesen, die ohne sie geladen wurde, löst Ecto.Association.NotLoaded aus oder verleitet zu einer Abfrage pro Zeile.</translation>
    </message>
    <message>
        <source>Preload the association in the query that builds the list (`preload: [:assoc]`).</source>
        <translation>Die Assoziation in der Abfrage vorladen, die die Liste erzeugt (`preload: [:assoc]`).</translation>
    </message>
    <message>
        <source>Repo.all in mount without a limit</source>
        <translation>Repo.all in mount ohne Limit</translation>
    </message>
    <message>
        <source>mount/3 runs twice per visit and keeps the assigns in memory for the whole session: an unbounded query grows with the table.</source>
        <translation>mount/3 läuft pro Besuch zweimal und hält die Assigns die ganze Sitzung im Speicher: eine unbegrenzte Abfrage wächst mit der Tabelle.</translation>
    </message>
    <message>
        <source>Limit and paginate the query (`limit: 50`), and stream the rows.</source>
        <translation>Die Abfrage begrenzen und paginieren (`limit: 50`) und die Zeilen streamen.</translation>
    </message>
    <message>
        <source>Collection kept in assigns where a stream fits</source>
        <translation>Sammlung in Assigns statt in einem Stream</translation>
    </message>
    <message>
        <source>Lists in assigns are kept in the LiveView process and diffed on every change; streams send the rows once and free the memory.</source>
        <translation>Listen in Assigns bleiben im LiveView-Prozess und werden bei jeder Änderung verglichen; Streams senden die Zeilen einmal und geben den Speicher frei.</translation>
    </message>
    <message>
        <source>`stream(socket, :items, items)` and render with `phx-update=&quot;stream&quot;` and `@streams.items`.</source>
        <translation>`stream(socket, :items, items)` und mit `phx-update=&quot;stream&quot;` und `@streams.items` rendern.</translation>
    </message>
    <message>
        <source>Foreign key without an index</source>
        <translation>Fremdschlüssel ohne Index</translation>
    </message>
    <message>
        <source>PostgreSQL does not index foreign keys by itself: joins and deletes on the parent scan the whole table.</source>
        <translation>PostgreSQL indiziert Fremdschlüssel nicht von selbst: Joins und Löschvorgänge auf der Elterntabelle durchsuchen die ganze Tabelle.</translation>
    </message>
    <message>
        <source>Add `create index(:table, [:column])` after the table.</source>
        <translation>`create index(:table, [:column])` nach der Tabelle hinzufügen.</translation>
    </message>
    <message>
        <source>Blocking call in a process callback</source>
        <translation>Blockierender Aufruf in einem Prozess-Callback</translation>
    </message>
    <message>
        <source>A GenServer, LiveView or Channel handles one message at a time: sleeping or waiting on HTTP inside a callback freezes every caller (or the page) and can cascade into timeouts.</source>
        <translation>Ein GenServer, eine LiveView oder ein Channel bearbeitet eine Nachricht nach der anderen: Schlafen oder Warten auf HTTP in einem Callback friert jeden Aufrufer (oder die Seite) ein und kann Timeouts nach sich ziehen.</translation>
    </message>
    <message>
        <source>Move slow work out of the callback: start_async/assign_async in a LiveView, a Task (Task.Supervisor.async_nolink) in a GenServer, Process.send_after/3 instead of sleeping.</source>
        <translation>Langsame Arbeit aus dem Callback herausnehmen: start_async/assign_async in einer LiveView, ein Task (Task.Supervisor.async_nolink) in einem GenServer, Process.send_after/3 statt Schlafen.</translation>
    </message>
    <message>
        <source>GenServer.call with :infinity</source>
        <translation>GenServer.call mit :infinity</translation>
    </message>
    <message>
        <source>A call that never times out hangs the caller forever when the server is stuck, and a supervisor cannot notice.</source>
        <translation>Ein Aufruf ohne Timeout lässt den Aufrufer ewig hängen, wenn der Server feststeckt, und kein Supervisor kann es bemerken.</translation>
    </message>
    <message>
        <source>Use a finite timeout and handle the exit, e.g. 30_000.</source>
        <translation>Ein endliches Timeout verwenden und den Exit behandeln, z. B. 30_000.</translation>
    </message>
    <message>
        <source>Process spawned without link or supervisor</source>
        <translation>Prozess ohne Link oder Supervisor gestartet</translation>
    </message>
    <message>
        <source>An unlinked, unsupervised process crashes silently, leaks when its caller dies and is invisible to shutdown.</source>
        <translation>Ein nicht verknüpfter, nicht überwachter Prozess stürzt unbemerkt ab, bleibt übrig, wenn sein Aufrufer stirbt, und ist beim Herunterfahren unsichtbar.</translation>
    </message>
    <message>
        <source>Use Task.Supervisor.start_child/2 (or async_nolink) under your supervision tree, or spawn_link when the lifetimes are tied.</source>
        <translation>Task.Supervisor.start_child/2 (oder async_nolink) unter dem eigenen Supervision-Tree verwenden, oder spawn_link, wenn die Lebensdauern verbunden sind.</translation>
    </message>
    <message>
        <source>Some callbacks with @impl, others without</source>
        <translation>Einige Callbacks mit @impl, andere ohne</translation>
    </message>
    <message>
        <source>Once a module marks one callback with @impl, Elixir warns about every callback without it; the mix hides which functions really implement the behaviour.</source>
        <translation>Sobald ein Modul einen Callback mit @impl markiert, warnt Elixir bei jedem Callback ohne; die Mischung verschleiert, welche Funktionen das Behaviour wirklich implementieren.</translation>
    </message>
    <message>
        <source>Put `@impl true` above the first clause of every callback of the module.</source>
        <translation>`@impl true` über die erste Klausel jedes Callbacks des Moduls setzen.</translation>
    </message>
    <message>
        <source>Process started outside a supervision tree</source>
        <translation>Prozess außerhalb eines Supervision-Trees gestartet</translation>
    </message>
    <message>
        <source>A process started from request or business code is not restarted when it crashes and is not stopped in order at shutdown.</source>
        <translation>Ein aus Anfrage- oder Geschäftscode gestarteter Prozess wird nach einem Absturz nicht neu gestartet und beim Herunterfahren nicht geordnet beendet.</translation>
    </message>
    <message>
        <source>Add it as a child of a supervisor (or a DynamicSupervisor) in the application&apos;s tree, and look it up by name or Registry.</source>
        <translation>Ihn als Kind eines Supervisors (oder DynamicSupervisors) im Baum der Anwendung hinzufügen und über Namen oder Registry finden.</translation>
    </message>
    <message>
        <source>Image without alt</source>
        <translation>Bild ohne alt</translation>
    </message>
    <message>
        <source>WCAG 1.1.1: screen readers read the file name or skip the image without an alternative text.</source>
        <translation>WCAG 1.1.1: Screenreader lesen ohne Alternativtext den Dateinamen vor oder überspringen das Bild.</translation>
    </message>
    <message>
        <source>Describe the image in `alt`; use `alt=&quot;&quot;` for purely decorative images.</source>
        <translation>Das Bild in `alt` beschreiben; für rein dekorative Bilder `alt=&quot;&quot;` verwenden.</translation>
    </message>
    <message>
        <source>phx-click on an element that is not interactive</source>
        <translation>phx-click auf einem nicht interaktiven Element</translation>
    </message>
    <message>
        <source>WCAG 2.1.1: a div or span with a click handler cannot be reached or used with the keyboard and is not announced as a control.</source>
        <translation>WCAG 2.1.1: ein div oder span mit Klick-Handler ist per Tastatur weder erreichbar noch bedienbar und wird nicht als Bedienelement angesagt.</translation>
    </message>
    <message>
        <source>Use a &lt;button&gt;, or add `role=&quot;button&quot;` and `tabindex=&quot;0&quot;` and handle Enter and Space (phx-keydown).</source>
        <translation>Einen &lt;button&gt; verwenden oder `role=&quot;button&quot;` und `tabindex=&quot;0&quot;` ergänzen und Enter und Leertaste behandeln (phx-keydown).</translation>
    </message>
    <message>
        <source>Input without a label</source>
        <translation>Eingabefeld ohne Beschriftung</translation>
    </message>
    <message>
        <source>WCAG 1.3.1/4.1.2: a field without a label is announced as &quot;edit text&quot; with no purpose.</source>
        <translation>WCAG 1.3.1/4.1.2: ein Feld ohne Label wird nur als „Eingabefeld“ ohne Zweck angesagt.</translation>
    </message>
    <message>
        <source>Add a &lt;label for=&quot;id&quot;&gt;, wrap the input in a &lt;label&gt;, or give it aria-label.</source>
        <translation>Ein &lt;label for=&quot;id&quot;&gt; ergänzen, das Eingabefeld in ein &lt;label&gt; einschließen oder ihm aria-label geben.</translation>
    </message>
    <message>
        <source>Live updates without an aria-live region</source>
        <translation>Live-Aktualisierungen ohne aria-live-Region</translation>
    </message>
    <message>
        <source>WCAG 4.1.3: flash messages and content that LiveView changes are not announced to screen-reader users without a live region.</source>
        <translation>WCAG 4.1.3: Flash-Meldungen und Inhalte, die LiveView ändert, werden Screenreader-Nutzern ohne Live-Region nicht angesagt.</translation>
    </message>
    <message>
        <source>Render them inside an element with `aria-live=&quot;polite&quot;` (or `role=&quot;alert&quot;` / `role=&quot;status&quot;`).</source>
        <translation>Sie in einem Element mit `aria-live=&quot;polite&quot;` (oder `role=&quot;alert&quot;` / `role=&quot;status&quot;`) rendern.</translation>
    </message>
    <message>
        <source>Icon-only button without an accessible name</source>
        <translation>Reiner Symbol-Button ohne zugänglichen Namen</translation>
    </message>
    <message>
        <source>WCAG 4.1.2: a button that holds only an icon is announced as &quot;button&quot; with no hint of what it does.</source>
        <translation>WCAG 4.1.2: ein Button, der nur ein Symbol enthält, wird als „Schaltfläche“ angesagt, ohne Hinweis, was er tut.</translation>
    </message>
    <message>
        <source>Add `aria-label=&quot;...&quot;`, or text in a `sr-only` span.</source>
        <translation>`aria-label=&quot;...&quot;` ergänzen oder Text in einem `sr-only`-span.</translation>
    </message>
    <message>
        <source>cast without validate_required</source>
        <translation>cast ohne validate_required</translation>
    </message>
    <message>
        <source>cast/4 accepts missing fields silently: rows with NULLs reach the database or fail there with an unfriendly error.</source>
        <translation>cast/4 akzeptiert fehlende Felder stillschweigend: Zeilen mit NULL-Werten landen in der Datenbank oder scheitern dort mit einer unfreundlichen Fehlermeldung.</translation>
    </message>
    <message>
        <source>Follow cast/4 with `validate_required([...])` for the fields that must be present.</source>
        <translation>Nach cast/4 `validate_required([...])` für die Pflichtfelder aufrufen.</translation>
    </message>
    <message>
        <source>Unique index without unique_constraint</source>
        <translation>Eindeutiger Index ohne unique_constraint</translation>
    </message>
    <message>
        <source>Without unique_constraint/3 a duplicate raises Ecto.ConstraintError instead of returning a changeset error the form can show.</source>
        <translation>Ohne unique_constraint/3 löst ein Duplikat Ecto.ConstraintError aus, statt einen Changeset-Fehler zu liefern, den das Formular anzeigen kann.</translation>
    </message>
    <message>
        <source>Add `unique_constraint(:field)` to the schema&apos;s changeset.</source>
        <translation>`unique_constraint(:field)` zum Changeset des Schemas hinzufügen.</translation>
    </message>
    <message>
        <source>Public module without @moduledoc</source>
        <translation>Öffentliches Modul ohne @moduledoc</translation>
    </message>
    <message>
        <source>The TRD targets 95% documentation coverage; undocumented modules are invisible in ExDoc and IEx help.</source>
        <translation>Das TRD verlangt 95 % Dokumentationsabdeckung; undokumentierte Module sind in ExDoc und der IEx-Hilfe unsichtbar.</translation>
    </message>
    <message>
        <source>Add `@moduledoc &quot;&quot;&quot;...&quot;&quot;&quot;`, or `@moduledoc false` for internal modules.</source>
        <translation>`@moduledoc &quot;&quot;&quot;...&quot;&quot;&quot;` ergänzen, oder `@moduledoc false` für interne Module.</translation>
    </message>
    <message>
        <source>Public function without @doc</source>
        <translation>Öffentliche Funktion ohne @doc</translation>
    </message>
    <message>
        <source>The TRD targets 95% documentation coverage; public functions are the API others read in ExDoc and IEx.</source>
        <translation>Das TRD verlangt 95 % Dokumentationsabdeckung; öffentliche Funktionen sind die API, die andere in ExDoc und IEx lesen.</translation>
    </message>
    <message>
        <source>Add `@doc` above the first clause, or `@doc false` for functions that are public only for other modules of the app.</source>
        <translation>`@doc` über die erste Klausel setzen, oder `@doc false` für Funktionen, die nur für andere Module der App öffentlich sind.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>The lexer or the do/end structure of the file is broken: the file does not compile, and rules can only guess what it means.</source>
        <translation>Der Lexer oder die do/end-Struktur der Datei ist kaputt: die Datei kompiliert nicht, und Regeln können nur raten, was sie bedeutet.</translation>
    </message>
    <message>
        <source>Fix the reported token (an unterminated string, a missing `end`, a stray bracket); `mix compile` shows the compiler&apos;s view.</source>
        <translation>Das gemeldete Token korrigieren (ein nicht abgeschlossener String, ein fehlendes `end`, eine überzählige Klammer); `mix compile` zeigt die Sicht des Compilers.</translation>
    </message>
    <message>
        <source>Module without tests</source>
        <translation>Modul ohne Tests</translation>
    </message>
    <message>
        <source>No test file refers to this module, so changes to it are not checked by the suite.</source>
        <translation>Keine Testdatei verweist auf dieses Modul, Änderungen daran prüft die Suite also nicht.</translation>
    </message>
    <message>
        <source>Add a test file under test/ that exercises the module&apos;s public functions.</source>
        <translation>Eine Testdatei unter test/ anlegen, die die öffentlichen Funktionen des Moduls aufruft.</translation>
    </message>
    <message>
        <source>Result of a pure call dropped</source>
        <translation>Ergebnis eines reinen Aufrufs verworfen</translation>
    </message>
    <message>
        <source>Enum, Map, String, Keyword and the like only return a new value; Elixir data is immutable. A call on its own line whose result nobody uses did nothing: usually a lost update (`Map.put(acc, k, v)` without rebinding) or Enum.map where Enum.each was meant.</source>
        <translation>Enum, Map, String, Keyword und ähnliche Module geben nur einen neuen Wert zurück; Daten in Elixir sind unveränderlich. Ein Aufruf in eigener Zeile, dessen Ergebnis niemand verwendet, hat nichts bewirkt: meist eine verlorene Änderung (`Map.put(acc, k, v)` ohne neue Bindung) oder Enum.map, wo Enum.each gemeint war.</translation>
    </message>
    <message>
        <source>Bind or return the value (`acc = Map.put(acc, k, v)`), or use Enum.each/2 when only the side effects matter.</source>
        <translation>Den Wert binden oder zurückgeben (`acc = Map.put(acc, k, v)`), oder Enum.each/2 verwenden, wenn nur die Nebenwirkungen zählen.</translation>
    </message>
    <message>
        <source>Event changes a record chosen by the client</source>
        <translation>Ereignis ändert einen vom Client gewählten Datensatz</translation>
    </message>
    <message>
        <source>A LiveView event carries whatever id the browser sends: anyone who can open the page can send another id. Fetching the record by that id alone and deleting or updating it lets one user change another&apos;s data (broken access control).</source>
        <translation>Ein LiveView-Ereignis trägt die ID, die der Browser schickt: wer die Seite öffnen kann, kann auch eine andere ID schicken. Wird der Datensatz nur über diese ID geholt und dann gelöscht oder geändert, kann ein Benutzer die Daten eines anderen ändern (fehlerhafte Zugriffskontrolle).</translation>
    </message>
    <message>
        <source>Fetch through the current user or scope (`Posts.get_user_post!(user, id)`), or check the record&apos;s owner before the write.</source>
        <translation>Über den aktuellen Benutzer oder Scope holen (`Posts.get_user_post!(user, id)`) oder vor dem Schreiben den Eigentümer des Datensatzes prüfen.</translation>
    </message>
    <message>
        <source>Account changeset casts a privilege field</source>
        <translation>Konto-Changeset übernimmt ein Berechtigungsfeld</translation>
    </message>
    <message>
        <source>cast/3 copies every listed field from the parameters. When the changeset of a sign-up or profile form lists the role or an admin flag, a visitor who adds `role=admin` to the request becomes an administrator (mass assignment).</source>
        <translation>cast/3 übernimmt jedes aufgeführte Feld aus den Parametern. Führt das Changeset eines Registrierungs- oder Profilformulars die Rolle oder ein Admin-Flag auf, wird ein Besucher, der `role=admin` an die Anfrage hängt, zum Administrator (Mass Assignment).</translation>
    </message>
    <message>
        <source>Leave privilege fields out of the form&apos;s changeset and set them in a separate changeset (`role_changeset/2`) that only administrators&apos; code calls.</source>
        <translation>Berechtigungsfelder aus dem Changeset des Formulars herauslassen und in einem eigenen Changeset setzen (`role_changeset/2`), das nur der Code für Administratoren aufruft.</translation>
    </message>
    <message>
        <source>File removed before its row&apos;s database write</source>
        <translation>Datei vor dem Datenbank-Schreibvorgang ihrer Zeile gelöscht</translation>
    </message>
    <message>
        <source>Deleting the file first and the row second leaves a row whose file is gone whenever the write fails or the transaction rolls back: the app then serves or processes a missing file.</source>
        <translation>Wird zuerst die Datei und dann die Zeile gelöscht, bleibt eine Zeile ohne Datei zurück, sobald das Schreiben scheitert oder die Transaktion zurückgerollt wird: die App liefert oder verarbeitet dann eine fehlende Datei.</translation>
    </message>
    <message>
        <source>Run the transaction first and remove the file only after it committed (in the `{:ok, _}` branch), or collect the paths and remove them afterwards.</source>
        <translation>Zuerst die Transaktion ausführen und die Datei erst nach dem Commit löschen (im Zweig `{:ok, _}`), oder die Pfade sammeln und danach löschen.</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>%1 gets SQL built by interpolation or concatenation</source>
        <translation>%1 erhält per Interpolation oder Verkettung gebautes SQL</translation>
    </message>
    <message>
        <source>raw/1 outputs data without HTML escaping</source>
        <translation>raw/1 gibt Daten ohne HTML-Escaping aus</translation>
    </message>
    <message>
        <source>%1 turns a runtime value into a new atom</source>
        <translation>%1 macht aus einem Laufzeitwert ein neues Atom</translation>
    </message>
    <message>
        <source>Phoenix.Token.verify without max_age accepts tokens of any age</source>
        <translation>Phoenix.Token.verify ohne max_age akzeptiert Tokens beliebigen Alters</translation>
    </message>
    <message>
        <source>the :browser pipeline has no plug %1</source>
        <translation>der :browser-Pipeline fehlt plug %1</translation>
    </message>
    <message>
        <source>{:safe, ...} marks data as already escaped HTML</source>
        <translation>{:safe, ...} kennzeichnet Daten als bereits maskiertes HTML</translation>
    </message>
    <message>
        <source>&lt;%== outputs its value without escaping</source>
        <translation>&lt;%== gibt seinen Wert ohne Escaping aus</translation>
    </message>
    <message>
        <source>%1 is set to a literal in %2</source>
        <translation>%1 ist in %2 auf ein Literal gesetzt</translation>
    </message>
    <message>
        <source>check_origin defaults to false: any site can open this app&apos;s websockets with a visitor&apos;s cookies</source>
        <translation>check_origin ist standardmäßig false: jede Website kann mit den Cookies eines Besuchers die Websockets dieser App öffnen</translation>
    </message>
    <message>
        <source>check_origin: false lets any site open this app&apos;s websockets with a visitor&apos;s cookies</source>
        <translation>check_origin: false lässt jede Website mit den Cookies eines Besuchers die Websockets dieser App öffnen</translation>
    </message>
    <message>
        <source>production never redirects to HTTPS or sends HSTS (no force_ssl)</source>
        <translation>Produktion leitet nie auf HTTPS um und sendet kein HSTS (kein force_ssl)</translation>
    </message>
    <message>
        <source>the :browser pipeline sends no Content-Security-Policy</source>
        <translation>die :browser-Pipeline sendet keine Content-Security-Policy</translation>
    </message>
    <message>
        <source>%1 sends request data back as the response body</source>
        <translation>%1 sendet Anfragedaten als Antwortinhalt zurück</translation>
    </message>
    <message>
        <source>the response content type comes from the request</source>
        <translation>der Content-Type der Antwort stammt aus der Anfrage</translation>
    </message>
    <message>
        <source>redirect(external: ...) sends visitors to an address taken from the request</source>
        <translation>redirect(external: ...) schickt Besucher an eine Adresse aus der Anfrage</translation>
    </message>
    <message>
        <source>%1 opens a path built from the request</source>
        <translation>%1 öffnet einen aus der Anfrage gebauten Pfad</translation>
    </message>
    <message>
        <source>%1.%2 runs a command built from data</source>
        <translation>%1.%2 führt einen aus Daten gebauten Befehl aus</translation>
    </message>
    <message>
        <source>%1.%2 passes request data as program arguments</source>
        <translation>%1.%2 übergibt Anfragedaten als Programmargumente</translation>
    </message>
    <message>
        <source>%1.%2 evaluates code built from data</source>
        <translation>%1.%2 wertet aus Daten gebauten Code aus</translation>
    </message>
    <message>
        <source>:erlang.binary_to_term without [:safe] can create atoms and run functions the data names</source>
        <translation>:erlang.binary_to_term ohne [:safe] kann Atome anlegen und Funktionen ausführen, die die Daten benennen</translation>
    </message>
    <message>
        <source>the OAuth state is generated but never stored or compared when the provider redirects back</source>
        <translation>der OAuth-State wird erzeugt, aber bei der Rückleitung des Anbieters nie gespeichert oder verglichen</translation>
    </message>
    <message>
        <source>receive without after in %1/%2 blocks the process forever if the message never comes</source>
        <translation>receive ohne after in %1/%2 blockiert den Prozess für immer, wenn die Nachricht nie kommt</translation>
    </message>
    <message>
        <source>receive without after in %1/%2, called from %3/%4, blocks the process forever if the message never comes</source>
        <translation>receive ohne after in %1/%2, aufgerufen aus %3/%4, blockiert den Prozess für immer, wenn die Nachricht nie kommt</translation>
    </message>
    <message>
        <source>receive without after in %1/%2 waits forever if the message never comes</source>
        <translation>receive ohne after in %1/%2 wartet ewig, wenn die Nachricht nie kommt</translation>
    </message>
    <message>
        <source>Task.async is never awaited: its reply and :DOWN messages pile up and a crash in the task takes this process down</source>
        <translation>Task.async wird nie abgewartet: seine Antwort- und :DOWN-Nachrichten stauen sich, und ein Absturz im Task reißt diesen Prozess mit</translation>
    </message>
    <message>
        <source>%1 subscribes to PubSub but defines no handle_info/2 for the broadcasts</source>
        <translation>%1 abonniert PubSub, definiert aber kein handle_info/2 für die Broadcasts</translation>
    </message>
    <message>
        <source>%1 left in code under lib/</source>
        <translation>%1 im Code unter lib/ vergessen</translation>
    </message>
    <message>
        <source>Application.%1 reads the config of %2, which is neither this project&apos;s application nor a dependency</source>
        <translation>Application.%1 liest die Konfiguration von %2, das weder die Anwendung dieses Projekts noch eine Abhängigkeit ist</translation>
    </message>
    <message>
        <source>Application.%1 in the module body is read once at compile time; a release&apos;s runtime config never reaches it</source>
        <translation>Application.%1 im Modulrumpf wird einmal beim Kompilieren gelesen; die Laufzeitkonfiguration eines Release erreicht ihn nie</translation>
    </message>
    <message>
        <source>require IEx left in code under lib/</source>
        <translation>require IEx im Code unter lib/ vergessen</translation>
    </message>
    <message>
        <source>Repo.%1 runs once per element of the enclosing loop</source>
        <translation>Repo.%1 läuft einmal pro Element der umgebenden Schleife</translation>
    </message>
    <message>
        <source>Repo.all in mount/3 loads the whole table</source>
        <translation>Repo.all in mount/3 lädt die ganze Tabelle</translation>
    </message>
    <message>
        <source>%1 holds a database collection in assigns; a stream fits</source>
        <translation>%1 hält eine Datenbanksammlung in Assigns; ein Stream passt besser</translation>
    </message>
    <message>
        <source>%1.%2 references another table but has no index</source>
        <translation>%1.%2 verweist auf eine andere Tabelle, hat aber keinen Index</translation>
    </message>
    <message>
        <source>GenServer.call waits forever (:infinity)</source>
        <translation>GenServer.call wartet ewig (:infinity)</translation>
    </message>
    <message>
        <source>%1 starts a process nobody links to or supervises</source>
        <translation>%1 startet einen Prozess, den niemand verknüpft oder überwacht</translation>
    </message>
    <message>
        <source>%1.%2 is called from %3/…, outside any supervisor</source>
        <translation>%1.%2 wird aus %3/… aufgerufen, außerhalb jedes Supervisors</translation>
    </message>
    <message>
        <source>%1 blocks the process inside %2/%3</source>
        <translation>%1 blockiert den Prozess in %2/%3</translation>
    </message>
    <message>
        <source>%1 uses @impl for some callbacks but not for %2</source>
        <translation>%1 verwendet @impl für einige Callbacks, aber nicht für %2</translation>
    </message>
    <message>
        <source>&lt;img&gt; has no alt attribute</source>
        <translation>&lt;img&gt; hat kein alt-Attribut</translation>
    </message>
    <message>
        <source>&lt;%1 phx-click&gt; cannot be used with the keyboard</source>
        <translation>&lt;%1 phx-click&gt; ist per Tastatur nicht bedienbar</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no label</source>
        <translation>&lt;%1&gt; hat keine Beschriftung</translation>
    </message>
    <message>
        <source>this button shows only an icon and has no accessible name</source>
        <translation>dieser Button zeigt nur ein Symbol und hat keinen zugänglichen Namen</translation>
    </message>
    <message>
        <source>flash messages are rendered without an aria-live region</source>
        <translation>Flash-Meldungen werden ohne aria-live-Region gerendert</translation>
    </message>
    <message>
        <source>content LiveView adds here is not announced (no aria-live region)</source>
        <translation>Inhalt, den LiveView hier einfügt, wird nicht angesagt (keine aria-live-Region)</translation>
    </message>
    <message>
        <source>%1.%2 is read for every row, but the list is loaded without preloading %2</source>
        <translation>%1.%2 wird für jede Zeile gelesen, aber die Liste wird ohne Preload von %2 geladen</translation>
    </message>
    <message>
        <source>%1/%2 casts fields but the module never calls validate_required</source>
        <translation>%1/%2 castet Felder, aber das Modul ruft nie validate_required auf</translation>
    </message>
    <message>
        <source>module %1 has no @moduledoc</source>
        <translation>Modul %1 hat kein @moduledoc</translation>
    </message>
    <message>
        <source>%1.%2 is public but has no @doc</source>
        <translation>%1.%2 ist öffentlich, hat aber kein @doc</translation>
    </message>
    <message>
        <source>%1 %2 is locked; advisories known on %3: %4</source>
        <translation>%1 %2 ist gesperrt; bekannte Sicherheitshinweise mit Stand %3: %4</translation>
    </message>
    <message>
        <source>The result of %1 is dropped; if only the callback&apos;s side effects matter, Enum.each/2 says so</source>
        <translation>Das Ergebnis von %1 wird verworfen; wenn nur die Nebenwirkungen des Callbacks zählen, drückt Enum.each/2 das aus</translation>
    </message>
    <message>
        <source>The result of %1 is dropped: data is immutable, so this call changes nothing</source>
        <translation>Das Ergebnis von %1 wird verworfen: Daten sind unveränderlich, dieser Aufruf ändert also nichts</translation>
    </message>
    <message>
        <source>the OAuth state is taken from the request: it does not tie the provider&apos;s redirect to this visitor&apos;s session</source>
        <translation>der OAuth-State stammt aus der Anfrage: er bindet die Weiterleitung des Anbieters nicht an die Sitzung dieses Besuchers</translation>
    </message>
    <message>
        <source>the OAuth state is a fixed value: it does not tie the provider&apos;s redirect to this visitor&apos;s session</source>
        <translation>der OAuth-State ist ein fester Wert: er bindet die Weiterleitung des Anbieters nicht an die Sitzung dieses Besuchers</translation>
    </message>
    <message>
        <source>handle_event %1 calls %2 on a record fetched by an id from the client, and nothing checks that it belongs to the current user</source>
        <translation>handle_event %1 ruft %2 für einen Datensatz auf, der über eine ID vom Client geholt wurde, und nichts prüft, dass er dem aktuellen Benutzer gehört</translation>
    </message>
    <message>
        <source>%1/%2 casts %3 from its input: whoever fills the form can give themselves that privilege</source>
        <translation>%1/%2 übernimmt %3 aus der Eingabe: wer das Formular ausfüllt, kann sich dieses Recht selbst geben</translation>
    </message>
    <message>
        <source>the file is removed before %1 on line %2: if that fails or rolls back, the row stays and points at a file that is gone</source>
        <translation>die Datei wird vor %1 in Zeile %2 gelöscht: scheitert das oder wird es zurückgerollt, bleibt die Zeile und verweist auf eine Datei, die fehlt</translation>
    </message>
</context>
<context>
    <name>RunTestsCommand</name>
    <message>
        <source>phoenix-workbench: cannot open %1</source>
        <translation>phoenix-workbench: Öffnen nicht möglich: %1</translation>
    </message>
    <message>
        <source>phoenix-workbench: no app &apos;%1&apos; in %2 (apps: %3)</source>
        <translation>phoenix-workbench: keine App „%1“ in %2 (Apps: %3)</translation>
    </message>
    <message>
        <source>phoenix-workbench: no output for %1 s, the run may be hung</source>
        <translation>phoenix-workbench: seit %1 s keine Ausgabe, der Lauf hängt möglicherweise</translation>
    </message>
    <message>
        <source>Running mix test in %1</source>
        <translation>mix test läuft in %1</translation>
    </message>
    <message>
        <source>phoenix-workbench: the test run could not be started</source>
        <translation>phoenix-workbench: der Testlauf konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>phoenix-workbench: cannot write %1: %2</source>
        <translation>phoenix-workbench: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SarifExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SprintStatus</name>
    <message>
        <source>a sprint-status file without development_status</source>
        <translation>eine sprint-status-Datei ohne development_status</translation>
    </message>
    <message numerus="yes">
        <source>BMAD sprint status: %n stories, %1 done, %2 in progress or review</source>
        <translation>
            <numerusform>BMAD-Sprintstatus: %n Story, %1 erledigt, %2 in Arbeit oder im Review</numerusform>
            <numerusform>BMAD-Sprintstatus: %n Storys, %1 erledigt, %2 in Arbeit oder im Review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyntaxTree</name>
    <message>
        <source>&apos;%1&apos; closes nothing that is open</source>
        <translation>„%1“ schließt nichts, was offen ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed</source>
        <translation>„%1“ wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>TaskDocuments</name>
    <message>
        <source>the bytes to change in %1 are not where they were</source>
        <translation>die zu ändernden Bytes in %1 sind nicht mehr dort, wo sie waren</translation>
    </message>
</context>
<context>
    <name>TaskGraph</name>
    <message>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
</context>
<context>
    <name>TestEventParser</name>
    <message>
        <source>not a JSON event: %1</source>
        <translation>kein JSON-Event: %1</translation>
    </message>
    <message>
        <source>a JSON line without an &quot;event&quot; name</source>
        <translation>eine JSON-Zeile ohne „event“-Namen</translation>
    </message>
</context>
<context>
    <name>TestRunOutcome</name>
    <message>
        <source>The run was stopped.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Elixir could not be started (%1).</source>
        <translation>Elixir konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>Install Elixir and Erlang/OTP (e.g. apt install elixir erlang-tools) and make sure `elixir` and `mix` are on the PATH.</source>
        <translation>Installieren Sie Elixir und Erlang/OTP (z. B. apt install elixir erlang-tools) und stellen Sie sicher, dass `elixir` und `mix` im PATH liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) failed.</source>
        <translation>
            <numerusform>%n Test ist fehlgeschlagen.</numerusform>
            <numerusform>%n Tests sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All tests passed.</source>
        <translation>Alle Tests bestanden.</translation>
    </message>
    <message>
        <source>Coverage is below the threshold set in mix.exs (mix exited with %1).</source>
        <translation>Die Abdeckung liegt unter dem in mix.exs festgelegten Schwellenwert (mix endete mit %1).</translation>
    </message>
    <message>
        <source>mix.exs does not load: %1</source>
        <translation>mix.exs lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Fix the file at the marked line; nothing can run until mix.exs loads.</source>
        <translation>Die Datei an der markierten Zeile korrigieren; nichts kann laufen, solange mix.exs nicht lädt.</translation>
    </message>
    <message>
        <source>Dependencies are not fetched (first missing: %1).</source>
        <translation>Abhängigkeiten sind nicht geholt (die erste fehlende: %1).</translation>
    </message>
    <message>
        <source>Dependencies are not fetched.</source>
        <translation>Abhängigkeiten sind nicht geholt.</translation>
    </message>
    <message>
        <source>Run `mix deps.get` (needs network access to Hex), or run an umbrella app that has no dependencies on its own.</source>
        <translation>`mix deps.get` ausführen (braucht Netzwerkzugriff auf Hex) oder eine Umbrella-App ohne eigene Abhängigkeiten ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>The project does not compile (%n error(s)).</source>
        <translation>
            <numerusform>Das Projekt kompiliert nicht (%n Fehler).</numerusform>
            <numerusform>Das Projekt kompiliert nicht (%n Fehler).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the located errors below, fix them and run again.</source>
        <translation>Die unten verorteten Fehler öffnen, beheben und erneut ausführen.</translation>
    </message>
    <message>
        <source>There were no tests to run.</source>
        <translation>Es gab keine Tests auszuführen.</translation>
    </message>
    <message>
        <source>The Erlang VM crashed before the suite finished.</source>
        <translation>Die Erlang-VM ist abgestürzt, bevor die Suite fertig war.</translation>
    </message>
    <message>
        <source>The Erlang VM stopped (exit status %1) before the suite finished.</source>
        <translation>Die Erlang-VM wurde beendet (Exit-Status %1), bevor die Suite fertig war.</translation>
    </message>
    <message>
        <source>A test may call System.halt/1 or :erlang.halt/1, or the VM ran out of memory; the raw log has its last words:
%1</source>
        <translation>Vielleicht ruft ein Test System.halt/1 oder :erlang.halt/1 auf, oder der VM ging der Speicher aus; das Rohprotokoll enthält ihre letzten Worte:
%1</translation>
    </message>
    <message>
        <source>mix test exited with status %1 before running any test.</source>
        <translation>mix test endete mit Status %1, bevor ein Test lief.</translation>
    </message>
    <message>
        <source>mix test exited with status %1 before running any test: %2</source>
        <translation>mix test endete mit Status %1, bevor ein Test lief: %2</translation>
    </message>
    <message>
        <source>No line coverage: mix test --cover crashed writing its HTML report ({:no_source_code_found, %1}) because _build holds code compiled under another path. Delete _build (or run `mix clean`) and run again.</source>
        <translation>Keine Zeilenabdeckung: mix test --cover ist beim Schreiben des HTML-Berichts abgestürzt ({:no_source_code_found, %1}), weil _build Code enthält, der unter einem anderen Pfad kompiliert wurde. _build löschen (oder `mix clean` ausführen) und erneut starten.</translation>
    </message>
    <message>
        <source>No line coverage: the compiled code names its sources under another path (%1), so _build was built elsewhere. Delete _build (or run `mix clean`) and run again.</source>
        <translation>Keine Zeilenabdeckung: Der kompilierte Code nennt seine Quellen unter einem anderen Pfad (%1), _build wurde also anderswo gebaut. _build löschen (oder `mix clean` ausführen) und erneut starten.</translation>
    </message>
</context>
<context>
    <name>TestStates</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>TraceReader</name>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n weiteres Problem nicht aufgeführt</numerusform>
            <numerusform>%n weitere Probleme nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no trace.trace or test.trace: not a Playwright trace</source>
        <translation>%1 enthält weder trace.trace noch test.trace: kein Playwright-Trace</translation>
    </message>
    <message>
        <source>line is longer than %1 bytes; skipped</source>
        <translation>Zeile ist länger als %1 Bytes; übersprungen</translation>
    </message>
    <message>
        <source>read stopped after line %1: %2</source>
        <translation>Lesen nach Zeile %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>truncated snapshot line</source>
        <translation>abgeschnittene Snapshot-Zeile</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2); skipped</source>
        <translation>kein JSON (%1 bei Byte %2); übersprungen</translation>
    </message>
    <message>
        <source>not a JSON object; skipped</source>
        <translation>kein JSON-Objekt; übersprungen</translation>
    </message>
    <message>
        <source>not JSON (%1); sources are not shown</source>
        <translation>kein JSON (%1); Quelltexte werden nicht angezeigt</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Navigieren</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klicken</translation>
    </message>
    <message>
        <source>Double click</source>
        <translation>Doppelklicken</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Ausfüllen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Taste drücken</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Ankreuzen</translation>
    </message>
    <message>
        <source>Uncheck</source>
        <translation>Kreuz entfernen</translation>
    </message>
    <message>
        <source>Hover</source>
        <translation>Darüberfahren</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Antippen</translation>
    </message>
    <message>
        <source>Select option</source>
        <translation>Option wählen</translation>
    </message>
    <message>
        <source>Set input files</source>
        <translation>Eingabedateien setzen</translation>
    </message>
    <message>
        <source>Wait for</source>
        <translation>Warten auf</translation>
    </message>
    <message>
        <source>Wait for timeout</source>
        <translation>Wartezeit abwarten</translation>
    </message>
    <message>
        <source>Wait for event</source>
        <translation>Auf Ereignis warten</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Erwarten</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Create page</source>
        <translation>Seite erstellen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Set content</source>
        <translation>Inhalt setzen</translation>
    </message>
</context>
<context>
    <name>TrdDocument</name>
    <message>
        <source>Done: its checkbox is ticked in the document.</source>
        <translation>Erledigt: die Checkbox ist im Dokument angehakt.</translation>
    </message>
    <message>
        <source>the plan&apos;s summary</source>
        <translation>die Zusammenfassung des Plans</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Done: %1 says so (%2).</source>
        <translation>Erledigt: laut %1 (%2).</translation>
    </message>
    <message>
        <source>Done: marked %1 in the document, although %2 of %3 subtasks are open.</source>
        <translation>Erledigt: im Dokument als %1 markiert, obwohl %2 von %3 Teilaufgaben offen sind.</translation>
    </message>
    <message>
        <source>Done: marked %1 in the document.</source>
        <translation>Erledigt: im Dokument als %1 markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Done: all %n subtask(s) are checked.</source>
        <translation>
            <numerusform>Erledigt: die einzige Teilaufgabe ist abgehakt.</numerusform>
            <numerusform>Erledigt: alle %n Teilaufgaben sind abgehakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress: %1 of %2 subtasks are checked.</source>
        <translation>In Arbeit: %1 von %2 Teilaufgaben sind abgehakt.</translation>
    </message>
    <message>
        <source>In progress: marked %1 in the document.</source>
        <translation>In Arbeit: im Dokument als %1 markiert.</translation>
    </message>
    <message>
        <source>Blocked: waits on %1.</source>
        <translation>Blockiert: wartet auf %1.</translation>
    </message>
    <message>
        <source>To do: no subtasks and no completion marker.</source>
        <translation>Offen: keine Teilaufgaben und keine Erledigt-Markierung.</translation>
    </message>
    <message numerus="yes">
        <source>To do: none of the %n subtask(s) is checked.</source>
        <translation>
            <numerusform>Offen: die einzige Teilaufgabe ist nicht abgehakt.</numerusform>
            <numerusform>Offen: keine der %n Teilaufgaben ist abgehakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Blocked: the document marks it blocked.</source>
        <translation>Blockiert: das Dokument markiert sie als blockiert.</translation>
    </message>
</context>
<context>
    <name>TrdEditor</name>
    <message>
        <source>Complete %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>%1 wieder öffnen</translation>
    </message>
    <message>
        <source>Tick “%1” in %2</source>
        <translation>„%1“ in %2 abhaken</translation>
    </message>
    <message>
        <source>Untick “%1” in %2</source>
        <translation>Haken bei „%1“ in %2 entfernen</translation>
    </message>
    <message>
        <source>%1 is no longer in the document</source>
        <translation>%1 steht nicht mehr im Dokument</translation>
    </message>
    <message>
        <source>%1 is defined %2 times in the document</source>
        <translation>%1 ist im Dokument %2-mal definiert</translation>
    </message>
    <message>
        <source>%1 is a table row and its table has no Status column; edit the table by hand</source>
        <translation>%1 ist eine Tabellenzeile, und die Tabelle hat keine Status-Spalte; bearbeiten Sie die Tabelle von Hand</translation>
    </message>
    <message>
        <source>%1 is no longer a table row</source>
        <translation>%1 ist keine Tabellenzeile mehr</translation>
    </message>
    <message>
        <source>the status of %1 changed to “%2” in the meantime</source>
        <translation>der Status von %1 hat sich inzwischen zu „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 is no longer a checklist item</source>
        <translation>%1 ist kein Checklisteneintrag mehr</translation>
    </message>
    <message>
        <source>the subtask “%1” of %2 is no longer there</source>
        <translation>die Teilaufgabe „%1“ von %2 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>%1 has several subtasks “%2”</source>
        <translation>%1 hat mehrere Teilaufgaben „%2“</translation>
    </message>
    <message>
        <source>the checkbox of “%1” was not found</source>
        <translation>die Checkbox von „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 is marked done in a way that cannot be removed here</source>
        <translation>%1 ist auf eine Weise als erledigt markiert, die sich hier nicht entfernen lässt</translation>
    </message>
    <message>
        <source>%1 no longer has a Status line</source>
        <translation>%1 hat keine Status-Zeile mehr</translation>
    </message>
    <message>
        <source>the strike-through of %1 changed in the meantime</source>
        <translation>die Durchstreichung von %1 wurde inzwischen geändert</translation>
    </message>
    <message>
        <source>the box on line %1 that marks %2 done is no longer there</source>
        <translation>das Kästchen in Zeile %1, das %2 als erledigt markiert, ist nicht mehr da</translation>
    </message>
    <message>
        <source>the box on line %1 changed in the meantime</source>
        <translation>das Kästchen in Zeile %1 wurde inzwischen geändert</translation>
    </message>
</context>
<context>
    <name>TrdLint</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>the document states %1 in total, its tasks add up to %2 (%3%4)</source>
        <translation>das Dokument nennt insgesamt %1, seine Aufgaben ergeben %2 (%3%4)</translation>
    </message>
    <message>
        <source>the document states %1 tasks, it defines %2</source>
        <translation>das Dokument nennt %1 Aufgaben, es definiert %2</translation>
    </message>
    <message>
        <source>the document states %1 sprints, it plans %2</source>
        <translation>das Dokument nennt %1 Sprints, es plant %2</translation>
    </message>
    <message>
        <source>%1 lists %2, which is not a task of this document</source>
        <translation>%1 führt %2 auf, das keine Aufgabe dieses Dokuments ist</translation>
    </message>
    <message>
        <source>%1 states %2, its tasks add up to %3</source>
        <translation>%1 nennt %2, seine Aufgaben ergeben %3</translation>
    </message>
    <message>
        <source> (no estimate: %1)</source>
        <translation> (ohne Schätzung: %1)</translation>
    </message>
    <message>
        <source>%1 is planned in %2</source>
        <translation>%1 ist in %2 eingeplant</translation>
    </message>
    <message>
        <source>%1 of %2 tasks are in no sprint (the first is %3)</source>
        <translation>%1 von %2 Aufgaben sind in keinem Sprint (die erste ist %3)</translation>
    </message>
    <message>
        <source>%1 is in no sprint</source>
        <translation>%1 ist in keinem Sprint</translation>
    </message>
    <message>
        <source>the dependency map names %1, which is not a task</source>
        <translation>die Abhängigkeitskarte nennt %1, das keine Aufgabe ist</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not a task</source>
        <translation>%1 hängt von %2 ab, das keine Aufgabe ist</translation>
    </message>
    <message>
        <source>%1 depends on %2, but the dependency map has no %2 --&gt; %1</source>
        <translation>%1 hängt von %2 ab, aber die Abhängigkeitskarte hat kein %2 --&gt; %1</translation>
    </message>
    <message>
        <source>the dependency map has %1 --&gt; %2, but %2&apos;s Dependencies do not list %1</source>
        <translation>die Abhängigkeitskarte hat %1 --&gt; %2, aber die Abhängigkeiten von %2 führen %1 nicht auf</translation>
    </message>
    <message>
        <source>dependency cycle between %1</source>
        <translation>Abhängigkeitszyklus zwischen %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is marked complete but %n subtask(s) are unchecked</source>
        <translation>
            <numerusform>%1 ist als abgeschlossen markiert, aber %n Teilaufgabe ist nicht abgehakt</numerusform>
            <numerusform>%1 ist als abgeschlossen markiert, aber %n Teilaufgaben sind nicht abgehakt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete but depends on %2, which is not</source>
        <translation>%1 ist abgeschlossen, hängt aber von %2 ab, das es nicht ist</translation>
    </message>
    <message>
        <source>%1 more %2 findings not listed</source>
        <translation>%1 weitere %2-Befunde nicht aufgeführt</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1 “%2”</source>
        <translation>Zeile %1 „%2“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more like it to line %2: %3</source>
        <translation>
            <numerusform>%1 und %n weitere dieser Art bis Zeile %2: %3</numerusform>
            <numerusform>%1 und %n weitere dieser Art bis Zeile %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s)</source>
        <translation>
            <numerusform>%n weitere Zeile</numerusform>
            <numerusform>%n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) look like tasks but were not read: %1</source>
        <translation>
            <numerusform>%n Zeile sieht wie eine Aufgabe aus, wurde aber nicht gelesen: %1</numerusform>
            <numerusform>%n Zeilen sehen wie Aufgaben aus, wurden aber nicht gelesen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists %2 ids no plan of the project defines: %3</source>
        <translation>%1 führt %2 IDs auf, die kein Plan des Projekts definiert: %3</translation>
    </message>
    <message>
        <source>%1 lists %2 ids that are no tasks of this document: %3</source>
        <translation>%1 führt %2 IDs auf, die keine Aufgaben dieses Dokuments sind: %3</translation>
    </message>
    <message>
        <source>%1 lists %2, which no plan of the project defines</source>
        <translation>%1 führt %2 auf, das kein Plan des Projekts definiert</translation>
    </message>
    <message>
        <source>%1 depends on %2, which no plan of the project defines</source>
        <translation>%1 hängt von %2 ab, das kein Plan des Projekts definiert</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ids are defined a second time: %1</source>
        <translation>
            <numerusform>%n ID wird ein zweites Mal definiert: %1</numerusform>
            <numerusform>%n IDs werden ein zweites Mal definiert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks have no title: %1</source>
        <translation>
            <numerusform>%n Aufgabe hat keinen Titel: %1</numerusform>
            <numerusform>%n Aufgaben haben keinen Titel: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrdParser</name>
    <message>
        <source>%1 lists no tasks</source>
        <translation>%1 führt keine Aufgaben auf</translation>
    </message>
    <message>
        <source>%1 of %2 tasks have no estimate</source>
        <translation>%1 von %2 Aufgaben haben keine Schätzung</translation>
    </message>
    <message>
        <source>%1 has no estimate</source>
        <translation>%1 hat keine Schätzung</translation>
    </message>
    <message>
        <source>%1 is defined %2 times (first at line %3)</source>
        <translation>%1 ist %2-mal definiert (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>code block opened at line %1 is never closed; %2 lines render as code</source>
        <translation>der in Zeile %1 geöffnete Codeblock wird nie geschlossen; %2 Zeilen werden als Code dargestellt</translation>
    </message>
    <message>
        <source>no tasks recognised in %1 (expected lines such as - [ ] **TRD-001**: Title (2h), ### TRD-001: Title or a task table)</source>
        <translation>keine Aufgaben in %1 erkannt (erwartet werden Zeilen wie - [ ] **TRD-001**: Titel (2h), ### TRD-001: Titel oder eine Aufgabentabelle)</translation>
    </message>
    <message numerus="yes">
        <source>no tasks recognised in %1; %n line(s) look like tasks</source>
        <translation>
            <numerusform>keine Aufgaben in %1 erkannt; %n Zeile sieht wie eine Aufgabe aus</numerusform>
            <numerusform>keine Aufgaben in %1 erkannt; %n Zeilen sehen wie Aufgaben aus</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not read as a task: %2</source>
        <translation>„%1“ wurde nicht als Aufgabe gelesen: %2</translation>
    </message>
    <message>
        <source>a step of section %1, not a task of its own</source>
        <translation>ein Schritt von Abschnitt %1, keine eigene Aufgabe</translation>
    </message>
    <message>
        <source>a numbered design decision, not work</source>
        <translation>eine nummerierte Entwurfsentscheidung, keine Arbeit</translation>
    </message>
    <message>
        <source>a decision, under a decisions heading</source>
        <translation>eine Entscheidung, unter einer Überschrift für Entscheidungen</translation>
    </message>
    <message>
        <source>the task id is not at the start of the heading</source>
        <translation>die Aufgaben-ID steht nicht am Anfang der Überschrift</translation>
    </message>
    <message>
        <source>a paragraph with an estimate but no task id and no checkbox</source>
        <translation>ein Absatz mit Schätzung, aber ohne Aufgaben-ID und ohne Checkbox</translation>
    </message>
    <message>
        <source>a list item with an estimate but no checkbox</source>
        <translation>ein Listeneintrag mit Schätzung, aber ohne Checkbox</translation>
    </message>
    <message>
        <source>the rows from line %1 look like a task table without a header and |---| line; they are read as tasks, but markdown viewers show them as text</source>
        <translation>die Zeilen ab Zeile %1 sehen aus wie eine Aufgabentabelle ohne Kopfzeile und |---|-Zeile; sie werden als Aufgaben gelesen, Markdown-Betrachter zeigen sie aber als Text</translation>
    </message>
    <message>
        <source>the numbered items from line %1 continue the paragraph above them: a list starting at %2 cannot interrupt a paragraph, so markdown viewers show them as text (a blank line before them makes them a list)</source>
        <translation>die nummerierten Einträge ab Zeile %1 setzen den Absatz darüber fort: eine Liste, die bei %2 beginnt, kann keinen Absatz unterbrechen, daher zeigen Markdown-Betrachter sie als Text (eine Leerzeile davor macht sie zur Liste)</translation>
    </message>
    <message>
        <source>it starts with a requirement id (%1)</source>
        <translation>sie beginnt mit einer Anforderungs-ID (%1)</translation>
    </message>
    <message>
        <source>it names another task as a prerequisite</source>
        <translation>sie nennt eine andere Aufgabe als Voraussetzung</translation>
    </message>
    <message>
        <source>it reads as an acceptance criterion</source>
        <translation>sie liest sich wie ein Akzeptanzkriterium</translation>
    </message>
    <message>
        <source>it has no task id and is in a “%1” section, read as criteria</source>
        <translation>sie hat keine Aufgaben-ID und steht in einem Abschnitt „%1“, als Kriterien gelesen</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: list entry without a task id: %2</source>
        <translation>%1: Listeneintrag ohne Aufgaben-ID: %2</translation>
    </message>
    <message>
        <source>%1: no task id in Dependencies &quot;%2&quot;</source>
        <translation>%1: keine Aufgaben-ID in Dependencies „%2“</translation>
    </message>
    <message>
        <source>mermaid node &quot;%1&quot; does not name a task</source>
        <translation>Mermaid-Knoten „%1“ benennt keine Aufgabe</translation>
    </message>
    <message>
        <source>the cell names several tasks</source>
        <translation>die Zelle nennt mehrere Aufgaben</translation>
    </message>
    <message>
        <source>its table has no estimate, status or dependency column</source>
        <translation>ihre Tabelle hat keine Spalte für Schätzung, Status oder Abhängigkeiten</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>durchgestrichen</translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation>%1 hat keinen Titel</translation>
    </message>
    <message>
        <source>%1 is defined twice (first at line %2)</source>
        <translation>%1 ist zweimal definiert (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>the markdown parser stopped early (%1)</source>
        <translation>der Markdown-Parser hat vorzeitig aufgehört (%1)</translation>
    </message>
    <message>
        <source>the document is too large to read as a plan</source>
        <translation>das Dokument ist zu groß, um es als Plan zu lesen</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 here; such bytes are shown as � and left untouched on save</source>
        <translation>die Datei ist hier kein gültiges UTF-8; solche Bytes werden als � angezeigt und beim Speichern nicht verändert</translation>
    </message>
    <message>
        <source>“%1” spans more than %2 ids; only its two ends are read</source>
        <translation>„%1“ umfasst mehr als %2 IDs; nur die beiden Enden werden gelesen</translation>
    </message>
    <message>
        <source>it counts tasks, it is none</source>
        <translation>sie zählt Aufgaben, ist aber keine</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>“%1”: the document&apos;s id ranges already make %2 tasks; only its two ends are read</source>
        <translation>„%1“: die ID-Bereiche des Dokuments ergeben schon %2 Aufgaben; nur die beiden Enden werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n tasks</source>
        <translation>
            <numerusform>%1 für %n Aufgabe</numerusform>
            <numerusform>%1 für %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more sprint list entries without a task id</source>
        <translation>
            <numerusform>%n weiterer Eintrag einer Sprint-Liste ohne Aufgaben-ID</numerusform>
            <numerusform>%n weitere Einträge von Sprint-Listen ohne Aufgaben-ID</numerusform>
        </translation>
    </message>
    <message>
        <source>it is in a template (“%1”), a form to fill in</source>
        <translation>sie steht in einer Vorlage („%1“), einem auszufüllenden Formular</translation>
    </message>
    <message>
        <source>a rule or finding under &quot;%1&quot;, not work</source>
        <translation>eine Regel oder ein Befund unter „%1“, keine Arbeit</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>it counts the tasks below it: a group of them</source>
        <translation>sie zählt die Aufgaben darunter: eine Gruppe davon</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>  (missing)</source>
        <translation>  (fehlt)</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>the YAML reader could not start</source>
        <translation>der YAML-Leser konnte nicht starten</translation>
    </message>
    <message>
        <source>unterminated quoted value (%1)</source>
        <translation>nicht abgeschlossener Wert in Anführungszeichen (%1)</translation>
    </message>
    <message>
        <source>aliases (*name) are not expanded; the value is read as empty</source>
        <translation>Aliase (*name) werden nicht aufgelöst; der Wert wird als leer gelesen</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; the rest is not read</source>
        <translation>Verschachtelung tiefer als %1 Ebenen; der Rest wird nicht gelesen</translation>
    </message>
    <message>
        <source>more than %1 values; the rest is not read</source>
        <translation>mehr als %1 Werte; der Rest wird nicht gelesen</translation>
    </message>
    <message>
        <source>a key that is a list or mapping is read as empty</source>
        <translation>ein Schlüssel, der eine Liste oder Zuordnung ist, wird als leer gelesen</translation>
    </message>
    <message>
        <source>a value holding &quot;: &quot; should be quoted; read as text</source>
        <translation>ein Wert mit „: “ sollte in Anführungszeichen stehen; als Text gelesen</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>not a zip archive or truncated (%1)</source>
        <translation>kein ZIP-Archiv oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a zip archive or is truncated (%2)</source>
        <translation>%1 ist kein ZIP-Archiv oder ist abgeschnitten (%2)</translation>
    </message>
    <message>
        <source>%1 holds %2 entries, more than the %3 a trace may have</source>
        <translation>%1 enthält %2 Einträge, mehr als die %3, die ein Trace haben darf</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; was refused: its name leaves the archive&apos;s folder</source>
        <translation>Eintrag „%1“ abgelehnt: sein Name verlässt den Ordner des Archivs</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; was refused: it inflates to %2 bytes, more than the limit of %3</source>
        <translation>Eintrag „%1“ abgelehnt: er entpackt zu %2 Bytes, mehr als die Grenze von %3</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; was refused: it claims a compression ratio of %2:1, more than %3:1</source>
        <translation>Eintrag „%1“ abgelehnt: er gibt ein Kompressionsverhältnis von %2:1 an, mehr als %3:1</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>das Archiv ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 has no entry &apos;%2&apos;</source>
        <translation>%1 hat keinen Eintrag „%2“</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos; in %2: %3</source>
        <translation>„%1“ in %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is corrupt or truncated: %3</source>
        <translation>„%1“ in %2 ist beschädigt oder abgeschnitten: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 inflates to more than %3 bytes</source>
        <translation>„%1“ in %2 entpackt zu mehr als %3 Bytes</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 bytes in total</source>
        <translation>%1 entpackt insgesamt zu mehr als %2 Bytes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 inflates more than %3 times its size: refused as a zip bomb</source>
        <translation>„%1“ in %2 entpackt zu mehr als dem %3-Fachen seiner Größe: als ZIP-Bombe abgelehnt</translation>
    </message>
</context>
<context>
    <name>pwb::BoardModel</name>
    <message>
        <source>No sprint</source>
        <translation>Kein Sprint</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Keine Priorität</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
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
        <translation>TRD-Datei öffnen…</translation>
    </message>
    <message>
        <source>TRD/PRD document shown on the board</source>
        <translation>Auf dem Board gezeigtes TRD/PRD-Dokument</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add another markdown document to the board</source>
        <translation>Ein weiteres Markdown-Dokument zum Board hinzufügen</translation>
    </message>
    <message>
        <source>Lanes: sprint</source>
        <translation>Nach Sprint</translation>
    </message>
    <message>
        <source>Lanes: priority</source>
        <translation>Nach Priorität</translation>
    </message>
    <message>
        <source>Lanes: category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Filter tasks (Ctrl+F)</source>
        <translation>Aufgaben filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>The document changed on disk</source>
        <translation>Das Dokument wurde auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed outside the workbench and the edit could not be placed unambiguously (%2). Nothing was written.

Reload the document from disk?</source>
        <translation>%1 wurde außerhalb der Workbench geändert, und die Änderung ließ sich nicht eindeutig einfügen (%2). Es wurde nichts geschrieben.

Das Dokument von der Festplatte neu laden?</translation>
    </message>
    <message>
        <source>Cannot save the task</source>
        <translation>Die Aufgabe kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Open a project to see its tasks.</source>
        <translation>Öffnen Sie ein Projekt, um seine Aufgaben zu sehen.</translation>
    </message>
    <message>
        <source>Reading the TRD documents…</source>
        <translation>TRD-Dokumente werden gelesen…</translation>
    </message>
    <message>
        <source>No TRD documents were found in this project. Put them in docs/TRD/ or open any markdown file with tasks such as &lt;code&gt;**TRD-001: Title** (4h)&lt;/code&gt;.</source>
        <translation>In diesem Projekt wurden keine TRD-Dokumente gefunden. Legen Sie sie in docs/TRD/ ab oder öffnen Sie eine beliebige Markdown-Datei mit Aufgaben wie &lt;code&gt;**TRD-001: Titel** (4h)&lt;/code&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n task(s))</source>
        <translation>
            <numerusform>%1 (%n Aufgabe)</numerusform>
            <numerusform>%1 (%n Aufgaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Any sprint</source>
        <translation>Jeder Sprint</translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation>Lint (%1)</translation>
    </message>
    <message>
        <source>%1 tasks · %2 done · %3 in progress · %4 blocked · %5 to do   |   %6 of %7 h done, %8 h remaining</source>
        <translation>%1 Aufgaben · %2 erledigt · %3 in Arbeit · %4 blockiert · %5 offen   |   %6 von %7 h erledigt, %8 h verbleibend</translation>
    </message>
    <message>
        <source>   (the document states %1 h)</source>
        <translation>   (laut Dokument %1 h)</translation>
    </message>
    <message numerus="yes">
        <source>   |   %n card(s) match the filters</source>
        <translation>
            <numerusform>   |   %n Karte passt zu den Filtern</numerusform>
            <numerusform>   |   %n Karten passen zu den Filtern</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a TRD document</source>
        <translation>TRD-Dokument öffnen</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Also list requirements, reports and other markdown documents; the board lists plans only by default</source>
        <translation>Auch Anforderungen, Berichte und andere Markdown-Dokumente aufführen; standardmäßig führt das Board nur Pläne auf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>All documents (%1 more)</source>
        <translation>Alle Dokumente (%1 weitere)</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation>%1 rückgängig machen (%2)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1 (%2)</source>
        <translation>%1 wiederholen (%2)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Every plan of the project in one table: tasks, done, hours, stated against summed hours, lint and last change; double-click or Enter opens a plan&apos;s board</source>
        <translation>Alle Pläne des Projekts in einer Tabelle: Aufgaben, erledigt, Stunden, genannte gegen summierte Stunden, Lint und letzte Änderung; Doppelklick oder Enter öffnet das Board eines Plans</translation>
    </message>
    <message>
        <source>The board shows the tasks, subtasks, hours and sprints of the project&apos;s plans (docs/TRD/**/*.md and any other plan under docs/, specs/**/tasks.md, .kiro/specs/**/tasks.md, PLAN.md, TODO.md), checks each plan against itself and writes ticked tasks and subtasks back into the file.</source>
        <translation>Das Board zeigt die Aufgaben, Teilaufgaben, Stunden und Sprints der Pläne des Projekts (docs/TRD/**/*.md und jeder andere Plan unter docs/, specs/**/tasks.md, .kiro/specs/**/tasks.md, PLAN.md, TODO.md), prüft jeden Plan auf innere Stimmigkeit und schreibt abgehakte Aufgaben und Teilaufgaben in die Datei zurück.</translation>
    </message>
</context>
<context>
    <name>pwb::BoardView</name>
    <message numerus="yes">
        <source>%n task(s), %1 h</source>
        <translation>
            <numerusform>%n Aufgabe, %1 h</numerusform>
            <numerusform>%n Aufgaben, %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>pwb::CodeEditor</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened.</source>
        <translation>%1 wurde seit dem Öffnen auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Warum: </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Korrektur: </translation>
    </message>
    <message>
        <source>A mechanical fix is available (Review ▸ Apply Fix).</source>
        <translation>Eine automatische Korrektur ist verfügbar (Review ▸ Korrektur anwenden).</translation>
    </message>
    <message>
        <source>Added on this branch</source>
        <translation>Auf diesem Branch hinzugefügt</translation>
    </message>
    <message>
        <source>Modified on this branch</source>
        <translation>Auf diesem Branch geändert</translation>
    </message>
    <message numerus="yes">
        <source>Covered: %n hit(s)</source>
        <translation>
            <numerusform>Abgedeckt: %n Durchlauf</numerusform>
            <numerusform>Abgedeckt: %n Durchläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(Quelle: %1)</translation>
    </message>
    <message>
        <source>  (+%1 more)</source>
        <translation>  (+%1 weitere)</translation>
    </message>
    <message>
        <source>%1 is larger than the editor opens (%2 MiB)</source>
        <translation>%1 ist größer, als der Editor öffnet (%2 MiB)</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Run test “%1” (F5)</source>
        <translation>Test „%1“ ausführen (F5)</translation>
    </message>
    <message>
        <source>Run describe “%1” (F5)</source>
        <translation>describe „%1“ ausführen (F5)</translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation>Letztes Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>pwb::CoverageModel</name>
    <message>
        <source>meets</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>short (business logic)</source>
        <translation>zu niedrig (Geschäftslogik)</translation>
    </message>
    <message>
        <source>short</source>
        <translation>zu niedrig</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pwb::FailurePanel</name>
    <message>
        <source>Select a test to see its result. Failed tests show ExUnit&apos;s message, a diff of left and right and links into the stack trace.</source>
        <translation>Wählen Sie einen Test, um sein Ergebnis zu sehen. Fehlgeschlagene Tests zeigen die Meldung von ExUnit, einen Diff von links und rechts und Links in den Stacktrace.</translation>
    </message>
    <message>
        <source>(test definition)</source>
        <translation>(Testdefinition)</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>Captured log</source>
        <translation>Aufgezeichnetes Log</translation>
    </message>
</context>
<context>
    <name>pwb::FileIndex</name>
    <message>
        <source>is a link to %1, outside the project; it is listed but never read or written</source>
        <translation>ist ein Link auf %1 außerhalb des Projekts; wird aufgeführt, aber nie gelesen oder geschrieben</translation>
    </message>
    <message>
        <source>is a link to %1, which does not exist or loops; not read</source>
        <translation>ist ein Link auf %1, das nicht existiert oder im Kreis verweist; nicht gelesen</translation>
    </message>
</context>
<context>
    <name>pwb::FileTreeModel</name>
    <message>
        <source>%1 is a link to %2, outside the project: listed, never read or written</source>
        <translation>%1 ist ein Link auf %2 außerhalb des Projekts: aufgeführt, nie gelesen oder geschrieben</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist or loops</source>
        <translation>%1 ist ein Link auf %2, das nicht existiert oder im Kreis verweist</translation>
    </message>
    <message>
        <source>%1 is a link to %2 in this project</source>
        <translation>%1 ist ein Link auf %2 in diesem Projekt</translation>
    </message>
</context>
<context>
    <name>pwb::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Re&amp;gulärer Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 von %n Treffer</numerusform>
            <numerusform>%1 von %n Treffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%n Treffer ersetzt</numerusform>
            <numerusform>%n Treffer ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::FindingsGroupModel</name>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
</context>
<context>
    <name>pwb::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
</context>
<context>
    <name>pwb::FindingsPanel</name>
    <message>
        <source>Only in &amp;my changes</source>
        <translation>Nur in &amp;meinen Änderungen</translation>
    </message>
    <message>
        <source>Show %1 findings</source>
        <translation>%1-Befunde anzeigen</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Befunde filtern…</translation>
    </message>
    <message>
        <source>Open and confirmed</source>
        <translation>Offen und bestätigt</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Group by file</source>
        <translation>Nach Datei gruppieren</translation>
    </message>
    <message>
        <source>Group by rule</source>
        <translation>Nach Regel gruppieren</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Keep findings on lines changed against the merge base of this branch with main/master (committed and uncommitted work)</source>
        <translation>Nur Befunde in Zeilen behalten, die sich gegenüber der Merge-Basis dieses Branches mit main/master geändert haben (committete und nicht committete Arbeit)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Won&apos;t Fix</source>
        <translation>&amp;Wird nicht behoben</translation>
    </message>
    <message>
        <source>&amp;False Positive</source>
        <translation>&amp;Fehlalarm</translation>
    </message>
    <message>
        <source>Mark Fi&amp;xed</source>
        <translation>Als beh&amp;oben markieren</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <source>&amp;Preview Fix…</source>
        <translation>&amp;Korrektur-Vorschau…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 von %n Befund</numerusform>
            <numerusform>%1 von %n Befunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Triage decisions are not saved and will be lost when the project closes: %1</source>
        <translation>Triage-Entscheidungen werden nicht gespeichert und gehen beim Schließen des Projekts verloren: %1</translation>
    </message>
</context>
<context>
    <name>pwb::FixPreviewDialog</name>
    <message>
        <source>Preview Fix — %1</source>
        <translation>Korrektur-Vorschau — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation>Korrektur &amp;anwenden</translation>
    </message>
</context>
<context>
    <name>pwb::GoToLineBar</name>
    <message>
        <source>Go to line:</source>
        <translation>Gehe zu Zeile:</translation>
    </message>
    <message>
        <source>line[:column]</source>
        <translation>Zeile[:Spalte]</translation>
    </message>
    <message>
        <source>1 – %1</source>
        <translation>1 – %1</translation>
    </message>
    <message>
        <source>Type a line number, or line:column</source>
        <translation>Geben Sie eine Zeilennummer oder Zeile:Spalte ein</translation>
    </message>
</context>
<context>
    <name>pwb::GraphInspector</name>
    <message>
        <source>Node details</source>
        <translation>Knotendetails</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <source>Click a node (or press Tab) to see where it is defined and what it hands work to. Double-click or Enter opens its source.</source>
        <translation>Klicken Sie auf einen Knoten (oder drücken Sie Tab), um zu sehen, wo er definiert ist und an wen er Arbeit übergibt. Doppelklick oder Eingabetaste öffnet seine Quelle.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>undefined (referenced, never defined)</source>
        <translation>nicht definiert (referenziert, aber nie definiert)</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation>Werkzeuge:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>%1 done, %2 open, %3 blocked</source>
        <translation>%1 erledigt, %2 offen, %3 blockiert</translation>
    </message>
    <message>
        <source>Defined in:</source>
        <translation>Definiert in:</translation>
    </message>
    <message>
        <source>First referenced in:</source>
        <translation>Zuerst referenziert in:</translation>
    </message>
    <message>
        <source>Sprint:</source>
        <translation>Sprint:</translation>
    </message>
    <message>
        <source>On the critical path by estimate.</source>
        <translation>Laut Schätzung auf dem kritischen Pfad.</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Agenten:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Receives work from</source>
        <translation>Erhält Arbeit von</translation>
    </message>
    <message>
        <source>Waits on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Hands work to</source>
        <translation>Übergibt Arbeit an</translation>
    </message>
    <message>
        <source>Unblocks</source>
        <translation>Gibt frei</translation>
    </message>
    <message>
        <source>Collaborates with</source>
        <translation>Arbeitet zusammen mit</translation>
    </message>
</context>
<context>
    <name>pwb::GraphModel</name>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>%1 done / %2 open / %3 blocked</source>
        <translation>%1 erledigt / %2 offen / %3 blockiert</translation>
    </message>
    <message>
        <source>Referenced but not defined under agents/ (first at %1:%2)</source>
        <translation>Referenziert, aber nicht unter agents/ definiert (zuerst in %1:%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Delegates to</source>
        <translation>Delegiert an</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definiert in</translation>
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
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Agents and who hands work to whom, or tasks and what waits on what</source>
        <translation>Agenten und wer wem Arbeit übergibt, oder Aufgaben und was worauf wartet</translation>
    </message>
    <message>
        <source>Find a node (Ctrl+F)…</source>
        <translation>Knoten suchen (Strg+F)…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph in the view</source>
        <translation>Den Graphen in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the graph as SVG</source>
        <translation>Den Graphen als SVG exportieren</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the graph as PNG</source>
        <translation>Den Graphen als PNG exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for this layout</source>
        <translation>Nicht länger auf dieses Layout warten</translation>
    </message>
    <message>
        <source>Problems found while reading the graph</source>
        <translation>Beim Lesen des Graphen gefundene Probleme</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Layout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading agents and tasks…</source>
        <translation>Agenten und Aufgaben werden gelesen…</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n Agent</numerusform>
            <numerusform>%n Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependenc(ies)</source>
        <translation>
            <numerusform>%n Abhängigkeit</numerusform>
            <numerusform>%n Abhängigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows which agent hands work to which (from agents/**/*.md front matter, agents/**/*.yaml, architecture trees, mermaid flowcharts and handoff blocks) and what each TRD task waits on.</source>
        <translation>Zeigt, welcher Agent an welchen Arbeit übergibt (aus dem Front Matter von agents/**/*.md, agents/**/*.yaml, Architekturbäumen, Mermaid-Flussdiagrammen und Übergabeblöcken) und worauf jede TRD-Aufgabe wartet.</translation>
    </message>
    <message>
        <source>Open a project to see its graph.</source>
        <translation>Öffnen Sie ein Projekt, um seinen Graphen zu sehen.</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Projekt wird gelesen…</translation>
    </message>
    <message>
        <source>No agent definitions were found. Add agents/&amp;lt;name&amp;gt;.md with YAML front matter (name, description, tools, color).</source>
        <translation>Es wurden keine Agentendefinitionen gefunden. Legen Sie agents/&amp;lt;name&amp;gt;.md mit YAML-Front-Matter an (name, description, tools, color).</translation>
    </message>
    <message>
        <source>No TRD tasks were found. Tasks are read from docs/TRD/**/*.md (**TRD-001: Title** (4h) lines with Dependencies).</source>
        <translation>Es wurden keine TRD-Aufgaben gefunden. Aufgaben werden aus docs/TRD/**/*.md gelesen (Zeilen wie **TRD-001: Titel** (4h) mit Dependencies).</translation>
    </message>
    <message>
        <source>Task dependencies</source>
        <translation>Aufgabenabhängigkeiten</translation>
    </message>
    <message>
        <source>Activate to open %1 at line %2</source>
        <translation>Aktivieren, um %1 in Zeile %2 zu öffnen</translation>
    </message>
    <message>
        <source>No node matches “%1”</source>
        <translation>Kein Knoten passt zu „%1“</translation>
    </message>
    <message>
        <source>Export graph as SVG</source>
        <translation>Graph als SVG exportieren</translation>
    </message>
    <message>
        <source>Export graph as PNG</source>
        <translation>Graph als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Ganzer Graph</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <source>2 hops</source>
        <translation>2 Schritte</translation>
    </message>
    <message>
        <source>3 hops</source>
        <translation>3 Schritte</translation>
    </message>
    <message>
        <source>Show only the selected node and what lies within this many edges of it</source>
        <translation>Nur den ausgewählten Knoten und alles zeigen, was höchstens so viele Kanten entfernt liegt</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Show or hide agents by kind</source>
        <translation>Agenten nach Art ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <source>Show %1 edges</source>
        <translation>Kanten „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Group agents by kind (orchestrators, specialists, quality, infrastructure)</source>
        <translation>Agenten nach Art gruppieren (Orchestratoren, Spezialisten, Qualität, Infrastruktur)</translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Knoten suchen</translation>
    </message>
</context>
<context>
    <name>pwb::GraphView</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
</context>
<context>
    <name>pwb::GuidedTour</name>
    <message>
        <source>1 · The task</source>
        <translation>1 · Die Aufgabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;TRD-007&lt;/b&gt;, coupon codes in pricing and checkout, on the board built from the project&apos;s TRD. Its card names the agent that owns it, the code it touches and how it is checked: &lt;i&gt;pricing_test.exs covers stacking order&lt;/i&gt;.&lt;br&gt;&lt;br&gt;Page Down: next step · Page Up: back · Esc: end</source>
        <translation>&lt;b&gt;TRD-007&lt;/b&gt;, Gutscheincodes in Preisberechnung und Checkout, auf dem Board aus dem TRD des Projekts. Ihre Karte nennt den zuständigen Agenten, den betroffenen Code und wie sie geprüft wird: &lt;i&gt;pricing_test.exs covers stacking order&lt;/i&gt;.&lt;br&gt;&lt;br&gt;Bild ab: nächster Schritt · Bild auf: zurück · Esc: Ende</translation>
    </message>
    <message>
        <source>2 · The agent</source>
        <translation>2 · Der Agent</translation>
    </message>
    <message>
        <source>The task&apos;s reference is &lt;b&gt;elixir-phoenix-expert&lt;/b&gt;. In the delegation graph it is selected: blue edges are the work it hands out, orange the work it gets.</source>
        <translation>Die Referenz der Aufgabe ist &lt;b&gt;elixir-phoenix-expert&lt;/b&gt;. Im Delegationsgraphen ist er ausgewählt: blaue Kanten sind die Arbeit, die er abgibt, orange die Arbeit, die er bekommt.</translation>
    </message>
    <message>
        <source>3 · The code</source>
        <translation>3 · Der Code</translation>
    </message>
    <message>
        <source>The checkout LiveView resolves the coupon on the server: &lt;code&gt;coupon_discounts/1&lt;/code&gt; calls &lt;code&gt;Shop.Pricing.discount_for_code/1&lt;/code&gt;, the function TRD-007 asks for.</source>
        <translation>Die Checkout-LiveView löst den Gutschein auf dem Server auf: &lt;code&gt;coupon_discounts/1&lt;/code&gt; ruft &lt;code&gt;Shop.Pricing.discount_for_code/1&lt;/code&gt; auf, die Funktion, die TRD-007 verlangt.</translation>
    </message>
    <message>
        <source>4 · What review found</source>
        <translation>4 · Was das Review fand</translation>
    </message>
    <message>
        <source>A few lines up, the workbench&apos;s own analyzer flags a &lt;b&gt;spawn nobody supervises&lt;/b&gt;: the confirmation mail of an order dies silently with its LiveView. F8 walks from finding to finding; the panel below says why and how to fix it.</source>
        <translation>Ein paar Zeilen darüber meldet der eigene Analysator der Workbench ein &lt;b&gt;spawn, das niemand überwacht&lt;/b&gt;: die Bestätigungsmail einer Bestellung stirbt still mit ihrer LiveView. F8 geht von Befund zu Befund; die Leiste darunter sagt, warum und wie er zu beheben ist.</translation>
    </message>
    <message>
        <source>5 · The tests, in the editor</source>
        <translation>5 · Die Tests, im Editor</translation>
    </message>
    <message>
        <source>&lt;b&gt;pricing_test.exs&lt;/b&gt;, the test TRD-007 names: a run marker beside each test and describe, red where the last run failed, and the failed assertion at the line that failed. F5 (or a click on the marker) runs just that test.</source>
        <translation>&lt;b&gt;pricing_test.exs&lt;/b&gt;, der Test, den TRD-007 nennt: eine Ausführungsmarke neben jedem test und describe, rot, wo der letzte Lauf fehlschlug, und die fehlgeschlagene Zusicherung an der Zeile, an der sie fehlschlug. F5 (oder ein Klick auf die Marke) führt nur diesen Test aus.</translation>
    </message>
    <message>
        <source>6 · The failing test</source>
        <translation>6 · Der fehlschlagende Test</translation>
    </message>
    <message>
        <source>The Tests view has the whole run. The stacking test takes the fixed amount off first, then the percentage; the code does it the other way round: &lt;b&gt;left: 8500, right: 8550&lt;/b&gt;. F5 runs the suite again, Shift+F5 only what failed.</source>
        <translation>Die Ansicht Tests zeigt den ganzen Lauf. Der Test zum Stapeln zieht zuerst den festen Betrag ab, dann den Prozentsatz; der Code macht es umgekehrt: &lt;b&gt;left: 8500, right: 8550&lt;/b&gt;. F5 führt die Suite erneut aus, Umschalt+F5 nur das Fehlgeschlagene.</translation>
    </message>
    <message>
        <source>7 · The trace, end to end</source>
        <translation>7 · Der Trace, Ende zu Ende</translation>
    </message>
    <message>
        <source>The Playwright trace of the same feature in a browser: &lt;b&gt;applies the WELCOME10 coupon&lt;/b&gt; failed. The film strip shows each screen; the failing step is marked red, beside the LiveView events the page sent.</source>
        <translation>Der Playwright-Trace derselben Funktion im Browser: &lt;b&gt;applies the WELCOME10 coupon&lt;/b&gt; schlug fehl. Der Filmstreifen zeigt jeden Bildschirm; der fehlschlagende Schritt ist rot markiert, neben den LiveView-Ereignissen, die die Seite sendete.</translation>
    </message>
    <message>
        <source>8 · Again, and your own project</source>
        <translation>8 · Noch einmal, und Ihr eigenes Projekt</translation>
    </message>
    <message>
        <source>That is the path from a task to its trace. &lt;b&gt;Alt+Left&lt;/b&gt; walks it back, &lt;b&gt;F11&lt;/b&gt; toggles presentation mode, Ctrl+plus and Ctrl+minus zoom the current view, &lt;b&gt;Ctrl+F1&lt;/b&gt; lists every shortcut, and &lt;i&gt;Help › Guided Tour&lt;/i&gt; starts this tour again.</source>
        <translation>Das ist der Weg von einer Aufgabe zu ihrem Trace. &lt;b&gt;Alt+Links&lt;/b&gt; geht ihn zurück, &lt;b&gt;F11&lt;/b&gt; schaltet den Präsentationsmodus um, Strg+Plus und Strg+Minus zoomen die aktuelle Ansicht, &lt;b&gt;Strg+F1&lt;/b&gt; listet alle Tastenkürzel, und &lt;i&gt;Hilfe › Geführte Tour&lt;/i&gt; startet diese Tour erneut.</translation>
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
        <translation>Die Workbench-Datenbank konnte nicht geöffnet werden (%1); zuletzt geöffnete Projekte werden nicht gespeichert.</translation>
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
        <translation>Tra&amp;ces</translation>
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
        <translation>&lt;h3&gt;Phoenix Workbench %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Workbench für Elixir/Phoenix-Teams.&lt;/p&gt;&lt;p&gt;Qt %2 · Editor-Hervorhebung: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo project not found</source>
        <translation>Demo-Projekt nicht gefunden</translation>
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
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in mix files</source>
        <translation>
            <numerusform>%n Problem in Mix-Dateien</numerusform>
            <numerusform>%n Probleme in Mix-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and confirmed review findings by severity</source>
        <translation>Offene und bestätigte Review-Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Reset Demo Project…</source>
        <translation>Demo-Projekt zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <source>Restore your copy of the demo (%1) as installed</source>
        <translation>Ihre Kopie der Demo (%1) in den Installationszustand zurückversetzen</translation>
    </message>
    <message>
        <source>The demo opens in place from the source tree: nothing to reset</source>
        <translation>Die Demo wird direkt aus dem Quellbaum geöffnet: nichts zurückzusetzen</translation>
    </message>
    <message>
        <source>Demo not reset</source>
        <translation>Demo nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>Reset the demo project?</source>
        <translation>Demo-Projekt zurücksetzen?</translation>
    </message>
    <message>
        <source>The demo in %1 goes back to how it was installed: its edits, triage decisions, build output, test runs and history are removed.</source>
        <translation>Die Demo in %1 wird in den Installationszustand zurückversetzt: ihre Änderungen, Triage-Entscheidungen, Build-Ausgaben, Testläufe und ihr Verlauf werden entfernt.</translation>
    </message>
    <message>
        <source>%1 — not added to recent projects: %2</source>
        <translation>%1 — nicht in die zuletzt geöffneten Projekte aufgenommen: %2</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Related Lin&amp;ks</source>
        <translation>&amp;Verknüpfungen</translation>
    </message>
    <message>
        <source>&amp;Jump to Related Links</source>
        <translation>Zu Verknüpfungen &amp;springen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>V&amp;ergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>Präsentations&amp;modus</translation>
    </message>
    <message>
        <source>Full screen, everything larger: for a projector</source>
        <translation>Vollbild, alles größer: für einen Projektor</translation>
    </message>
    <message>
        <source>Presentation &amp;Scale</source>
        <translation>Präsentationsska&amp;lierung</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Guided Tour of the Demo</source>
        <translation>&amp;Geführte Tour durch die Demo</translation>
    </message>
    <message>
        <source>Walk from a task to its agent, code, findings, tests and trace</source>
        <translation>Von einer Aufgabe zu ihrem Agenten, Code, Befunden, Tests und Trace gehen</translation>
    </message>
</context>
<context>
    <name>pwb::PlansModel</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Estimates in days count %1 hours a day</source>
        <translation>Schätzungen in Tagen zählen %1 Stunden pro Tag</translation>
    </message>
    <message>
        <source>The document states %1 h (line %2); its tasks sum to %3 h</source>
        <translation>Das Dokument nennt %1 h (Zeile %2); seine Aufgaben ergeben zusammen %3 h</translation>
    </message>
    <message>
        <source>The document states no total; its tasks sum to %1 h</source>
        <translation>Das Dokument nennt keine Summe; seine Aufgaben ergeben zusammen %1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 of them errors</source>
        <translation>
            <numerusform>%n Befund, davon %1 Fehler</numerusform>
            <numerusform>%n Befunde, davon %1 Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Last commit that changed it: %1</source>
        <translation>Letzter Commit, der sie änderte: %1</translation>
    </message>
    <message>
        <source>Modification time of the file: %1 (not committed, or no git repository)</source>
        <translation>Änderungszeit der Datei: %1 (nicht committet oder kein Git-Repository)</translation>
    </message>
    <message>
        <source>%1 / %2 h</source>
        <translation>%1 / %2 h</translation>
    </message>
    <message>
        <source>— / %1 h</source>
        <translation>— / %1 h</translation>
    </message>
    <message>
        <source>%1 %2 %3 h</source>
        <translation>%1 %2 %3 h</translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation>%1 (Datei)</translation>
    </message>
    <message>
        <source>Hours of the done tasks / hours of all tasks</source>
        <translation>Stunden der erledigten Aufgaben / Stunden aller Aufgaben</translation>
    </message>
    <message>
        <source>The total the document states against the sum of its tasks&apos; estimates</source>
        <translation>Die Summe, die das Dokument nennt, gegen die Summe der Schätzungen seiner Aufgaben</translation>
    </message>
    <message>
        <source>The last commit that changed the file; the file&apos;s modification time when it has changes not committed yet or is not in git</source>
        <translation>Der letzte Commit, der die Datei änderte; die Änderungszeit der Datei, wenn sie nicht committete Änderungen hat oder nicht in Git ist</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Hours done / total</source>
        <translation>Stunden erledigt / gesamt</translation>
    </message>
    <message>
        <source>Stated / summed</source>
        <translation>Genannt / summiert</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>pwb::PlaywrightRunner</name>
    <message>
        <source>No Playwright test runner in this project (node_modules/.bin/playwright): run `npm install` with @playwright/test first.</source>
        <translation>Kein Playwright-Testrunner in diesem Projekt (node_modules/.bin/playwright): führen Sie zuerst `npm install` mit @playwright/test aus.</translation>
    </message>
    <message>
        <source>playwright test was stopped.</source>
        <translation>playwright test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>playwright test crashed.</source>
        <translation>playwright test ist abgestürzt.</translation>
    </message>
    <message>
        <source>playwright test passed.</source>
        <translation>playwright test bestanden.</translation>
    </message>
    <message>
        <source>playwright test finished: some tests failed (exit status 1).</source>
        <translation>playwright test beendet: einige Tests sind fehlgeschlagen (Exit-Status 1).</translation>
    </message>
    <message>
        <source>playwright test exited with status %1.</source>
        <translation>playwright test endete mit Status %1.</translation>
    </message>
    <message>
        <source>playwright could not be started: %1</source>
        <translation>playwright konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>pwb::Project</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
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
        <translation>
            <numerusform>%n Datei passt</numerusform>
            <numerusform>%n Dateien passen</numerusform>
        </translation>
    </message>
    <message>
        <source>File list truncated at %1 files</source>
        <translation>Dateiliste bei %1 Dateien abgeschnitten</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) leave the project or lead nowhere: not read</source>
        <translation>
            <numerusform>%n Link verlässt das Projekt oder führt ins Leere: nicht gelesen</numerusform>
            <numerusform>%n Links verlassen das Projekt oder führen ins Leere: nicht gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::RelatedPanel</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Trace step</source>
        <translation>Trace-Schritt</translation>
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
        <source>Related items</source>
        <translation>Verknüpfte Einträge</translation>
    </message>
    <message>
        <source>%1 %2 links to:</source>
        <translation>%1 %2 verweist auf:</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding links…</source>
        <translation>Verknüpfungen werden gesucht…</translation>
    </message>
    <message>
        <source>Select a task, an agent, a file, a finding, a test or a trace to see what it links to in the other views.</source>
        <translation>Wählen Sie eine Aufgabe, einen Agenten, eine Datei, einen Befund, einen Test oder einen Trace, um zu sehen, worauf er in den anderen Ansichten verweist.</translation>
    </message>
    <message>
        <source>Nothing in the other views links to this yet.</source>
        <translation>In den anderen Ansichten verweist noch nichts hierauf.</translation>
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
        <translation>Öffnen Sie eine Datei aus dem Projektbaum (Doppelklick oder Eingabetaste) oder wählen Sie unten einen Befund. Befunde erscheinen direkt im Text: eine Markierung am Rand, eine Wellenlinie, die Meldung am Zeilenende. F8 springt zum nächsten; Strg+F sucht, Strg+G springt zu einer Zeile, Strg+S speichert.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Nächster Befund</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Vorheriger Befund</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab schl&amp;ießen</translation>
    </message>
    <message>
        <source>Preview &amp;Fix…</source>
        <translation>&amp;Korrektur-Vorschau…</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1
Overwrite it with the editor&apos;s text?</source>
        <translation>%1
Mit dem Text aus dem Editor überschreiben?</translation>
    </message>
    <message>
        <source>Blame: loading…</source>
        <translation>Blame: wird geladen…</translation>
    </message>
    <message>
        <source>Large file: syntax highlighting is off so it stays fluid.</source>
        <translation>Große Datei: die Syntaxhervorhebung ist aus, damit die Bearbeitung flüssig bleibt.</translation>
    </message>
    <message>
        <source>Line coverage: %2 of %3 lines hit (%4%) · %5 hit %6 missed</source>
        <translation>Zeilenabdeckung: %2 von %3 Zeilen durchlaufen (%4 %) · %5 durchlaufen, %6 verfehlt</translation>
    </message>
    <message>
        <source>Line coverage from %1: %2 of %3 lines hit (%4%) · %5 hit %6 missed</source>
        <translation>Zeilenabdeckung (Quelle: %1): %2 von %3 Zeilen durchlaufen (%4 %) · %5 durchlaufen, %6 verfehlt</translation>
    </message>
    <message>
        <source>“Only in my changes” needs a git repository: %1</source>
        <translation>„Nur in meinen Änderungen“ braucht ein Git-Repository: %1</translation>
    </message>
    <message>
        <source>Changes are measured against %1: %2</source>
        <translation>Änderungen werden gemessen gegen %1: %2</translation>
    </message>
    <message>
        <source>This finding has no mechanical fix; the proposal is: %1</source>
        <translation>Dieser Befund hat keine automatische Korrektur; der Vorschlag lautet: %1</translation>
    </message>
    <message>
        <source>Open %1 first.</source>
        <translation>Öffnen Sie zuerst %1.</translation>
    </message>
    <message>
        <source>This finding has no mechanical fix.</source>
        <translation>Dieser Befund hat keine automatische Korrektur.</translation>
    </message>
    <message>
        <source>Save %1 first: the fix was computed for the saved text.</source>
        <translation>Speichern Sie zuerst %1: die Korrektur wurde für den gespeicherten Text berechnet.</translation>
    </message>
    <message>
        <source>Fix applied; %1 still reports this line.</source>
        <translation>Korrektur angewendet; %1 meldet diese Zeile weiterhin.</translation>
    </message>
    <message>
        <source>Fix applied: %1 no longer reported.</source>
        <translation>Korrektur angewendet: %1 wird nicht mehr gemeldet.</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Wählen Sie zuerst einen Befund.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Cannot apply the fix</source>
        <translation>Die Korrektur kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>Default branch: %1</source>
        <translation>Standard-Branch: %1</translation>
    </message>
    <message numerus="yes">
        <source>Changes against %1 %2: %n file(s)</source>
        <translation>
            <numerusform>Änderungen gegenüber %1 %2: %n Datei</numerusform>
            <numerusform>Änderungen gegenüber %1 %2: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Triage not saved: %1</source>
        <translation>Triage nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1

The text stays in the editor, unsaved.</source>
        <translation>%1

Der Text bleibt ungespeichert im Editor.</translation>
    </message>
    <message>
        <source>No finding matches the filters of the findings table.</source>
        <translation>Kein Befund entspricht den Filtern der Befundtabelle.</translation>
    </message>
    <message>
        <source>Finding %1 of %2: %3 (%4:%5)</source>
        <translation>Befund %1 von %2: %3 (%4:%5)</translation>
    </message>
    <message>
        <source>New file %1:
</source>
        <translation>Neue Datei %1:
</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written.</source>
        <translation>%1 existiert bereits; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>&amp;Run Test at Cursor</source>
        <translation>Test am Cursor &amp;ausführen</translation>
    </message>
    <message>
        <source>No test around the cursor: put it inside a test or describe of a test file</source>
        <translation>Kein Test um den Cursor: setzen Sie ihn in ein test oder describe einer Testdatei</translation>
    </message>
</context>
<context>
    <name>pwb::RuleDocPanel</name>
    <message>
        <source>Select a finding to read about its rule.</source>
        <translation>Wählen Sie einen Befund, um mehr über seine Regel zu lesen.</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Hier:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es wichtig ist:</translation>
    </message>
    <message>
        <source>Fires on:</source>
        <translation>Schlägt an bei:</translation>
    </message>
    <message>
        <source>Fixed:</source>
        <translation>Korrigiert:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Referenzen:</translation>
    </message>
</context>
<context>
    <name>pwb::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by key, action or view…</source>
        <translation>Nach Taste, Aktion oder Ansicht filtern…</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>pwb::SprintModel</name>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>The document states %1 h; the tasks add up to %2 h.</source>
        <translation>Das Dokument nennt %1 h; die Aufgaben ergeben %2 h.</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
</context>
<context>
    <name>pwb::SprintSummary</name>
    <message>
        <source>Remaining hours by sprint</source>
        <translation>Verbleibende Stunden nach Sprint</translation>
    </message>
    <message>
        <source>Planned (sprint done in full)</source>
        <translation>Geplant (Sprint komplett erledigt)</translation>
    </message>
    <message>
        <source>Remaining now</source>
        <translation>Aktuell verbleibend</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
</context>
<context>
    <name>pwb::TaskDetailPanel</name>
    <message>
        <source>&amp;Complete task</source>
        <translation>Aufgabe &amp;abschließen</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Tick every subtask and add the document&apos;s completion marker</source>
        <translation>Jede Teilaufgabe abhaken und die Erledigt-Markierung des Dokuments hinzufügen</translation>
    </message>
    <message>
        <source>Remove the completion marker (and untick the last subtask when all are ticked)</source>
        <translation>Die Erledigt-Markierung entfernen (und den Haken der letzten Teilaufgabe, wenn alle abgehakt sind)</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Keine Aufgabe ausgewählt</translation>
    </message>
    <message>
        <source>%1 is no longer in the document</source>
        <translation>%1 steht nicht mehr im Dokument</translation>
    </message>
    <message>
        <source>Select a card on the board (arrow keys move between cards) to see its subtasks, dependencies and references here.</source>
        <translation>Wählen Sie eine Karte auf dem Board (Pfeiltasten wechseln zwischen Karten), um hier ihre Teilaufgaben, Abhängigkeiten und Referenzen zu sehen.</translation>
    </message>
    <message>
        <source>Write the table&apos;s done status into this row&apos;s Status cell</source>
        <translation>Den Erledigt-Status der Tabelle in die Status-Zelle dieser Zeile schreiben</translation>
    </message>
    <message>
        <source>Write the table&apos;s to-do status into this row&apos;s Status cell</source>
        <translation>Den Offen-Status der Tabelle in die Status-Zelle dieser Zeile schreiben</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Subtasks (%1/%2)</source>
        <translation>Teilaufgaben (%1/%2)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Hängt ab von:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation>Benötigt von:</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Referenzen:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>%1 points (counted apart from hours)</source>
        <translation>%1 Punkte (getrennt von den Stunden gezählt)</translation>
    </message>
    <message>
        <source>size %1 (counts no hours)</source>
        <translation>Größe %1 (zählt keine Stunden)</translation>
    </message>
</context>
<context>
    <name>pwb::TaskDocuments</name>
    <message>
        <source>After this change, “%1” would no longer read as a task in %2, so nothing was written. Change its line in the file instead.</source>
        <translation>Nach dieser Änderung wäre „%1“ in %2 keine Aufgabe mehr, daher wurde nichts geschrieben. Ändern Sie die Zeile stattdessen in der Datei.</translation>
    </message>
    <message>
        <source>“%1” is done according to line %2 of %3; reopen it there.</source>
        <translation>„%1“ ist laut Zeile %2 von %3 erledigt; öffnen Sie sie dort wieder.</translation>
    </message>
    <message>
        <source>Nothing in %2 marks “%1” done that could be undone here; change the file instead.</source>
        <translation>Nichts in %2, das „%1“ als erledigt markiert, lässt sich hier rückgängig machen; ändern Sie stattdessen die Datei.</translation>
    </message>
</context>
<context>
    <name>pwb::TaskModel</name>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>pwb::TestHistoryChart</name>
    <message>
        <source>Pass rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Abdeckung (%)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Test history</source>
        <translation>Testverlauf</translation>
    </message>
</context>
<context>
    <name>pwb::TestLinks</name>
    <message>
        <source>trace</source>
        <translation>Trace</translation>
    </message>
</context>
<context>
    <name>pwb::TestRunModel</name>
    <message>
        <source>setup_all failed</source>
        <translation>setup_all fehlgeschlagen</translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>(Projekt)</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>pwb::TestSession</name>
    <message>
        <source>mix test --cover</source>
        <translation>mix test --cover</translation>
    </message>
    <message>
        <source>mix output</source>
        <translation>mix-Ausgabe</translation>
    </message>
    <message>
        <source>the mix test --cover table</source>
        <translation>die Tabelle von mix test --cover</translation>
    </message>
    <message>
        <source>the last mix test --cover run (restored)</source>
        <translation>der letzte Lauf von mix test --cover (wiederhergestellt)</translation>
    </message>
    <message>
        <source>the recorded mix test --cover run</source>
        <translation>der aufgezeichnete Lauf von mix test --cover</translation>
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
        <translation>Führt mix test aus und zeigt ExUnit-Ergebnisse und Abdeckung live.</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Run the whole suite</source>
        <translation>Die ganze Suite ausführen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Run the tests that failed last time (--failed)</source>
        <translation>Die beim letzten Mal fehlgeschlagenen Tests ausführen (--failed)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Run the selected test&apos;s file, or choose one</source>
        <translation>Die Datei des ausgewählten Tests ausführen oder eine wählen</translation>
    </message>
    <message>
        <source>Run a test file</source>
        <translation>Eine Testdatei ausführen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Betroffene</translation>
    </message>
    <message>
        <source>Run the tests affected by changes (--stale)</source>
        <translation>Die von Änderungen betroffenen Tests ausführen (--stale)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Measure coverage (--cover)</source>
        <translation>Abdeckung messen (--cover)</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Run --stale again whenever a .ex/.exs file is saved</source>
        <translation>--stale erneut ausführen, sobald eine .ex/.exs-Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the run and every process it started</source>
        <translation>Den Lauf und jeden von ihm gestarteten Prozess beenden</translation>
    </message>
    <message>
        <source>Umbrella: run one app&apos;s suite alone</source>
        <translation>Umbrella: die Suite einer einzelnen App ausführen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>include tags</source>
        <translation>mit Tags</translation>
    </message>
    <message>
        <source>Include tags</source>
        <translation>Tags einschließen</translation>
    </message>
    <message>
        <source>exclude tags</source>
        <translation>ohne Tags</translation>
    </message>
    <message>
        <source>Exclude tags</source>
        <translation>Tags ausschließen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>MIX_ENV, extra arguments, hang time, business logic</source>
        <translation>MIX_ENV, zusätzliche Argumente, Hängezeit, Geschäftslogik</translation>
    </message>
    <message>
        <source>JUnit…</source>
        <translation>JUnit…</translation>
    </message>
    <message>
        <source>Export the run as JUnit XML</source>
        <translation>Den Lauf als JUnit-XML exportieren</translation>
    </message>
    <message>
        <source>Export JUnit XML</source>
        <translation>JUnit-XML exportieren</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>e.g. --max-failures 5 --trace</source>
        <translation>z. B. --max-failures 5 --trace</translation>
    </message>
    <message>
        <source>Extra arguments</source>
        <translation>Zusätzliche Argumente</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Report as hung after</source>
        <translation>Als hängend melden nach</translation>
    </message>
    <message>
        <source>contexts (lib/&lt;app&gt;/*.ex)</source>
        <translation>Kontexte (lib/&lt;app&gt;/*.ex)</translation>
    </message>
    <message>
        <source>Business logic modules</source>
        <translation>Module mit Geschäftslogik</translation>
    </message>
    <message>
        <source>MIX_&amp;ENV:</source>
        <translation>MIX_&amp;ENV:</translation>
    </message>
    <message>
        <source>E&amp;xtra args:</source>
        <translation>&amp;Zusätzliche Argumente:</translation>
    </message>
    <message>
        <source>&amp;Hung after:</source>
        <translation>&amp;Hängend nach:</translation>
    </message>
    <message>
        <source>&amp;Business logic:</source>
        <translation>&amp;Geschäftslogik:</translation>
    </message>
    <message>
        <source>Run mix deps.get</source>
        <translation>mix deps.get ausführen</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compile problems</source>
        <translation>Kompilierprobleme</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>&amp;Slowest</source>
        <translation>&amp;Langsamste</translation>
    </message>
    <message>
        <source>Raw log</source>
        <translation>Rohprotokoll</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Lo&amp;g</translation>
    </message>
    <message>
        <source>Coverage per module</source>
        <translation>Abdeckung pro Modul</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>&amp;Abdeckung</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Open a project to run its ExUnit suite here.</source>
        <translation>Öffnen Sie ein Projekt, um hier seine ExUnit-Suite auszuführen.</translation>
    </message>
    <message>
        <source>No test files (test/**/*_test.exs) were found in this project. Add one, e.g. with &lt;code&gt;mix new&lt;/code&gt;&apos;s layout, and it appears here.</source>
        <translation>In diesem Projekt wurden keine Testdateien (test/**/*_test.exs) gefunden. Legen Sie eine an, z. B. im Layout von &lt;code&gt;mix new&lt;/code&gt;, dann erscheint sie hier.</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message numerus="yes">
        <source>No output for %n second(s): the run may be hung.</source>
        <translation>
            <numerusform>Seit %n Sekunde keine Ausgabe: der Lauf hängt möglicherweise.</numerusform>
            <numerusform>Seit %n Sekunden keine Ausgabe: der Lauf hängt möglicherweise.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test may wait for a message that never comes. Stop it, or wait if it is just slow.</source>
        <translation>Vielleicht wartet ein Test auf eine Nachricht, die nie kommt. Brechen Sie ihn ab, oder warten Sie, falls er nur langsam ist.</translation>
    </message>
    <message>
        <source>mix deps.get finished.</source>
        <translation>mix deps.get ist fertig.</translation>
    </message>
    <message>
        <source>Run the tests again.</source>
        <translation>Tests erneut ausführen.</translation>
    </message>
    <message>
        <source>mix deps.get failed (exit status %1).</source>
        <translation>mix deps.get ist fehlgeschlagen (Exit-Status %1).</translation>
    </message>
    <message>
        <source>The raw log says why; without network access Hex packages cannot be fetched.</source>
        <translation>Das Rohprotokoll nennt den Grund; ohne Netzwerkzugriff lassen sich keine Hex-Pakete holen.</translation>
    </message>
    <message>
        <source>No run yet. Press Run all (F5) to run the suite.</source>
        <translation>Noch kein Lauf. Drücken Sie „Alle ausführen“ (F5), um die Suite auszuführen.</translation>
    </message>
    <message>
        <source>%1 tests: %2</source>
        <translation>%1 Tests: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>last run, restored</source>
        <translation>letzter Lauf, wiederhergestellt</translation>
    </message>
    <message>
        <source>No coverage yet: turn on Cover and run, or put cover/excoveralls.json or lcov.info in the project.</source>
        <translation>Noch keine Abdeckung: schalten Sie „Abdeckung“ ein und starten Sie einen Lauf, oder legen Sie cover/excoveralls.json oder lcov.info ins Projekt.</translation>
    </message>
    <message>
        <source>Overall %1% (target ≥ %2%)</source>
        <translation>Gesamt %1 % (Ziel ≥ %2 %)</translation>
    </message>
    <message>
        <source>business logic %1% (target ≥ %2%)</source>
        <translation>Geschäftslogik %1 % (Ziel ≥ %2 %)</translation>
    </message>
    <message>
        <source>targets met</source>
        <translation>Ziele erreicht</translation>
    </message>
    <message>
        <source>targets missed</source>
        <translation>Ziele verfehlt</translation>
    </message>
    <message>
        <source>Short: %1</source>
        <translation>Zu niedrig: %1</translation>
    </message>
    <message>
        <source>Line coverage in the editor from %1.</source>
        <translation>Zeilenabdeckung im Editor (Quelle: %1).</translation>
    </message>
    <message>
        <source>No line coverage: %1 gives module percentages only, so the editor marks no lines.</source>
        <translation>Keine Zeilenabdeckung: %1 liefert nur Prozentwerte pro Modul, daher markiert der Editor keine Zeilen.</translation>
    </message>
    <message>
        <source>Run this project&apos;s code?</source>
        <translation>Den Code dieses Projekts ausführen?</translation>
    </message>
    <message>
        <source>Running tests executes this project&apos;s code: its mix.exs, test helpers and dependencies run with your rights.

Run the tests of %1 only if you trust where it came from. You will not be asked again for this folder.</source>
        <translation>Beim Ausführen der Tests läuft der Code dieses Projekts: seine mix.exs, Test-Helfer und Abhängigkeiten laufen mit Ihren Rechten.

Führen Sie die Tests von %1 nur aus, wenn Sie der Herkunft vertrauen. Für diesen Ordner werden Sie nicht erneut gefragt.</translation>
    </message>
    <message>
        <source>Trust and Run</source>
        <translation>Vertrauen und ausführen</translation>
    </message>
    <message>
        <source>The run was not fully kept: %1 could not be written (%2).</source>
        <translation>Der Lauf wurde nicht vollständig gespeichert: %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Trusting %1 could not be remembered in %2; it holds for this session only.</source>
        <translation>Das Vertrauen in %1 konnte nicht in %2 gespeichert werden; es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>the workbench database</source>
        <translation>der Workbench-Datenbank</translation>
    </message>
    <message>
        <source>a recorded run from %1, shipped with the project; F5 runs the tests here</source>
        <translation>ein aufgezeichneter Lauf vom %1, mit dem Projekt ausgeliefert; F5 führt die Tests hier aus</translation>
    </message>
</context>
<context>
    <name>pwb::TourCallout</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>End Tour</source>
        <translation>Tour beenden</translation>
    </message>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>Vorheriger Schritt (Bild auf)</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>Nächster Schritt (Bild ab)</translation>
    </message>
    <message>
        <source>End the tour (Esc)</source>
        <translation>Tour beenden (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>pwb::TraceListModel</name>
    <message>
        <source>HTML report: %1</source>
        <translation>HTML-Bericht: %1</translation>
    </message>
    <message>
        <source>%1 tests: %2 passed, %3 failed, %4 skipped</source>
        <translation>%1 Tests: %2 bestanden, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>pwb::TraceModel</name>
    <message>
        <source>The trace could not be read.</source>
        <translation>Der Trace konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Selector / URL</source>
        <translation>Selektor / URL</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>LiveView</source>
        <translation>LiveView</translation>
    </message>
</context>
<context>
    <name>pwb::TraceServer</name>
    <message>
        <source>The trace server could not listen on 127.0.0.1.</source>
        <translation>Der Trace-Server konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>pwb::TraceTimeline</name>
    <message>
        <source>Trace timeline</source>
        <translation>Trace-Zeitleiste</translation>
    </message>
    <message>
        <source>No actions to show</source>
        <translation>Keine Aktionen anzuzeigen</translation>
    </message>
    <message>
        <source>No LiveView traffic</source>
        <translation>Kein LiveView-Verkehr</translation>
    </message>
</context>
<context>
    <name>pwb::TraceWebView</name>
    <message>
        <source>Open outside link?</source>
        <translation>Externen Link öffnen?</translation>
    </message>
    <message>
        <source>The trace links to an outside page:
%1

Open it in the system browser?</source>
        <translation>Der Trace verweist auf eine externe Seite:
%1

Im Systembrowser öffnen?</translation>
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
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <source>Run &amp;Playwright tests</source>
        <translation>&amp;Playwright-Tests ausführen</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Look for new traces and reports (F5)</source>
        <translation>Nach neuen Traces und Berichten suchen (F5)</translation>
    </message>
    <message>
        <source>Traces and reports</source>
        <translation>Traces und Berichte</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Aktionsdetails</translation>
    </message>
    <message>
        <source>Output of `playwright test` runs started here.</source>
        <translation>Ausgabe der hier gestarteten Läufe von `playwright test`.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Web viewer</source>
        <translation>&amp;Web-Viewer</translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation>&amp;Lauf-Log</translation>
    </message>
    <message>
        <source>This trace recorded no actions.</source>
        <translation>Dieser Trace hat keine Aktionen aufgezeichnet.</translation>
    </message>
    <message>
        <source>This trace cannot be shown.

%1</source>
        <translation>Dieser Trace kann nicht angezeigt werden.

%1</translation>
    </message>
    <message>
        <source>Runs `playwright test` in the project; new traces appear when they land.</source>
        <translation>Führt `playwright test` im Projekt aus; neue Traces erscheinen, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>The project has no node_modules/.bin/playwright: run `npm install` with @playwright/test first.</source>
        <translation>Das Projekt hat kein node_modules/.bin/playwright: führen Sie zuerst `npm install` mit @playwright/test aus.</translation>
    </message>
    <message>
        <source>Shows Playwright traces (test-results/**/trace.zip, traces/**/*.zip) and HTML reports (playwright-report/).</source>
        <translation>Zeigt Playwright-Traces (test-results/**/trace.zip, traces/**/*.zip) und HTML-Berichte (playwright-report/).</translation>
    </message>
    <message>
        <source>Open a project to see its traces.</source>
        <translation>Öffnen Sie ein Projekt, um seine Traces zu sehen.</translation>
    </message>
    <message>
        <source>Looking for traces…</source>
        <translation>Traces werden gesucht…</translation>
    </message>
    <message>
        <source>No Playwright traces were found. Run the project&apos;s Playwright tests with &lt;code&gt;--trace on&lt;/code&gt; (or &lt;code&gt;context.tracing&lt;/code&gt;) to record some; they appear here when they land.</source>
        <translation>Es wurden keine Playwright-Traces gefunden. Führen Sie die Playwright-Tests des Projekts mit &lt;code&gt;--trace on&lt;/code&gt; (oder &lt;code&gt;context.tracing&lt;/code&gt;) aus, um welche aufzuzeichnen; sie erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n trace(s) and report(s)</source>
        <translation>
            <numerusform>%n Trace oder Bericht</numerusform>
            <numerusform>%n Traces und Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> · scanning…</source>
        <translation> · wird durchsucht…</translation>
    </message>
    <message>
        <source>%1

%2

The report opens in the web viewer.</source>
        <translation>%1

%2

Der Bericht wird im Web-Viewer geöffnet.</translation>
    </message>
    <message>
        <source>Selector / URL</source>
        <translation>Selektor / URL</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>did not end</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>LiveView</source>
        <translation>LiveView</translation>
    </message>
    <message>
        <source>waits on LiveView state (.phx-connected / phx-*)</source>
        <translation>wartet auf LiveView-Zustand (.phx-connected / phx-*)</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>LiveView messages around it</source>
        <translation>LiveView-Nachrichten rund um diese Aktion</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>page error: %1</source>
        <translation>Seitenfehler: %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>This trace</source>
        <translation>Dieser Trace</translation>
    </message>
    <message>
        <source>Running playwright test…</source>
        <translation>playwright test läuft…</translation>
    </message>
    <message>
        <source>from PWB_PLAYWRIGHT_CORE</source>
        <translation>aus PWB_PLAYWRIGHT_CORE</translation>
    </message>
    <message>
        <source>from the project&apos;s node_modules</source>
        <translation>aus den node_modules des Projekts</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Playwright&apos;s trace viewer</source>
        <translation>Playwrights Trace-Viewer</translation>
    </message>
    <message>
        <source>Playwright&apos;s trace viewer %1</source>
        <translation>Playwrights Trace-Viewer %1</translation>
    </message>
    <message>
        <source>Shown in %1 (%2). &lt;a href=&quot;own&quot;&gt;Show the workbench&apos;s simpler page instead&lt;/a&gt;.</source>
        <translation>Angezeigt in %1 (%2). &lt;a href=&quot;own&quot;&gt;Stattdessen die einfachere Seite der Workbench zeigen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Shown in the workbench&apos;s own, simpler page. &lt;a href=&quot;playwright&quot;&gt;Show it in %1&lt;/a&gt; (%2).</source>
        <translation>Angezeigt in der eigenen, einfacheren Seite der Workbench. &lt;a href=&quot;playwright&quot;&gt;In %1 zeigen&lt;/a&gt; (%2).</translation>
    </message>
    <message>
        <source>Shown in the workbench&apos;s own, simpler page, as PWB_PLAYWRIGHT_CORE=builtin asks. Unset it for Playwright&apos;s trace viewer.</source>
        <translation>Angezeigt in der eigenen, einfacheren Seite der Workbench, wie PWB_PLAYWRIGHT_CORE=builtin es verlangt. Ohne die Variable erscheint Playwrights Trace-Viewer.</translation>
    </message>
    <message>
        <source>Shown in the workbench&apos;s own, simpler page: Playwright&apos;s trace viewer was not found. Run scripts/deps (it installs playwright-core into build/node), add playwright-core to the project, or set PWB_PLAYWRIGHT_CORE to a playwright-core folder.</source>
        <translation>Angezeigt in der eigenen, einfacheren Seite der Workbench: Playwrights Trace-Viewer wurde nicht gefunden. Führen Sie scripts/deps aus (es installiert playwright-core nach build/node), nehmen Sie playwright-core ins Projekt auf oder setzen Sie PWB_PLAYWRIGHT_CORE auf einen playwright-core-Ordner.</translation>
    </message>
    <message>
        <source>Look for new traces</source>
        <translation>Nach neuen Traces suchen</translation>
    </message>
    <message>
        <source>In the code</source>
        <translation>Im Code</translation>
    </message>
</context>
<context>
    <name>pwb::TriageStore</name>
    <message>
        <source>unknown triage state &apos;%1&apos; for %2; read as open</source>
        <translation>unbekannter Triage-Zustand „%1“ für %2; als offen gelesen</translation>
    </message>
    <message>
        <source>; triage decisions are not saved until this is fixed</source>
        <translation>; Triage-Entscheidungen werden erst gespeichert, wenn das behoben ist</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) read line by line (both sides of a merge conflict where there is one); the file as found is kept at %1</source>
        <translation>
            <numerusform>%n Entscheidung zeilenweise gelesen (bei einem Merge-Konflikt beide Seiten); die Datei im vorgefundenen Zustand liegt unter %1</numerusform>
            <numerusform>%n Entscheidungen zeilenweise gelesen (bei einem Merge-Konflikt beide Seiten); die Datei im vorgefundenen Zustand liegt unter %1</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be kept aside (%1); triage decisions are not saved until it is fixed</source>
        <translation>sie konnte nicht beiseitegelegt werden (%1); Triage-Entscheidungen werden erst gespeichert, wenn das behoben ist</translation>
    </message>
    <message>
        <source>triage file has merge conflict markers; both sides are read</source>
        <translation>die Triage-Datei enthält Merge-Konfliktmarkierungen; beide Seiten werden gelesen</translation>
    </message>
    <message>
        <source>triage file is not valid JSON (%1); the decisions on lines that still parse are read</source>
        <translation>die Triage-Datei ist kein gültiges JSON (%1); die Entscheidungen in noch lesbaren Zeilen werden gelesen</translation>
    </message>
</context>
<context>
    <name>pwb::UndoRouter</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
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
        <translation>Einen Ordner mit einer mix.exs öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>The bundled Phoenix LiveView shop, with a TRD, agents, tests and traces</source>
        <translation>Der mitgelieferte Phoenix-LiveView-Shop mit TRD, Agenten, Tests und Traces</translation>
    </message>
</context>
</TS>
