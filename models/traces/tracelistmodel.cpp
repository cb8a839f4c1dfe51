// SPDX-License-Identifier: MIT
#include "tracelistmodel.h"

#include "core/whendone.h"

#include "project/fileindex.h"
#include "reportreader.h"
#include "tracereader.h"

#include "core/watchset.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent>

namespace pwb {

namespace {

bool hasComponent(const QString& path, QStringView name)
{
    const auto parts = QStringView(path).split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i) == name)
            return true;
    }
    return false;
}

QString durationText(double ms)
{
    if (ms <= 0)
        return {};
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(qRound(ms));
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace

QJsonObject TraceListItem::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("actions"), actions);
    o.insert(QStringLiteral("errors"), errors);
    o.insert(QStringLiteral("duration_ms"), qRound64(durationMs));
    o.insert(QStringLiteral("liveview_events"), liveViewEvents);
    o.insert(QStringLiteral("browser"), browser);
    return o;
}

TraceListModel::TraceListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_watcher(new WatchSet(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &TraceListModel::rescan);
    connect(m_watcher, &WatchSet::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &WatchSet::fileChanged, m_debounce, qOverload<>(&QTimer::start));
}

TraceListModel::~TraceListModel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QStringList TraceListModel::discover(const QStringList& files)
{
    QStringList out;
    for (const QString& f : files) {
        const QString name = f.section(u'/', -1);
        if (name == u"trace.zip" && hasComponent(f, u"test-results"))
            out.append(f);
        else if (name.endsWith(u".zip", Qt::CaseInsensitive) && hasComponent(f, u"traces"))
            out.append(f);
        else if (name == u"index.html" && f.section(u'/', -2, -2) == u"playwright-report")
            out.append(f);
    }
    return out;
}

TraceListItem TraceListModel::readItem(const QString& root, const QString& relative,
                                       const std::atomic_bool* cancel)
{
    TraceListItem item;
    item.path = relative;
    item.absolutePath = QDir(root).filePath(relative);
    const QFileInfo fi(item.absolutePath);
    item.size = fi.size();
    item.modified = fi.lastModified();
    if (relative.endsWith(u"index.html")) {
        item.kind = TraceListItem::Kind::Report;
        const ReportSummary r = ReportReader::read(item.absolutePath);
        item.title = tr("HTML report: %1").arg(relative.section(u'/', 0, -2));
        item.diagnostics = r.diagnostics;
        if (!r.ok) {
            item.status = QStringLiteral("unreadable");
            item.note = r.diagnostics.value(0).message;
            return item;
        }
        item.status = r.failed > 0 ? QStringLiteral("failed") : QStringLiteral("passed");
        item.durationMs = r.durationMs;
        item.date = r.started;
        item.errors = r.failed;
        item.note = tr("%1 tests: %2 passed, %3 failed, %4 skipped")
                        .arg(r.tests)
                        .arg(r.passed)
                        .arg(r.failed)
                        .arg(r.skipped);
        return item;
    }
    TraceReader::Options options;
    options.cancel = cancel;
    bool ok = false;
    const Trace t = TraceReader::read(item.absolutePath, options, &ok);
    item.title = t.title;
    item.diagnostics = t.diagnostics;
    if (!ok) {
        item.status = QStringLiteral("unreadable");
        item.note = t.diagnostics.value(0).message;
        return item;
    }
    item.status = Trace::statusName(t.status);
    item.durationMs = t.durationMs();
    item.date = t.wallTime.isValid() ? t.wallTime : fi.lastModified();
    item.browser = t.browser;
    item.actions = int(t.actions.size());
    item.errors = t.errorCount();
    item.liveViewEvents = t.liveView.eventCount();
    item.note = t.liveView.describe();
    return item;
}

