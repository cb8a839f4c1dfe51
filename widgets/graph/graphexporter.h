// SPDX-License-Identifier: MIT
// Writes a laid-out graph scene as SVG (QSvgGenerator, vector) or PNG, and the headless
// `--export-graph` path: load a project, lay out one mode synchronously, write the file.
#pragma once

#include "graph/graphpresentation.h"

class QFont;

namespace pwb {

class GraphScene;

namespace GraphExporter {
bool writeSvg(const GraphScene& scene, const QString& path, QString* error = nullptr);
bool writePng(const GraphScene& scene, const QString& path, QString* error = nullptr,
              double scale = 2.0);
// Box sizes that fit the text in `font` (the scene draws titles bold).
GraphPresentation::SizeFunction sizeFunction(const QFont& font);
// Loads `root`, lays out `mode` and writes `path` (.svg, else PNG). Needs a QGuiApplication
// (the offscreen platform is enough).
bool exportProject(const QString& root, GraphMode mode, const QString& path,
                   QString* error = nullptr, int* nodeCount = nullptr);
} // namespace GraphExporter

} // namespace pwb
