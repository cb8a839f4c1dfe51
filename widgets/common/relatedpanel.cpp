// SPDX-License-Identifier: MIT
#include "relatedpanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pwb {

namespace {
constexpr int kTargetRole = Qt::UserRole + 1;
constexpr int kEntryRole = Qt::UserRole + 2; // index into m_entries, -1 for headings
constexpr int kMaxPerGroup = 100;
const QStringList kViews{QStringLiteral("board"), QStringLiteral("graph"), QStringLiteral("review"),
                         QStringLiteral("tests"), QStringLiteral("traces")};

QString kindTitle(const LinkTarget& t)
{
    switch (t.kind) {
    case LinkTarget::Kind::Task:
        return RelatedPanel::tr("Task");
    case LinkTarget::Kind::Agent:
        return RelatedPanel::tr("Agent");
    case LinkTarget::Kind::File:
        return RelatedPanel::tr("File");
    case LinkTarget::Kind::Finding:
        return RelatedPanel::tr("Finding");
    case LinkTarget::Kind::Test:
        return RelatedPanel::tr("Test");
    case LinkTarget::Kind::Trace:
        return t.detail.isEmpty() ? RelatedPanel::tr("Trace") : RelatedPanel::tr("Trace step");
    case LinkTarget::Kind::None:
        break;
    }
    return {};
}
} // namespace

QString RelatedPanel::viewTitle(const QString& view)
{
    if (view == u"board")
        return tr("Board");
    if (view == u"graph")
        return tr("Graph");
    if (view == u"review")
        return tr("Review");
    if (view == u"tests")
        return tr("Tests");
    if (view == u"traces")
        return tr("Traces");
    return view;
}

RelatedPanel::RelatedPanel(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("relatedPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_header->setObjectName(QStringLiteral("relatedHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("relatedList"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Related items"));
    m_list->installEventFilter(this);
    m_empty->setObjectName(QStringLiteral("relatedEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    // One click follows a link, as in a browser; keys move the selection and Enter follows.
    connect(m_list, &QTreeWidget::itemClicked, this, &RelatedPanel::followItem);
    connect(m_list, &QTreeWidget::itemActivated, this, &RelatedPanel::followItem);
    setLinks({}, {});
}

void RelatedPanel::setLinks(const LinkTarget& subject, const QList<Link>& links, bool pending)
{
    m_subject = subject;
    m_entries.clear();
    m_list->clear();
    m_header->setText(subject.isValid()
                          ? tr("%1 %2 links to:").arg(kindTitle(subject), subject.displayText())
                          : tr("Related"));
    m_header->setToolTip(subject.isValid() ? subject.key() : QString());

    QHash<QString, QList<Link>> byView;
    for (const Link& l : links)
        byView[l.target.view()].append(l);
    for (const QString& view : kViews) {
        const QList<Link> group = byView.value(view);
        if (group.isEmpty())
            continue;
        auto* heading =
            new QTreeWidgetItem(m_list, {tr("%1 (%2)").arg(viewTitle(view)).arg(group.size())});
        heading->setData(0, kEntryRole, -1);
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (qsizetype i = 0; i < group.size(); ++i) {
            // A file with thousands of findings lists the first ones and says how many more.
            if (i == kMaxPerGroup) {
                auto* more = new QTreeWidgetItem(
                    heading, {tr("… and %n more", nullptr, int(group.size() - i))});
                more->setData(0, kEntryRole, -1);
                more->setFlags(Qt::ItemIsEnabled);
                break;
            }
            const Link& l = group.at(i);
            const int n = int(m_entries.size());
            m_entries.append(l.target);
            QString text = kindTitle(l.target) + QStringLiteral(": ") + l.target.displayText();
            if (n < 9)
                text = QString::number(n + 1) + QStringLiteral("  ") + text;
            auto* item = new QTreeWidgetItem(heading, {text});
            item->setData(0, kTargetRole, QVariant::fromValue(l.target));
            item->setData(0, kEntryRole, n);
            item->setToolTip(0, l.why);
            item->setStatusTip(0, l.why);
        }
    }
    m_list->expandAll();
    const bool none = m_entries.isEmpty();
    m_list->setVisible(!none);
    m_empty->setVisible(none);
    if (pending)
        m_empty->setText(tr("Finding links…"));
    else if (!subject.isValid())
        m_empty->setText(tr("Select a task, an agent, a file, a finding, a test or a trace to "
                            "see what it links to in the other views."));
    else
        m_empty->setText(tr("Nothing in the other views links to this yet."));
    if (!none) {
        const QTreeWidgetItem* first = m_list->topLevelItem(0);
        m_list->setCurrentItem(first->child(0));
    }
}

LinkTarget RelatedPanel::entry(int index) const
{
    return m_entries.value(index);
}

QStringList RelatedPanel::groups() const
{
    QStringList out;
    for (const LinkTarget& t : m_entries) {
        if (!out.contains(t.view()))
            out << t.view();
    }
    return out;
}

bool RelatedPanel::follow(int index)
{
    if (index < 0 || index >= m_entries.size())
        return false;
    // A copy: following the link changes the selection, and the panel's entries with it.
    const LinkTarget target = m_entries.at(index);
    emit activated(target);
    return true;
}

void RelatedPanel::followItem(QTreeWidgetItem* item)
{
    if (item)
        follow(item->data(0, kEntryRole).toInt());
}

bool RelatedPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && key->key() >= Qt::Key_1 &&
            key->key() <= Qt::Key_9)
            return follow(key->key() - Qt::Key_1);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pwb
