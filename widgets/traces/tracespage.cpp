// SPDX-License-Identifier: MIT
#include "tracespage.h"

#include "common/columnfitter.h"
#include "common/emptystate.h"
#include "traces/playwrightinstall.h"
#include "traces/playwrightrunner.h"
#include "traces/tracelistmodel.h"
#include "traces/tracemodel.h"
#include "traceserver.h"
#include "tracetimeline.h"
#include "tracewebview.h"
#include "workspace/linkindex.h"
#include "workspace/project.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <algorithm>

namespace pwb {

namespace {

// Indents action titles by their nesting and marks failures and LiveView.
class ActionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == TraceModel::TitleColumn) {
            option->rect.adjust(index.data(TraceModel::DepthRole).toInt() * 14, 0, 0, 0);
            if (index.data(TraceModel::FailedRole).toBool()) {
                const bool light = option->palette.color(QPalette::Base).lightness() > 128;
                option->palette.setColor(QPalette::Text, light ? QColor(0xcf, 0x22, 0x2e)
                                                               : QColor(0xf8, 0x51, 0x49));
                option->font.setBold(true);
            }
        }
        if (index.column() == TraceModel::LiveViewColumn) {
            const bool light = option->palette.color(QPalette::Base).lightness() > 128;
            option->palette.setColor(QPalette::Text,
                                     light ? QColor(0x82, 0x50, 0xdf) : QColor(0xbc, 0x8c, 0xff));
        }
    }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        if (index.column() == TraceModel::TitleColumn)
            opt.rect.adjust(index.data(TraceModel::DepthRole).toInt() * 14, 0, 0, 0);
        QStyledItemDelegate::paint(painter, opt, index);
    }
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString msText(double v)
{
    if (v < 0)
        return QStringLiteral("—");
    return v < 1000 ? QStringLiteral("%1 ms").arg(qRound(v))
                    : QStringLiteral("%1 s").arg(v / 1000.0, 0, 'f', 2);
}

} // namespace

