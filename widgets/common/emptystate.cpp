// SPDX-License-Identifier: MIT
#include "emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pwb {

EmptyState::EmptyState(const QString& iconName, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)).pixmap(72, 72));
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    layout->addWidget(m_title);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // A word-wrapped label sizes to its minimum; give it a reading width instead.
    m_text->setFixedWidth(560);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setForegroundRole(QPalette::PlaceholderText);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    layout->addLayout(textRow);
    m_actions->addStretch();
    m_actions->addStretch();
    layout->addSpacing(12);
    layout->addLayout(m_actions);
    layout->addStretch(3);
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

QPushButton* EmptyState::addAction(const QString& label)
{
    auto* button = new QPushButton(label, this);
    m_actions->insertWidget(m_actions->count() - 1, button);
    return button;
}

void EmptyState::clearActions()
{
    while (m_actions->count() > 2) {
        QLayoutItem* item = m_actions->takeAt(1);
        delete item->widget();
        delete item;
    }
}

} // namespace pwb
