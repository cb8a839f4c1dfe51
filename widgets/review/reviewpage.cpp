// SPDX-License-Identifier: MIT
#include "reviewpage.h"

#include "core/projectfile.h"
#include "core/whendone.h"

#include "common/emptystate.h"
#include "editor/codeeditor.h"
#include "editor/findbar.h"
#include "editor/gotolinebar.h"
#include "editor/linecoverageprovider.h"
#include "findingspanel.h"
#include "fixpreviewdialog.h"
#include "review/analyzer.h"
#include "review/findingsmodel.h"
#include "review/fixpreview.h"
#include "review/projectreview.h"
#include "review/ruleengine.h"
#include "review/triagestore.h"
#include "severityicon.h"
#include "vcs/changedlinesfiltermodel.h"
#include "vcs/vcscontext.h"
#include "workspace/project.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pwb {

namespace {

EditorAnnotation toAnnotation(const Finding& f)
{
    EditorAnnotation a;
    a.id = f.id;
    a.severity = EditorAnnotation::Severity(int(f.severity));
    a.line = f.line;
    a.column = f.column;
    a.endLine = f.endLine;
    a.endColumn = f.endColumn;
    a.message = f.message;
    a.rule = f.rule;
    a.why = f.why;
    a.fix = f.fix;
    a.tool = f.tool;
    a.hasMechanicalFix = f.hasMechanicalFix();
    return a;
}

bool isShownInline(Finding::Triage t)
{
    return t == Finding::Triage::Open || t == Finding::Triage::Confirmed;
}

} // namespace

ReviewPage::ReviewPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("review"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_tabs(new QTabWidget(this))
    , m_findBar(new FindBar(this))
    , m_goToBar(new GoToLineBar(this))
    , m_editorNote(new QLabel(this))
    , m_panel(new FindingsPanel(this))
    , m_ownFindings(new FindingsModel(this))
{
    // Decisions on the page's own findings stay in memory; the project's model (with its
    // store in .workbench/triage.json) replaces it through setFindingsModel().
    m_ownFindings->setTriageStore(new TriageStore(m_ownFindings));
    setObjectName(QStringLiteral("reviewpage"));
    m_empty->setTitle(tr("Review"));
    m_empty->setText(tr("Open a file from the project tree (double-click or Enter), or pick a "
                        "finding below. Findings show inline: a marker in the gutter, a wavy "
                        "underline, the message at the end of the line. F8 goes to the next "
                        "one; Ctrl+F finds, Ctrl+G goes to a line, Ctrl+S saves."));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_editorNote->setObjectName(QStringLiteral("editorNote"));
    m_editorNote->setContentsMargins(6, 2, 6, 2);
    m_editorNote->setTextFormat(Qt::RichText);
    m_editorNote->hide();

    auto* editorArea = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editorNote);
    editorLayout->addWidget(m_tabs, 1);
    editorLayout->addWidget(m_findBar);
    editorLayout->addWidget(m_goToBar);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(editorArea);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_closePrompt = [this](CodeEditor* editor) {
        return QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them?").arg(editor->relativePath()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ReviewPage::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReviewPage::currentEditorChanged);
    connect(project, &Project::closed, this, [this] {
        closeAll();
        m_ownFindings->clear();
    });
    connect(project->vcs(), &VcsContext::refreshed, this, &ReviewPage::refreshGit);
    connect(m_panel, &FindingsPanel::findingActivated, this, &ReviewPage::showFinding);
    connect(m_panel, &FindingsPanel::previewFixRequested, this, &ReviewPage::previewCurrentFix);
    connect(m_panel, &FindingsPanel::triageSaveFailed, this,
            [this](const QString& why) { emit message(tr("Triage not saved: %1").arg(why)); });
    setFindingsModel(project->review()->findings());
    setRechecker([](const QString& path, const QByteArray& text) {
        return Analyzer::analyzeText(path, text).findings;
    });
    buildActions();
    updateEmpty();
}

void ReviewPage::buildActions()
{
    const auto add = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    add(tr("&Save"), QKeySequence::Save, [this] {
        if (CodeEditor* e = currentEditor())
            e->save();
    });
    add(tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        if (currentEditor())
            m_findBar->open(false);
    });
    add(tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] {
        if (currentEditor())
            m_findBar->open(true);
    });
    add(tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
        if (currentEditor())
            m_goToBar->open();
    });
    add(tr("&Next Finding"), QKeySequence(Qt::Key_F8), [this] { goToNextFinding(true); });
    add(tr("&Previous Finding"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
        [this] { goToNextFinding(false); });
    add(tr("&Close Tab"), QKeySequence(Qt::CTRL | Qt::Key_W), [this] {
        if (m_tabs->count() > 0)
            closeTab(m_tabs->currentIndex());
    });
    QAction* preview = add(tr("Preview &Fix…"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                           [this] { previewCurrentFix(); });
    preview->setEnabled(false);
    connect(m_panel, &FindingsPanel::currentFindingChanged, preview,
            [this, preview] { preview->setEnabled(m_panel->previewFixAction()->isVisible()); });
    // F5 runs, as in the Tests view: here the test (or describe) around the cursor.
    QAction* run = add(tr("&Run Test at Cursor"), QKeySequence(Qt::Key_F5), [this] {
        CodeEditor* e = currentEditor();
        if (e && !e->runTestAtCursor())
            emit message(tr("No test around the cursor: put it inside a test or describe of "
                            "a test file"));
    });
    run->setObjectName(QStringLiteral("runTestAtCursor"));
}

void ReviewPage::setTestMarkerProvider(TestMarkerProvider* provider)
{
    m_testMarkers = provider;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* e = qobject_cast<CodeEditor*>(m_tabs->widget(i)))
            e->setTestMarkerProvider(provider);
    }
}

