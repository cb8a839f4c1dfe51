// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pwb {

namespace {

// "&Open Project…" -> "Open Project"
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

// A button's tooltip often ends with its key in parentheses: drop it.
QString withoutKeyHint(QString tip)
{
    const qsizetype open = tip.lastIndexOf(QStringLiteral(" ("));
    if (open > 0 && tip.endsWith(u')'))
        tip.truncate(open);
    return tip;
}

// The menu path of an action that sits in the menu bar ("View › Presentation Scale").
QString menuPath(QAction* action)
{
    for (QObject* o : action->associatedObjects()) {
        auto* menu = qobject_cast<QMenu*>(o);
        if (!menu)
            continue;
        QStringList path{plain(menu->title())};
        for (QObject* p = menu->parent(); p; p = p->parent()) {
            if (auto* up = qobject_cast<QMenu*>(p))
                path.prepend(plain(up->title()));
            else
                break;
        }
        return path.join(QStringLiteral(" › "));
    }
    return {};
}

} // namespace

QList<ShortcutEntry> ShortcutsDialog::collect(QWidget* window, QTabWidget* views)
{
    const auto whereOf = [views](QObject* o) -> QString {
        for (; o; o = o->parent()) {
            auto* w = qobject_cast<QWidget*>(o);
            if (w && views) {
                const int i = views->indexOf(w);
                if (i >= 0)
                    return plain(views->tabText(i));
            }
        }
        return ShortcutsDialog::tr("Window");
    };
    QList<ShortcutEntry> out;
    const auto add = [&](const QList<QKeySequence>& keys, const QString& text, const QString& where,
                         QObject* source) {
        for (const QKeySequence& k : keys) {
            if (k.isEmpty())
                continue;
            out.append(
                ShortcutEntry{k, text.isEmpty() ? source->objectName() : text, where, source});
        }
    };
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || a->isSeparator())
            continue;
        const QString menu = menuPath(a);
        QString text = plain(a->text());
        if (text.isEmpty())
            text = withoutKeyHint(a->toolTip());
        add(a->shortcuts(), text, menu.isEmpty() ? whereOf(a->parent()) : menu, a);
    }
    for (QShortcut* s : window->findChildren<QShortcut*>())
        add(s->keys(), s->whatsThis(), whereOf(s->parent()), s);
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (b->shortcut().isEmpty())
            continue;
        const QString text =
            b->toolTip().isEmpty() ? plain(b->text()) : withoutKeyHint(b->toolTip());
        add({b->shortcut()}, text, whereOf(b), b);
    }
    std::stable_sort(out.begin(), out.end(), [](const ShortcutEntry& a, const ShortcutEntry& b) {
        if (a.where != b.where)
            return a.where < b.where;
        return a.text.localeAwareCompare(b.text) < 0;
    });
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QTabWidget* views, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by key, action or view…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setHeaderLabels({tr("Shortcut"), tr("Action"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    for (const ShortcutEntry& e : collect(window, views)) {
        auto* item = new QTreeWidgetItem(
            m_list, {e.keys.toString(QKeySequence::NativeText), e.text, e.where});
        item->setData(0, Qt::UserRole, e.keys.toString(QKeySequence::PortableText));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
}

void ShortcutsDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        bool match = needle.isEmpty();
        for (int c = 0; c < m_list->columnCount() && !match; ++c)
            match = item->text(c).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace pwb
