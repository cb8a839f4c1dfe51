// SPDX-License-Identifier: MIT
#include "graphexporter.h"

#include "graphscene.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace pwb {

namespace GraphExporter {

bool writeSvg(const GraphScene& scene, const QString& path, QString* error)
{
    const QRectF source = scene.graphRect();
    if (source.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("GraphExporter", "the graph is empty");
        return false;
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(GraphPresentation::modeName(scene.presentation().mode) + QStringLiteral(" graph"));
    svg.setDescription(QCoreApplication::translate(
        "GraphExporter", "Laid out by Graphviz dot, drawn by Phoenix Workbench"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = QCoreApplication::translate("GraphExporter", "cannot write %1").arg(path);
        return false;
    }
    const_cast<GraphScene&>(scene).render(&p, QRectF(QPointF(0, 0), source.size()), source);
    p.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = QCoreApplication::translate("GraphExporter", "cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool writePng(const GraphScene& scene, const QString& path, QString* error, double scale)
{
    const QRectF source = scene.graphRect();
    if (source.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("GraphExporter", "the graph is empty");
        return false;
    }
    // Large graphs get a smaller scale rather than a gigantic image.
    const double longest = qMax(source.width(), source.height()) * scale;
    if (longest > 16000)
        scale *= 16000 / longest;
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.colors().background);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const_cast<GraphScene&>(scene).render(&p, QRectF(QPointF(0, 0), image.size()), source);
    p.end();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("GraphExporter", "cannot write %1: %2")
                         .arg(path, out.errorString());
        return false;
    }
    return true;
}

GraphPresentation::SizeFunction sizeFunction(const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.88 : 8);
    const QFontMetricsF title(bold);
    const QFontMetricsF sub(small);
    return [title, sub](const QString& t, const QString& s) {
        const double w =
            qMax(title.horizontalAdvance(t), s.isEmpty() ? 0.0 : sub.horizontalAdvance(s));
        const double h = title.height() + (s.isEmpty() ? 0.0 : sub.height() + 2) + 12;
        return QSizeF(qBound(80.0, w + 30, 320.0), h);
    };
}

bool exportProject(const QString& root, GraphMode mode, const QString& path, QString* error,
                   int* nodeCount)
{
    const GraphSnapshot snapshot = GraphLoader::load(root);
    const GraphPresentation p =
        GraphPresentation::build(snapshot, mode, sizeFunction(QGuiApplication::font()));
    if (nodeCount)
        *nodeCount = int(p.nodes.size());
    if (p.isEmpty()) {
        if (error)
            *error =
                mode == GraphMode::Delegation
                    ? QCoreApplication::translate("GraphExporter",
                                                  "no agent definitions under %1/agents")
                          .arg(root)
                    : QCoreApplication::translate("GraphExporter", "no TRD tasks under %1/docs")
                          .arg(root);
        return false;
    }
    const LayoutResult layout = GraphLayout::run(p.layoutRequest());
    if (!layout.ok) {
        if (error)
            *error = layout.error;
        return false;
    }
    GraphScene scene;
    scene.setColors(GraphColors::fromPalette(QGuiApplication::palette()));
    scene.setGraph(p, layout);
    scene.setLegendVisible(true); // the file has no legend widget beside it
    return path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)
               ? writeSvg(scene, path, error)
               : writePng(scene, path, error);
}

} // namespace GraphExporter

} // namespace pwb