void ReviewPage::setFindingsModel(FindingsModel* model)
{
    if (m_findings)
        disconnect(m_findings, nullptr, this, nullptr);
    m_findings = model ? model : m_ownFindings;
    m_panel->setModel(m_findings);
    connect(m_findings, &QAbstractItemModel::modelReset, this, &ReviewPage::refreshAllAnnotations);
    connect(m_findings, &QAbstractItemModel::layoutChanged, this,
            &ReviewPage::refreshAllAnnotations);
    connect(m_findings, &QAbstractItemModel::rowsInserted, this,
            &ReviewPage::refreshAllAnnotations);
    connect(m_findings, &QAbstractItemModel::rowsRemoved, this, &ReviewPage::refreshAllAnnotations);
    connect(m_findings, &QAbstractItemModel::dataChanged, this, &ReviewPage::refreshAllAnnotations);
    connect(m_findings, &FindingsModel::countsChanged, this, &ReviewPage::statusChanged);
    refreshAllAnnotations();
    emit statusChanged();
}

void ReviewPage::setCoverageProvider(LineCoverageProvider* provider)
{
    if (m_coverage)
        disconnect(m_coverage, nullptr, this, nullptr);
    m_coverage = provider;
    if (provider)
        connect(provider, &LineCoverageProvider::coverageChanged, this,
                &ReviewPage::currentEditorChanged);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* e = qobject_cast<CodeEditor*>(m_tabs->widget(i)))
            e->setCoverageProvider(provider);
    }
}

void ReviewPage::setRechecker(Rechecker rechecker)
{
    m_rechecker = std::move(rechecker);
}

void ReviewPage::setClosePrompt(ClosePrompt prompt)
{
    m_closePrompt = std::move(prompt);
}

CodeEditor* ReviewPage::currentEditor() const
{
    return qobject_cast<CodeEditor*>(m_tabs->currentWidget());
}

CodeEditor* ReviewPage::editorFor(const QString& relativePath) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* ed = qobject_cast<CodeEditor*>(m_tabs->widget(i));
        if (ed && ed->relativePath() == relativePath)
            return ed;
    }
    return nullptr;
}

