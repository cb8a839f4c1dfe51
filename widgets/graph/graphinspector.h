// SPDX-License-Identifier: MIT
// The side panel for the selected node: its definition (or task), tools, the file and line
// it comes from as a link, and its incoming and outgoing edges with their sources.
#pragma once

#include <QTextBrowser>

namespace pwb {

class GraphScene;

class GraphInspector : public QTextBrowser
{
    Q_OBJECT
public:
    explicit GraphInspector(GraphScene* scene, QWidget* parent = nullptr);

    void showNode(int index);
    int node() const { return m_node; }

signals:
    void openRequested(const QString& path, int line);
    void nodeRequested(int index);

private:
    QString sourceLink(const QString& path, int line) const;

    GraphScene* m_scene;
    int m_node = -1;
};

} // namespace pwb
