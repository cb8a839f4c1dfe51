// SPDX-License-Identifier: MIT
#include "testrunmodel.h"

#include <QDir>

namespace pwb {

struct TestRunModel::Node
{
    NodeKind kind = NodeKind::App;
    QString name;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int test = -1; // index into m_tests
    TestCounts counts;
    qint64 timeUs = 0;
    QString file;
    int line = 0;

    int rowInParent = 0; // children are only ever appended, so this stays true

    int row() const { return rowInParent; }
};

void TestCounts::add(TestState s, int delta)
{
    switch (s) {
    case TestState::Passed:
        passed += delta;
        break;
    case TestState::Failed:
        failed += delta;
        break;
    case TestState::Skipped:
        skipped += delta;
        break;
    case TestState::Excluded:
        excluded += delta;
        break;
    case TestState::Invalid:
        invalid += delta;
        break;
    case TestState::Running:
        running += delta;
        break;
    case TestState::Pending:
        break;
    }
}

TestRunModel::TestRunModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

TestRunModel::~TestRunModel() = default;

void TestRunModel::beginRun(const QString& projectRoot, const QString& appName,
                            const QString& appPath)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_dirty.clear();
    m_tests.clear();
    m_byKey.clear();
    m_projectRoot = projectRoot;
    m_appName = appName;
    m_appPath = appPath == u"." ? QString() : appPath;
    m_counts = {};
    m_runUs = -1;
    m_seed = -1;
    m_frozenMs = -1;
    m_clock.start();
    m_running = true;
    endResetModel();
    emit countsChanged();
}

void TestRunModel::endRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_frozenMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit countsChanged();
    emit runFinished();
}

qint64 TestRunModel::elapsedMs() const
{
    if (m_frozenMs >= 0)
        return m_frozenMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

QString TestRunModel::projectPath(const QString& path) const
{
    if (path.isEmpty() || path.startsWith(u'/') || m_appPath.isEmpty())
        return path;
    return m_appPath + u'/' + path;
}

void TestRunModel::applyEvents(const QList<TestEvent>& events)
{
    // A batch of events changes many rows: views hear about each touched range once.
    ++m_batching;
    bool countsMoved = false;
    for (const TestEvent& e : events) {
        switch (e.kind) {
        case TestEvent::Kind::SuiteStarted:
            m_seed = e.seed;
            if (!e.app.isEmpty())
                m_appName = e.app;
            if (!e.cwd.isEmpty() && !m_projectRoot.isEmpty()) {
                const QString rel = QDir(m_projectRoot).relativeFilePath(e.cwd);
                if (!rel.startsWith(QStringLiteral("..")))
                    m_appPath = rel == u"." ? QString() : rel;
            }
            break;
        case TestEvent::Kind::SuiteFinished:
            m_runUs = std::max<qint64>(m_runUs, 0) + std::max<qint64>(e.runUs, 0);
            break;
        case TestEvent::Kind::TestStarted:
        case TestEvent::Kind::TestFinished:
            upsert(e.test);
            countsMoved = true;
            break;
        case TestEvent::Kind::ModuleFinished:
            if (e.moduleFailed) {
                // setup_all failed: one synthetic failed entry carries the module's failure.
                TestResult t;
                t.module = e.module;
                t.name = QStringLiteral("setup_all");
                t.test = tr("setup_all failed");
                t.type = QStringLiteral("setup_all");
                t.file = e.file;
                t.state = TestState::Failed;
                t.failure = e.moduleFailure;
                if (!t.failure.errors.isEmpty() && !t.failure.errors.first().stacktrace.isEmpty())
                    t.line = t.failure.errors.first().stacktrace.first().line;
                upsert(t);
                countsMoved = true;
            }
            break;
        case TestEvent::Kind::ModuleStarted:
        case TestEvent::Kind::Coverage:
        case TestEvent::Kind::MaxFailuresReached:
        case TestEvent::Kind::Unknown:
            break;
        }
    }
    --m_batching;
    flushChanges();
    if (countsMoved)
        emit countsChanged();
}

void TestRunModel::flushChanges()
{
    if (m_batching > 0 || m_dirty.isEmpty())
        return;
    // One dataChanged per parent, spanning its touched rows.
    QHash<Node*, std::pair<int, int>> ranges;
    for (Node* n : std::as_const(m_dirty)) {
        auto it = ranges.find(n->parent);
        if (it == ranges.end())
            ranges.insert(n->parent, {n->row(), n->row()});
        else
            *it = {std::min(it->first, n->row()), std::max(it->second, n->row())};
    }
    m_dirty.clear();
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        const QModelIndex parent = indexOf(it.key());
        emit dataChanged(index(it->first, 0, parent), index(it->second, ColumnCount - 1, parent));
    }
}