CodeEditor* ReviewPage::openFile(const QString& relativePath, int line)
{
    if (CodeEditor* ed = editorFor(relativePath)) {
        m_tabs->setCurrentWidget(ed);
        if (line > 0)
            ed->goToLine(line);
        return ed;
    }
    const QString abs = m_project->absolutePath(relativePath);
    auto* editor = new CodeEditor(m_tabs);
    editor->setObjectName(QStringLiteral("editor:") + relativePath);
    editor->setTestMarkerProvider(m_testMarkers);
    const int index = m_tabs->addTab(editor, QFileInfo(relativePath).fileName());
    m_tabs->setTabToolTip(index, relativePath);
    connect(editor, &CodeEditor::loadFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Cannot open file"), message);
    });
    connect(editor, &CodeEditor::loaded, this, [this, editor] {
        updateTabTitle(editor);
        refreshAnnotations(editor);
        if (const FileChanges* fc = m_project->vcs()->changes().file(editor->relativePath()))
            editor->setLineChanges(*fc);
        editor->setCoverageProvider(m_coverage);
        m_project->vcs()->requestBlame(editor->relativePath());
        if (editor == currentEditor())
            currentEditorChanged();
    });
    connect(editor, &QPlainTextEdit::modificationChanged, this,
            [this, editor] { updateTabTitle(editor); });
    // Blame follows the editor's text: typed lines are "not committed yet" and the lines
    // below move with them. Once typing pauses, not on every key.
    // (Each load brings a new document: the hook is made on `loaded`.)
    auto* blameTimer = new QTimer(editor);
    blameTimer->setSingleShot(true);
    blameTimer->setInterval(400);
    connect(editor, &CodeEditor::loaded, blameTimer, [editor, blameTimer] {
        connect(editor->document(), &QTextDocument::contentsChange, blameTimer,
                [editor, blameTimer](int, int removed, int added) {
                    if (!editor->isLoading() && (removed > 0 || added > 0))
                        blameTimer->start();
                });
    });
    connect(blameTimer, &QTimer::timeout, this, [this, editor] { requestBlame(editor); });
    connect(editor, &CodeEditor::saveFinished, this,
            [this, editor](CodeEditor::SaveStatus status, const QString& text) {
                if (status == CodeEditor::SaveStatus::Conflict) {
                    const auto answer = QMessageBox::warning(
                        this, tr("File changed on disk"),
                        tr("%1\nOverwrite it with the editor's text?").arg(text),
                        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
                    if (answer == QMessageBox::Save)
                        editor->save(true);
                    return;
                }
                emit message(text);
                if (status == CodeEditor::SaveStatus::Saved)
                    m_project->vcs()->refresh();
                else if (status == CodeEditor::SaveStatus::Failed)
                    warnSaveFailed(text);
            });
    QPointer<VcsContext> vcs = m_project->vcs();
    editor->setBlameLookup([vcs, relativePath](int line) -> QString {
        if (!vcs || !vcs->state().isRepository())
            return {};
        const FileBlame* b = vcs->blame(relativePath);
        if (!b) {
            // A refresh (a save, an applied fix) drops every blame: ask again.
            vcs->requestBlame(relativePath);
            return tr("Blame: loading…");
        }
        const BlameHunk* h = b->hunkAt(line);
        return h ? h->describe() : b->message;
    });
    m_tabs->setCurrentIndex(index);
    emit editorOpened(editor);
    editor->openFile(abs, relativePath);
    if (line > 0)
        editor->goToLine(line);
    updateEmpty();
    return editor;
}

void ReviewPage::updateTabTitle(CodeEditor* editor)
{
    const int i = m_tabs->indexOf(editor);
    if (i < 0)
        return;
    const QString name = QFileInfo(editor->relativePath()).fileName();
    m_tabs->setTabText(i, editor->document()->isModified() ? name + QStringLiteral(" ●") : name);
}

