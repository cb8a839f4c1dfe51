// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "graphexportcommand.h"
#include "mainwindow.h"
#include "pwb_config.h"
#include "reportcommand.h"
#include "runtestscommand.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void installTranslations(QCoreApplication& app)
{
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("phoenix-workbench"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char** argv)
{
    // Headless modes must not need a display, so they get a plain core application.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsOffscreenPainting(argc, argv)) {
        // Painting (fonts, QGraphicsScene) needs a GUI application; the offscreen platform
        // gives one without any display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else if (CommandLine::isHeadless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phoenix-workbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("phoenix-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PWB_VERSION));
    installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    switch (cl.mode) {
    case CommandLine::Mode::Error:
        err << "phoenix-workbench: " << cl.error << Qt::endl;
        return 2;
    case CommandLine::Mode::Help:
        out << cl.helpText;
        return 0;
    case CommandLine::Mode::Version:
        out << "phoenix-workbench " << PWB_VERSION << " (highlighter: " << PWB_HIGHLIGHTER << ")"
            << Qt::endl;
        return 0;
    case CommandLine::Mode::Report:
        return ReportCommand::run(cl, out, err);
    case CommandLine::Mode::ExportGraph:
        return GraphExportCommand::run(cl, out, err);
    case CommandLine::Mode::RunTests:
        return RunTestsCommand::run(cl, out, err);
    case CommandLine::Mode::Trace:
        return ReportCommand::runTrace(cl, out, err);
    case CommandLine::Mode::Gui:
        break;
    }

    QApplication::setApplicationDisplayName(QObject::tr("Phoenix Workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/phoenix-workbench.svg")));
    QApplication::setDesktopFileName(QStringLiteral("dev.phoenixworkbench.PhoenixWorkbench"));
    MainWindow window;
    window.show();
    if (!window.start(cl))
        return 2;
    return app->exec();
}
