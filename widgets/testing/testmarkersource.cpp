// SPDX-License-Identifier: MIT
#include "testmarkersource.h"

#include "review/testdefinitions.h"
#include "testing/testlineresults.h"
#include "testing/testrunmodel.h"
#include "testspage.h"

#include <QTimer>

namespace pwb {

namespace {

EditorTestMarker::State stateOf(TestState s)
{
    switch (s) {
    case TestState::Running:
        return EditorTestMarker::State::Running;
    case TestState::Passed:
        return EditorTestMarker::State::Passed;
    case TestState::Failed:
    case TestState::Invalid:
        return EditorTestMarker::State::Failed;
    case TestState::Skipped:
    case TestState::Excluded:
        return EditorTestMarker::State::Skipped;
    case TestState::Pending:
        break;
    }
    return EditorTestMarker::State::NotRun;
}

} // namespace

TestMarkerSource::TestMarkerSource(TestsPage* tests, QObject* parent)
    : TestMarkerProvider(parent)
    , m_tests(tests)
    , m_changed(new QTimer(this))
{
    m_changed->setSingleShot(true);
    m_changed->setInterval(150);
    connect(m_changed, &QTimer::timeout, this, &TestMarkerProvider::markersChanged);
    TestRunModel* model = tests->runModel();
    const auto later = [this] { m_changed->start(); };
    connect(model, &TestRunModel::countsChanged, this, later);
    connect(model, &TestRunModel::runFinished, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
}

QList<EditorTestMarker> TestMarkerSource::testMarkers(const QString& relativePath,
                                                      const QString& text) const
{
    if (!TestDefinitions::isTestFile(relativePath))
        return {};
    const QList<TestDefinition> defs = TestDefinitions::find(text.toUtf8());
    const QHash<int, TestLineResult> results =
        TestLineResults::forFile(m_tests->runModel()->tests(), relativePath);
    QList<EditorTestMarker> out;
    out.reserve(defs.size());
    for (const TestDefinition& d : defs) {
        EditorTestMarker m;
        m.kind = d.kind == TestDefinition::Kind::Test ? EditorTestMarker::Kind::Test
                                                      : EditorTestMarker::Kind::Describe;
        m.line = d.line;
        m.endLine = d.endLine;
        m.name = d.name;
        if (d.kind == TestDefinition::Kind::Test) {
            const auto r = results.constFind(d.line);
            if (r != results.cend()) {
                m.state = stateOf(r->state);
                m.failureLine = r->failureLine;
                m.failureMessage = r->message;
            }
        } else {
            // A describe shows the combined state of the tests inside it.
            QList<TestState> inside;
            for (auto it = results.cbegin(); it != results.cend(); ++it)
                if (it.key() > d.line && it.key() <= d.endLine)
                    inside.append(it->state);
            m.state = stateOf(TestLineResults::combined(inside));
        }
        out.append(m);
    }
    return out;
}

void TestMarkerSource::runTest(const QString& relativePath, int line)
{
    m_tests->runAt(relativePath, line);
}

} // namespace pwb