bool ReviewPage::closeTab(int index)
{
    auto* editor = qobject_cast<CodeEditor*>(m_tabs->widget(index));
    if (!editor)
        return false;
    if (editor->document()->isModified() && m_closePrompt) {
        switch (m_closePrompt(editor)) {
        case QMessageBox::Save:
            connect(
                editor, &CodeEditor::saveFinished, this,
                [this, editor](CodeEditor::SaveStatus status) {
                    if (status == CodeEditor::SaveStatus::Saved) {
                        m_tabs->removeTab(m_tabs->indexOf(editor));
                        editor->deleteLater();
                        updateEmpty();
                    }
                },
                Qt::SingleShotConnection);
            editor->save();
            return true;
        case QMessageBox::Discard:
            break;
        default:
            return false;
        }
    }
    m_tabs->removeTab(index);
    editor->deleteLater();
    updateEmpty();
    return true;
}

void ReviewPage::closeAll()
{
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    updateEmpty();
}

void ReviewPage::updateEmpty()
{
    m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
    if (m_tabs->count() == 0) {
        m_findBar->hide();
        m_goToBar->hide();
        m_editorNote->hide();
    }
}

void ReviewPage::currentEditorChanged()
{
    CodeEditor* e = currentEditor();
    m_findBar->setEditor(e);
    m_goToBar->setEditor(e);
    QStringList notes;
    if (e && e->isLargeFile())
        notes << tr("Large file: syntax highlighting is off so it stays fluid.");
    // Say where the gutter's coverage bars come from; asked of the provider directly, since
    // editors may not have refreshed yet when it announces new numbers.
    const QHash<int, int> hits =
        e && m_coverage ? m_coverage->lineHits(e->relativePath()) : QHash<int, int>();
    if (!hits.isEmpty()) {
        const qsizetype covered =
            std::count_if(hits.cbegin(), hits.cend(), [](int h) { return h > 0; });
        const QString swatch = QStringLiteral("<span style='color:%1'>&#9612;</span>");
        const QString source = m_coverage->lineSource(e->relativePath());
        notes << (source.isEmpty()
                      ? tr("Line coverage: %2 of %3 lines hit (%4%) · %5 hit %6 missed")
                      : tr("Line coverage from %1: %2 of %3 lines hit (%4%) · %5 hit "
                           "%6 missed")
                            .arg(source.toHtmlEscaped()))
                     .arg(covered)
                     .arg(hits.size())
                     .arg(100.0 * double(covered) / double(hits.size()), 0, 'f', 0)
                     .arg(swatch.arg(e->colors().covered.name()),
                          swatch.arg(e->colors().missed.name()));
    }
    m_editorNote->setText(notes.join(QStringLiteral("<br>")));
    m_editorNote->setVisible(!notes.isEmpty());
}

void ReviewPage::refreshAnnotations(CodeEditor* editor)
{
    EditorAnnotations list;
    const QString rel = editor->relativePath();
    for (int row = 0; row < m_findings->count(); ++row) {
        const Finding& f = m_findings->finding(row);
        if (f.path == rel && f.line > 0 && isShownInline(m_findings->triage(row)))
            list << toAnnotation(f);
    }
    editor->setAnnotations(list);
}

void ReviewPage::refreshAllAnnotations()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* e = qobject_cast<CodeEditor*>(m_tabs->widget(i)); e && !e->isLoading())
            refreshAnnotations(e);
    }
    emit statusChanged();
}

void ReviewPage::requestBlame(CodeEditor* editor)
{
    if (editor->isLoading())
        return;
    VcsContext* vcs = m_project->vcs();
    if (vcs->isReady() && !vcs->state().isRepository())
        return;
    if (editor->document()->isModified())
        vcs->requestBlame(editor->relativePath(), editor->toPlainText().toUtf8());
    else
        vcs->requestBlame(editor->relativePath());
}

