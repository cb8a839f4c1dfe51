// SPDX-License-Identifier: MIT
// The gutter beside a CodeEditor (line numbers, git, finding and coverage markers); it asks
// the editor to paint, since only the editor knows where its blocks are.
#pragma once

#include <QWidget>

namespace pwb {

class CodeEditor;

class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(CodeEditor* editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    CodeEditor* m_editor;
};

} // namespace pwb
