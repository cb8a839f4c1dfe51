// SPDX-License-Identifier: MIT
// Everything about one task: status and why, every field, subtasks as checkboxes,
// dependencies as links, references that open the agent file at its line, and where the
// task sits in its document.
#pragma once

#include <QScrollArea>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pwb {

class TaskDocuments;

class TaskDetailPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit TaskDetailPanel(TaskDocuments* docs, QWidget* parent = nullptr);

    void showTask(int document, const QString& taskId);
    void clearTask();
    QString taskId() const { return m_taskId; }
    int document() const { return m_document; }
    QList<QCheckBox*> subtaskBoxes() const { return m_boxes; }
    QPushButton* completeButton() const { return m_complete; }
    QPushButton* reopenButton() const { return m_reopen; }
    QLabel* titleLabel() const { return m_title; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // A project-relative file at a 1-based line (a Reference, or the task's own source).
    void openFileRequested(const QString& path, int line);
    void taskLinkActivated(const QString& taskId);
    // An agent the task names (@agent, an Agent: field, a reference to agents/x.md).
    void agentLinkActivated(const QString& agent);

private:
    void rebuild();
    void onLink(const QString& link);
    QLabel* addLabel(const QString& html, bool wrap = true);

    TaskDocuments* m_docs;
    int m_document = -1;
    QString m_taskId;
    QWidget* m_content;
    QVBoxLayout* m_layout;
    QLabel* m_title;
    QPushButton* m_complete;
    QPushButton* m_reopen;
    QList<QCheckBox*> m_boxes;
    QList<QWidget*> m_dynamic;
};

} // namespace pwb
