// SPDX-License-Identifier: MIT
#include "linkbuilder.h"

#include "core/logging.h"
#include "core/projectfile.h"
#include "elixirfacts.h"
#include "traces/reportreader.h"
#include "traces/tracereader.h"
#include "vcs/gitrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace pwb {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context (the link reasons
// the Related panel shows).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LinkBuilder)
};

} // namespace

namespace LinkBuilder {

namespace {

// Task ids as people write them: TRD-001, PROJ-12, TRD-2.1.
const QRegularExpression& idPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\b([A-Z][A-Z0-9]{0,9}-\\d{1,5}(?:\\.\\d{1,3})?)\\b"));
    return re;
}

const QRegularExpression& pathPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|[\\s`'\"(\\[])((?:[\\w.-]+/)*[\\w.-]+\\.(?:exs?|heex|eex|leex|js|ts|cjs|mjs|jsx|tsx|"
        "json|ya?ml|css))(?::(\\d+))?"));
    return re;
}

const QRegularExpression& modulePattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\b([A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)+)"));
    return re;
}

const QRegularExpression& mentionPattern()
{
    static const QRegularExpression re(QStringLiteral("(?:^|[^\\w@.])@([a-z][a-z0-9_-]*[a-z0-9])"));
    return re;
}

const QRegularExpression& specPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\.(spec|test)\\.(js|ts|cjs|mjs|jsx|tsx|mts|cts)$"));
    return re;
}

bool underSkippedFolder(const QString& path)
{
    for (const QString& part : path.split(u'/')) {
        if (part == u"deps" || part == u"_build" || part == u"node_modules" || part == u"cover" ||
            part == u".elixir_ls" || part == u".git")
            return true;
    }
    return false;
}

bool isTestPath(const QString& path)
{
    return path.startsWith(QStringLiteral("test/")) || path.contains(QStringLiteral("/test/"));
}

struct SpecTest
{
    QString file;
    int line = 0;
    QStringList titlePath;
    LinkTarget target() const
    {
        LinkTarget t = LinkTarget::test(file, line, titlePath.join(QStringLiteral(" › ")),
                                        QFileInfo(file).fileName());
        t.label = titlePath.join(QStringLiteral(" › "));
        return t;
    }
};

// Playwright spec files: test('title') and test.describe('name') with the braces around them.
QList<SpecTest> readSpec(const QString& file, const QByteArray& bytes)
{
    static const QRegularExpression describe(
        QStringLiteral("\\btest\\.describe(?:\\.\\w+)?\\(\\s*(['\"`])((?:(?!\\1).)*)\\1"));
    static const QRegularExpression test(QStringLiteral(
        "(?:^|[^.\\w])test(?:\\.(?:only|skip|fixme|fail|slow))?\\(\\s*(['\"`])((?:(?!\\1).)*)\\1"));
    QList<SpecTest> out;
    struct Open
    {
        QString name;
        int depth;
    };
    QList<Open> describes;
    int depth = 0;
    int lineNo = 0;
    for (QStringView line : QStringTokenizer(QString::fromUtf8(bytes), u'\n')) {
        ++lineNo;
        const QString l = line.toString();
        const int before = depth;
        if (const auto m = describe.match(l); m.hasMatch()) {
            describes.append({m.captured(2), before});
        } else if (const auto m = test.match(l); m.hasMatch()) {
            SpecTest t{file, lineNo, {}};
            for (const Open& o : std::as_const(describes))
                t.titlePath << o.name;
            t.titlePath << m.captured(2);
            out.append(t);
        }
        depth += int(l.count(u'{')) - int(l.count(u'}'));
        while (!describes.isEmpty() && depth <= describes.last().depth && depth < before)
            describes.removeLast();
    }
    return out;
}

class Builder
{
public:
    Builder(const LinkInputs& in, const std::atomic_bool* cancel)
        : m_in(in)
        , m_cancel(cancel)
    {}

