// SPDX-License-Identifier: MIT
#include "tracemodel.h"

#include "core/whendone.h"

#include "tracereader.h"

#include <QtConcurrent>

namespace pwb {

namespace {

QString ms(double v)
{
    if (v < 0)
        return QStringLiteral("—");
    if (v < 1000)
        return QStringLiteral("%1 ms").arg(qRound(v));
    return QStringLiteral("%1 s").arg(v / 1000.0, 0, 'f', 2);
}

} // namespace

TraceModel::TraceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

TraceModel::~TraceModel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TraceModel::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void TraceModel::clear()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_path.clear();
    beginResetModel();
    m_trace = Trace();
    endResetModel();
    setState(State::Empty);
}

void TraceModel::load(const QString& path)
{
    if (path.isEmpty()) {
        clear();
        return;
    }
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const quint64 generation = ++m_generation;
    m_path = path;
    setState(State::Loading);
    using Result = std::pair<Trace, bool>;
    whenDone(this, QtConcurrent::run([path, cancel] {
                 TraceReader::Options o;
                 o.cancel = cancel.get();
                 bool ok = false;
                 Trace t = TraceReader::read(path, o, &ok);
                 return Result(std::move(t), ok);
             }),
             [this, generation](const Result& result) {
                 if (generation != m_generation)
                     return;
                 beginResetModel();
                 m_trace = result.first;
                 endResetModel();
                 if (result.second) {
                     setState(State::Ready);
                     emit loaded();
                 } else {
                     setState(State::Failed);
                     emit failed(m_trace.diagnostics.isEmpty()
                                     ? tr("The trace could not be read.")
                                     : m_trace.diagnostics.first().message);
                 }
             });
}

void TraceModel::setTrace(Trace trace)
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    beginResetModel();
    m_trace = std::move(trace);
    m_path = m_trace.path;
    endResetModel();
    setState(State::Ready);
    emit loaded();
}

const TraceAction* TraceModel::action(int row) const
{
    return row >= 0 && row < m_trace.actions.size() ? &m_trace.actions.at(row) : nullptr;
}

namespace {

template <typename T, typename TimeOf>
QList<T> around(const QList<T>& list, const TraceAction* a, double traceEnd, TimeOf timeOf)
{
    QList<T> out;
    if (!a)
        return out;
    const double from = a->startTime - TraceModel::kMarginMs;
    const double to = (a->endTime < 0 ? traceEnd : a->endTime) + TraceModel::kMarginMs;
    for (const T& item : list) {
        const double t = timeOf(item);
        if (t >= from && t <= to)
            out.append(item);
    }
    return out;
}

} // namespace

QList<TraceConsole> TraceModel::consoleAround(int row) const
{
    return around(m_trace.console, action(row), m_trace.endTime,
                  [](const TraceConsole& c) { return c.time; });
}

QList<TraceNetwork> TraceModel::networkAround(int row) const
{
    return around(m_trace.network, action(row), m_trace.endTime,
                  [](const TraceNetwork& n) { return n.startTime; });
}

QList<TracePageError> TraceModel::pageErrorsAround(int row) const
{
    return around(m_trace.pageErrors, action(row), m_trace.endTime,
                  [](const TracePageError& p) { return p.time; });
}

QList<LiveViewMessage> TraceModel::liveViewAround(int row) const
{
    return around(m_trace.liveView.messages, action(row), m_trace.endTime,
                  [](const LiveViewMessage& m) { return m.time; });
}

const TraceFrame* TraceModel::frameAt(double time) const
{
    const TraceFrame* best = nullptr;
    for (const TraceFrame& f : m_trace.frames) {
        if (f.time <= time && (!best || f.time >= best->time))
            best = &f;
    }
    if (!best && !m_trace.frames.isEmpty())
        best = &m_trace.frames.first();
    return best;
}

int TraceModel::frameIndexFor(int row) const
{
    const TraceAction* a = action(row);
    if (!a)
        return -1;
    const TraceFrame* f = frameAt(a->endTime < 0 ? m_trace.endTime : a->endTime);
    return f ? int(f - m_trace.frames.constData()) : -1;
}

QImage TraceModel::readFrame(const QString& tracePath, const QString& entry)
{
    ZipLimits limits;
    limits.maxEntrySize = qint64(32) << 20;
    ZipArchive zip(limits);
    if (!zip.open(tracePath, nullptr))
        return {};
    QString error;
    const QByteArray bytes = zip.readAll(entry, &error);
    return QImage::fromData(bytes);
}

int TraceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_trace.actions.size());
}

int TraceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceAction& a = m_trace.actions.at(index.row());
    const double start = a.startTime - m_trace.startTime;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case SelectorColumn:
            return a.selector;
        case StartColumn:
            return ms(start);
        case DurationColumn:
            return ms(a.duration());
        case LiveViewColumn:
            return a.liveViewEvents.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        if (a.failed())
            return a.error.message;
        return a.source.isEmpty() ? QVariant() : QVariant(a.source);
    case CallIdRole:
        return a.callId;
    case DepthRole:
        return a.depth;
    case StartRole:
        return start;
    case EndRole:
        return a.endTime < 0 ? -1.0 : a.endTime - m_trace.startTime;
    case FailedRole:
        return a.failed();
    case ErrorRole:
        return a.error.message;
    case LiveViewRole:
        return a.liveViewEvents;
    case WaitsOnLiveViewRole:
        return a.waitsOnLiveView;
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Action");
    case SelectorColumn:
        return tr("Selector / URL");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case LiveViewColumn:
        return tr("LiveView");
    }
    return {};
}

} // namespace pwb
