// SPDX-License-Identifier: MIT
#include "testing/testsession.h"

#include "core/logging.h"
#include "core/projectfile.h"
#include "core/whendone.h"
#include "testing/ansitext.h"
#include "testing/coveragemodel.h"
#include "testing/junitexport.h"
#include "testing/testeventparser.h"
#include "testing/testrunmodel.h"
#include "testing/testrunner.h"

#include "core/watchset.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pwb {

namespace {

QString recordedRunFile(const QString& root)
{
    return root + u'/' + QLatin1StringView(TestSession::kRecordedRunFile);
}

QString lastRunFile(const QString& root)
{
    return root + QStringLiteral("/.workbench/last-test-run.jsonl");
}

QStringList splitPatterns(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

struct LoadedRun
{
    QList<TestEvent> events;
    bool recorded = false; // the run shipped with the project, not one made here
    QDateTime recordedAt;  // when it was made (its "recorded_at", else the file's date)
};

// The first line of a recorded run may say when it was made: {"event":"suite_started",
// "recorded_at":"2026-12-05T10:06:57Z", ...}.
QDateTime recordedTime(const QByteArray& bytes)
{
    const QByteArray first = bytes.left(bytes.indexOf('\n'));
    const QJsonObject o = QJsonDocument::fromJson(first).object();
    return QDateTime::fromString(o.value(QLatin1StringView("recorded_at")).toString(), Qt::ISODate);
}

// inotify watches are a shared, limited resource.
constexpr qsizetype kMaxWatchedFiles = 4000;

} // namespace

TestSession::TestSession(QObject* parent)
    : QObject(parent)
    , m_runner(new TestRunner(this))
    , m_model(new TestRunModel(this))
    , m_coverage(new CoverageModel(this))
    , m_watchDebounce(new QTimer(this))
{
    m_watchDebounce->setSingleShot(true);
    m_watchDebounce->setInterval(700);
    connect(m_watchDebounce, &QTimer::timeout, this, [this] {
        if (m_root.isEmpty())
            return;
        if (isRunning()) {
            m_rerunPending = true;
            return;
        }
        TestRunOptions o = m_lastOptions;
        o.scope = TestRunOptions::Scope::Stale;
        if (m_optionsProvider)
            o = m_optionsProvider(TestRunOptions::Scope::Stale);
        emit watchTriggered();
        run(o);
    });
    connect(m_runner, &TestRunner::eventsReceived, this, &TestSession::onEvents);
    connect(m_runner, &TestRunner::outputReceived, this, &TestSession::outputReceived);
    connect(m_runner, &TestRunner::hung, this, &TestSession::hung);
    connect(m_runner, &TestRunner::finished, this, &TestSession::onFinished);
}

TestSession::~TestSession() = default;

void TestSession::setDatabase(Database* db)
{
    m_history = db ? std::make_unique<TestHistory>(db) : nullptr;
    emit historyChanged();
}

QList<TestRunRecord> TestSession::history() const
{
    if (!m_history || m_root.isEmpty())
        return {};
    return m_history->runs(m_root);
}

QString TestSession::appNameFor(const QString& appPath) const
{
    return appPath.isEmpty() ? m_projectName : QFileInfo(appPath).fileName();
}

void TestSession::open(const QString& root, const QString& projectName, const QString& appPath)
{
    const QString appName =
        projectName.isEmpty() || appPath.isEmpty() ? projectName : QFileInfo(appPath).fileName();
    m_runner->cancel();
    ++m_generation;
    m_root = root;
    m_restored = false;
    m_recorded = false;
    m_recordedAt = QDateTime();
    m_rerunPending = false;
    m_lastOptions = TestRunOptions{};
    m_lastOptions.appPath = appPath;
    m_projectName = projectName;
    m_model->beginRun(root, appName, appPath);
    m_model->endRun();
    m_coverage->clear();
    m_coverage->setBusinessLogicPatterns(splitPatterns(loadSettings().businessLogic));
    emit historyChanged();
    if (m_keepState) {
        loadLastRun(appName, appPath);
        loadCoverageFiles();
    }
}

void TestSession::close()
{
    m_runner->cancel();
    ++m_generation;
    m_root.clear();
    m_restored = false;
    m_recorded = false;
    m_recordedAt = QDateTime();
    m_rerunPending = false;
    m_watchDebounce->stop();
    setWatchedFiles({});
    m_model->beginRun({}, {});
    m_model->endRun();
    m_coverage->clear();
    emit historyChanged();
}

QString TestSession::settingsGroup(const QString& root)
{
    return QStringLiteral("tests/") +
           QString::fromLatin1(
               QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

TestSessionSettings TestSession::settingsFor(const QString& root)
{
    TestSessionSettings t;
    if (root.isEmpty())
        return t;
    QSettings s;
    s.beginGroup(settingsGroup(root));
    t.mixEnv = s.value(QStringLiteral("mixEnv")).toString();
    t.extraArgs = s.value(QStringLiteral("extraArgs")).toString();
    t.hangSeconds = s.value(QStringLiteral("hangSeconds"), 120).toInt();
    t.businessLogic = s.value(QStringLiteral("businessLogic")).toString();
    t.include = s.value(QStringLiteral("include")).toString();
    t.exclude = s.value(QStringLiteral("exclude")).toString();
    t.cover = s.value(QStringLiteral("cover"), false).toBool();
    if (s.contains(QStringLiteral("app")))
        t.appPath = s.value(QStringLiteral("app")).toString();
    return t;
}

void TestSession::saveSettings(const TestSessionSettings& t) const
{
    if (m_root.isEmpty())
        return;
    QSettings s;
    s.beginGroup(settingsGroup(m_root));
    s.setValue(QStringLiteral("mixEnv"), t.mixEnv);
    s.setValue(QStringLiteral("extraArgs"), t.extraArgs);
    s.setValue(QStringLiteral("hangSeconds"), t.hangSeconds);
    s.setValue(QStringLiteral("businessLogic"), t.businessLogic);
    s.setValue(QStringLiteral("include"), t.include);
    s.setValue(QStringLiteral("exclude"), t.exclude);
    s.setValue(QStringLiteral("cover"), t.cover);
    if (t.appPath)
        s.setValue(QStringLiteral("app"), *t.appPath);
    m_coverage->setBusinessLogicPatterns(splitPatterns(t.businessLogic));
}

bool TestSession::isRunning() const
{
    return m_runner->isRunning();
}

double TestSession::seconds() const
{
    return m_model->suiteRunUs() > 0 ? double(m_model->suiteRunUs()) / 1e6
                                     : double(m_model->elapsedMs()) / 1000.0;
}

bool TestSession::run(const TestRunOptions& options, const QString& name)
{
    if (m_root.isEmpty() || isRunning())
        return false;
    const QString appName = name.isEmpty() ? appNameFor(options.appPath) : name;
    m_mixTask = false;
    m_rerunPending = false;
    m_restored = false;
    m_recorded = false;
    m_recordedAt = QDateTime();
    m_coverageProblem.clear();
    m_runCoverage = {};
    m_lastOptions = options;
    ++m_generation;
    m_model->beginRun(m_root, appName, options.appPath);
    if (!m_runner->start(m_root, options)) {
        m_model->endRun();
        return false;
    }
    emit runStarted(m_runner->command());
    return true;
}

bool TestSession::runMixTask(const QStringList& args, const QString& appPath)
{
    if (m_root.isEmpty() || isRunning())
        return false;
    m_mixTask = true;
    if (!m_runner->startMix(m_root, appPath, args)) {
        m_mixTask = false;
        return false;
    }
    emit runStarted(m_runner->command());
    return true;
}

void TestSession::cancel()
{
    m_rerunPending = false;
    m_runner->cancel();
}

void TestSession::onEvents(const QList<TestEvent>& events)
{
    // Coverage names files relative to the folder mix ran in, and an umbrella run moves from
    // app to app: each coverage event is placed with the model's app path at that point.
    qsizetype from = 0;
    bool coverage = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).kind != TestEvent::Kind::Coverage)
            continue;
        m_model->applyEvents(events.mid(from, i - from + 1));
        from = i + 1;
        coverage = true;
        m_runCoverage.source = QStringLiteral("events");
        CoverageData part = CoverageParsers::fromEvent(events.at(i).coverage, m_model->appPath());
        for (ModuleCoverage& m : part.modules) {
            // A source outside the project: _build was compiled under another path, and its
            // lines belong to files the editor never shows.
            if (QDir::isAbsolutePath(m.file) && !m_root.isEmpty() &&
                !m.file.startsWith(m_root + u'/')) {
                if (m_coverageProblem.isEmpty())
                    m_coverageProblem = TestRunAnalysis::staleBuildProblem({}, m.file);
                continue;
            }
            m.origin = m_runCoverageOrigin.isEmpty() ? tr("mix test --cover") : m_runCoverageOrigin;
            m_runCoverage.modules << m;
        }
    }
    if (from == 0)
        m_model->applyEvents(events);
    else if (from < events.size())
        m_model->applyEvents(events.mid(from));
    // The gutter follows as soon as the numbers are in, not only when the run ends.
    if (coverage)
        m_coverage->setData(m_runCoverage);
    emit eventsApplied(events);
}

