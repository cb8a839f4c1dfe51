// SPDX-License-Identifier: MIT
// "Go to line": a one-line bar taking `line` or `line:column`; Enter jumps, Escape closes.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace pwb {

class CodeEditor;

class GoToLineBar : public QWidget
{
    Q_OBJECT
public:
    explicit GoToLineBar(QWidget* parent = nullptr);

    void setEditor(CodeEditor* editor);
    void open();
    QLineEdit* edit() const { return m_edit; }
    // Parses "12" or "12:5"; false for anything else.
    static bool parse(const QString& text, int* line, int* column);
    // Jumps to what the edit holds; false when it is not a position.
    bool go();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QPointer<CodeEditor> m_editor;
    QLineEdit* m_edit;
    QLabel* m_hint;
};

} // namespace pwb