TracesPage::TracesPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_empty(new EmptyState(QStringLiteral("traces"), this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_viewerNote(new QLabel(this))
    , m_rescan(new QPushButton(tr("&Rescan"), this))
    , m_run(new QPushButton(tr("Run &Playwright tests"), this))
    , m_tabs(new QTabWidget(this))
    , m_nativeStack(new QStackedWidget(this))
    , m_nativeMessage(new QLabel(this))
    , m_model(new TraceModel(this))
    , m_timeline(new TraceTimeline(m_model, this))
    , m_actions(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_webHolder(new QWidget(this))
    , m_log(new QPlainTextEdit(this))
    , m_runner(new PlaywrightRunner(this))
{
    setObjectName(QStringLiteral("tracespage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_empty->setTitle(tr("LiveView traces"));
    QPushButton* emptyRescan = m_empty->addAction(tr("Look again"));
    connect(emptyRescan, &QPushButton::clicked, project->traces(), &TraceListModel::rescan);
    m_stack->addWidget(m_empty);

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(6, 6, 6, 6);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_rescan);
    bar->addWidget(m_run);
    bar->addWidget(m_status, 1);
    mainLayout->addLayout(bar);
    m_rescan->setToolTip(tr("Look for new traces and reports (F5)"));
    connect(m_rescan, &QPushButton::clicked, project->traces(), &TraceListModel::rescan);
    connect(m_run, &QPushButton::clicked, this, &TracesPage::runTests);
    connect(m_runner, &PlaywrightRunner::started, this, &TracesPage::onRunStarted);
    connect(m_runner, &PlaywrightRunner::outputReceived, this,
            [this](const QString& text) { m_log->appendPlainText(text.trimmed()); });
    connect(m_runner, &PlaywrightRunner::finished, this, &TracesPage::onRunFinished);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    f5->setWhatsThis(tr("Look for new traces"));
    connect(f5, &QShortcut::activated, project->traces(), &TraceListModel::rescan);

    m_list->setObjectName(QStringLiteral("tracelist"));
    m_list->setModel(project->traces());
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Traces and reports"));
    // Test titles stay readable in a small window: status, duration and date give way first.
    new ColumnFitter(m_list, TraceListModel::TitleColumn, 170,
                     {{TraceListModel::StatusColumn, {64, 52}},
                      {TraceListModel::DurationColumn, {70, 52}},
                      {TraceListModel::DateColumn, {120, 60}},
                      {TraceListModel::BrowserColumn, {80, 40}}});

    // Native view: timeline over (actions | details).
    m_actions->setObjectName(QStringLiteral("actionlist"));
    m_actions->setModel(m_model);
    m_actions->setRootIsDecorated(false);
    m_actions->setUniformRowHeights(true);
    m_actions->setItemDelegate(new ActionDelegate(m_actions));
    m_actions->setAccessibleName(tr("Actions"));
    m_actions->header()->setSectionResizeMode(TraceModel::TitleColumn,
                                              QHeaderView::ResizeToContents);
    m_actions->header()->setSectionResizeMode(TraceModel::SelectorColumn, QHeaderView::Stretch);
    m_actions->header()->setStretchLastSection(false);
    m_details->setObjectName(QStringLiteral("actiondetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Action details"));
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        bool ok = false;
        const int i = url.path().toInt(&ok);
        if (url.scheme() == u"pwb-link" && ok && i >= 0 && i < m_detailLinks.size())
            emit linkRequested(m_detailLinks.at(i));
    });
    // The links arrive after the trace when the project has just opened.
    connect(project, &Project::linksChanged, this, [this] {
        if (m_actions->currentIndex().isValid())
            showDetails(m_actions->currentIndex().row());
    });
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_actions);
    lower->addWidget(m_details);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({700, 420});
    auto* native = new QSplitter(Qt::Vertical, this);
    native->addWidget(m_timeline);
    native->addWidget(lower);
    native->setStretchFactor(1, 1);
    native->setSizes({170, 600});
    m_nativeMessage->setAlignment(Qt::AlignCenter);
    m_nativeMessage->setWordWrap(true);
    m_nativeMessage->setTextFormat(Qt::PlainText);
    m_nativeStack->addWidget(native);
    m_nativeStack->addWidget(m_nativeMessage);

    auto* webLayout = new QVBoxLayout(m_webHolder);
    webLayout->setContentsMargins(0, 0, 0, 0);
    m_viewerNote->setObjectName(QStringLiteral("viewerNote"));
    m_viewerNote->setWordWrap(true);
    m_viewerNote->setTextFormat(Qt::RichText);
    m_viewerNote->setContentsMargins(6, 3, 6, 3);
    m_viewerNote->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_viewerNote, &QLabel::linkActivated, this,
            [this](const QString& link) { setPreferOwnViewer(link == u"own"); });
    webLayout->addWidget(m_viewerNote);
    m_log->setReadOnly(true);
    m_log->setObjectName(QStringLiteral("runlog"));
    m_log->setPlaceholderText(tr("Output of `playwright test` runs started here."));

    m_tabs->addTab(m_nativeStack, tr("&Timeline"));
    m_tabs->addTab(m_webHolder, tr("&Web viewer"));
    m_tabs->addTab(m_log, tr("Run &log"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_webHolder)
            showInWebView();
    });

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({420, 900});
    mainLayout->addWidget(split, 1);
    m_stack->addWidget(main);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracesPage::currentTraceChanged);
    connect(m_actions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectAction(current.row()); });
    connect(m_timeline, &TraceTimeline::actionClicked, this,
            [this](int row) { m_actions->setCurrentIndex(m_model->index(row, 0)); });
    connect(m_model, &TraceModel::loaded, this, [this] {
        m_nativeStack->setCurrentIndex(0);
        // Start on the first failure: that is what people open a trace for.
        int row = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->index(r, 0).data(TraceModel::FailedRole).toBool()) {
                row = r;
                break;
            }
        }
        if (m_model->rowCount() > 0)
            m_actions->setCurrentIndex(m_model->index(row, 0));
        else
            m_details->setPlainText(tr("This trace recorded no actions."));
    });
    connect(m_model, &TraceModel::failed, this, [this](const QString& message) {
        m_nativeMessage->setText(tr("This trace cannot be shown.\n\n%1").arg(message));
        m_nativeStack->setCurrentIndex(1);
    });

    TraceListModel* traces = project->traces();
    connect(traces, &TraceListModel::scanStarted, this, &TracesPage::refreshState);
    connect(traces, &TraceListModel::scanFinished, this, &TracesPage::refreshState);
    connect(traces, &QAbstractItemModel::modelReset, this, &TracesPage::refreshState);
    connect(project, &Project::opened, this, &TracesPage::refreshState);
    connect(project, &Project::closed, this, &TracesPage::refreshState);
    refreshState();
}

