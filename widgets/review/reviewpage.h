// SPDX-License-Identifier: MIT
// The Review view: the project's files in editor tabs with their findings inline, git
// context in the gutter and tooltips, and the findings panel below with filters, grouping,
// triage and fix previews.
#pragma once

#include "review/finding.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace pwb {

class CodeEditor;
class EmptyState;
class FindBar;
class FindingsModel;
class FindingsPanel;
class GoToLineBar;
class LineCoverageProvider;
class TestMarkerProvider;
class Project;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(Project* project, QWidget* parent = nullptr);

    // Opens (or focuses) a project-relative file at a line (1-based; 0 keeps the position).
    CodeEditor* openFile(const QString& relativePath, int line = 0);
    QTabWidget* tabs() const { return m_tabs; }
    EmptyState* emptyState() const { return m_empty; }
    CodeEditor* currentEditor() const;
    CodeEditor* editorFor(const QString& relativePath) const;
    // Closes every tab without asking (the project closed).
    void closeAll();
    // Closes a tab, asking what to do with unsaved changes; false when the user cancels.
    bool closeTab(int index);

    // The findings shown: the project's (ProjectReview) unless another model is set;
    // nullptr selects the page's own, empty one.
    void setFindingsModel(FindingsModel* model);
    FindingsModel* findingsModel() const { return m_findings; }
    FindingsPanel* findingsPanel() const { return m_panel; }
    FindBar* findBar() const { return m_findBar; }
    GoToLineBar* goToLineBar() const { return m_goToBar; }
    void setCoverageProvider(LineCoverageProvider* provider);
    // Run markers and results of tests in test files (the Tests view's session).
    void setTestMarkerProvider(TestMarkerProvider* provider);

    // Opens a finding's file with the cursor on its span.
    CodeEditor* showFinding(const Finding& finding);
    // F8 / Shift+F8: the next (previous) finding the panel's filters show, after (before)
    // the cursor, across files in the table's order, wrapping; opens its file. Returns its
    // id (empty when the filters show none).
    QString goToNextFinding(bool forward = true);
    // Unified diff of a finding's mechanical fix against the file as it is in the editor.
    QString fixPreview(const Finding& finding, QString* error = nullptr) const;
    // Applies a finding's mechanical fix in its (open, loaded) editor as one undo step,
    // saves atomically, then re-checks the file; `fixApplied` follows the re-check.
    bool applyFix(const Finding& finding, QString* error = nullptr);
    // Shows the preview dialog for the current finding; applies on confirmation.
    void previewCurrentFix();
    // Re-analyses one file's text after a fix (by default the review engine's per-file
    // rules); findings of other origins (imports) are dropped once fixed.
    using Rechecker = std::function<Findings(const QString& path, const QByteArray& text)>;
    void setRechecker(Rechecker rechecker);

    // "● 2 high  ▲ 5 medium  ■ 1 low" over the findings model.
    QString severityCountsText() const;
    // Branch and HEAD for the status bar ("feature · a1b2c3d Fix login"), with notes.
    QString gitStatusText() const;
    QString gitStatusToolTip() const;

    // Asked when a tab with unsaved changes closes (tests replace the dialog).
    using ClosePrompt = std::function<QMessageBox::StandardButton(CodeEditor*)>;
    void setClosePrompt(ClosePrompt prompt);

signals:
    // The severity counts or the git state changed: the status bar reads them again.
    void statusChanged();
    // A fix was applied and re-checked; `stillReported` when the rule still fires there.
    void fixApplied(const QString& findingId, bool stillReported);
    void message(const QString& text);
    // A new editor tab (the main window routes Ctrl+Z to the view edited last).
    void editorOpened(CodeEditor* editor);

private:
    void updateEmpty();
    void updateTabTitle(CodeEditor* editor);
    void refreshAnnotations(CodeEditor* editor);
    void refreshAllAnnotations();
    void refreshGit();
    void requestBlame(CodeEditor* editor);
    void currentEditorChanged();
    void buildActions();
    void warnSaveFailed(const QString& why);
    // Analyses the fixed file again (or, with reanalyse false, only drops the fixed finding).
    void recheck(const Finding& fixed, const QString& text, bool reanalyse = true);

    Project* m_project;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QSplitter* m_splitter;
    QTabWidget* m_tabs;
    FindBar* m_findBar;
    GoToLineBar* m_goToBar;
    QLabel* m_editorNote;
    FindingsPanel* m_panel;
    FindingsModel* m_findings = nullptr;
    FindingsModel* m_ownFindings;
    LineCoverageProvider* m_coverage = nullptr;
    QPointer<TestMarkerProvider> m_testMarkers;
    Rechecker m_rechecker;
    ClosePrompt m_closePrompt;
};

} // namespace pwb