void ReviewPage::refreshGit()
{
    VcsContext* vcs = m_project->vcs();
    const ChangeSet& changes = vcs->changes();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* e = qobject_cast<CodeEditor*>(m_tabs->widget(i))) {
            const FileChanges* fc = changes.file(e->relativePath());
            e->setLineChanges(fc ? *fc : FileChanges());
            // The refresh dropped every blame (a save, an applied fix): open files get theirs
            // again rather than "Blame: loading…" for good.
            requestBlame(e);
        }
    }
    m_panel->changedFilter()->setChangeSet(changes);
    const RepositoryState& s = vcs->state();
    QString note;
    if (vcs->isReady() && !s.isRepository())
        note = tr("“Only in my changes” needs a git repository: %1").arg(s.statusText());
    else if (!changes.message.isEmpty())
        note = tr("Changes are measured against %1: %2").arg(changes.baseLabel, changes.message);
    m_panel->onlyMyChanges()->setEnabled(!vcs->isReady() || s.isRepository());
    m_panel->setNote(note);
    emit statusChanged();
}

CodeEditor* ReviewPage::showFinding(const Finding& finding)
{
    if (finding.path.isEmpty())
        return nullptr;
    CodeEditor* editor = openFile(finding.path);
    const auto select = [editor, finding] {
        const QTextCursor span = editor->annotationCursor(finding.id);
        if (!span.isNull()) {
            editor->setTextCursor(span);
            editor->centerCursor();
        } else if (finding.line > 0) {
            editor->goToLine(finding.line, qMax(1, finding.column));
        }
    };
    if (editor->isLoading())
        connect(editor, &CodeEditor::loaded, editor, select, Qt::SingleShotConnection);
    else
        select();
    editor->setFocus();
    return editor;
}

QString ReviewPage::goToNextFinding(bool forward)
{
    const Findings shown = m_panel->shownFindings();
    if (shown.isEmpty()) {
        emit message(tr("No finding matches the filters of the findings table."));
        return {};
    }
    // Positions as (line, column), a line-wide finding at its first column, so the finding
    // under the cursor is neither before nor after it.
    using Pos = std::pair<int, int>;
    const auto posOf = [](const Finding& f) { return Pos{f.line, qMax(1, f.column)}; };
    qsizetype target = -1;
    CodeEditor* e = currentEditor();
    if (e && !e->isLoading()) {
        const QTextCursor c = e->textCursor();
        QTextCursor start(e->document());
        start.setPosition(c.selectionStart());
        const Pos cursor{start.blockNumber() + 1, start.positionInBlock() + 1};
        const QString path = e->relativePath();
        qsizetype firstHere = -1;
        qsizetype lastHere = -1;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const Finding& f = shown[i];
            if (f.path != path)
                continue;
            if (firstHere < 0)
                firstHere = i;
            lastHere = i;
            const Pos p = posOf(f);
            if (forward && p > cursor && (target < 0 || p < posOf(shown[target])))
                target = i;
            if (!forward && p < cursor && (target < 0 || p > posOf(shown[target])))
                target = i;
        }
        // Nothing further in this file: the neighbour of its findings in the table's order.
        if (target < 0 && firstHere >= 0)
            target = forward ? (lastHere + 1) % shown.size()
                             : (firstHere + shown.size() - 1) % shown.size();
    }
    if (target < 0)
        target = forward ? 0 : shown.size() - 1;
    const Finding& f = shown[target];
    showFinding(f);
    m_panel->selectFinding(f.id);
    emit message(tr("Finding %1 of %2: %3 (%4:%5)")
                     .arg(target + 1)
                     .arg(shown.size())
                     .arg(f.message, f.path)
                     .arg(f.line));
    return f.id;
}

