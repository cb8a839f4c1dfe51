// SPDX-License-Identifier: MIT
// The source editor: a plain-text editor with a line-number gutter and the current line
// highlighted across the full width. Files load off the GUI thread.
#pragma once

#include <QPlainTextEdit>

class LineNumberArea;

class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget* parent = nullptr);

    // Reads `absolutePath` on a worker thread; `loaded` or `loadFailed` follows.
    void openFile(const QString& absolutePath);
    QString filePath() const { return m_path; }
    void goToLine(int line, int column = 1);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

signals:
    void loaded();
    void loadFailed(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void highlightCurrentLine();

    LineNumberArea* m_gutter;
    QString m_path;
    int m_pendingLine = 0;
    quint64 m_generation = 0;
};
