// SPDX-License-Identifier: MIT
// Window-level Undo/Redo: every view registers what it can undo (the board's undo stack,
// each editor's document) and the router sends Ctrl+Z to the one that was edited last,
// wherever the keyboard focus went (a button that hid itself after "Complete task" hands
// focus to some other widget, often the project's file filter).
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QTextDocument;
class QUndoStack;

namespace pwb {

class UndoRouter : public QObject
{
    Q_OBJECT
public:
    explicit UndoRouter(QObject* parent = nullptr);

    // `show` brings the owning view forward before its edit is undone, so the user sees it.
    void addStack(QUndoStack* stack, std::function<void()> show = {});
    void addDocument(QTextDocument* document, std::function<void()> show = {});

    // Ctrl+Z / Ctrl+Shift+Z, window-wide; text names what they would undo.
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    bool undo();
    bool redo();

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void changed();

private:
    struct Source
    {
        QPointer<QObject> object; // QUndoStack or QTextDocument
        std::function<void()> show;
    };
    void touch(QObject* object);
    void forget(QObject* object);
    Source* find(QObject* object);
    Source* undoSource();
    Source* redoSource();
    void update();

    // Most recently edited last.
    QList<Source> m_sources;
    QPointer<QObject> m_lastUndone;
    QAction* m_undo;
    QAction* m_redo;
};

} // namespace pwb
