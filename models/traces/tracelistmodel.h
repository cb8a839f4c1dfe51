// SPDX-License-Identifier: MIT
// The project's Playwright traces and HTML reports (test-results/**/trace.zip,
// traces/**/*.zip, playwright-report/index.html) with test name, status, duration, date
// and browser. Discovery and reading run on a worker; a watcher picks up new traces.
#pragma once

#include "core/diagnostic.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <atomic>
#include <memory>


class QTimer;

namespace pwb {

class WatchSet;

struct TraceListItem
{
    enum class Kind
    {
        Trace,
        Report
    };
    Kind kind = Kind::Trace;
    QString path; // relative to the project root
    QString absolutePath;
    QString title;
    QString status; // passed, failed, unknown, unreadable
    double durationMs = 0;
    QDateTime date;
    QString browser;
    int actions = 0;
    int errors = 0;
    int liveViewEvents = 0;
    QString note; // a one-line summary (report totals, why unreadable)
    Diagnostics diagnostics;
    qint64 size = 0;
    QDateTime modified;

    QJsonObject toJson() const; // the report's "traces" entry
};

class TraceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        DurationColumn,
        DateColumn,
        BrowserColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // absolute path
        RelativePathRole,
        KindRole,   // TraceListItem::Kind as int
        StatusRole, // "passed", "failed", ...
        DurationRole,
        LiveViewEventsRole,
        ErrorsRole,
    };

    explicit TraceListModel(QObject* parent = nullptr);
    ~TraceListModel() override;

    // Project-relative paths of traces and reports among `files`.
    static QStringList discover(const QStringList& files);
    // Walks root (skipping dependency and build folders) and reads every trace: headless.
    static QList<TraceListItem> scan(const QString& root, const std::atomic_bool* cancel = nullptr);
    static TraceListItem readItem(const QString& root, const QString& relative,
                                  const std::atomic_bool* cancel = nullptr);

    // Starts watching and scanning `root`; an empty root clears the model.
    void setRoot(const QString& root);
    QString root() const { return m_root; }
    void rescan();
    bool isScanning() const { return m_scanning; }

    const QList<TraceListItem>& items() const { return m_items; }
    const TraceListItem* item(int row) const;
    int rowOf(const QString& absolutePath) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void scanStarted();
    void scanFinished();

private:
    void setItems(QList<TraceListItem> items);
    void watch();

    QString m_root;
    QList<TraceListItem> m_items;
    WatchSet* m_watcher;
    QTimer* m_debounce;
    quint64 m_generation = 0;
    bool m_scanning = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pwb