    LinkIndex run();

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    QStringList resolvePath(QString path) const;
    QString moduleFile(const QString& module) const;
    QByteArray read(const QString& path, qint64 cap);
    LinkTarget fileTarget(const QString& path, int line = 0) const
    {
        LinkTarget t = LinkTarget::file(path, line);
        t.label = path;
        return t;
    }
    // A task some file, agent or commit names by id: only ids one plan defines are linked.
    LinkTarget taskTarget(const QString& id) const
    {
        LinkTarget t = LinkTarget::task(id, m_taskDoc.value(id), m_taskLine.value(id));
        t.label = id + QStringLiteral(": ") + m_taskTitle.value(id);
        return t;
    }
    static LinkTarget taskTarget(const TrdDocument& doc, const TrdTask& task)
    {
        LinkTarget t = LinkTarget::task(task.id, doc.path, task.line);
        t.label = task.id + QStringLiteral(": ") + task.title;
        return t;
    }
    // Each plan's tasks once, in document order: f(doc, task) for the first definition of
    // each id in each plan (an id defined 60,000 times in one plan is linked once).
    template <typename F> void forEachPlanTask(F&& f) const
    {
        for (const TrdDocument& doc : m_in.documents) {
            if (cancelled())
                return;
            if (doc.documentClass != DocumentClass::Plan)
                continue;
            QSet<QString> done;
            for (const TrdTask& task : doc.tasks) {
                if (done.contains(task.id))
                    continue;
                done.insert(task.id);
                f(doc, task);
            }
        }
    }
    LinkTarget agentTarget(const QString& name) const
    {
        LinkTarget t = LinkTarget::agent(name, m_agentFile.value(name));
        t.label = name;
        return t;
    }

    void indexFiles();
    void readSources();
    void linkTasks();
    void linkAgents();
    void linkFindings();
    void linkTests();
    void linkTraces();
    void linkGit();
    void summarise();

    const LinkInputs& m_in;
    const std::atomic_bool* m_cancel;
    LinkIndex m_index;
    QSet<QString> m_files;
    QHash<QString, QStringList> m_byName; // file name -> paths
    QSet<QString> m_skipAsTaskFile;       // task documents and agent files
    QHash<QString, QString> m_moduleFile;
    QHash<QString, ElixirFacts> m_facts;
    QList<LiveRoute> m_routes;
    QList<SpecTest> m_specTests;
    // Ids one plan defines -> that plan (and the task's title and line).
    QHash<QString, QString> m_taskDoc;
    QHash<QString, QStringList> m_sharedIds; // ids several plans define -> those plans
    QHash<QString, QString> m_taskTitle;
    QHash<QString, int> m_taskLine;
    QHash<QString, QString> m_agentFile;
};

QByteArray Builder::read(const QString& path, qint64 cap)
{
    const ProjectFile::Result r = ProjectFile::read(m_in.root, path, cap);
    if (!r.ok())
        return {};
    return r.bytes;
}

QStringList Builder::resolvePath(QString path) const
{
    while (path.startsWith(QStringLiteral("./")))
        path = path.mid(2);
    while (path.startsWith(u'/'))
        path = path.mid(1);
    if (path.isEmpty())
        return {};
    if (m_files.contains(path))
        return {path};
    // "lib/shop/cart.ex" written in an umbrella's TRD means apps/shop/lib/shop/cart.ex.
    QStringList hits;
    const QString tail = u'/' + path;
    for (const QString& candidate : m_byName.value(path.section(u'/', -1))) {
        if (candidate.endsWith(tail))
            hits << candidate;
    }
    // A bare name that many files share says nothing.
    return hits.size() <= 3 ? hits : QStringList();
}

QString Builder::moduleFile(const QString& module) const
{
    return m_moduleFile.value(module);
}