TracesPage::~TracesPage() = default;

bool TracesPage::hasPlaywrightViewer() const
{
    return !m_preferOwnViewer && !PlaywrightInstall::viewerDir(m_project->root()).isEmpty();
}

void TracesPage::refreshState()
{
    TraceListModel* traces = m_project->traces();
    updateViewerNote();
    const bool runner = !PlaywrightInstall::testRunnerDir(m_project->root()).isEmpty();
    m_run->setEnabled(runner && !m_runner->isRunning());
    m_run->setToolTip(
        runner ? tr("Runs `playwright test` in the project; new traces appear when they land.")
               : tr("The project has no node_modules/.bin/playwright: run `npm install` "
                    "with @playwright/test first."));
    const QString what = tr("Shows Playwright traces (test-results/**/trace.zip, traces/**/*.zip) "
                            "and HTML reports (playwright-report/).");
    if (traces->rowCount() == 0) {
        QString state;
        if (!m_project->isOpen())
            state = tr("Open a project to see its traces.");
        else if (traces->isScanning())
            state = tr("Looking for traces…");
        else
            state = tr("No Playwright traces were found. Run the project's Playwright tests with "
                       "<code>--trace on</code> (or <code>context.tracing</code>) to record some; "
                       "they appear here when they land.");
        m_empty->setText(what + QStringLiteral("<br><br>") + state);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    // Keep the trace the user looked at across rescans; else start on the first failure.
    int row = traces->rowOf(m_selectedPath);
    if (row < 0) {
        row = 0;
        for (int r = 0; r < traces->rowCount(); ++r) {
            const TraceListItem* it = traces->item(r);
            if (it->kind == TraceListItem::Kind::Trace && it->status == u"failed") {
                row = r;
                break;
            }
        }
    }
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(traces->index(row, 0));
    m_stack->setCurrentIndex(1);
    int failed = 0;
    for (const TraceListItem& it : traces->items())
        failed += it.status == u"failed";
    m_status->setText(tr("%n trace(s) and report(s)", nullptr, traces->rowCount()) +
                      (failed ? tr(", %n failed", nullptr, failed) : QString()) +
                      (traces->isScanning() ? tr(" · scanning…") : QString()));
}

bool TracesPage::selectPath(const QString& absolutePath)
{
    const int row = m_project->traces()->rowOf(absolutePath);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_project->traces()->index(row, 0));
    return true;
}

void TracesPage::currentTraceChanged()
{
    const TraceListItem* it = m_project->traces()->item(m_list->currentIndex().row());
    m_webUrl.clear();
    if (!it) {
        m_model->clear();
        return;
    }
    if (it->absolutePath == m_model->path() && m_model->state() != TraceModel::State::Empty)
        return; // the same trace after a rescan
    m_selectedPath = it->absolutePath;
    if (it->kind == TraceListItem::Kind::Report) {
        m_model->clear();
        m_nativeMessage->setText(
            tr("%1\n\n%2\n\nThe report opens in the web viewer.").arg(it->title, it->note));
        m_nativeStack->setCurrentIndex(1);
        m_tabs->setCurrentWidget(m_webHolder);
        showInWebView();
        return;
    }
    m_model->load(it->absolutePath);
    if (m_tabs->currentWidget() == m_webHolder)
        showInWebView();
}

void TracesPage::selectAction(int row)
{
    m_timeline->setCurrentRow(row);
    showDetails(row);
}

