// SPDX-License-Identifier: MIT
#include "projectreview.h"
#include "core/whendone.h"

#include "analysisrunner.h"
#include "findingsmodel.h"
#include "reportimporter.h"
#include "sarifexporter.h"
#include "triagestore.h"

#include "core/watchset.h"
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent>

namespace pwb {

namespace {
constexpr int kMaxWatchedFiles = 4000; // inotify watches are a shared, limited resource
}

ProjectReview::ProjectReview(QObject* parent)
    : QObject(parent)
    , m_findings(new FindingsModel(this))
    , m_triage(new TriageStore(this))
    , m_runner(new AnalysisRunner(this))
    , m_watcher(new WatchSet(this))
    , m_fileTimer(new QTimer(this))
    , m_dirTimer(new QTimer(this))
{
    m_findings->setTriageStore(m_triage);
    connect(m_runner, &AnalysisRunner::batchReady, this,
            [this](const QList<FileAnalysis>& files, const QStringList& removed) {
                for (const QString& p : removed)
                    m_findings->setFindings(QStringLiteral("analyzer"), p, {});
                for (const FileAnalysis& f : files)
                    m_findings->setFindings(QStringLiteral("analyzer"), f.path, f.findings);
            });
    connect(m_runner, &AnalysisRunner::finished, this, [this] {
        m_findings->setOriginFindings(QStringLiteral("project"), m_runner->crossFileFindings());
    });
    for (QTimer* t : {m_fileTimer, m_dirTimer}) {
        t->setSingleShot(true);
        t->setInterval(300);
    }
    connect(m_fileTimer, &QTimer::timeout, m_runner, &AnalysisRunner::rerun);
    connect(m_dirTimer, &QTimer::timeout, this, &ProjectReview::rescanRequested);
    connect(m_watcher, &WatchSet::fileChanged, this, [this](const QString& path) {
        // Editors that save by rename drop the watch: put it back.
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        m_fileTimer->start();
    });
    connect(m_watcher, &WatchSet::directoryChanged, this, [this] { m_dirTimer->start(); });
}

ProjectReview::~ProjectReview() = default;

void ProjectReview::open(const QString& root)
{
    close();
    m_root = root;
    m_diagnostics = m_triage->load(root);
    emit diagnosticsChanged();
}

void ProjectReview::analyze(const QStringList& relativePaths)
{
    if (m_root.isEmpty())
        return;
    m_runner->start(m_root, relativePaths);
    watch(m_runner->root().isEmpty() ? QStringList() : Analyzer::analyzableFiles(relativePaths));
}

void ProjectReview::watch(const QStringList& files)
{
    QStringList wanted;
    QSet<QString> dirs;
    const QDir root(m_root);
    for (const QString& f : files) {
        if (wanted.size() < kMaxWatchedFiles)
            wanted.append(root.filePath(f));
        dirs.insert(QFileInfo(root.filePath(f)).path());
    }
    wanted.append(QStringList(dirs.begin(), dirs.end()));
    const QStringList current = m_watcher->files() + m_watcher->directories();
    const QSet<QString> have(current.begin(), current.end());
    const QSet<QString> want(wanted.begin(), wanted.end());
    QStringList add;
    QStringList remove;
    for (const QString& p : want) {
        if (!have.contains(p))
            add.append(p);
    }
    for (const QString& p : have) {
        if (!want.contains(p))
            remove.append(p);
    }
    if (!remove.isEmpty())
        m_watcher->removePaths(remove);
    if (!add.isEmpty())
        m_watcher->addPaths(add);
}

void ProjectReview::close()
{
    ++m_generation;
    m_fileTimer->stop();
    m_dirTimer->stop();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_runner->clear();
    m_findings->clear();
    m_triage->clear();
    m_root.clear();
    if (!m_diagnostics.isEmpty()) {
        m_diagnostics.clear();
        emit diagnosticsChanged();
    }
}

void ProjectReview::importReport(const QString& file)
{
    const QString root = m_root;
    const quint64 generation = m_generation;
    whenDone(
        this, QtConcurrent::run([file, root] { return ReportImporter::importFile(file, root); }),
        [this, file, generation](const ReportImporter::Result& r) {
            if (generation != m_generation)
                return; // the project was closed meanwhile
            m_diagnostics.append(r.diagnostics);
            emit diagnosticsChanged();
            if (r.ok)
                m_findings->setOriginFindings(
                    QStringLiteral("import:") + QFileInfo(file).absoluteFilePath(), r.findings);
            emit importFinished(file, r.ok, int(r.findings.size()));
        });
}

bool ProjectReview::exportSarif(const QString& file, QString* error) const
{
    return SarifExporter::write(file, m_findings->findings(), m_root, error);
}

} // namespace pwb
