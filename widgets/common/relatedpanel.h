// SPDX-License-Identifier: MIT
// The Related panel: what the current selection links to in the other views, grouped by
// view (Board, Graph, Review, Tests, Traces). One widget, shown beside every view; each
// entry is one click away, and with the panel focused the first nine are one digit away
// (Enter follows the current one). It only shows links; the navigator follows them.
#pragma once

#include "workspace/linkindex.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pwb {

class RelatedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RelatedPanel(QWidget* parent = nullptr);

    // `pending`: the links are being computed (an empty list is then not the last word).
    void setLinks(const LinkTarget& subject, const QList<Link>& links, bool pending = false);
    LinkTarget subject() const { return m_subject; }

    QTreeWidget* list() const { return m_list; }
    QLabel* header() const { return m_header; }
    // Entries in display order (the group headings left out).
    int entryCount() const { return int(m_entries.size()); }
    LinkTarget entry(int index) const;
    // The views listed, in order ("board", "review", ...).
    QStringList groups() const;
    // Follows the entry at `index` (emits activated); false when there is none.
    bool follow(int index);

    // The views' names as people read them ("Board", "Review"...).
    static QString viewTitle(const QString& view);

signals:
    void activated(const LinkTarget& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followItem(QTreeWidgetItem* item);

    LinkTarget m_subject;
    QLabel* m_header;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QList<LinkTarget> m_entries;
};

} // namespace pwb