QList<Link> TracesPage::codeLinks(const QString& callId) const
{
    QList<Link> out;
    const QString trace = m_list->currentIndex().data(TraceListModel::RelativePathRole).toString();
    if (trace.isEmpty() || callId.isEmpty())
        return out;
    for (const Link& l : m_project->links().own(LinkTarget::trace(trace, callId))) {
        if (l.target.kind == LinkTarget::Kind::File)
            out.append(l);
    }
    return out;
}

void TracesPage::showDetails(int row)
{
    m_detailLinks.clear();
    const TraceAction* a = m_model->action(row);
    if (!a) {
        m_details->clear();
        return;
    }
    const Trace& t = m_model->trace();
    QString html;
    html += u"<h3>" + esc(a->title) + u"</h3>";
    html += QStringLiteral("<table cellspacing=4>");
    auto row2 = [&html](const QString& k, const QString& v) {
        html += u"<tr><td><b>" + esc(k) + u"</b></td><td>" + esc(v) + u"</td></tr>";
    };
    if (!a->selector.isEmpty())
        row2(tr("Selector / URL"), a->selector);
    row2(tr("Start"), msText(a->startTime - t.startTime));
    row2(tr("Duration"), a->endTime < 0 ? tr("did not end") : msText(a->duration()));
    if (!a->source.isEmpty())
        row2(tr("Source"), a->source);
    row2(tr("Call"), a->className + u'.' + a->method);
    html += QStringLiteral("</table>");
    if (a->failed())
        html += u"<h4>" + esc(tr("Error")) + u"</h4><pre>" + esc(a->error.message) + u"</pre>";
    // Where the action leads in the code: an event's handle_event clause, a navigation's
    // mount and handle_params. Each is a link (a click, or Tab and Enter) to the editor.
    QList<Link> code = codeLinks(a->callId);
    const auto anchor = [this](const LinkTarget& target, const QString& text) {
        m_detailLinks.append(target);
        return QStringLiteral("<a href=\"pwb-link:%1\">%2</a>")
            .arg(m_detailLinks.size() - 1)
            .arg(esc(text));
    };
    const auto where = [](const LinkTarget& t) {
        const QString name = QFileInfo(t.id).fileName();
        return t.line > 0 ? QStringLiteral("%1:%2").arg(name).arg(t.line) : name;
    };
    // "click add on /cart → ShopWeb.CartLive.handle_event("add")": the part after the arrow.
    const auto callee = [](const QString& why) {
        const qsizetype arrow = why.lastIndexOf(QStringLiteral("→ "));
        return arrow < 0 ? why : why.mid(arrow + 2);
    };
    if (!a->liveViewEvents.isEmpty() || a->waitsOnLiveView) {
        html += u"<h4>" + esc(tr("LiveView")) + u"</h4><ul>";
        if (a->waitsOnLiveView)
            html +=
                u"<li>" + esc(tr("waits on LiveView state (.phx-connected / phx-*)")) + u"</li>";
        static const QRegularExpression replyTime(QStringLiteral(" \\(\\d+ ms\\)$"));
        for (const QString& e : a->liveViewEvents) {
            const QString event = QString(e).remove(replyTime);
            const auto handler = std::find_if(code.begin(), code.end(), [&](const Link& l) {
                return l.why.startsWith(event + QStringLiteral(" on "));
            });
            if (handler == code.end()) {
                html += u"<li>" + esc(tr("sent %1").arg(e)) + u"</li>";
                continue;
            }
            html += u"<li>" + anchor(handler->target, tr("sent %1").arg(e)) + u" → " +
                    esc(callee(handler->why)) + u" <small>" + esc(where(handler->target)) +
                    u"</small></li>";
            code.erase(handler);
        }
        html += QStringLiteral("</ul>");
    }
    if (!code.isEmpty()) {
        html += u"<h4>" + esc(tr("In the code")) + u"</h4><ul>";
        for (const Link& l : std::as_const(code))
            html += u"<li>" + anchor(l.target, callee(l.why)) + u" <small>" + esc(where(l.target)) +
                    u"</small></li>";
        html += QStringLiteral("</ul>");
    }
    const QList<LiveViewMessage> lv = m_model->liveViewAround(row);
    if (!lv.isEmpty()) {
        html += u"<h4>" + esc(tr("LiveView messages around it")) + u"</h4><pre>";
        for (const LiveViewMessage& m : lv) {
            html +=
                esc(QStringLiteral("%1  %2 %3 %4 %5\n")
                        .arg(msText(m.time - t.startTime),
                             m.direction == LiveViewMessage::Direction::Sent ? QStringLiteral("→")
                                                                             : QStringLiteral("←"),
                             m.topic, m.event, m.name));
        }
        html += QStringLiteral("</pre>");
    }
    if (!a->logs.isEmpty()) {
        html += u"<h4>" + esc(tr("Log")) + u"</h4><pre>";
        for (const TraceLog& l : a->logs)
            html += esc(l.message) + u'\n';
        html += QStringLiteral("</pre>");
    }
    const QList<TracePageError> errors = m_model->pageErrorsAround(row);
    const QList<TraceConsole> console = m_model->consoleAround(row);
    if (!errors.isEmpty() || !console.isEmpty()) {
        html += u"<h4>" + esc(tr("Console")) + u"</h4><pre>";
        for (const TracePageError& e : errors)
            html += esc(tr("page error: %1").arg(e.error.message)) + u'\n';
        for (const TraceConsole& c : console)
            html += esc(c.type + u": " + c.text) + u'\n';
        html += QStringLiteral("</pre>");
    }
    const QList<TraceNetwork> net = m_model->networkAround(row);
    if (!net.isEmpty()) {
        html += u"<h4>" + esc(tr("Network")) + u"</h4><pre>";
        for (const TraceNetwork& n : net)
            html += esc(QStringLiteral("%1 %2 %3 (%4)\n")
                            .arg(n.method)
                            .arg(n.status)
                            .arg(n.url, msText(n.duration)));
        html += QStringLiteral("</pre>");
    }
    if (row == 0 || a->failed()) {
        html +=
            u"<h4>" + esc(tr("This trace")) + u"</h4><p>" + esc(t.liveView.describe()) + u"</p>";
        for (const TraceError& e : t.errors)
            html += u"<pre>" + esc(e.message) + u"</pre>";
        for (const Diagnostic& d : t.diagnostics)
            html += u"<p>" + esc(d.toString()) + u"</p>";
    }
    m_details->setHtml(html);
}

