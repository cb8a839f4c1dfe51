// SPDX-License-Identifier: MIT
// The source editor: line numbers, current line, syntax highlighting, search matches, and
// what the project knows about the file: findings inline (gutter marker, wavy underline, a
// dimmed message at the line's end, tooltip), git added/modified lines and coverage in the
// gutter. Files load and save off the GUI thread; saves are atomic (ProjectFile::write).
#pragma once

#include "editorannotation.h"
#include "editorcolors.h"
#include "testmarkerprovider.h"
#include "vcs/changeset.h"

#include <QDateTime>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextDocument>

#include <functional>

class QPainter;

namespace pwb {

class LineCoverageProvider;
class LineNumberArea;

class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class SaveStatus
    {
        Saved,
        Conflict,
        Failed
    };
    Q_ENUM(SaveStatus)

    explicit CodeEditor(QWidget* parent = nullptr);
    ~CodeEditor() override;

    // Reads `absolutePath` on a worker thread (the document is built there too);
    // `loaded` or `loadFailed` follows. `relativePath` names it for findings and coverage.
    void openFile(const QString& absolutePath, const QString& relativePath = {});
    QString filePath() const { return m_path; }
    QString relativePath() const { return m_relativePath; }
    bool isLoading() const { return m_loading; }
    // Files from kLargeFileBytes on open without syntax highlighting, so they stay fluid.
    bool isLargeFile() const { return m_large; }
    void goToLine(int line, int column = 1);

    // Writes the text atomically on a worker thread; `saveFinished` follows. Without
    // `overwrite`, a file changed on disk since it was loaded is left alone (Conflict).
    void save(bool overwrite = false);
    bool isSaving() const { return m_saving; }

    // Findings shown inline; positions follow later edits of the text.
    void setAnnotations(const EditorAnnotations& annotations);
    EditorAnnotations annotations() const;
    // Annotations whose span starts on `line` (1-based, current text), worst first.
    EditorAnnotations annotationsOnLine(int line) const;
    // The span of an annotation in the current text, or a null cursor.
    QTextCursor annotationCursor(const QString& id) const;
    // Moves to the next/previous annotation after/before the cursor (wrapping); its id or "".
    QString goToNextAnnotation(bool forward = true);
    // Tooltip text (rich text) for a line: rule, message, why, fix of each finding, blame.
    QString lineToolTip(int line) const;
    // Blame text for a line (1-based), asked for tooltips.
    void setBlameLookup(std::function<QString(int line)> lookup);

    // Git markers for the file (lines changed against the merge base); empty clears them.
    void setLineChanges(const FileChanges& changes);
    const FileChanges& lineChanges() const { return m_changes; }

    // Coverage markers: hits per line from a provider (kept, asked again when it changes).
    void setCoverageProvider(LineCoverageProvider* provider);
    const QHash<int, int>& coverage() const { return m_coverage; }
    QString coverageSource() const { return m_coverageSource; }

    // Test files: a run marker per test and describe in the gutter, its last result, and a
    // failed assertion's message at the failing line. Asked again on edits and new results.
    void setTestMarkerProvider(TestMarkerProvider* provider);
    const QList<EditorTestMarker>& testMarkers() const { return m_testMarkers; }
    // The marker on `line`, or null.
    const EditorTestMarker* testMarkerAt(int line) const;
    // The innermost test (else describe) holding `line`, or null.
    const EditorTestMarker* testMarkerAround(int line) const;
    // Runs the test or describe whose marker is on `line`; false when there is none.
    bool runTestAt(int line);
    // Runs the innermost test (or describe) around the cursor; false when there is none.
    bool runTestAtCursor();
    // The gutter was clicked at `gutterPos` (a run marker runs its test).
    void gutterClicked(const QPoint& gutterPos);

    // Search: highlights every match; returns how many. Empty pattern clears.
    int setSearch(const QString& pattern, bool regex, bool caseSensitive);
    int searchMatchCount() const { return int(m_matches.size()); }
    int currentMatchIndex() const { return m_currentMatch; }
    bool findNext(bool backward = false);
    bool replaceCurrent(const QString& replacement);
    int replaceAll(const QString& replacement); // one undo step
    QString searchError() const { return m_searchError; }

    QSyntaxHighlighter* highlighter() const { return m_highlighter; }
    const EditorColors& colors() const { return m_colors; }
    // Re-reads palette/theme colours and rehighlights (palette changes call it too).
    void applyTheme();

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);
    QString gutterToolTip(const QPoint& gutterPos) const;
    // Pixel layout of the gutter, for painting and tests.
    struct GutterLayout
    {
        int changeX, markerX, runX, numbersRight, coverageX, width; // runX -1: no run markers
    };
    GutterLayout gutterLayout() const;

    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    // Characters inserted per turn of the event loop while a file loads.
    static constexpr qsizetype kLoadChunkChars = 96 * 1024;
    static constexpr qint64 kLargeFileBytes = 2LL * 1024 * 1024;

signals:
    void loaded();
    void loadFailed(const QString& message);
    void saveFinished(CodeEditor::SaveStatus status, const QString& message);
    void searchChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Placed
    {
        EditorAnnotation annotation;
        QTextCursor span;
    };
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void scheduleExtraSelections();
    void refreshExtraSelections();
    void placeAnnotations();
    void attachHighlighter();
    void insertChunk(quint64 generation, const QStringList& chunks, int index);
    void finishLoading();
    void refreshCoverage();
    void refreshTestMarkers();
    void paintTestMarker(QPainter* p, const QRect& cell, const EditorTestMarker& t) const;
    void recomputeSearch();
    QPair<int, int> visibleRange() const; // document positions of the visible text

    LineNumberArea* m_gutter;
    QString m_path;
    QString m_relativePath;
    int m_pendingLine = 0;
    int m_pendingColumn = 1;
    quint64 m_generation = 0;
    int m_loadingLines = 0; // the loading file's line count, for the gutter's width
    bool m_loading = false;
    bool m_large = false;
    bool m_saving = false;
    QDateTime m_diskTime;
    qint64 m_diskSize = -1;

    EditorColors m_colors;
    QPointer<QSyntaxHighlighter> m_highlighter;

    EditorAnnotations m_rawAnnotations;
    QList<Placed> m_placed;
    std::function<QString(int)> m_blameLookup;
    FileChanges m_changes;
    QPointer<LineCoverageProvider> m_coverageProvider;
    QHash<int, int> m_coverage;
    QString m_coverageSource;
    QPointer<TestMarkerProvider> m_testProvider;
    QList<EditorTestMarker> m_testMarkers;
    bool m_testMarkersQueued = false;

    QString m_searchPattern;
    bool m_searchRegex = false;
    bool m_searchCase = false;
    QString m_searchError;
    QList<QPair<int, int>> m_matches; // (position, length), sorted
    int m_currentMatch = -1;
    bool m_selectionsQueued = false;
    bool m_inThemeChange = false;
};

} // namespace pwb
