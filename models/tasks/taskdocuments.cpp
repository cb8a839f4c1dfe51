// SPDX-License-Identifier: MIT
#include "taskdocuments.h"
#include "core/logging.h"

#include "core/documentkind.h"
#include "core/plansearch.h"
#include "core/projectfile.h"
#include "core/watchset.h"
#include "core/whendone.h"

#include "parsecache.h"
#include "tasksreport.h"
#include "trdlint.h"
#include "trdparser.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>
#include <QtConcurrent>

#include <optional>

namespace pwb {

namespace {

// One edit on the undo stack; redo/undo queue the change or its inverse.
class TaskChangeCommand : public QUndoCommand
{
public:
    TaskChangeCommand(TaskDocuments* docs, QString path, TaskChange change)
        : m_docs(docs)
        , m_path(std::move(path))
        , m_change(std::move(change))
    {
        setText(m_change.description);
    }
    void redo() override { m_docs->submit(m_path, m_change); }
    void undo() override { m_docs->submit(m_path, m_change.inverse()); }

private:
    TaskDocuments* m_docs;
    QString m_path;
    TaskChange m_change;
};

struct WriteOutcome
{
    enum Kind
    {
        Written,
        Unchanged,
        Conflict,
        Failed
    };
    Kind kind = Failed;
    TaskDocuments::Entry entry;
    QString message;
};

// `paths` and those of `lookInside` whose head reads as a plan, TRDs first.
QStringList withPlansByContent(const QString& root, QStringList paths,
                               const QStringList& lookInside,
                               const std::shared_ptr<std::atomic_bool>& cancel)
{
    if (lookInside.isEmpty())
        return paths;
    paths << TasksReport::plansByContent(root, lookInside, cancel.get());
    std::sort(paths.begin(), paths.end(), DocumentKind::lessByPriority);
    return paths;
}

void finishEntry(TaskDocuments::Entry& e)
{
    ParsedDocument parsed = ParseCache::parse(e.bytes, e.path, e.hoursPerDay);
    e.doc = std::move(parsed.doc);
    e.lint = std::move(parsed.lint);
}

// Runs on a worker thread: re-read, re-plan when the file moved on, write atomically.
WriteOutcome writeChange(TaskDocuments::Entry current, const TaskChange& change)
{
    WriteOutcome out;
    const ProjectFile::Result in =
        ProjectFile::read(current.root, current.absolutePath, TasksReport::kMaxDocumentBytes);
    if (!in.ok()) {
        out.message = current.path + u' ' + in.error;
        return out;
    }
    const QByteArray& onDisk = in.bytes;
    TaskDocuments::Entry e = current;
    const bool moved = onDisk != current.bytes;
    if (moved) {
        e.bytes = onDisk;
        finishEntry(e);
    }
    QList<TrdPatch> patches;
    QString why;
    const TrdEditor::Result r = TrdEditor::plan(e.bytes, e.doc, change, &patches, &why, moved);
    out.entry = e;
    if (r != TrdEditor::Result::Ok) {
        out.kind = WriteOutcome::Conflict;
        out.message = why;
        return out;
    }
    if (patches.isEmpty()) {
        out.kind = WriteOutcome::Unchanged;
        return out;
    }
    QByteArray bytes = e.bytes;
    if (!TrdEditor::apply(&bytes, patches)) {
        out.kind = WriteOutcome::Conflict;
        out.message = QCoreApplication::translate(
                          "TaskDocuments", "the bytes to change in %1 are not where they were")
                          .arg(current.path);
        return out;
    }
    // Through the one safe writer: never through a link leaving the root, never into a FIFO,
    // a read-only file stays as it is, the mode is kept.
    const ProjectFile::Result w = ProjectFile::write(current.root, current.absolutePath, bytes);
    if (!w.ok()) {
        out.message = current.path + u' ' + w.error;
        return out;
    }
    out.kind = WriteOutcome::Written;
    out.entry.bytes = bytes;
    // The Plans overview shows this time for a file with changes not committed yet.
    out.entry.modified = QFileInfo(current.absolutePath).lastModified();
    finishEntry(out.entry);
    return out;
}

} // namespace

TaskDocuments::TaskDocuments(QObject* parent)
    : QObject(parent)
    , m_watcher(new WatchSet(this))
    , m_undo(new QUndoStack(this))
{
    connect(m_watcher, &WatchSet::fileChanged, this, &TaskDocuments::onFileChanged);
    connect(m_watcher, &WatchSet::directoryChanged, this, &TaskDocuments::rescanFolders);
}

void TaskDocuments::watchFolders()
{
    if (m_root.isEmpty())
        return;
    const QDir root(m_root);
    QStringList want{QString()};
    want << QStringLiteral("docs") << QStringLiteral("docs/TRD") << QStringLiteral("docs/PRD");
    want << m_planFolders;
    QSet<QString> seen(want.cbegin(), want.cend());
    for (const Entry& e : std::as_const(m_entries)) {
        if (want.size() >= 4 * kMaxWatchedFolders)
            break;
        if (QFileInfo(e.path).isAbsolute())
            continue; // opened from outside the project
        QString dir = QFileInfo(e.path).path();
        while (!dir.isEmpty() && dir != u"." && !seen.contains(dir)) {
            seen.insert(dir);
            want << dir;
            const qsizetype slash = dir.lastIndexOf(u'/');
            dir = slash < 0 ? QString() : dir.first(slash);
        }
    }
    QStringList dirs;
    for (const QString& rel : std::as_const(want)) {
        if (dirs.size() >= kMaxWatchedFolders)
            break;
        const QString abs = rel.isEmpty() ? root.path() : root.filePath(rel);
        // Never through a link: not the folder itself, nor one on the way to it.
        bool linked = false;
        for (QString d = rel; !d.isEmpty() && !linked;) {
            linked = QFileInfo(root.filePath(d)).isSymLink();
            const qsizetype slash = d.lastIndexOf(u'/');
            d = slash < 0 ? QString() : d.first(slash);
        }
        if (!linked && QFileInfo(abs).isDir() && !dirs.contains(abs))
            dirs << abs;
    }
    const QStringList watched = m_watcher->directories();
    QStringList gone;
    for (const QString& d : watched) {
        if (!dirs.contains(d))
            gone << d;
    }
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    QStringList added;
    for (const QString& d : std::as_const(dirs)) {
        if (!watched.contains(d))
            added << d;
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

QStringList TaskDocuments::watchedFolders() const
{
    return m_watcher->directories();
}

// A document added to or removed from a folder where plans are found, while the project is
// open.
void TaskDocuments::rescanFolders()
{
    if (m_root.isEmpty())
        return;
    // One walk at a time: a burst of changes (a checkout, a build writing beside the plans)
    // is one more walk after the running one.
    if (m_rescanning) {
        m_rescanAgain = true;
        return;
    }
    m_rescanning = true;
    const QString root = m_root;
    whenDone(this, QtConcurrent::run([root] {
                 QStringList folders;
                 QStringList paths = TasksReport::documentPaths(root, &folders);
                 return std::pair{paths, folders};
             }),
             [this, root](const std::pair<QStringList, QStringList>& found) {
                 m_rescanning = false;
                 if (std::exchange(m_rescanAgain, false))
                     QMetaObject::invokeMethod(this, &TaskDocuments::rescanFolders,
                                               Qt::QueuedConnection);
                 if (root != m_root)
                     return;
                 const QStringList& paths = found.first;
                 m_planFolders = found.second;
                 bool removed = false;
                 for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
                     const QString& p = m_entries.at(i).path;
                     if (DocumentKind::isCandidate(p) && !paths.contains(p)) {
                         m_entries.removeAt(i);
                         removed = true;
                     }
                 }
                 if (removed)
                     emit documentsReset();
                 for (const QString& p : paths) {
                     if (indexOfPath(p) < 0)
                         addFile(QDir(root).filePath(p));
                 }
                 watchFolders();
             });
}

TaskDocuments::~TaskDocuments()
{
    if (m_cancel)
        m_cancel->store(true);
}

TaskDocuments::Entry TaskDocuments::readEntry(const QString& root, const QString& path,
                                              double hoursPerDay)
{
    Entry e;
    e.hoursPerDay = hoursPerDay;
    e.path = path;
    e.absolutePath = QFileInfo(path).isAbsolute() ? path : QDir(root).filePath(path);
    // A document opened from outside the project stays in its own folder.
    e.root =
        root.isEmpty() || (QFileInfo(path).isAbsolute() &&
                           !ProjectFile::isInside(QDir::cleanPath(root), QDir::cleanPath(path)))
            ? QFileInfo(e.absolutePath).absolutePath()
            : root;
    const ProjectFile::Result r =
        ProjectFile::read(e.root, e.absolutePath, TasksReport::kMaxDocumentBytes);
    e.readError = !r.ok();
    e.bytes = r.bytes;
    e.modified = QFileInfo(e.absolutePath).lastModified();
    finishEntry(e);
    if (e.readError) {
        Diagnostic d = ProjectFile::diagnostic(r, path);
        d.severity = Diagnostic::Severity::Error;
        e.lint.prepend(d);
    }
    return e;
}

QFuture<QList<TaskDocuments::Entry>>
TaskDocuments::readEntries(const QString& root, const QStringList& paths, double hoursPerDay,
                           std::shared_ptr<const std::atomic_bool> cancel)
{
    // Mapped and reduced on the global pool, and nobody waits for it there: waiting in a
    // pool thread for work queued on the same pool deadlocks once every thread waits so.
    // Nor on a pool of our own: QCoreApplication joins only the global pool, and a static
    // pool's threads still run, or exit, while the process runs its exit handlers.
    return QtConcurrent::mappedReduced<QList<Entry>>(
        paths,
        [root, hoursPerDay, cancel](const QString& p) -> std::optional<Entry> {
            if (cancel && cancel->load())
                return std::nullopt;
            return readEntry(root, p, hoursPerDay);
        },
        [](QList<Entry>& out, const std::optional<Entry>& e) {
            if (e)
                out.append(*e);
        },
        QtConcurrent::OrderedReduce);
}

QStringList TaskDocuments::documentPaths(const QStringList& files)
{
    QStringList out;
    for (const QString& f : files) {
        if (DocumentKind::isCandidate(f))
            out << f;
    }
    std::sort(out.begin(), out.end(), DocumentKind::lessByPriority);
    return out;
}

QStringList TaskDocuments::lookInside(const QStringList& files)
{
    QStringList out;
    for (const QString& f : files) {
        if (DocumentKind::worthALook(f))
            out << f;
    }
    return out;
}

QList<int> TaskDocuments::lendEvidence()
{
    QList<TrdDocument*> docs;
    for (Entry& e : m_entries)
        docs << &e.doc;
    QList<int> touched = lendReportEvidence(docs);
    // A plan citing ids another plan of the project defines: those are no unknown tasks.
    QList<const TrdDocument*> plans;
    for (const Entry& e : std::as_const(m_entries))
        plans << &e.doc;
    const QSet<QString> planIds = TrdLint::planIds(plans);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry& e = m_entries[i];
        // Only documents naming ids they do not define: their findings depend on the others.
        bool cites = false;
        for (const TrdDependency& d : e.doc.dependencies)
            cites = cites || e.doc.indexOf(d.from) < 0 || e.doc.indexOf(d.to) < 0;
        for (const TrdSprint& s : e.doc.sprints) {
            for (const QString& id : s.tasks())
                cites = cites || e.doc.indexOf(id) < 0;
        }
        if (!cites && !touched.contains(int(i)))
            continue;
        const Diagnostics lint = TrdLint::all(e.doc, &planIds);
        if (lint.size() != e.lint.size() && !touched.contains(int(i)))
            touched << int(i);
        e.lint = lint;
    }
    return touched;
}

bool TaskDocuments::sameFiles(const QList<Entry>& a, const QList<Entry>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Entry& x = a.at(i);
        const Entry& y = b.at(i);
        if (x.path != y.path || x.absolutePath != y.absolutePath || x.root != y.root ||
            x.readError != y.readError || x.hoursPerDay != y.hoursPerDay || x.bytes != y.bytes)
            return false;
    }
    return true;
}