void TestSession::onFinished(const TestRunOutcome& outcome)
{
    if (m_mixTask) {
        m_mixTask = false;
        emit mixTaskFinished(outcome);
        return;
    }
    m_model->endRun();
    // mix's own word on it (the HTML step's crash) names the module; it goes first.
    if (!outcome.coverageProblem.isEmpty())
        m_coverageProblem = outcome.coverageProblem;
    // Coverage: the formatter's line data (already shown), else the table mix printed,
    // which has module percentages only: the gutter then has nothing to show.
    if (m_runCoverage.isEmpty() && m_runner->options().cover) {
        CoverageData table =
            CoverageParsers::parseCoverTable(AnsiText::strip(m_runner->rawLog()), tr("mix output"));
        for (ModuleCoverage& m : table.modules)
            m.origin = tr("the mix test --cover table");
        if (!table.isEmpty())
            m_coverage->setData(table);
    }
    if (outcome.suiteFinished) {
        recordHistory(outcome);
        if (m_keepState)
            saveLastRun();
    }
    emit runFinished(outcome);
    if (m_rerunPending) {
        m_rerunPending = false;
        m_watchDebounce->start();
    }
}

void TestSession::recordHistory(const TestRunOutcome& outcome)
{
    if (!m_history)
        return;
    TestRunRecord r;
    r.project = m_root;
    r.app = m_model->appName();
    r.finishedAt = QDateTime::currentDateTimeUtc();
    const TestCounts& c = m_model->counts();
    r.total = c.total;
    r.passed = c.passed;
    r.failed = c.failed;
    r.skipped = c.skipped;
    r.excluded = c.excluded;
    r.invalid = c.invalid;
    r.seconds = seconds();
    r.coverage =
        m_runCoverage.isEmpty() && !m_runner->options().cover ? -1 : m_coverage->totalPercent();
    r.businessCoverage = r.coverage >= 0 ? m_coverage->businessPercent() : -1;
    r.seed = m_model->seed();
    r.status = TestRunOutcome::statusName(outcome.status);
    if (!m_history->record(r)) {
        qCWarning(lcTesting) << "could not record the run in" << m_history->databasePath() << ":"
                             << m_history->errorString();
        emit writeFailed(m_history->databasePath(), m_history->errorString());
    }
    emit historyChanged();
}