TestRunModel::Node* TestRunModel::child(Node* parent, NodeKind kind, const QString& name)
{
    // A test is only placed once (upsert looks it up by key first): no need to search its
    // siblings, which are many in a big module.
    if (kind != NodeKind::Test) {
        for (const auto& c : parent->children)
            if (c->kind == kind && c->name == name)
                return c.get();
    }
    // Keep siblings sorted by kind (describe blocks before loose tests), then arrival.
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->name = name;
    node->parent = parent;
    node->rowInParent = row;
    Node* raw = node.get();
    parent->children.push_back(std::move(node));
    endInsertRows();
    return raw;
}

namespace {
// Frames from these applications point into Elixir/OTP's own sources, not the project.
bool isLibraryApp(const QString& app)
{
    static const QStringList apps{
        QStringLiteral("elixir"), QStringLiteral("ex_unit"), QStringLiteral("stdlib"),
        QStringLiteral("kernel"), QStringLiteral("mix"),     QStringLiteral("logger"),
        QStringLiteral("iex"),    QStringLiteral("eex"),     QStringLiteral("erts")};
    return apps.contains(app);
}
} // namespace

void TestRunModel::upsert(TestResult t)
{
    t.file = projectPath(t.file);
    for (TestError& err : t.failure.errors)
        for (StackFrame& f : err.stacktrace)
            if (!f.file.isEmpty() && !f.file.startsWith(u'/') && !isLibraryApp(f.app))
                f.file = projectPath(f.file);
    const QString key = t.key();
    const bool isModuleEntry = t.type == u"setup_all";
    Node* node = m_byKey.value(key);
    TestState old = TestState::Pending;
    qint64 oldTime = 0;
    if (!node) {
        const QString app = m_appName.isEmpty() ? tr("(project)") : m_appName;
        Node* parent = child(m_root.get(), NodeKind::App, app);
        parent = child(parent, NodeKind::Module, t.module);
        if (parent->file.isEmpty())
            parent->file = t.file;
        if (!t.describe.isEmpty())
            parent = child(parent, NodeKind::Describe, t.describe);
        node = child(parent, NodeKind::Test, t.name);
        node->test = int(m_tests.size());
        m_tests.append(t);
        m_byKey.insert(key, node);
        for (Node* n = node->parent; n; n = n->parent)
            ++n->counts.total;
        if (!isModuleEntry)
            ++m_counts.total;
    } else {
        old = m_tests[node->test].state;
        oldTime = m_tests[node->test].timeUs;
        m_tests[node->test] = t;
    }
    node->file = t.file;
    node->line = t.line;
    node->timeUs = t.timeUs;
    for (Node* n = node->parent; n; n = n->parent) {
        n->counts.add(old, -1);
        n->counts.add(t.state, +1);
        n->timeUs += t.timeUs - oldTime;
    }
    // ExUnit counts a failed setup_all as invalid tests, not as one more test: so do we.
    if (!isModuleEntry) {
        m_counts.add(old, -1);
        m_counts.add(t.state, +1);
    }
    changed(node);
}

void TestRunModel::changed(Node* node)
{
    for (Node* n = node; n && n != m_root.get(); n = n->parent)
        m_dirty.insert(n);
    flushChanges();
}

QModelIndex TestRunModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