int TaskDocuments::indexOfPath(const QString& path) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).path == path || m_entries.at(i).absolutePath == path)
            return i;
    }
    return -1;
}

void TaskDocuments::load(const QString& root, const QStringList& relativePaths,
                         const QStringList& lookInside)
{
    if (root != m_root) {
        m_undo->clear();
        m_planFolders.clear();
    }
    m_root = root;
    const quint64 generation = ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    if (m_loading++ == 0)
        emit loadingChanged(true);
    // First which files and the project's hours per day, then the files in parallel: two
    // jobs, so that no pool thread waits for the others (readEntries()).
    whenDone(this, QtConcurrent::run([root, relativePaths, lookInside, cancel] {
                 return std::make_pair(withPlansByContent(root, relativePaths, lookInside, cancel),
                                       TasksReport::hoursPerDay(root));
             }),
             [this, generation, writes = m_writes, root, relativePaths, lookInside,
              cancel](const std::pair<QStringList, double>& found) {
                 const bool current = generation == m_generation && !found.first.isEmpty();
                 whenDone(this,
                          current ? readEntries(root, found.first, found.second, cancel)
                                  : QtFuture::makeReadyFuture(QList<Entry>()),
                          [this, generation, writes, root, relativePaths,
                           lookInside](const QList<Entry>& entries) {
                              loaded(generation, writes, root, relativePaths, lookInside, entries);
                          });
             });
}