void Builder::indexFiles()
{
    for (const QString& f : m_in.files) {
        m_files.insert(f);
        m_byName[f.section(u'/', -1)].append(f);
    }
    for (const TrdDocument& doc : m_in.documents) {
        m_skipAsTaskFile.insert(doc.path);
        // PRDs and reports mention ids; only plans define the tasks the board shows.
        if (doc.documentClass != DocumentClass::Plan)
            continue;
        for (const TrdTask& t : doc.tasks) {
            const auto it = m_taskDoc.constFind(t.id);
            if (it == m_taskDoc.cend()) {
                m_taskDoc.insert(t.id, doc.path);
                m_taskTitle.insert(t.id, t.title);
                m_taskLine.insert(t.id, t.line);
            } else if (*it != doc.path) {
                // Documents are read one after another: a repeat within one is the last entry.
                QStringList& plans = m_sharedIds[t.id];
                if (plans.isEmpty() || plans.constLast() != doc.path)
                    plans.append(doc.path);
            }
        }
    }
    // Projects with many TRDs number each from TRD-001. A file, agent or commit naming
    // TRD-003 there could mean any of them: it is linked to none rather than to the first
    // plan read, and the report says why.
    for (auto it = m_sharedIds.begin(); it != m_sharedIds.end(); ++it) {
        it->prepend(m_taskDoc.value(it.key()));
        m_taskDoc.remove(it.key());
        m_taskTitle.remove(it.key());
        m_taskLine.remove(it.key());
    }
    if (!m_sharedIds.isEmpty()) {
        QStringList ids = m_sharedIds.keys();
        std::sort(ids.begin(), ids.end());
        const QStringList& first = m_sharedIds.value(ids.first());
        Diagnostic d;
        d.path = first.first();
        d.code = QStringLiteral("links-shared-task-id");
        d.severity = Diagnostic::Severity::Info;
        d.message = Tr::tr("%n task id(s) are defined by more than one plan (%1 in %2): where "
                           "code, agent files or commits name them, no task is linked",
                           nullptr, int(ids.size()))
                        .arg(ids.first(),
                             first.size() > 3
                                 ? first.first(3).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                 : first.join(QStringLiteral(", ")));
        m_index.diagnostics.append(d);
    }
    for (const AgentNode& a : m_in.agents) {
        if (!a.defined)
            continue;
        m_agentFile.insert(a.name, a.source.path);
        for (const SourceLocation& s : a.sources)
            m_skipAsTaskFile.insert(s.path);
    }
}

void Builder::readSources()
{
    static const QStringList elixir{QStringLiteral(".ex"), QStringLiteral(".exs")};
    for (const QString& f : m_in.files) {
        if (cancelled())
            return;
        if (underSkippedFolder(f))
            continue;
        const bool isElixir = f.endsWith(elixir.at(0)) || f.endsWith(elixir.at(1));
        const bool isSpec = specPattern().match(f).hasMatch();
        const bool isHeex = f.endsWith(QStringLiteral(".heex"));
        if (!isElixir && !isSpec && !isHeex)
            continue;
        const QByteArray bytes = read(f, m_in.maxSourceBytes);
        if (bytes.isEmpty())
            continue;
        if (isElixir) {
            ElixirFacts facts = ElixirFactsReader::read(bytes, f);
            for (const ElixirModuleDef& m : facts.modules) {
                if (!m_moduleFile.contains(m.name))
                    m_moduleFile.insert(m.name, f);
            }
            m_routes.append(facts.routes);
            m_index.diagnostics.append(facts.diagnostics);
            m_facts.insert(f, std::move(facts));
        } else if (isSpec) {
            m_specTests.append(readSpec(f, bytes));
        }
        // Task ids in code (comments, docs, strings): "until its client lands (TRD-010)".
        if (m_taskDoc.isEmpty() || !bytes.contains('-'))
            continue;
        int lineNo = 0;
        QSet<QString> named; // the first place a file names an id is its link
        for (const QByteArray& line : bytes.split('\n')) {
            ++lineNo;
            if (!line.contains('-'))
                continue;
            const QString text = QString::fromUtf8(line);
            for (auto it = idPattern().globalMatch(text); it.hasNext();) {
                const QString id = it.next().captured(1);
                if (m_taskDoc.contains(id) && !named.contains(id)) {
                    named.insert(id);
                    m_index.add(taskTarget(id), fileTarget(f, lineNo),
                                Tr::tr("%1:%2 names %3").arg(f).arg(lineNo).arg(id));
                }
            }
        }
    }
}

