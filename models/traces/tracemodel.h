// SPDX-License-Identifier: MIT
// One trace, loaded on a worker: its actions as rows (title, selector, start, duration,
// LiveView), plus what happened around each action (console, network, frames, errors).
#pragma once

#include "trace.h"

#include <QAbstractTableModel>
#include <QImage>

#include <atomic>
#include <memory>

namespace pwb {

class TraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        SelectorColumn,
        StartColumn,
        DurationColumn,
        LiveViewColumn,
        ColumnCount
    };
    enum Role
    {
        CallIdRole = Qt::UserRole + 1,
        DepthRole,
        StartRole, // ms from the trace's start
        EndRole,   // ms from the trace's start; -1 when the action never ended
        FailedRole,
        ErrorRole,    // the error message
        LiveViewRole, // QStringList of LiveView events the action sent
        WaitsOnLiveViewRole,
    };
    enum class State
    {
        Empty,
        Loading,
        Ready,
        Failed
    };

    explicit TraceModel(QObject* parent = nullptr);
    ~TraceModel() override;

    // Starts loading `path` (asynchronously); an empty path clears the model.
    void load(const QString& path);
    // Sets an already read trace (headless callers, tests).
    void setTrace(Trace trace);
    void clear();

    State state() const { return m_state; }
    QString path() const { return m_path; }
    const Trace& trace() const { return m_trace; }
    const TraceAction* action(int row) const;

    // What happened while the action ran (with a little margin before and after).
    QList<TraceConsole> consoleAround(int row) const;
    QList<TraceNetwork> networkAround(int row) const;
    QList<TracePageError> pageErrorsAround(int row) const;
    QList<LiveViewMessage> liveViewAround(int row) const;
    // The screencast frame shown at the end of the action (or the last before it).
    const TraceFrame* frameAt(double time) const;
    int frameIndexFor(int row) const;
    // Reads a frame's JPEG from the zip; call it off the GUI thread.
    static QImage readFrame(const QString& tracePath, const QString& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr double kMarginMs = 50;

signals:
    void stateChanged(TraceModel::State state);
    void loaded();
    void failed(const QString& message);

private:
    void setState(State s);

    Trace m_trace;
    QString m_path;
    State m_state = State::Empty;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pwb