void TaskDocuments::loaded(quint64 generation, quint64 writes, const QString& root,
                           const QStringList& relativePaths, const QStringList& lookInside,
                           const QList<Entry>& entries)
{
    if (--m_loading == 0)
        emit loadingChanged(false);
    if (generation != m_generation)
        return;
    if (writes != m_writes) {
        // An edit was written while this read ran: what it read may be the
        // bytes the edit replaced. Read again rather than undo the edit.
        load(root, relativePaths, lookInside);
        return;
    }
    qCInfo(lcTasks) << "read" << entries.size() << "task documents";
    if (!entries.isEmpty())
        m_hoursPerDay = entries.first().hoursPerDay;
    // A rescan of the project (a test run writing its results, a build) reads
    // the plans again; when not a byte changed, resetting the board, the sprint
    // chart, the graph and the links would only stall the GUI.
    if (!entries.isEmpty() && sameFiles(m_entries, entries)) {
        qCDebug(lcTasks) << "task documents unchanged";
        // A touched file keeps its content; its time is still the new one.
        for (qsizetype i = 0; i < entries.size(); ++i)
            m_entries[i].modified = entries.at(i).modified;
        return;
    }
    setEntries(entries);
}

void TaskDocuments::addFile(const QString& absolutePath)
{
    QString path = absolutePath;
    if (!m_root.isEmpty()) {
        const QString rel = QDir(m_root).relativeFilePath(absolutePath);
        if (!rel.startsWith(QStringLiteral("..")))
            path = rel;
    }
    if (indexOfPath(path) >= 0)
        return;
    const QString root = m_root;
    if (m_loading++ == 0)
        emit loadingChanged(true);
    whenDone(this, QtConcurrent::run([root, path, hpd = m_hoursPerDay] {
                 return readEntry(root, path, hpd);
             }),
             [this](const Entry& e) {
                 if (--m_loading == 0)
                     emit loadingChanged(false);
                 if (indexOfPath(e.path) >= 0)
                     return;
                 m_entries.append(e);
                 watch(e);
                 watchFolders();
                 lendEvidence();
                 emit documentsReset();
             });
}

