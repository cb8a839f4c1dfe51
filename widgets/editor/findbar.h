// SPDX-License-Identifier: MIT
// Find and replace for the current editor: every match highlighted, regex and case options,
// next/previous, replace one or all (one undo step). Enter finds next, Escape closes.
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pwb {

class CodeEditor;

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);

    void setEditor(CodeEditor* editor);
    CodeEditor* editor() const { return m_editor; }
    // Shows the bar (with the replace row when `replace`), seeded with the selection.
    void open(bool replace);
    void close();

    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* replaceEdit() const { return m_replace; }
    QCheckBox* regexBox() const { return m_regex; }
    QCheckBox* caseBox() const { return m_case; }
    QLabel* statusLabel() const { return m_status; }

    void findNext();
    void findPrevious();
    void replaceOne();
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void search();
    void updateStatus();

    QPointer<CodeEditor> m_editor;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_case;
    QCheckBox* m_regex;
    QLabel* m_status;
    QWidget* m_replaceRow;
    QPushButton* m_replaceButton;
    QPushButton* m_replaceAllButton;
};

} // namespace pwb
