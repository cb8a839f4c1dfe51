// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "core/logging.h"
#include "graphexportcommand.h"
#include "mainwindow.h"
#include "pwb_config.h"
#include "reportcommand.h"
#include "runtestscommand.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyleFactory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace pwb;

namespace {

// The system locale (LANG, LC_MESSAGES, LANGUAGE) picks the language unless --lang names
// one; the default locale then follows it too, so numbers and dates match the texts.
void installTranslations(QCoreApplication& app, const QString& lang)
{
    if (!lang.isEmpty() && QLocale(lang).language() != QLocale::C)
        QLocale::setDefault(QLocale(lang));
    const QLocale locale;
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("phoenix-workbench"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// A dark palette for --dark, on Fusion (which honours every role).
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x8e, 0x94));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::Mid, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4b));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6f, 0x73, 0x7a));
    QApplication::setPalette(p);
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
    installTranslations(*app, CommandLine::languageOf(argc, argv));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    Logging::setVerbose(cl.verbose);
    qCInfo(lcApp) << "phoenix-workbench" << PWB_VERSION << "arguments"
                  << QCoreApplication::arguments();
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

    if (cl.dark)
        useDarkPalette();
    QApplication::setApplicationDisplayName(QObject::tr("Phoenix Workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/phoenix-workbench.svg")));
    QApplication::setDesktopFileName(QStringLiteral("dev.phoenixworkbench.PhoenixWorkbench"));
    MainWindow window;
    if (cl.windowSize.isValid())
        window.resize(cl.windowSize);
    window.show();
    if (!window.start(cl))
        return 2;
    return app->exec();
}
