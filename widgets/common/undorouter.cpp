// SPDX-License-Identifier: MIT
#include "undorouter.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QUndoStack>

namespace pwb {

namespace {

bool canUndo(const QObject* o)
{
    if (auto* s = qobject_cast<const QUndoStack*>(o))
        return s->canUndo();
    if (auto* d = qobject_cast<const QTextDocument*>(o))
        return d->isUndoAvailable();
    return false;
}

bool canRedo(const QObject* o)
{
    if (auto* s = qobject_cast<const QUndoStack*>(o))
        return s->canRedo();
    if (auto* d = qobject_cast<const QTextDocument*>(o))
        return d->isRedoAvailable();
    return false;
}

// The document of a focused text widget, when it has one of its own.
const QTextDocument* documentOf(const QObject* w)
{
    if (auto* e = qobject_cast<const QPlainTextEdit*>(w))
        return e->isReadOnly() ? nullptr : e->document();
    if (auto* e = qobject_cast<const QTextEdit*>(w))
        return e->isReadOnly() ? nullptr : e->document();
    return nullptr;
}

} // namespace

UndoRouter::UndoRouter(QObject* parent)
    : QObject(parent)
    , m_undo(new QAction(tr("&Undo"), this))
    , m_redo(new QAction(tr("&Redo"), this))
{
    m_undo->setObjectName(QStringLiteral("windowUndo"));
    m_redo->setObjectName(QStringLiteral("windowRedo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo); // Ctrl+Shift+Z and Ctrl+Y
    m_undo->setShortcutContext(Qt::WindowShortcut);
    m_redo->setShortcutContext(Qt::WindowShortcut);
    connect(m_undo, &QAction::triggered, this, &UndoRouter::undo);
    connect(m_redo, &QAction::triggered, this, &UndoRouter::redo);
    update();
}

void UndoRouter::addStack(QUndoStack* stack, std::function<void()> show)
{
    if (find(stack))
        return;
    m_sources.prepend({stack, std::move(show)});
    connect(stack, &QUndoStack::indexChanged, this, [this, stack] { touch(stack); });
    connect(stack, &QUndoStack::cleanChanged, this, &UndoRouter::update);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoRouter::update);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoRouter::update);
    connect(stack, &QUndoStack::canUndoChanged, this, &UndoRouter::update);
    connect(stack, &QUndoStack::canRedoChanged, this, &UndoRouter::update);
    connect(stack, &QObject::destroyed, this, [this, stack] { forget(stack); });
    update();
}

void UndoRouter::addDocument(QTextDocument* document, std::function<void()> show)
{
    if (find(document))
        return;
    m_sources.prepend({document, std::move(show)});
    connect(document, &QTextDocument::undoCommandAdded, this,
            [this, document] { touch(document); });
    connect(document, &QTextDocument::undoAvailable, this, &UndoRouter::update);
    connect(document, &QTextDocument::redoAvailable, this, &UndoRouter::update);
    connect(document, &QObject::destroyed, this, [this, document] { forget(document); });
    update();
}

UndoRouter::Source* UndoRouter::find(QObject* object)
{
    for (Source& s : m_sources) {
        if (s.object == object)
            return &s;
    }
    return nullptr;
}

void UndoRouter::touch(QObject* object)
{
    // A new edit moves its owner to the front; an undo through the router keeps the order,
    // so Ctrl+Z keeps walking back through the same owner.
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].object == object) {
            m_sources.move(i, m_sources.size() - 1);
            break;
        }
    }
    update();
}

void UndoRouter::forget(QObject* object)
{
    m_sources.removeIf([object](const Source& s) { return !s.object || s.object == object; });
    if (m_lastUndone == object)
        m_lastUndone = nullptr;
    update();
}

UndoRouter::Source* UndoRouter::undoSource()
{
    for (qsizetype i = m_sources.size() - 1; i >= 0; --i) {
        if (m_sources[i].object && pwb::canUndo(m_sources[i].object))
            return &m_sources[i];
    }
    return nullptr;
}

UndoRouter::Source* UndoRouter::redoSource()
{
    if (Source* s = find(m_lastUndone); s && pwb::canRedo(s->object))
        return s;
    for (qsizetype i = m_sources.size() - 1; i >= 0; --i) {
        if (m_sources[i].object && pwb::canRedo(m_sources[i].object))
            return &m_sources[i];
    }
    return nullptr;
}

bool UndoRouter::canUndo() const
{
    return const_cast<UndoRouter*>(this)->undoSource() != nullptr;
}

bool UndoRouter::canRedo() const
{
    return const_cast<UndoRouter*>(this)->redoSource() != nullptr;
}

QString UndoRouter::undoText() const
{
    const Source* s = const_cast<UndoRouter*>(this)->undoSource();
    if (!s)
        return {};
    if (auto* stack = qobject_cast<QUndoStack*>(s->object))
        return stack->undoText();
    return tr("typing");
}

QString UndoRouter::redoText() const
{
    const Source* s = const_cast<UndoRouter*>(this)->redoSource();
    if (!s)
        return {};
    if (auto* stack = qobject_cast<QUndoStack*>(s->object))
        return stack->redoText();
    return tr("typing");
}

bool UndoRouter::undo()
{
    Source* s = undoSource();
    if (!s)
        return false;
    QPointer<QObject> target = s->object;
    const QList<Source> order = m_sources; // undo must not reorder the owners
    if (s->show)
        s->show();
    if (auto* stack = qobject_cast<QUndoStack*>(target))
        stack->undo();
    else if (auto* doc = qobject_cast<QTextDocument*>(target))
        doc->undo();
    m_sources = order;
    m_sources.removeIf([](const Source& x) { return !x.object; });
    m_lastUndone = target;
    update();
    return true;
}

bool UndoRouter::redo()
{
    Source* s = redoSource();
    if (!s)
        return false;
    QPointer<QObject> target = s->object;
    const QList<Source> order = m_sources;
    if (s->show)
        s->show();
    if (auto* stack = qobject_cast<QUndoStack*>(target))
        stack->redo();
    else if (auto* doc = qobject_cast<QTextDocument*>(target))
        doc->redo();
    m_sources = order;
    m_sources.removeIf([](const Source& x) { return !x.object; });
    m_lastUndone = target;
    update();
    return true;
}

void UndoRouter::update()
{
    const QString u = undoText();
    const QString r = redoText();
    m_undo->setEnabled(!u.isNull());
    m_redo->setEnabled(!r.isNull());
    m_undo->setText(u.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(u));
    m_redo->setText(r.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(r));
    emit changed();
}

bool UndoRouter::eventFilter(QObject* watched, QEvent* event)
{
    // A focused line edit or text box claims Ctrl+Z even with nothing to undo; then the
    // window-level action gets it, so the last edit elsewhere is undone.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool isUndo = key->matches(QKeySequence::Undo);
        const bool isRedo = key->matches(QKeySequence::Redo);
        if (isUndo || isRedo) {
            bool own = true;
            if (auto* line = qobject_cast<QLineEdit*>(watched))
                own = isUndo ? line->isUndoAvailable() : line->isRedoAvailable();
            else if (const QTextDocument* doc = documentOf(watched))
                own = isUndo ? doc->isUndoAvailable() : doc->isRedoAvailable();
            if (!own && (isUndo ? canUndo() : canRedo())) {
                event->ignore();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pwb
