// SPDX-License-Identifier: MIT
#include "taskdetailpanel.h"

#include "tasks/taskdocuments.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pwb {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

TaskDetailPanel::TaskDetailPanel(TaskDocuments* docs, QWidget* parent)
    : QScrollArea(parent)
    , m_docs(docs)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_title(new QLabel(m_content))
    , m_complete(new QPushButton(tr("&Complete task"), m_content))
    , m_reopen(new QPushButton(tr("R&eopen"), m_content))
{
    setObjectName(QStringLiteral("taskDetail"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setWidget(m_content);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_layout->addWidget(m_title);
    auto* buttons = new QHBoxLayout;
    m_complete->setObjectName(QStringLiteral("completeTask"));
    m_complete->setToolTip(tr("Tick every subtask and add the document's completion marker"));
    m_reopen->setObjectName(QStringLiteral("reopenTask"));
    m_reopen->setToolTip(
        tr("Remove the completion marker (and untick the last subtask when all are ticked)"));
    buttons->addWidget(m_complete);
    buttons->addWidget(m_reopen);
    buttons->addStretch();
    m_layout->addLayout(buttons);
    m_layout->addStretch();
    connect(m_complete, &QPushButton::clicked, this,
            [this] { m_docs->completeTask(m_document, m_taskId); });
    connect(m_reopen, &QPushButton::clicked, this,
            [this] { m_docs->reopenTask(m_document, m_taskId); });
    connect(docs, &TaskDocuments::documentChanged, this, [this](int i) {
        if (i == m_document)
            rebuild();
    });
    connect(docs, &TaskDocuments::documentsReset, this, [this] {
        if (m_document >= m_docs->count())
            clearTask();
        else
            rebuild();
    });
    clearTask();
}

void TaskDetailPanel::showTask(int document, const QString& taskId)
{
    m_document = document;
    m_taskId = taskId;
    rebuild();
}

void TaskDetailPanel::clearTask()
{
    m_document = -1;
    m_taskId.clear();
    rebuild();
}

QLabel* TaskDetailPanel::addLabel(const QString& html, bool wrap)
{
    auto* l = new QLabel(html, m_content);
    l->setWordWrap(wrap);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    l->setOpenExternalLinks(false);
    connect(l, &QLabel::linkActivated, this, &TaskDetailPanel::onLink);
    m_layout->insertWidget(m_layout->count() - 1, l);
    m_dynamic << l;
    return l;
}

void TaskDetailPanel::rebuild()
{
    const int focused = int(m_boxes.indexOf(qobject_cast<QCheckBox*>(focusWidget())));
    for (QWidget* w : std::as_const(m_dynamic))
        delete w;
    m_dynamic.clear();
    m_boxes.clear();
    const TrdTask* t = nullptr;
    const TaskDocuments::Entry* e = nullptr;
    if (m_document >= 0 && m_document < m_docs->count()) {
        e = &m_docs->at(m_document);
        t = e->doc.task(m_taskId);
    }
    if (!t) {
        m_title->setText(m_taskId.isEmpty() ? tr("No task selected")
                                            : tr("%1 is no longer in the document").arg(m_taskId));
        m_complete->hide();
        m_reopen->hide();
        addLabel(tr("Select a card on the board (arrow keys move between cards) to see its "
                    "subtasks, dependencies and references here."));
        return;
    }
    const TrdDocument& doc = e->doc;
    const TaskStatus status = doc.statusOf(*t);
    m_title->setText(TrdTask::displayName(t->id, t->title));
    // The clicked button hides itself once the edit lands; hiding a focused widget sends
    // the focus anywhere (the project's file filter, where Ctrl+Z does nothing), so the
    // other button takes it first.
    const bool showComplete = t->isEditable() && status != TaskStatus::Done;
    const bool showReopen = t->isEditable() && status == TaskStatus::Done;
    const bool buttonFocused = m_complete->hasFocus() || m_reopen->hasFocus();
    m_complete->setVisible(showComplete);
    m_reopen->setVisible(showReopen);
    if (buttonFocused && !m_complete->hasFocus() && !m_reopen->hasFocus()) {
        if (showComplete)
            m_complete->setFocus();
        else if (showReopen)
            m_reopen->setFocus();
    }
    if (t->form == TrdTask::Form::TableRow) {
        m_complete->setToolTip(tr("Write the table's done status into this row's Status cell"));
        m_reopen->setToolTip(tr("Write the table's to-do status into this row's Status cell"));
    } else {
        m_complete->setToolTip(tr("Tick every subtask and add the document's completion marker"));
        m_reopen->setToolTip(
            tr("Remove the completion marker (and untick the last subtask when all are ticked)"));
    }

    // Emoji fonts are not everywhere; the check mark is.
    auto plain = [](QString s) {
        return s.remove(QStringLiteral("**")).replace(QStringLiteral("✅"), QStringLiteral("✔"));
    };
    addLabel(esc(plain(doc.statusExplanation(*t))))->setObjectName(QStringLiteral("taskStatus"));

    QString facts = QStringLiteral("<table cellspacing='2'>");
    auto row = [&facts](const QString& k, const QString& v) {
        if (!v.isEmpty())
            facts += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(esc(k), v);
    };
    // The agents the task names are links to the delegation graph.
    QStringList agents;
    const auto addAgent = [&agents](const QString& name) {
        if (!name.isEmpty() && !agents.contains(name))
            agents << name;
    };
    static const QRegularExpression mention(
        QStringLiteral("(?:^|[^\\w@.])@([a-z][a-z0-9_-]*[a-z0-9])"));
    static const QRegularExpression agentField(QStringLiteral("^(agents?|owners?|assignee)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList texts{t->title};
    for (const TrdSubtask& s : t->subtasks)
        texts << t->subtaskText(s);
    for (const TrdField& f : t->fields) {
        texts << f.value;
        if (agentField.match(f.key.trimmed()).hasMatch() && !f.value.contains(u'@'))
            addAgent(f.value.trimmed().section(u' ', 0, 0));
    }
    for (const QString& text : std::as_const(texts)) {
        for (auto it = mention.globalMatch(text.left(4096)); it.hasNext();)
            addAgent(it.next().captured(1));
    }
    for (const TrdReference& r : t->references) {
        if (r.file.contains(QStringLiteral("agents/")))
            addAgent(QFileInfo(r.file).completeBaseName());
    }
    QStringList agentLinks;
    for (const QString& a : std::as_const(agents))
        agentLinks << QStringLiteral("<a href='agent:%1'>@%1</a>").arg(esc(a));
    row(tr("Agents"), agentLinks.join(QStringLiteral(", ")));
    // Hours, else what the plan sized the task in: story points, or a T-shirt size, neither
    // of which the board turns into hours.
    QString estimate = tr("none given");
    if (t->hasHours())
        estimate = tr("%1 h").arg(t->hours);
    else if (t->points >= 0)
        estimate = tr("%1 points (counted apart from hours)").arg(t->points);
    else if (!t->estimate.isEmpty())
        estimate = tr("size %1 (counts no hours)").arg(esc(t->estimate));
    row(tr("Estimate"), estimate);
    row(tr("Priority"), esc(t->priority));
    row(tr("Category"), esc(t->category));
    row(tr("Sprint"), esc(doc.sprintsOf(t->id).join(QStringLiteral(", "))));
    row(tr("Marker"), esc(plain(t->markerText)));
    row(tr("Flags"), esc(t->extra().flags.join(QStringLiteral(", "))));
    row(tr("Note"), esc(t->extra().note));
    row(tr("Validation"), esc(t->validation));
    // "**Acceptance Criteria**:" with the criteria as items below it: the items (fields
    // without a key) are that field's value, one line each, not rows of "Text".
    QString openKey;
    QStringList openLines;
    auto flush = [&] {
        if (!openKey.isEmpty() && !openLines.isEmpty())
            row(openKey, openLines.join(QStringLiteral("<br>")));
        openKey.clear();
        openLines.clear();
    };
    for (const TrdField& f : t->fields) {
        const QString k = f.key.toLower();
        if (k.startsWith(u"depend") || k.startsWith(u"validation") || k.startsWith(u"reference") ||
            k.endsWith(u"note") || k == u"priority" || k.startsWith(u"estimat") || k == u"effort" ||
            k == u"status") {
            flush();
            continue;
        }
        if (f.key.isEmpty() && !openKey.isEmpty()) {
            openLines << QStringLiteral("• ") + esc(f.value);
            continue;
        }
        flush();
        if (!f.key.isEmpty() && f.value.trimmed().isEmpty()) {
            openKey = f.key;
            continue;
        }
        row(f.key.isEmpty() ? tr("Text") : f.key, esc(f.value));
    }
    flush();
    facts += QStringLiteral("</table>");
    addLabel(facts)->setObjectName(QStringLiteral("taskFacts"));

    if (!t->subtasks.isEmpty()) {
        addLabel(QStringLiteral("<b>%1</b>")
                     .arg(tr("Subtasks (%1/%2)").arg(t->checkedCount()).arg(t->subtasks.size())));
        for (int i = 0; i < t->subtasks.size(); ++i) {
            const TrdSubtask& s = t->subtasks.at(i);
            // A text-less box and a wrapping label: long subtasks wrap instead of
            // widening the panel. The box carries the text for screen readers.
            auto* rowWidget = new QWidget(m_content);
            auto* rowLayout = new QHBoxLayout(rowWidget);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto* box = new QCheckBox(rowWidget);
            box->setObjectName(QStringLiteral("subtask%1").arg(i));
            const QString subText = t->subtaskText(s);
            box->setAccessibleName(subText);
            box->setChecked(s.checked);
            box->setEnabled(t->isEditable());
            box->setToolTip(tr("%1, line %2").arg(e->path).arg(s.line));
            auto* text = new QLabel(subText.toHtmlEscaped(), rowWidget);
            text->setWordWrap(true);
            text->setBuddy(box);
            text->installEventFilter(this);
            text->setProperty("pwbToggles", QVariant::fromValue<QObject*>(box));
            rowLayout->addWidget(box, 0, Qt::AlignTop);
            rowLayout->addWidget(text, 1);
            connect(box, &QCheckBox::toggled, this, [this, i, id = t->id](bool on) {
                m_docs->setSubtaskChecked(m_document, id, i, on);
            });
            m_layout->insertWidget(m_layout->count() - 1, rowWidget);
            m_dynamic << rowWidget;
            m_boxes << box;
        }
        if (focused >= 0 && focused < m_boxes.size())
            m_boxes.at(focused)->setFocus();
    }

    auto taskLinks = [&](const QStringList& ids) {
        QStringList out;
        for (const QString& id : ids) {
            const TrdTask* o = doc.task(id);
            out << (o ? QStringLiteral("<a href='task:%1'>%1</a> <small>(%2)</small>")
                            .arg(esc(id), esc(taskStatusLabel(doc.statusOf(*o))))
                      : QStringLiteral("%1 <small>(%2)</small>").arg(esc(id), esc(tr("unknown"))));
        }
        return out.join(QStringLiteral(", "));
    };
    const QStringList pre = doc.prerequisitesOf(t->id);
    const QStringList post = doc.dependentsOf(t->id);
    addLabel(QStringLiteral("<b>%1</b> %2")
                 .arg(esc(tr("Depends on:")), pre.isEmpty() ? esc(tr("nothing")) : taskLinks(pre)))
        ->setObjectName(QStringLiteral("taskDependencies"));
    if (!post.isEmpty())
        addLabel(QStringLiteral("<b>%1</b> %2").arg(esc(tr("Needed by:")), taskLinks(post)));

    if (!t->references.isEmpty()) {
        QStringList refs;
        for (const TrdReference& r : t->references) {
            const QString shown =
                r.lastLine > r.firstLine
                    ? QStringLiteral("%1:%2-%3").arg(r.file).arg(r.firstLine).arg(r.lastLine)
                    : QStringLiteral("%1:%2").arg(r.file).arg(r.firstLine);
            refs << QStringLiteral("<a href='file:%1#%2'>%3</a>")
                        .arg(esc(r.file))
                        .arg(r.firstLine)
                        .arg(esc(shown));
        }
        addLabel(QStringLiteral("<b>%1</b> %2")
                     .arg(esc(tr("References:")), refs.join(QStringLiteral("<br>"))))
            ->setObjectName(QStringLiteral("taskReferences"));
    }
    addLabel(QStringLiteral("<b>%1</b> <a href='file:%2#%3'>%2:%3</a>")
                 .arg(esc(tr("Source:")), esc(e->path))
                 .arg(t->line))
        ->setObjectName(QStringLiteral("taskSource"));
}

bool TaskDetailPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto* box =
                qobject_cast<QCheckBox*>(watched->property("pwbToggles").value<QObject*>())) {
            if (box->isEnabled())
                box->toggle();
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void TaskDetailPanel::onLink(const QString& link)
{
    if (link.startsWith(QStringLiteral("task:"))) {
        emit taskLinkActivated(link.mid(5));
    } else if (link.startsWith(QStringLiteral("agent:"))) {
        emit agentLinkActivated(link.mid(6));
    } else if (link.startsWith(QStringLiteral("file:"))) {
        const QString rest = link.mid(5);
        const qsizetype hash = rest.lastIndexOf(u'#');
        emit openFileRequested(rest.left(hash), hash < 0 ? 0 : rest.mid(hash + 1).toInt());
    }
}

} // namespace pwb