void Builder::linkTasks()
{
    static const QRegularExpression agentField(
        QStringLiteral("^(agents?|owner|owners|assignee|assigned to|delegated? to)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(QStringLiteral("[a-z][a-z0-9_-]*[a-z0-9]"));
    forEachPlanTask(
        [&](const TrdDocument& doc, const TrdTask& task) {
            const LinkTarget T = taskTarget(doc, task);
            const auto linkAgent = [&](const QString& name, const QString& why) {
                if (m_agentFile.contains(name))
                    m_index.add(T, agentTarget(name), why);
            };
            const auto linkFile = [&](const QString& path, int line, const QString& why) {
                if (m_skipAsTaskFile.contains(path))
                    return;
                m_index.add(T, fileTarget(path, line), why);
            };
            // The task's own words: title, subtasks, fields, note.
            QList<QPair<QString, int>> texts{{task.title, task.line}};
            for (const TrdSubtask& s : task.subtasks)
                texts.append({task.subtaskText(s), s.line});
            if (!task.validation.isEmpty())
                texts.append({task.validation, task.line});
            for (const TrdField& f : task.fields) {
                texts.append({f.value, f.line});
                if (agentField.match(f.key.trimmed()).hasMatch()) {
                    for (auto it = word.globalMatch(f.value); it.hasNext();)
                        linkAgent(it.next().captured(0),
                                  Tr::tr("%1: field at %2:%3").arg(f.key, doc.path).arg(f.line));
                }
            }
            if (!task.extra().note.isEmpty())
                texts.append({task.extra().note, task.line});
            for (const TrdReference& r : task.references) {
                const QString base = QFileInfo(r.file).completeBaseName();
                if (r.file.contains(QStringLiteral("agents/")) && m_agentFile.contains(base)) {
                    linkAgent(base,
                              Tr::tr("Reference to %1 (%2:%3)").arg(r.file, doc.path).arg(r.line));
                    continue;
                }
                for (const QString& p : resolvePath(r.file))
                    linkFile(p, r.firstLine,
                             Tr::tr("Reference at %1:%2").arg(doc.path).arg(r.line));
            }
            for (const auto& [whole, line] : std::as_const(texts)) {
                // Names sit at the start of what people write; a 2 MB title is not read whole.
                const QString text = whole.left(4096);
                for (auto it = mentionPattern().globalMatch(text); it.hasNext();)
                    linkAgent(it.next().captured(1),
                              Tr::tr("@-mention at %1:%2").arg(doc.path).arg(line));
                for (auto it = pathPattern().globalMatch(text); it.hasNext();) {
                    const auto m = it.next();
                    const QString base = QFileInfo(m.captured(1)).completeBaseName();
                    if (m.captured(1).contains(QStringLiteral("agents/")) &&
                        m_agentFile.contains(base)) {
                        linkAgent(
                            base,
                            Tr::tr("names %1 at %2:%3").arg(m.captured(1), doc.path).arg(line));
                        continue;
                    }
                    for (const QString& p : resolvePath(m.captured(1)))
                        linkFile(p, m.captured(2).toInt(),
                                 Tr::tr("path named at %1:%2").arg(doc.path).arg(line));
                }
                for (auto it = modulePattern().globalMatch(text); it.hasNext();) {
                    const QString module = it.next().captured(1);
                    const QString file = moduleFile(module);
                    if (!file.isEmpty())
                        linkFile(file, 0,
                                 Tr::tr("%1 named at %2:%3").arg(module, doc.path).arg(line));
                }
            }
        });
}

void Builder::linkAgents()
{
    // Agents that mention task ids in their own files ("task: TRD-006").
    for (auto it = m_agentFile.cbegin(); it != m_agentFile.cend(); ++it) {
        if (cancelled())
            return;
        const QByteArray bytes = read(it.value(), m_in.maxSourceBytes);
        int lineNo = 0;
        for (const QByteArray& line : bytes.split('\n')) {
            ++lineNo;
            if (!line.contains('-'))
                continue;
            const QString text = QString::fromUtf8(line);
            for (auto m = idPattern().globalMatch(text); m.hasNext();) {
                const QString id = m.next().captured(1);
                if (m_taskDoc.contains(id))
                    m_index.add(taskTarget(id), agentTarget(it.key()),
                                Tr::tr("%1:%2 names %3").arg(it.value()).arg(lineNo).arg(id));
            }
        }
    }
}

void Builder::linkFindings()
{
    // Each finding has one file and a unique id: no duplicate check, one file target per file.
    QSet<QString> ids;
    QString lastPath;
    LinkTarget file;
    QString fileKey;
    for (const Finding& f : m_in.findings) {
        if (cancelled())
            return;
        if (f.path != lastPath) {
            lastPath = f.path;
            file = fileTarget(f.path);
            fileKey = LinkIndex::nodeKey(file);
        }
        if (!m_files.contains(f.path) || ids.contains(f.id))
            continue;
        ids.insert(f.id);
        LinkTarget t = LinkTarget::finding(f.id, f.path, f.line, f.rule);
        t.label = Finding::severityName(f.severity) + QStringLiteral(" ") + f.rule +
                  QStringLiteral(": ") + f.message;
        m_index.addNew(file, fileKey, t, Tr::tr("finding at line %1").arg(f.line));
    }
}

void Builder::linkTests()
{
    static const QRegularExpression conventional(QStringLiteral("^(.*)test/(.*)_test\\.exs$"));
    for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it) {
        const QString& file = it.key();
        const ElixirFacts& facts = it.value();
        if (!facts.isTestFile && !file.endsWith(QStringLiteral("_test.exs")))
            continue;
        const QString module = facts.modules.isEmpty() ? QString() : facts.modules.first().name;
        LinkTarget T = LinkTarget::test(file, 0, {}, module);
        T.label = module.isEmpty() ? file : module;
        for (const QString& ref : facts.referencedModules) {
            const QString target = moduleFile(ref);
            if (target.isEmpty() || target == file || isTestPath(target))
                continue;
            m_index.add(T, fileTarget(target), Tr::tr("%1 refers to %2").arg(T.label, ref));
        }
        // LiveView tests name routes, not modules: the router says which LiveView they drive.
        for (const auto& [path, line] : facts.livePaths) {
            const LiveRoute* route = ElixirFactsReader::matchRoute(m_routes, path);
            if (!route)
                continue;
            QString target = moduleFile(route->module);
            if (target.isEmpty())
                target = moduleFile(route->writtenName);
            if (!target.isEmpty())
                m_index.add(T, fileTarget(target),
                            Tr::tr("%1 drives %2 (line %3), routed to %4")
                                .arg(T.label, path)
                                .arg(line)
                                .arg(route->module));
        }
        if (const auto m = conventional.match(file); m.hasMatch()) {
            const QString source =
                m.captured(1) + QStringLiteral("lib/") + m.captured(2) + QStringLiteral(".ex");
            if (m_files.contains(source))
                m_index.add(T, fileTarget(source),
                            Tr::tr("%1 is the conventional test of %2").arg(file, source));
        }
    }
}

TraceTitle parseTraceTitleImpl(const QString& title)
{
    TraceTitle t;
    QStringList parts = title.split(QStringLiteral(" › "));
    if (!parts.isEmpty()) {
        static const QRegularExpression fileLine(QStringLiteral("^(\\S+):(\\d+)$"));
        if (const auto m = fileLine.match(parts.first()); m.hasMatch()) {
            t.specFile = m.captured(1);
            t.line = m.captured(2).toInt();
            parts.removeFirst();
        }
    }
    t.titlePath = parts;
    return t;
}

void Builder::linkTraces()
{
    int read = 0;
    for (const TraceListItem& item : m_in.traces) {
        if (cancelled())
            return;
        LinkTarget T = LinkTarget::trace(item.path);
        T.label = item.title.isEmpty() ? item.path : item.title;
        if (item.kind == TraceListItem::Kind::Report) {
            // The HTML report names its failing tests: link them and their traces.
            if (!ProjectFile::check(m_in.root, item.path).ok())
                continue;
            const ReportSummary report = ReportReader::read(item.absolutePath);
            for (const QString& failed : report.failedTitles) {
                for (const SpecTest& s : std::as_const(m_specTests)) {
                    if (failed.endsWith(s.titlePath.join(QStringLiteral(" › "))))
                        m_index.add(T, s.target(), Tr::tr("failed in the HTML report"));
                }
            }
            continue;
        }
        // Which spec test recorded it: the title says "file:line › describe › title"; the
        // folder (test-results/<spec>-<describe>-<title>[-project][-retryN]) says it too.
        const TraceTitle title = parseTraceTitleImpl(item.title);
        const QString folder = item.path.section(u'/', -2, -2);
        const SpecTest* recordedBy = nullptr;
        for (const SpecTest& s : std::as_const(m_specTests)) {
            const bool sameFile = QFileInfo(s.file).fileName() == title.specFile;
            if (sameFile && s.line == title.line) {
                recordedBy = &s;
                break;
            }
            if (!recordedBy && !title.titlePath.isEmpty() && s.titlePath == title.titlePath)
                recordedBy = &s;
            if (!recordedBy && !folder.isEmpty() &&
                folder.contains(sanitizeForFilePath(s.titlePath.join(u' ')))) {
                recordedBy = &s;
            }
        }
        if (recordedBy) {
            m_index.add(recordedBy->target(), T,
                        item.status == u"failed" ? Tr::tr("trace of this test's failed run")
                                                 : Tr::tr("trace recorded by this test"));
        }
        if (read >= m_in.maxTraces || item.size > m_in.maxTraceBytes ||
            !ProjectFile::check(m_in.root, item.path).ok())
            continue;
        ++read;
        TraceReader::Options options;
        options.cancel = m_cancel;
        bool ok = false;
        const Trace trace = TraceReader::read(item.absolutePath, options, &ok);
        if (!ok)
            continue;
        // Where the page was: each goto, and each LiveView join (its payload has the URL).
        QList<QPair<double, QString>> urls;
        for (const TraceAction& a : trace.actions) {
            if (a.method == u"goto" && a.params.contains(u"url"))
                urls.append({a.startTime, a.params.value(u"url").toString()});
        }
        static const QRegularExpression joinUrl(QStringLiteral("\"url\":\"([^\"]+)\""));
        for (const LiveViewMessage& m : trace.liveView.messages) {
            if (m.event != u"phx_join" || m.direction != LiveViewMessage::Direction::Sent)
                continue;
            if (const auto u = joinUrl.match(m.payload); u.hasMatch())
                urls.append({m.time, u.captured(1)});
        }
        std::stable_sort(urls.begin(), urls.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        const auto urlAt = [&](double time) {
            QString url = urls.isEmpty() ? QString() : urls.first().second;
            for (const auto& [t, u] : std::as_const(urls)) {
                if (t <= time)
                    url = u;
            }
            return url;
        };
        const auto sourceOf = [&](const QString& url, QString* module) -> const ElixirFacts* {
            const LiveRoute* route = ElixirFactsReader::matchRoute(m_routes, QUrl(url).path());
            if (!route)
                return nullptr;
            QString file = moduleFile(route->module);
            *module = route->module;
            if (file.isEmpty()) {
                file = moduleFile(route->writtenName);
                *module = route->writtenName;
            }
            const auto it = m_facts.constFind(file);
            return it == m_facts.cend() ? nullptr : &it.value();
        };
        QHash<QString, QString> titles; // callId -> what the action list shows
        for (const TraceAction& a : trace.actions)
            titles.insert(a.callId, a.title);
        const auto actionTarget = [&](const QString& callId) {
            if (callId.isEmpty())
                return T;
            LinkTarget A = LinkTarget::trace(item.path, callId);
            A.label = titles.value(callId, callId) + QStringLiteral(" — ") + T.label;
            return A;
        };
        const auto linkBoth = [&](const QString& callId, const LinkTarget& file,
                                  const QString& why) {
            m_index.add(actionTarget(callId), file, why);
            m_index.add(T, file, why);
        };
        // Navigations: the LiveView that mounts for the URL.
        for (const TraceAction& a : trace.actions) {
            if (a.method != u"goto" || !a.params.contains(u"url"))
                continue;
            const QString url = a.params.value(u"url").toString();
            QString module;
            const ElixirFacts* f = sourceOf(url, &module);
            if (!f)
                continue;
            const QString file = moduleFile(module);
            for (const char* fn : {"mount", "handle_params"}) {
                if (const ElixirCallback* c = f->callback(QString::fromLatin1(fn)))
                    linkBoth(a.callId, fileTarget(file, c->line),
                             Tr::tr("navigation to %1 → %2.%3")
                                 .arg(QUrl(url).path(), module, QString::fromLatin1(fn)));
            }
        }
        // Events pushed on the socket: "click add" → handle_event("add", …) of the LiveView
        // the page was showing when it was sent.
        for (const LiveViewMessage& m : trace.liveView.messages) {
            if (m.event != u"event" || m.direction != LiveViewMessage::Direction::Sent)
                continue;
            const QString name = m.name.contains(u' ') ? m.name.section(u' ', 1, 1) : m.name;
            if (name.isEmpty())
                continue;
            const QString url = urlAt(m.time);
            QString module;
            const ElixirFacts* f = sourceOf(url, &module);
            const ElixirCallback* c = f ? f->handleEvent(name) : nullptr;
            if (!c) {
                ++m_index.traceEventsUnresolved;
                continue;
            }
            ++m_index.traceEventsResolved;
            const QString file = moduleFile(module);
            linkBoth(m.callId, fileTarget(file, c->line),
                     QStringLiteral("%1 on %2 → %3.handle_event(\"%4\")")
                         .arg(m.name, QUrl(url).path(), module, name));
        }
    }
}

void Builder::linkGit()
{
    if (!m_in.useGit || m_taskDoc.isEmpty())
        return;
    GitRepository repo(m_in.root);
    if (!repo.isOpen())
        return;
    const auto idsIn = [this](const QString& message) {
        QStringList ids;
        for (auto it = idPattern().globalMatch(message); it.hasNext();) {
            const QString id = it.next().captured(1);
            if (m_taskDoc.contains(id) && !ids.contains(id))
                ids << id;
        }
        return ids;
    };
    int scanned = 0;
    const QList<CommitFiles> commits =
        repo.commitsMatching([&](const QString& message) { return !idsIn(message).isEmpty(); },
                             m_in.maxCommits, &scanned, m_cancel);
    m_index.commitsScanned = scanned;
    for (const CommitFiles& c : commits) {
        const QString why = Tr::tr("commit %1: %2").arg(c.sha.left(7), c.summary);
        for (const QString& id : idsIn(c.message)) {
            for (const QString& f : c.files) {
                if (m_files.contains(f) && !m_skipAsTaskFile.contains(f))
                    m_index.add(taskTarget(id), fileTarget(f), why);
            }
        }
    }
}

void Builder::summarise()
{
    forEachPlanTask(
        [&](const TrdDocument& doc, const TrdTask& task) {
            TaskLinks s;
            s.id = task.id;
            s.title = task.title;
            s.document = doc.path;
            QSet<QString> tests;
            QSet<QString> traces;
            QSet<QString> findings;
            const auto addTest = [&](const LinkTarget& t) {
                const QString name = t.displayText();
                if (!tests.contains(name)) {
                    tests.insert(name);
                    s.tests << name;
                }
            };
            const auto addTrace = [&](const LinkTarget& t) {
                if (traces.contains(t.id))
                    return;
                traces.insert(t.id);
                s.traces << t.id;
                // The Playwright test that recorded it tests these files too.
                for (const Link& l : m_index.direct(LinkTarget::trace(t.id))) {
                    if (l.target.kind == LinkTarget::Kind::Test)
                        addTest(l.target);
                }
            };
            for (const Link& l : m_index.direct(taskTarget(doc, task))) {
                if (l.target.kind == LinkTarget::Kind::Agent && !s.agents.contains(l.target.id))
                    s.agents << l.target.id;
                if (l.target.kind != LinkTarget::Kind::File || s.files.contains(l.target.id))
                    continue;
                s.files << l.target.id;
                for (const Link& f : m_index.direct(LinkTarget::file(l.target.id))) {
                    if (f.target.kind == LinkTarget::Kind::Finding)
                        findings.insert(f.target.id);
                    else if (f.target.kind == LinkTarget::Kind::Trace)
                        addTrace(f.target);
                    else if (f.target.kind == LinkTarget::Kind::Test) {
                        addTest(f.target);
                        for (const Link& tr : m_index.direct(f.target)) {
                            if (tr.target.kind == LinkTarget::Kind::Trace)
                                addTrace(tr.target);
                        }
                    }
                }
            }
            s.findings = int(findings.size());
            m_index.tasks.append(s);
        });
}

LinkIndex Builder::run()
{
    QElapsedTimer clock;
    clock.start();
    indexFiles();
    readSources();
    linkTasks();
    linkAgents();
    linkFindings();
    linkTests();
    linkTraces();
    linkGit();
    summarise();
    m_index.ms = clock.elapsed();
    qCDebug(lcWorkspace) << "links:" << m_index.linkCount() << "in" << m_index.ms << "ms";
    return std::move(m_index);
}

} // namespace

TraceTitle parseTraceTitle(const QString& title)
{
    return parseTraceTitleImpl(title);
}

QString sanitizeForFilePath(const QString& s)
{
    // As Playwright names output folders: each run of ASCII punctuation, spaces or controls
    // (but not '-') becomes one '-'; letters beyond ASCII stay.
    QString out;
    out.reserve(s.size());
    bool inRun = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool replaced = u < 128 && u != u'-' && !(u >= u'0' && u <= u'9') &&
                              !(u >= u'a' && u <= u'z') && !(u >= u'A' && u <= u'Z');
        if (replaced) {
            if (!inRun)
                out += u'-';
            inRun = true;
        } else {
            out += c;
            inRun = false;
        }
    }
    return out;
}

LinkIndex build(const LinkInputs& inputs, const std::atomic_bool* cancel)
{
    return Builder(inputs, cancel).run();
}

} // namespace LinkBuilder

} // namespace pwb
