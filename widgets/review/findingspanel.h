// SPDX-License-Identifier: MIT
// The findings table under the editor: filters (severity, triage, text, "only in my
// changes"), grouping by file or rule, triage actions with keyboard shortcuts. Activating a
// finding asks the page to open it.
#pragma once

#include "review/finding.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace pwb {

class ChangedLinesFilterModel;
class ColumnFitter;
class FindingsFilterModel;
class FindingsGroupModel;
class FindingsModel;
class ProblemBar;
class RuleDocPanel;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setModel(FindingsModel* model);
    FindingsModel* model() const { return m_model; }
    FindingsFilterModel* filterModel() const { return m_filter; }
    ChangedLinesFilterModel* changedFilter() const { return m_changed; }
    FindingsGroupModel* groupModel() const { return m_groups; }
    QTreeView* view() const { return m_view; }
    RuleDocPanel* ruleDoc() const { return m_ruleDoc; }
    QCheckBox* onlyMyChanges() const { return m_onlyChanges; }
    QComboBox* groupingBox() const { return m_grouping; }
    QLineEdit* textFilter() const { return m_text; }
    QToolButton* severityButton(Finding::Severity s) const;
    // In the table's context menu, shown only for a finding with a mechanical fix.
    QAction* previewFixAction() const { return m_previewFix; }

    // The finding of the current row, if the current row is one.
    bool currentFinding(Finding* out) const;
    // Every finding the filters let through, in the order the table shows them (F8 walks it).
    Findings shownFindings() const;
    // Makes a finding's row current and visible; false when the filters hide it.
    bool selectFinding(const QString& id);
    // Sets the triage state of the selected findings; false with *error if one failed.
    bool triageSelected(Finding::Triage state, QString* error = nullptr);
    // A note under the filters (e.g. why "only in my changes" has nothing to compare with).
    void setNote(const QString& text);
    // "12 findings shown of 30".
    QString summary() const;
    // Why the last triage decision could not be written (path and reason); empty once a
    // later decision was saved.
    QString saveProblem() const;

signals:
    void findingActivated(const Finding& finding);
    void currentFindingChanged();
    void previewFixRequested();
    // A decision was kept in memory but could not be written to .workbench/triage.json.
    void triageSaveFailed(const QString& why);

private:
    void applySeverityFilter();
    void applyTriageFilter();
    void updateSummary();

    FindingsModel* m_model = nullptr;
    FindingsFilterModel* m_filter;
    ChangedLinesFilterModel* m_changed;
    FindingsGroupModel* m_groups;
    QTreeView* m_view;
    QLineEdit* m_text;
    QComboBox* m_triage;
    QComboBox* m_grouping;
    QCheckBox* m_onlyChanges;
    QToolButton* m_high;
    QToolButton* m_medium;
    QToolButton* m_low;
    QLabel* m_summary;
    QLabel* m_note;
    ProblemBar* m_saveProblem;
    RuleDocPanel* m_ruleDoc;
    QAction* m_previewFix = nullptr;
    ColumnFitter* m_fitter = nullptr;
};

} // namespace pwb