QModelIndex TestRunModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node* p = parent.isValid() ? static_cast<Node*>(parent.internalPointer()) : m_root.get();
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex TestRunModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* n = static_cast<Node*>(child.internalPointer());
    return indexOf(n->parent);
}

int TestRunModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* p = parent.isValid() ? static_cast<Node*>(parent.internalPointer()) : m_root.get();
    return int(p->children.size());
}

int TestRunModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString TestRunModel::formatDuration(qint64 us)
{
    if (us < 1000)
        return QStringLiteral("%1 µs").arg(us);
    if (us < 1000000)
        return QStringLiteral("%1 ms").arg(double(us) / 1000.0, 0, 'f', us < 10000 ? 1 : 0);
    return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', 2);
}

QString TestRunModel::countsText(const TestCounts& c)
{
    QStringList parts;
    if (c.passed)
        parts << tr("%1 passed").arg(c.passed);
    if (c.failed)
        parts << tr("%1 failed").arg(c.failed);
    if (c.invalid)
        parts << tr("%1 invalid").arg(c.invalid);
    if (c.skipped)
        parts << tr("%1 skipped").arg(c.skipped);
    if (c.excluded)
        parts << tr("%1 excluded").arg(c.excluded);
    if (c.running)
        parts << tr("%1 running").arg(c.running);
    return parts.join(QStringLiteral(", "));
}

namespace {
TestState worst(const TestCounts& c)
{
    if (c.failed)
        return TestState::Failed;
    if (c.invalid)
        return TestState::Invalid;
    if (c.running)
        return TestState::Running;
    if (c.passed)
        return TestState::Passed;
    if (c.skipped)
        return TestState::Skipped;
    if (c.excluded)
        return TestState::Excluded;
    return TestState::Pending;
}
} // namespace

QVariant TestRunModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = static_cast<Node*>(index.internalPointer());
    const TestResult* t = n->test >= 0 ? &m_tests.at(n->test) : nullptr;
    const TestState state = t ? t->state : worst(n->counts);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t ? t->test : n->name;
        case StateColumn:
            return t ? TestStates::label(state) : countsText(n->counts);
        case DurationColumn:
            return (t && state == TestState::Running) ? QVariant()
                                                      : QVariant(formatDuration(n->timeUs));
        case TagsColumn:
            return t ? t->tags.keys().join(QStringLiteral(", ")) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (t)
            return QStringLiteral("%1\n%2:%3").arg(t->name, t->file).arg(t->line);
        return n->file.isEmpty() ? QVariant(n->name) : QVariant(n->name + u'\n' + n->file);
    case KindRole:
        return int(n->kind);
    case StateRole:
        return int(state);
    case FileRole:
        return n->file;
    case LineRole:
        return n->line;
    case DurationUsRole:
        return n->timeUs;
    case KeyRole:
        return t ? t->key() : QVariant();
    case CategoryRole:
        return t ? FailureCategories::id(FailureCategories::categorise(*t)) : QVariant();
    case CountsRole:
        return countsText(n->counts);
    default:
        return {};
    }
}

QVariant TestRunModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Test");
    case StateColumn:
        return tr("State");
    case DurationColumn:
        return tr("Time");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

QList<TestResult> TestRunModel::failures() const
{
    QList<TestResult> out;
    for (const TestResult& t : m_tests)
        if (t.state == TestState::Failed || t.state == TestState::Invalid)
            out << t;
    return out;
}

QList<TestResult> TestRunModel::slowest(int n) const
{
    QList<TestResult> done;
    for (const TestResult& t : m_tests)
        if (t.state == TestState::Passed || t.state == TestState::Failed)
            done << t;
    std::stable_sort(done.begin(), done.end(),
                     [](const TestResult& a, const TestResult& b) { return a.timeUs > b.timeUs; });
    return done.mid(0, n);
}

const TestResult* TestRunModel::result(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Node* n = static_cast<Node*>(index.internalPointer());
    return n->test >= 0 ? &m_tests.at(n->test) : nullptr;
}

QModelIndex TestRunModel::indexForKey(const QString& key) const
{
    return indexOf(m_byKey.value(key));
}

} // namespace pwb