QList<TraceListItem> TraceListModel::scan(const QString& root, const std::atomic_bool* cancel)
{
    QList<TraceListItem> out;
    if (root.isEmpty())
        return out;
    const QStringList found = discover(FileIndex::scan(root, FileIndex::kDefaultLimit, cancel));
    for (const QString& rel : found) {
        if (cancel && cancel->load())
            break;
        out.append(readItem(root, rel, cancel));
    }
    // Reports first, then the newest traces.
    std::stable_sort(out.begin(), out.end(), [](const TraceListItem& a, const TraceListItem& b) {
        if (a.kind != b.kind)
            return a.kind == TraceListItem::Kind::Report;
        return a.path < b.path;
    });
    return out;
}

void TraceListModel::setRoot(const QString& root)
{
    m_root = root;
    const QStringList watched = m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (root.isEmpty()) {
        if (m_cancel)
            m_cancel->store(true);
        ++m_generation;
        setItems({});
        return;
    }
    rescan();
}

void TraceListModel::watch()
{
    // The folders where traces land; the root to see them appear.
    QStringList dirs{m_root};
    for (const QString& name : {QStringLiteral("test-results"), QStringLiteral("traces"),
                                QStringLiteral("playwright-report")}) {
        const QString dir = QDir(m_root).filePath(name);
        if (QFileInfo(dir).isDir()) {
            dirs.append(dir);
            const QFileInfoList subs = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QFileInfo& s : subs)
                dirs.append(s.filePath());
        }
    }
    const QStringList current = m_watcher->directories();
    QStringList add;
    for (const QString& d : dirs) {
        if (!current.contains(d))
            add.append(d);
    }
    if (!add.isEmpty())
        m_watcher->addPaths(add);
}

void TraceListModel::rescan()
{
    if (m_root.isEmpty())
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    const QString root = m_root;
    auto cancel = m_cancel;
    m_scanning = true;
    emit scanStarted();
    watch();
    whenDone(this, QtConcurrent::run([root, cancel] { return scan(root, cancel.get()); }),
             [this, generation](const QList<TraceListItem>& result) {
                 if (generation != m_generation)
                     return;
                 m_scanning = false;
                 setItems(result);
                 watch();
                 emit scanFinished();
             });
}

void TraceListModel::setItems(QList<TraceListItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const TraceListItem* TraceListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int TraceListModel::rowOf(const QString& absolutePath) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).absolutePath == absolutePath)
            return i;
    }
    return -1;
}

int TraceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TraceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceListItem& it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            // "shop.spec.ts:17 › cart › adds" reads better without its location prefix.
            const qsizetype cut = it.title.indexOf(QStringLiteral(" › "));
            if (cut > 0 && it.title.left(cut).contains(u':') && !it.title.left(cut).contains(u' '))
                return it.title.mid(cut + 3);
            return it.title;
        }
        case StatusColumn:
            // StatusRole keeps the identifier; the column shows it in the user's language.
            if (it.status == u"passed")
                return tr("passed");
            if (it.status == u"failed")
                return tr("failed");
            if (it.status == u"unreadable")
                return tr("unreadable");
            if (it.status == u"unknown")
                return tr("unknown");
            return it.status;
        case DurationColumn:
            return durationText(it.durationMs);
        case DateColumn:
            return it.date.isValid()
                       ? QLocale().toString(it.date.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case BrowserColumn:
            return it.browser;
        }
        return {};
    case Qt::ToolTipRole:
        return QString(it.title + u'\n' + it.path +
                       (it.note.isEmpty() ? QString() : u'\n' + it.note));
    case PathRole:
        return it.absolutePath;
    case RelativePathRole:
        return it.path;
    case KindRole:
        return int(it.kind);
    case StatusRole:
        return it.status;
    case DurationRole:
        return it.durationMs;
    case LiveViewEventsRole:
        return it.liveViewEvents;
    case ErrorsRole:
        return it.errors;
    }
    return {};
}

QVariant TraceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Test");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case DateColumn:
        return tr("Date");
    case BrowserColumn:
        return tr("Browser");
    }
    return {};
}

} // namespace pwb