void TaskDocuments::reload(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const Entry current = m_entries.at(index);
    const quint64 generation = ++m_reloadGeneration[current.path];
    whenDone(this, QtConcurrent::run([current] {
                 return readEntry(current.root, current.absolutePath, current.hoursPerDay);
             }),
             [this, generation, writes = m_writes, path = current.path](Entry e) mutable {
                 if (m_reloadGeneration.value(path) != generation)
                     return;
                 const int i = indexOfPath(path);
                 if (i < 0)
                     return;
                 if (writes != m_writes) {
                     // A write finished after this read began (a tick right after an undo
                     // makes the watcher's read race the tick's write): the bytes read may
                     // be the ones the write replaced. Taking them would show the edit as
                     // undone while the file holds it; read again instead.
                     reload(i);
                     return;
                 }
                 Entry& cur = m_entries[i];
                 watch(cur);
                 if (e.readError || e.bytes == cur.bytes)
                     return; // our own write coming back, or a rename in progress
                 e.path = cur.path;
                 e.absolutePath = cur.absolutePath;
                 finishEntry(e);
                 cur = e;
                 emit documentChanged(i);
                 for (int j : lendEvidence()) {
                     if (j != i)
                         emit documentChanged(j);
                 }
             });
}

void TaskDocuments::clear()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_root.clear();
    m_planFolders.clear();
    m_undo->clear();
    m_jobs.clear();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!m_entries.isEmpty()) {
        m_entries.clear();
        emit documentsReset();
    }
}

void TaskDocuments::setEntries(const QList<Entry>& entries)
{
    const QStringList watched = m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_entries = entries;
    for (const Entry& e : std::as_const(m_entries))
        watch(e);
    if (!m_root.isEmpty())
        watchFolders();
    lendEvidence();
    emit documentsReset();
}

void TaskDocuments::watch(const Entry& e)
{
    if (!e.absolutePath.isEmpty() && QFileInfo::exists(e.absolutePath) &&
        !m_watcher->files().contains(e.absolutePath))
        m_watcher->addPath(e.absolutePath);
}

void TaskDocuments::onFileChanged(const QString& absolutePath)
{
    const int i = indexOfPath(absolutePath);
    if (i >= 0)
        reload(i);
}

