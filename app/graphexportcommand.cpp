// SPDX-License-Identifier: MIT
#include "graphexportcommand.h"

#include "commandline.h"
#include "demoproject.h"
#include "graph/graphexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace pwb {

namespace GraphExportCommand {

int run(const CommandLine& cl, QTextStream& out, QTextStream& err)
{
    const QString root =
        cl.demo ? DemoProject::path() : (cl.path.isEmpty() ? QDir::currentPath() : cl.path);
    if (root.isEmpty() || !QFileInfo(root).isDir()) {
        err << QCoreApplication::translate("GraphExportCommand",
                                           "phoenix-workbench: cannot open %1: not a folder")
                   .arg(root.isEmpty()
                            ? QCoreApplication::translate("GraphExportCommand", "the demo project")
                            : root)
            << Qt::endl;
        return 2;
    }
    const GraphMode mode =
        cl.exportMode == u"dependencies" ? GraphMode::Dependencies : GraphMode::Delegation;
    QString error;
    int nodes = 0;
    if (!GraphExporter::exportProject(QFileInfo(root).canonicalFilePath(), mode, cl.exportPath,
                                      &error, &nodes)) {
        err << QCoreApplication::translate("GraphExportCommand", "phoenix-workbench: %1").arg(error)
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("GraphExportCommand", "wrote %1 (%2 graph, %n node(s))",
                                       nullptr, nodes)
               .arg(cl.exportPath, cl.exportMode)
        << Qt::endl;
    return 0;
}

} // namespace GraphExportCommand

} // namespace pwb
