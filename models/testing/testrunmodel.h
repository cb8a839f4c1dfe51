// SPDX-License-Identifier: MIT
// The live tree of one run: app > module > describe > test (doctests included), filled
// from the formatter's events as they arrive, with counts and durations on every level.
#pragma once

#include "failurecategory.h"
#include "testevent.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QSet>

#include <memory>
#include <vector>

namespace pwb {

struct TestCounts
{
    int total = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int excluded = 0;
    int invalid = 0;
    int running = 0;

    void add(TestState s, int delta);
    int done() const { return passed + failed + skipped + excluded + invalid; }
    friend bool operator==(const TestCounts&, const TestCounts&) = default;
};

class TestRunModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        DurationColumn,
        TagsColumn,
        ColumnCount
    };
    enum class NodeKind
    {
        App,
        Module,
        Describe,
        Test
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        StateRole,                   // TestState as int (tests), worst state (groups)
        FileRole,                    // project-relative
        LineRole,
        DurationUsRole,
        KeyRole,      // TestResult::key() for tests
        CategoryRole, // FailureCategory id for failed tests
        CountsRole    // "3 passed, 1 failed" for groups
    };

    explicit TestRunModel(QObject* parent = nullptr);
    ~TestRunModel() override;

    // Clears the tree for a new run. `appName` names the app level when events do not
    // (single-app projects); `appPath` is where mix runs, relative to `projectRoot`.
    void beginRun(const QString& projectRoot, const QString& appName, const QString& appPath = {});
    void applyEvents(const QList<TestEvent>& events);
    // Marks the run over: tests still running are left as they were reported.
    void endRun();

    bool isRunning() const { return m_running; }
    const TestCounts& counts() const { return m_counts; }
    qint64 elapsedMs() const;                     // wall time since beginRun (frozen at endRun)
    qint64 suiteRunUs() const { return m_runUs; } // ExUnit's own figure, -1 until known
    qint64 seed() const { return m_seed; }
    QString appName() const { return m_appName; }
    QString appPath() const { return m_appPath; } // where mix ran, project-relative

    // All tests in arrival order; paths are project-relative.
    const QList<TestResult>& tests() const { return m_tests; }
    QList<TestResult> failures() const; // failed and invalid
    QList<TestResult> slowest(int n) const;
    const TestResult* result(const QModelIndex& index) const;
    QModelIndex indexForKey(const QString& key) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    static QString formatDuration(qint64 us);
    static QString countsText(const TestCounts& c);

signals:
    void countsChanged();
    void runFinished();

private:
    struct Node;
    Node* child(Node* parent, NodeKind kind, const QString& name);
    QModelIndex indexOf(const Node* node, int column = 0) const;
    void upsert(TestResult t);
    void changed(Node* node);
    void flushChanges();
    QString projectPath(const QString& path) const;

    std::unique_ptr<Node> m_root;
    QList<TestResult> m_tests;
    QHash<QString, Node*> m_byKey;
    QString m_projectRoot;
    QString m_appName;
    QString m_appPath;
    TestCounts m_counts;
    QElapsedTimer m_clock;
    qint64 m_frozenMs = -1;
    qint64 m_runUs = -1;
    qint64 m_seed = -1;
    bool m_running = false;
    QSet<Node*> m_dirty; // rows changed during a batch, announced when it ends
    int m_batching = 0;
};

} // namespace pwb