void TestSession::showRun(const QList<TestEvent>& events, const QString& appName,
                          const QString& appPath, const QString& coverageOrigin)
{
    m_model->beginRun(m_root, appName, appPath);
    m_coverageProblem.clear();
    m_runCoverage = {};
    m_runCoverageOrigin = coverageOrigin;
    onEvents(events);
    m_runCoverageOrigin.clear();
    m_model->endRun();
}

void TestSession::saveLastRun()
{
    const QByteArray data = m_runner->eventsData();
    if (data.isEmpty() || m_root.isEmpty())
        return;
    // Disk work off the GUI thread; nothing waits for it. The safe writer refuses a
    // .workbench linked out of the project.
    whenDone(this, QtConcurrent::run([data, root = m_root] {
                 return ProjectFile::write(root, lastRunFile(root), data);
             }),
             [this, root = m_root](const ProjectFile::Result& w) {
                 if (w.ok() || root != m_root)
                     return;
                 const QString path = lastRunFile(root);
                 qCWarning(lcTesting) << "could not keep the last run in" << path << ":" << w.error;
                 emit writeFailed(path, w.error);
             });
}

void TestSession::loadLastRun(const QString& appName, const QString& appPath)
{
    const quint64 generation = m_generation;
    whenDone(this, QtConcurrent::run([root = m_root] {
                 LoadedRun run;
                 // A FIFO or a link to /dev/zero here must not hang or fill the GUI.
                 QString path = lastRunFile(root);
                 ProjectFile::Result f = ProjectFile::read(root, path, qint64(64) << 20);
                 if (!f.ok() && !QFileInfo::exists(path)) {
                     // No run made here yet: a run recorded with the project (the demo
                     // ships one, so its tour has a failing test before anything ran).
                     path = recordedRunFile(root);
                     f = ProjectFile::read(root, path, qint64(64) << 20);
                     run.recorded = f.ok();
                     if (run.recorded) {
                         run.recordedAt = recordedTime(f.bytes);
                         if (!run.recordedAt.isValid())
                             run.recordedAt = QFileInfo(path).lastModified();
                     }
                 }
                 if (!f.ok())
                     return run;
                 TestEventParser p(path);
                 run.events = p.feed(f.bytes);
                 run.events << p.finish();
                 return run;
             }),
             [this, generation, appName, appPath](const LoadedRun& run) {
                 if (generation != m_generation || run.events.isEmpty() || isRunning())
                     return;
                 showRun(run.events, appName, appPath,
                         run.recorded ? tr("the recorded mix test --cover run")
                                      : tr("the last mix test --cover run (restored)"));
                 m_restored = true;
                 m_recordedAt = run.recorded ? run.recordedAt : QDateTime();
                 m_recorded = run.recorded;
                 emit lastRunRestored();
             });
}

