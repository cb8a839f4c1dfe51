// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include "store/recentprojectsmodel.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace pwb {

namespace {

// Two lines per recent project: the name, and the path dimmed beneath.
class RecentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {option.rect.width(), option.fontMetrics.height() * 2 + 14};
    }
    void paint(QPainter* p, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect r = option.rect.adjusted(10, 6, -10, -6);
        QFont bold = option.font;
        bold.setBold(true);
        p->save();
        p->setFont(bold);
        p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QString kind = index.data(RecentProjectsModel::KindRole).toString();
        p->drawText(r, Qt::AlignLeft | Qt::AlignTop,
                    index.data(RecentProjectsModel::NameRole).toString() + QStringLiteral("  ·  ") +
                        kind);
        p->setFont(option.font);
        QColor dim =
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        p->setPen(dim);
        QString path = index.data(RecentProjectsModel::PathRole).toString();
        if (!index.data(RecentProjectsModel::ExistsRole).toBool())
            path += QCoreApplication::translate("WelcomePage", "  (missing)");
        p->drawText(r, Qt::AlignLeft | Qt::AlignBottom,
                    option.fontMetrics.elidedText(path, Qt::ElideMiddle, r.width()));
        p->restore();
    }
};

} // namespace

WelcomePage::WelcomePage(RecentProjectsModel* recent, QWidget* parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_open(new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Open Project…"),
                             this))
    , m_demo(
          new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Open Demo Project"), this))
    , m_recentView(new QListView(this))
    , m_recentTitle(new QLabel(tr("Recent projects"), this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/phoenix-workbench.svg")).pixmap(96, 96));
    auto* title = new QLabel(tr("Phoenix Workbench"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 2.2);
    tf.setBold(true);
    title->setFont(tf);
    auto* tagline = new QLabel(tr("Tasks, delegation, review findings, tests and LiveView "
                                  "traces of an Elixir/Phoenix project, in one place."),
                               this);
    tagline->setWordWrap(true);
    tagline->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setObjectName(QStringLiteral("welcomeNotice"));

    m_open->setMinimumHeight(36);
    m_demo->setMinimumHeight(36);
    m_open->setToolTip(tr("Open a folder that holds a mix.exs (Ctrl+O)"));
    m_demo->setToolTip(tr("The bundled Phoenix LiveView shop, with a TRD, agents, tests and "
                          "traces"));

    QFont hf = m_recentTitle->font();
    hf.setBold(true);
    m_recentTitle->setFont(hf);
    m_recentView->setModel(m_recent);
    m_recentView->setItemDelegate(new RecentDelegate(m_recentView));
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentView->setMinimumWidth(420);
    m_recentView->setObjectName(QStringLiteral("recentProjects"));

    auto* column = new QVBoxLayout;
    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    auto* words = new QVBoxLayout;
    words->addStretch();
    words->addWidget(title);
    words->addWidget(tagline);
    words->addStretch();
    header->addLayout(words, 1);
    column->addLayout(header);
    column->addSpacing(16);
    column->addWidget(m_notice);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    column->addLayout(buttons);
    column->addSpacing(20);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recentView, 1);

    auto* outer = new QGridLayout(this);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    auto* holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(760);
    holder->setMinimumWidth(560);
    outer->addWidget(holder, 1, 1);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recentView, &QListView::activated, this, [this](const QModelIndex& index) {
        emit recentRequested(index.data(RecentProjectsModel::PathRole).toString());
    });
    connect(m_recent, &QAbstractItemModel::modelReset, this, &WelcomePage::updateRecentVisibility);
    updateRecentVisibility();
}

void WelcomePage::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void WelcomePage::updateRecentVisibility()
{
    const bool any = m_recent->rowCount() > 0;
    m_recentTitle->setVisible(any);
    m_recentView->setVisible(any);
}

} // namespace pwb