TraceServer* TracesPage::server()
{
    if (!m_server) {
        m_server = new TraceServer(this);
        QString error;
        if (!m_server->start(&error))
            m_status->setText(error);
    }
    return m_server;
}

TraceWebView* TracesPage::webView()
{
    if (!m_web) {
        m_web = new TraceWebView(server(), m_webHolder);
        m_webHolder->layout()->addWidget(m_web);
        connect(m_web, &QWebEngineView::loadFinished, this, &TracesPage::webViewLoaded);
    }
    return m_web;
}

QUrl TracesPage::urlForCurrent()
{
    const TraceListItem* it = m_project->traces()->item(m_list->currentIndex().row());
    if (!it)
        return {};
    TraceServer* s = server();
    if (!s->isRunning())
        return {};
    const QString viewer =
        m_preferOwnViewer ? QString() : PlaywrightInstall::viewerDir(m_project->root());
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    // The report's trace links go to report/trace/: Playwright's viewer when we have it,
    // else our own page (both read ?trace=).
    if (it->kind == TraceListItem::Kind::Report) {
        const QString dir = QFileInfo(it->absolutePath).absolutePath();
        s->addRoot(QStringLiteral("report"), dir);
        if (!QFileInfo(dir + QStringLiteral("/trace/index.html")).exists())
            s->addRoot(QStringLiteral("report/trace"),
                       viewer.isEmpty() ? QStringLiteral(":/traceviewer") : viewer);
        return s->url(QStringLiteral("report"), QStringLiteral("index.html"));
    }
    const QString mount = QStringLiteral("t/%1/trace.zip").arg(++m_mountCounter);
    const QUrl traceUrl = s->addFile(mount, it->absolutePath);
    if (traceUrl.isEmpty())
        return {};
    QUrl page;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("trace"), traceUrl.toString(QUrl::FullyEncoded));
    if (!viewer.isEmpty()) {
        s->addRoot(QStringLiteral("pw"), viewer);
        page = s->url(QStringLiteral("pw"), QStringLiteral("index.html"));
    } else {
        s->addRoot(QStringLiteral("wb"), QStringLiteral(":/traceviewer"));
        page = s->url(QStringLiteral("wb"), QStringLiteral("index.html"));
        q.addQueryItem(QStringLiteral("theme"),
                       dark ? QStringLiteral("dark") : QStringLiteral("light"));
    }
    page.setQuery(q);
    return page;
}