namespace {

// A fix that makes one new file (an index in a new migration) instead of editing this one.
bool createsAFile(const Finding& f)
{
    return f.replacements.size() == 1 && f.replacements.first().path != f.path &&
           f.replacements.first().line == 1 && f.replacements.first().column == 1 &&
           f.replacements.first().endLine <= 1 && f.replacements.first().endColumn <= 1;
}

// A new migration gets the version `mix ecto.gen.migration` would give it now (UTC), so it
// sorts after every migration that exists; other new files keep the proposed name.
QString newFilePath(const Replacement& r)
{
    static const QRegularExpression version(QStringLiteral("^(.*/)?\\d{14}(_[^/]+\\.exs)$"));
    const QRegularExpressionMatch m = version.match(r.path);
    if (!m.hasMatch() || !r.path.contains(QStringLiteral("/migrations/")))
        return r.path;
    return m.captured(1) +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")) +
           m.captured(2);
}

} // namespace

QString ReviewPage::fixPreview(const Finding& finding, QString* error) const
{
    if (!finding.hasMechanicalFix()) {
        if (error)
            *error = tr("This finding has no mechanical fix; the proposal is: %1").arg(finding.fix);
        return {};
    }
    if (createsAFile(finding)) {
        const Replacement& r = finding.replacements.first();
        return tr("New file %1:\n").arg(newFilePath(r)) +
               FixPreview::unifiedDiff(newFilePath(r), QString(), r.newText);
    }
    CodeEditor* editor = editorFor(finding.path);
    if (!editor || editor->isLoading()) {
        if (error)
            *error = tr("Open %1 first.").arg(finding.path);
        return {};
    }
    const QString before = editor->toPlainText();
    QList<FixPreview::Edit> edits;
    if (!FixPreview::resolve(before, finding.replacements, &edits, error))
        return {};
    return FixPreview::unifiedDiff(finding.path, before, FixPreview::apply(before, edits));
}

bool ReviewPage::applyFix(const Finding& finding, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!finding.hasMechanicalFix())
        return fail(tr("This finding has no mechanical fix."));
    if (createsAFile(finding)) {
        // Written through the safe writer, never over a file that exists; the finding goes
        // when the analysis, run again because a file appeared, sees the index.
        const QString path = newFilePath(finding.replacements.first());
        const ProjectFile::Result there = ProjectFile::check(m_project->root(), path);
        if (there.status != ProjectFile::Status::Missing)
            return fail(tr("%1 exists already; nothing was written.").arg(path));
        const ProjectFile::Result w = ProjectFile::write(
            m_project->root(), path, finding.replacements.first().newText.toUtf8());
        if (!w.ok())
            return fail(tr("Cannot create %1: %2").arg(path, w.error));
        openFile(path, 1);
        recheck(finding, QString(), false); // drops the finding, says so
        return true;
    }
    CodeEditor* editor = editorFor(finding.path);
    if (!editor || editor->isLoading())
        return fail(tr("Open %1 first.").arg(finding.path));
    if (editor->document()->isModified())
        return fail(
            tr("Save %1 first: the fix was computed for the saved text.").arg(finding.path));
    QList<FixPreview::Edit> edits;
    QString why;
    if (!FixPreview::resolve(editor->toPlainText(), finding.replacements, &edits, &why))
        return fail(why);
    QTextCursor c(editor->document());
    c.beginEditBlock(); // one undo step
    for (const FixPreview::Edit& e : std::as_const(edits)) {
        c.setPosition(e.begin);
        c.setPosition(e.end, QTextCursor::KeepAnchor);
        c.insertText(e.newText);
    }
    c.endEditBlock();
    const QString text = editor->toPlainText();
    connect(
        editor, &CodeEditor::saveFinished, this,
        [this, finding, text](CodeEditor::SaveStatus status) {
            if (status == CodeEditor::SaveStatus::Saved)
                recheck(finding, text);
        },
        Qt::SingleShotConnection);
    editor->save();
    return true;
}