void TaskDocuments::setSubtaskChecked(int index, const QString& taskId, int subtask, bool checked)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const TrdTask* t = m_entries.at(index).doc.task(taskId);
    if (!t || subtask < 0 || subtask >= t->subtasks.size())
        return;
    push(index, TrdEditor::setSubtask(*t, subtask, checked));
}

void TaskDocuments::completeTask(int index, const QString& taskId)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const Entry& e = m_entries.at(index);
    if (const TrdTask* t = e.doc.task(taskId))
        push(index, TrdEditor::complete(e.doc, *t));
}

void TaskDocuments::reopenTask(int index, const QString& taskId)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const Entry& e = m_entries.at(index);
    const TrdTask* t = e.doc.task(taskId);
    if (!t)
        return;
    const TaskChange change = TrdEditor::reopen(e.doc, *t);
    // Done by what another line says ("| TRD-004 | ✅ |" in a summary, a report's "✅
    // PASSED"), with nothing of its own to undo: say where, rather than leave the card in
    // Done without a word.
    if (change.isEmpty() && e.doc.statusOf(*t) == TaskStatus::Done) {
        const TrdTaskExtra& x = t->extra();
        const QString where = x.evidencePath.isEmpty() ? e.path : x.evidencePath;
        emit editFailed(index, x.evidenceLine > 0
                                   ? tr("“%1” is done according to line %2 of %3; reopen it "
                                        "there.")
                                         .arg(TrdTask::displayName(t->id, t->title))
                                         .arg(x.evidenceLine)
                                         .arg(where)
                                   : tr("Nothing in %2 marks “%1” done that could be undone "
                                        "here; change the file instead.")
                                         .arg(TrdTask::displayName(t->id, t->title), e.path));
        return;
    }
    push(index, change);
}

void TaskDocuments::push(int index, const TaskChange& change)
{
    if (change.isEmpty())
        return;
    // A change must leave its task on the board: "## ~~Part 2: Schemas~~ — DONE" is a task
    // only while struck through and marked, and reopening it makes a plain heading of it, its
    // card gone with no place left to undo from. Tried on the bytes as read, before anything is
    // queued; the parse is cached by content, so the write that follows reuses it.
    const Entry& e = m_entries.at(index);
    if (const TrdTask* before = e.doc.task(change.taskId)) {
        QList<TrdPatch> patches;
        QByteArray after = e.bytes;
        if (TrdEditor::plan(e.bytes, e.doc, change, &patches) == TrdEditor::Result::Ok &&
            !patches.isEmpty() && TrdEditor::apply(&after, patches) &&
            !ParseCache::parse(after, e.path, e.hoursPerDay).doc.task(change.taskId)) {
            emit editFailed(index,
                            tr("After this change, “%1” would no longer read as a task in %2, "
                               "so nothing was written. Change its line in the file instead.")
                                .arg(TrdTask::displayName(before->id, before->title), e.path));
            return;
        }
    }
    m_undo->push(new TaskChangeCommand(this, m_entries.at(index).path, change));
}

void TaskDocuments::submit(const QString& path, const TaskChange& change)
{
    m_jobs.append(Job{path, change});
    runNext();
}

void TaskDocuments::runNext()
{
    if (m_writing)
        return;
    while (!m_jobs.isEmpty()) {
        const Job job = m_jobs.takeFirst();
        const int i = indexOfPath(job.path);
        if (i < 0)
            continue;
        m_writing = true;
        const Entry current = m_entries.at(i);
        whenDone(this, QtConcurrent::run([current, change = job.change] {
                     return writeChange(current, change);
                 }),
                 [this, path = job.path](const WriteOutcome& o) {
                     m_writing = false;
                     ++m_writes;
                     const int i = indexOfPath(path);
                     if (i >= 0) {
                         switch (o.kind) {
                         case WriteOutcome::Written:
                         case WriteOutcome::Unchanged:
                             if (o.entry.bytes != m_entries.at(i).bytes) {
                                 m_entries[i] = o.entry;
                                 lendEvidence();
                                 emit documentChanged(i);
                             }
                             watch(m_entries.at(i));
                             break;
                         case WriteOutcome::Conflict:
                             emit conflict(i, o.message);
                             break;
                         case WriteOutcome::Failed:
                             emit editFailed(i, o.message);
                             break;
                         }
                     }
                     runNext();
                     if (!isBusy())
                         emit idle();
                 });
        return;
    }
}

} // namespace pwb