void TracesPage::setPreferOwnViewer(bool own)
{
    if (own == m_preferOwnViewer)
        return;
    m_preferOwnViewer = own;
    m_webUrl.clear();
    if (m_tabs->currentWidget() == m_webHolder)
        showInWebView();
    updateViewerNote();
}

void TracesPage::updateViewerNote()
{
    using PlaywrightInstall::Source;
    const PlaywrightInstall::Viewer v = PlaywrightInstall::findViewer(m_project->root());
    QString where;
    switch (v.source) {
    case Source::Environment:
        where = tr("from PWB_PLAYWRIGHT_CORE");
        break;
    case Source::Project:
        where = tr("from the project's node_modules");
        break;
    case Source::Bundled:
        where = tr("from %1").arg(
            QDir::toNativeSeparators(QDir::cleanPath(v.dir + QStringLiteral("/../../.."))));
        break;
    case Source::None:
        break;
    }
    const QString name = v.version.isEmpty() ? tr("Playwright's trace viewer")
                                             : tr("Playwright's trace viewer %1").arg(v.version);
    QString text;
    if (v.source != Source::None && !m_preferOwnViewer)
        text = tr("Shown in %1 (%2). <a href=\"own\">Show the workbench's simpler page "
                  "instead</a>.")
                   .arg(name.toHtmlEscaped(), where.toHtmlEscaped());
    else if (v.source != Source::None)
        text = tr("Shown in the workbench's own, simpler page. <a href=\"playwright\">Show it in "
                  "%1</a> (%2).")
                   .arg(name.toHtmlEscaped(), where.toHtmlEscaped());
    else if (v.builtinAsked)
        text = tr("Shown in the workbench's own, simpler page, as PWB_PLAYWRIGHT_CORE=builtin "
                  "asks. Unset it for Playwright's trace viewer.");
    else
        text = tr("Shown in the workbench's own, simpler page: Playwright's trace viewer was not "
                  "found. Run scripts/deps (it installs playwright-core into build/node), add "
                  "playwright-core to the project, or set PWB_PLAYWRIGHT_CORE to a "
                  "playwright-core folder.");
    m_viewerNote->setText(text);
}

void TracesPage::showInWebView()
{
    updateViewerNote();
    const QUrl url = urlForCurrent();
    if (url.isEmpty() || url == m_webUrl)
        return;
    m_webUrl = url;
    webView()->load(url);
}

QString TracesPage::runLog() const
{
    return m_log->toPlainText();
}

void TracesPage::runTests()
{
    if (m_runner->isRunning())
        return;
    m_runner->start(m_project->root());
}

void TracesPage::onRunStarted(const QStringList& command)
{
    m_log->clear();
    m_log->appendPlainText(QStringLiteral("$ ") + command.join(u' '));
    m_tabs->setCurrentWidget(m_log);
    m_run->setEnabled(false);
    m_status->setText(tr("Running playwright test…"));
}

void TracesPage::onRunFinished(const PlaywrightRunOutcome& outcome)
{
    // The reason line first where the run did not get to the tests.
    if (!outcome.errorLine.isEmpty() && outcome.status != PlaywrightRunOutcome::Status::Passed)
        m_log->appendPlainText(u'\n' + outcome.errorLine);
    m_log->appendPlainText(u'\n' + outcome.message);
    m_project->traces()->rescan();
    refreshState();
    if (outcome.status == PlaywrightRunOutcome::Status::FailedToStart ||
        outcome.status == PlaywrightRunOutcome::Status::Error)
        m_status->setText(outcome.errorLine.isEmpty() ? outcome.message : outcome.errorLine);
}

} // namespace pwb
