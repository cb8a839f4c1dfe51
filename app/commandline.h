// SPDX-License-Identifier: MIT
// The command line: what to open, and the headless modes that need no display.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace pwb {

struct CommandLine
{
    enum class Mode
    {
        Gui,
        Report,
        ExportGraph,
        Trace,
        RunTests,
        Help,
        Version,
        Error
    };

    Mode mode = Mode::Gui;
    QString path;      // project to open (GUI) or to report on
    QString trace;     // --trace FILE: one Playwright trace's actions, headless
    bool demo = false; // --demo
    QString format = QStringLiteral("text"); // --format text|json
    QString screenshot;                      // --screenshot FILE: save the window and quit (GUI)
    QString view;                            // --view board|graph|review|tests|traces
    bool dark = false;                       // --dark: a dark palette whatever the desktop uses
    QString openFile;          // --open PATH[:LINE]: a project file to show in the Review view
    QString select;            // --select NAME: the agent (or task) to select in the Graph view
    QString exportMode;        // --export-graph delegation|dependencies
    QString exportPath;        // the file it writes (.svg, else PNG)
    QString sarif;             // --sarif OUT: write the review findings as SARIF 2.1.0 (headless)
    QStringList imports;       // --import FILE, repeatable: merge other tools' findings
    QStringList enabledRules;  // --enable-rule ID, repeatable: rules off by default
    QString app;               // --app NAME (--run-tests: one umbrella app)
    bool cover = false;        // --cover (--run-tests)
    QString junit;             // --junit FILE (--run-tests)
    bool resetDemo = false;    // --reset (with --demo): restore the user's demo copy first
    bool verbose = false;      // --verbose: info and debug lines of every pwb.* logging category
    QSize windowSize;          // --window-size WxH: the main window's size (invalid: default)
    bool presentation = false; // --presentation: start in presentation mode
    double scale = 0;          // --scale F: presentation scale (0: the remembered one)
    int tourStep = 0;          // --tour-step N: start the guided tour at step N (1-based)
    QString lang;              // --lang CODE: the interface language instead of the system locale
    QString error;             // for Mode::Error
    QString helpText;

    // True when argv asks for a mode that must run without a display; decided before
    // any QCoreApplication exists, so main() can pick the application class.
    static bool isHeadless(int argc, char** argv);
    // True for headless modes that still paint (--export-graph): they need a GUI
    // application on the offscreen platform, never a display.
    static bool needsOffscreenPainting(int argc, char** argv);
    // The --lang value, read before any QCoreApplication exists: translators must be
    // installed before parse() builds the (translated) help text.
    static QString languageOf(int argc, char** argv);
    static CommandLine parse(const QStringList& arguments);
};

} // namespace pwb