void TestSession::loadCoverageFiles()
{
    // ExCoveralls' JSON or an lcov.info left by CI: shown until a --cover run replaces it.
    const quint64 generation = m_generation;
    const QString root = m_root;
    whenDone(this, QtConcurrent::run([root] { return CoverageParsers::loadProjectFiles(root); }),
             [this, generation](const CoverageData& data) {
                 if (generation == m_generation && m_coverage->isEmpty() && !data.isEmpty())
                     m_coverage->setData(data);
             });
}

void TestSession::setWatchMode(bool on)
{
    if (m_watch == on)
        return;
    m_watch = on;
    rearmWatcher();
}

void TestSession::setWatchedFiles(const QStringList& absolutePaths)
{
    m_watchedFiles = absolutePaths.mid(0, kMaxWatchedFiles);
    rearmWatcher();
}

QStringList TestSession::watchedFiles() const
{
    return m_watcher ? m_watcher->files() : QStringList();
}

void TestSession::rearmWatcher()
{
    delete m_watcher;
    m_watcher = nullptr;
    if (!m_watch || m_root.isEmpty() || m_watchedFiles.isEmpty())
        return;
    m_watcher = new WatchSet(this);
    m_watcher->addPaths(m_watchedFiles);
    connect(m_watcher, &WatchSet::fileChanged, this, [this](const QString& path) {
        // Editors that save by rename drop the watch: put it back.
        if (m_watcher && !m_watcher->files().contains(path) && QFileInfo::exists(path))
            m_watcher->addPath(path);
        m_watchDebounce->start();
    });
}

bool TestSession::exportJUnit(const QString& path, QString* error) const
{
    return JUnitExport::write(path, m_model->tests(), m_model->appName(),
                              double(m_model->elapsedMs()) / 1000.0, error);
}

} // namespace pwb
