// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace pwb {

bool CommandLine::isHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--report" || a.startsWith("--report=") || a == "--trace" ||
            a.startsWith("--trace=") || a == "-h" || a == "--help" || a == "-v" ||
            a == "--version" || a == "--sarif" || a.startsWith("--sarif=") || a == "--import" ||
            a.startsWith("--import=") || a == "--run-tests" || a.startsWith("--run-tests="))
            return true;
    }
    return needsOffscreenPainting(argc, argv);
}

QString CommandLine::languageOf(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--lang="))
            return QString::fromLocal8Bit(a.mid(7));
    }
    return {};
}

bool CommandLine::needsOffscreenPainting(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--export-graph" || a.startsWith("--export-graph="))
            return true;
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate(
            "CommandLine", "A desktop workbench for Elixir/Phoenix projects: TRD task board, "
                           "delegation graph, review findings, live ExUnit and LiveView traces.") +
        u'\n' + u'\n' +
        QCoreApplication::translate(
            "CommandLine",
            "Environment:\n"
            "  PWB_PLAYWRIGHT_CORE  a playwright-core folder whose trace viewer the Traces view\n"
            "                       shows; \"builtin\" for the workbench's own page. Unset: the\n"
            "                       project's node_modules, else build/node (scripts/deps), else\n"
            "                       /usr/local/lib or /usr/lib node_modules.\n"
            "  PWB_DATA_DIR         where the workbench keeps its database and demo copy.\n"
            "  PWB_DEMO_DIR         the demo project to open with --demo."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Open the bundled demo project."));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("CommandLine",
                                    "Print the facts of the project at <path> and exit, "
                                    "without a display."),
        QStringLiteral("path"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("CommandLine", "Report format: text (default) or json."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "Save a PNG of the window once the project is loaded, then "
                                    "exit."),
        QStringLiteral("file"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("CommandLine",
                                    "View to show first: board, plans (every plan in one table), "
                                    "graph, review, tests or traces."),
        QStringLiteral("name"));
    const QCommandLineOption trace(
        QStringLiteral("trace"),
        QCoreApplication::translate("CommandLine",
                                    "Print the actions of the Playwright trace <file> and exit, "
                                    "without a display."),
        QStringLiteral("file"));
    const QCommandLineOption dark(
        QStringLiteral("dark"),
        QCoreApplication::translate("CommandLine",
                                    "Use a dark palette (screenshots, or a desktop without one)."));
    const QCommandLineOption exportGraph(
        QStringLiteral("export-graph"),
        QCoreApplication::translate("CommandLine",
                                    "Lay out the delegation or dependencies graph of the project "
                                    "and write it to the file given next (.svg or .png), without "
                                    "a display: --export-graph delegation OUT.svg [path]"),
        QStringLiteral("mode"));
    const QCommandLineOption sarif(
        QStringLiteral("sarif"),
        QCoreApplication::translate("CommandLine",
                                    "Write the review findings as SARIF 2.1.0 to <file> (headless; "
                                    "with --report or a project path)."),
        QStringLiteral("file"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        QCoreApplication::translate("CommandLine",
                                    "Merge another tool's findings (SARIF, Credo or Sobelow JSON, "
                                    "code-reviewer YAML) into the report; repeatable."),
        QStringLiteral("file"));
    const QCommandLineOption enableRule(
        QStringLiteral("enable-rule"),
        QCoreApplication::translate("CommandLine",
                                    "Also run a review rule that is off by default (e.g. "
                                    "documentation/doc-missing); repeatable."),
        QStringLiteral("rule"));
    const QCommandLineOption runTests(
        QStringLiteral("run-tests"),
        QCoreApplication::translate(
            "CommandLine", "Run the ExUnit suite of the project at <path> without a display, "
                           "print the report with its tests section; exit 0 only when "
                           "nothing failed. This runs the project's own code (mix.exs, test "
                           "helpers) without asking, unlike the Tests view: use it on "
                           "projects you trust."),
        QStringLiteral("path"));
    const QCommandLineOption app(
        QStringLiteral("app"),
        QCoreApplication::translate("CommandLine",
                                    "With --run-tests: run this umbrella app alone."),
        QStringLiteral("name"));
    const QCommandLineOption cover(
        QStringLiteral("cover"),
        QCoreApplication::translate("CommandLine",
                                    "With --run-tests: measure coverage (mix test --cover)."));
    const QCommandLineOption junit(
        QStringLiteral("junit"),
        QCoreApplication::translate("CommandLine",
                                    "With --run-tests: also write JUnit XML to <file>."),
        QStringLiteral("file"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QCoreApplication::translate("CommandLine",
                                    "Show a project file (relative path, optionally :line) in the "
                                    "Review view once the project is loaded."),
        QStringLiteral("file"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QCoreApplication::translate("CommandLine",
                                    "Select this agent (or task) in the Graph view once it is "
                                    "laid out (screenshots of one agent's neighbourhood)."),
        QStringLiteral("name"));
    const QCommandLineOption resetDemo(
        QStringLiteral("reset"),
        QCoreApplication::translate("CommandLine",
                                    "With --demo: put your copy of the installed demo back as "
                                    "installed (edits, triage, build output and history go)."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "User interface language, e.g. de or en (default: the system "
                                    "locale, LANG or LANGUAGE)."),
        QStringLiteral("code"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate("CommandLine",
                                    "Log what the workbench does to stderr (the pwb.* logging "
                                    "categories; QT_LOGGING_RULES picks single ones)."));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QCoreApplication::translate("CommandLine",
                                    "Start in presentation mode: full screen, everything scaled "
                                    "(F11 in the View menu)."));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate("CommandLine",
                                    "Presentation scale, 1.25 to 2 (remembered; default: the last "
                                    "one chosen, else 1.5)."),
        QStringLiteral("factor"));
    const QCommandLineOption tourStep(
        QStringLiteral("tour-step"),
        QCoreApplication::translate("CommandLine",
                                    "With --demo: start the guided tour at step <n> (1-based)."),
        QStringLiteral("n"));
    const QCommandLineOption windowSize(
        QStringLiteral("window-size"),
        QCoreApplication::translate("CommandLine",
                                    "Open the window at this size, e.g. 1024x640 (screenshots of "
                                    "a small screen)."),
        QStringLiteral("WxH"));
    p.addOptions({demo,    report,     format,      screenshot,   view,   dark,
                  open,    select,     exportGraph, sarif,        import, enableRule,
                  trace,   runTests,   app,         cover,        junit,  resetDemo,
                  verbose, windowSize, lang,        presentation, scale,  tourStep});
    p.addPositionalArgument(QStringLiteral("path"),
                            QCoreApplication::translate("CommandLine", "Project folder to open."),
                            QStringLiteral("[path]"));

    if (!p.parse(arguments)) {
        cl.mode = Mode::Error;
        cl.error = p.errorText();
        return cl;
    }
    cl.helpText = p.helpText();
    if (p.isSet(help)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (p.isSet(version)) {
        cl.mode = Mode::Version;
        return cl;
    }
    cl.lang = p.value(lang);
    if (!cl.lang.isEmpty() && QLocale(cl.lang).language() == QLocale::C) {
        cl.mode = Mode::Error;
        cl.error = QCoreApplication::translate("CommandLine", "unknown language '%1' (e.g. de, en)")
                       .arg(cl.lang);
        return cl;
    }
    cl.demo = p.isSet(demo);
    cl.verbose = p.isSet(verbose);
    cl.resetDemo = p.isSet(resetDemo);
    if (cl.resetDemo && !cl.demo) {
        cl.mode = Mode::Error;
        cl.error = QCoreApplication::translate("CommandLine", "--reset goes with --demo");
        return cl;
    }
    cl.format = p.value(format);
    if (cl.format != u"text" && cl.format != u"json") {
        cl.mode = Mode::Error;
        cl.error =
            QCoreApplication::translate("CommandLine", "--format must be text or json, not '%1'")
                .arg(cl.format);
        return cl;
    }
    cl.screenshot = p.value(screenshot);
    cl.view = p.value(view);
    cl.dark = p.isSet(dark);
    cl.openFile = p.value(open);
    cl.select = p.value(select);
    if (p.isSet(windowSize)) {
        const QStringList wh = p.value(windowSize).split(u'x');
        bool okW = false;
        bool okH = false;
        const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
        const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 320 || h < 240 || w > 16384 || h > 16384) {
            cl.mode = Mode::Error;
            cl.error =
                QCoreApplication::translate("CommandLine", "--window-size wants WIDTHxHEIGHT, e.g. "
                                                           "1024x640 (from 320x240), not “%1”.")
                    .arg(p.value(windowSize));
            return cl;
        }
        cl.windowSize = QSize(w, h);
    }
    cl.presentation = p.isSet(presentation);
    if (p.isSet(scale)) {
        bool ok = false;
        cl.scale = p.value(scale).toDouble(&ok);
        if (!ok || cl.scale < 1.25 || cl.scale > 2.0) {
            cl.mode = Mode::Error;
            cl.error = QCoreApplication::translate("CommandLine",
                                                   "--scale must be a number from 1.25 to 2");
            return cl;
        }
    }
    if (p.isSet(tourStep)) {
        bool ok = false;
        cl.tourStep = p.value(tourStep).toInt(&ok);
        if (!ok || cl.tourStep < 1) {
            cl.mode = Mode::Error;
            cl.error = QCoreApplication::translate("CommandLine",
                                                   "--tour-step must be a step number from 1");
            return cl;
        }
    }
    static const QStringList views{QStringLiteral("board"), QStringLiteral("plans"),
                                   QStringLiteral("graph"), QStringLiteral("review"),
                                   QStringLiteral("tests"), QStringLiteral("traces")};
    if (!cl.view.isEmpty() && !views.contains(cl.view)) {
        cl.mode = Mode::Error;
        cl.error = QCoreApplication::translate("CommandLine", "unknown view '%1' (one of: %2)")
                       .arg(cl.view, views.join(QStringLiteral(", ")));
        return cl;
    }
    QStringList positional = p.positionalArguments();
    if (p.isSet(exportGraph)) {
        cl.exportMode = p.value(exportGraph);
        if (cl.exportMode != u"delegation" && cl.exportMode != u"dependencies") {
            cl.mode = Mode::Error;
            cl.error =
                QCoreApplication::translate(
                    "CommandLine", "--export-graph takes delegation or dependencies, not '%1'")
                    .arg(cl.exportMode);
            return cl;
        }
        if (positional.isEmpty()) {
            cl.mode = Mode::Error;
            cl.error =
                QCoreApplication::translate("CommandLine", "--export-graph needs an output file");
            return cl;
        }
        cl.mode = Mode::ExportGraph;
        cl.exportPath = positional.takeFirst();
    }
    if (positional.size() > 1) {
        cl.mode = Mode::Error;
        cl.error = QCoreApplication::translate("CommandLine", "only one project path may be given");
        return cl;
    }
    if (cl.mode == Mode::ExportGraph) {
        cl.path = positional.value(0);
        return cl;
    }
    if (p.isSet(trace)) {
        cl.mode = Mode::Trace;
        cl.trace = p.value(trace);
        return cl;
    }
    cl.sarif = p.value(sarif);
    cl.imports = p.values(import);
    cl.enabledRules = p.values(enableRule);
    if (p.isSet(runTests)) {
        cl.mode = Mode::RunTests;
        cl.path = p.value(runTests);
        cl.app = p.value(app);
        cl.cover = p.isSet(cover);
        cl.junit = p.value(junit);
        return cl;
    }
    if (p.isSet(app) || p.isSet(cover) || p.isSet(junit)) {
        cl.mode = Mode::Error;
        cl.error = QCoreApplication::translate("CommandLine",
                                               "--app, --cover and --junit go with --run-tests");
        return cl;
    }
    if (p.isSet(report)) {
        cl.mode = Mode::Report;
        cl.path = p.value(report);
        return cl;
    }
    if (p.isSet(sarif) || p.isSet(import)) {
        // Headless: report on the positional path (or the current folder).
        cl.mode = Mode::Report;
        cl.path = positional.isEmpty() ? QStringLiteral(".") : positional.first();
        return cl;
    }
    if (!positional.isEmpty())
        cl.path = positional.first();
    return cl;
}

} // namespace pwb
