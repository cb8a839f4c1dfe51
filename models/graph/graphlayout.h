// SPDX-License-Identifier: MIT
// Graph layout with Graphviz `dot`, as plain values in and out so it can run on a worker:
// node boxes (sizes chosen by the caller), edges and clusters go in; centres, edge splines
// (cubic Bézier control points, y pointing down) and cluster boxes come back.
#pragma once

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <atomic>

namespace pwb {

struct LayoutRequest
{
    struct Node
    {
        QSizeF size;     // points
        QString cluster; // cluster id, empty for none
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
        // No direction (collaboration): drawn without an arrow head and left out of the
        // ranking, so peers do not stretch the hierarchy.
        bool undirected = false;
    };
    struct Cluster
    {
        QString id;
        QString title;
    };

    QList<Node> nodes;
    QList<Edge> edges;
    QList<Cluster> clusters;
    bool leftToRight = false;
    double nodeSeparation = 18; // points
    double rankSeparation = 42; // points
};

struct LayoutResult
{
    struct EdgePath
    {
        QList<QPointF> points; // 3n+1 Bézier control points
        bool hasArrow = false;
        QPointF arrowTip;
    };
    struct ClusterBox
    {
        QString id;
        QString title;
        QRectF rect;
    };

    QList<QPointF> centres; // per node
    QList<QSizeF> sizes;    // per node, as laid out
    QList<EdgePath> edges;  // per request edge
    QList<ClusterBox> clusters;
    QRectF bounds;
    bool ok = false;
    bool cancelled = false;
    QString error;

    QRectF nodeRect(qsizetype i) const
    {
        return QRectF(centres.at(i) - QPointF(sizes.at(i).width() / 2, sizes.at(i).height() / 2),
                      sizes.at(i));
    }
};

namespace GraphLayout {
// Runs `dot` on the request. Graphviz is not thread-safe: calls are serialised inside.
// `cancel` is checked before and after the layout (dot itself cannot be interrupted).
LayoutResult run(const LayoutRequest& request, const std::atomic_bool* cancel = nullptr);
// The request as DOT text with the same attributes run() uses (benchmarks, debugging).
QByteArray toDot(const LayoutRequest& request);
} // namespace GraphLayout

} // namespace pwb

Q_DECLARE_METATYPE(pwb::LayoutResult)