// The editor keeps the unsaved text (the tab shows it modified); the user has to learn at
// once that nothing reached the disk, with the path and the reason. Window-modal but not
// blocking, so a refused save inside a fix or a test never stalls an event loop.
void ReviewPage::warnSaveFailed(const QString& why)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot save"),
                                tr("%1\n\nThe text stays in the editor, unsaved.").arg(why),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReviewPage::recheck(const Finding& fixed, const QString& text, bool reanalyse)
{
    const int row = m_findings->rowForId(fixed.id);
    const QString origin =
        row >= 0 ? m_findings->index(row, 0).data(FindingsModel::OriginRole).toString()
                 : QStringLiteral("analyzer");
    const auto finish = [this, fixed, origin](const Findings& fresh, bool rechecked) {
        bool still = false;
        if (rechecked) {
            for (const Finding& f : fresh)
                still |= f.rule == fixed.rule && f.line == fixed.line;
            m_findings->setFindings(origin, fixed.path, fresh);
        } else {
            Findings rest;
            for (int r = 0; r < m_findings->count(); ++r) {
                const Finding& f = m_findings->finding(r);
                if (f.path == fixed.path && f.id != fixed.id &&
                    m_findings->index(r, 0).data(FindingsModel::OriginRole).toString() == origin)
                    rest << f;
            }
            m_findings->setFindings(origin, fixed.path, rest);
        }
        emit message(still ? tr("Fix applied; %1 still reports this line.").arg(fixed.rule)
                           : tr("Fix applied: %1 no longer reported.").arg(fixed.rule));
        emit fixApplied(fixed.id, still);
    };
    if (!reanalyse || !m_rechecker || origin != u"analyzer") {
        finish({}, false);
        return;
    }
    whenDone(this,
             QtConcurrent::run([rechecker = m_rechecker, path = fixed.path, bytes = text.toUtf8()] {
                 return rechecker(path, bytes);
             }),
             [finish](const Findings& result) { finish(result, true); });
}

void ReviewPage::previewCurrentFix()
{
    Finding f;
    if (!m_panel->currentFinding(&f)) {
        emit message(tr("Select a finding first."));
        return;
    }
    CodeEditor* editor = showFinding(f);
    const auto run = [this, f] {
        QString error;
        const QString diff = fixPreview(f, &error);
        if (diff.isEmpty()) {
            QMessageBox::information(this, tr("Fix"), error);
            return;
        }
        FixPreviewDialog dialog(f, diff, this);
        if (dialog.exec() == QDialog::Accepted && !applyFix(f, &error))
            QMessageBox::warning(this, tr("Cannot apply the fix"), error);
    };
    if (editor && editor->isLoading())
        connect(editor, &CodeEditor::loaded, this, run, Qt::SingleShotConnection);
    else
        run();
}

QString ReviewPage::severityCountsText() const
{
    int counts[3] = {0, 0, 0};
    for (int row = 0; row < m_findings->count(); ++row) {
        if (isShownInline(m_findings->triage(row)))
            ++counts[int(m_findings->finding(row).severity)];
    }
    QStringList parts;
    for (Finding::Severity s :
         {Finding::Severity::High, Finding::Severity::Medium, Finding::Severity::Low})
        parts << SeverityIcon::glyph(s) + u' ' + QString::number(counts[int(s)]) + u' ' +
                     Finding::severityLabel(s);
    return parts.join(QStringLiteral("   "));
}

QString ReviewPage::gitStatusText() const
{
    const VcsContext* vcs = m_project->vcs();
    if (!m_project->isOpen() || !vcs->isReady())
        return {};
    return vcs->state().statusText();
}

QString ReviewPage::gitStatusToolTip() const
{
    const VcsContext* vcs = m_project->vcs();
    const RepositoryState& s = vcs->state();
    QStringList lines;
    if (!s.defaultBranch.isEmpty())
        lines << tr("Default branch: %1").arg(s.defaultBranch);
    if (!vcs->changes().baseLabel.isEmpty())
        lines << tr("Changes against %1 %2: %n file(s)", nullptr, int(vcs->changes().files.size()))
                     .arg(vcs->changes().baseLabel, vcs->changes().baseId);
    if (!s.message.isEmpty())
        lines << s.message;
    return lines.join(u'\n');
}

} // namespace pwb
