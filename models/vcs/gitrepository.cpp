// SPDX-License-Identifier: MIT
#include "gitrepository.h"

#include "githandle.h"

#include "core/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <optional>

namespace pwb {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitRepository)
};

struct Base
{
    std::optional<git_oid> oid; // none: compare against the empty tree (unborn branch)
    QString label;
    QString message;
};

QString summaryOf(git_commit* commit)
{
    const char* s = git_commit_summary(commit);
    return s ? QString::fromUtf8(s) : QString();
}

QDateTime timeOf(const git_time& t)
{
    return QDateTime::fromSecsSinceEpoch(t.time, QTimeZone(t.offset * 60));
}

} // namespace

struct GitRepository::Private
{
    Git::Repository repo;
    QString workdir;
    QString prefix;
    QString openError;
    bool notFound = false;

    std::optional<git_oid> headOid() const
    {
        Git::Reference head;
        if (git_repository_head(Git::out(head), repo.get()) != 0)
            return std::nullopt;
        Git::Object obj;
        if (git_reference_peel(Git::out(obj), head.get(), GIT_OBJECT_COMMIT) != 0)
            return std::nullopt;
        return *git_object_id(obj.get());
    }

    // The default branch and its commit.
    std::optional<std::pair<QString, git_oid>> defaultBranch() const
    {
        static const struct
        {
            const char* name;
            git_branch_t type;
        } candidates[] = {{"main", GIT_BRANCH_LOCAL},
                          {"master", GIT_BRANCH_LOCAL},
                          {"origin/main", GIT_BRANCH_REMOTE},
                          {"origin/master", GIT_BRANCH_REMOTE}};
        for (const auto& c : candidates) {
            Git::Reference ref;
            if (git_branch_lookup(Git::out(ref), repo.get(), c.name, c.type) != 0)
                continue;
            Git::Object obj;
            if (git_reference_peel(Git::out(obj), ref.get(), GIT_OBJECT_COMMIT) != 0)
                continue; // a ref whose commit is missing (shallow history) is no help
            return std::make_pair(QString::fromLatin1(c.name), *git_object_id(obj.get()));
        }
        return std::nullopt;
    }

    QString currentBranchName() const
    {
        Git::Reference head;
        if (git_reference_lookup(Git::out(head), repo.get(), "HEAD") != 0)
            return {};
        if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
            return {};
        QString target = QString::fromUtf8(git_reference_symbolic_target(head.get()));
        if (target.startsWith(u"refs/heads/"))
            target.remove(0, 11);
        return target;
    }

    Base resolveBase() const
    {
        Base base;
        if (git_repository_head_unborn(repo.get()) == 1) {
            base.label = Tr::tr("no commits yet");
            base.message = Tr::tr("Branch '%1' has no commits yet: every file counts as added.")
                               .arg(currentBranchName());
            return base;
        }
        const auto head = headOid();
        if (!head) {
            base.label = Tr::tr("no HEAD");
            base.message = Tr::tr("HEAD cannot be read (%1).").arg(Git::lastError());
            return base;
        }
        base.oid = *head;
        base.label = Tr::tr("HEAD");
        const auto def = defaultBranch();
        if (!def) {
            base.message = Tr::tr("No main or master branch (local or on origin): only uncommitted "
                                  "work counts as changed.");
            return base;
        }
        git_oid mb;
        if (git_merge_base(&mb, repo.get(), &*head, &def->second) != 0) {
            const bool shallow = git_repository_is_shallow(repo.get()) == 1;
            base.message = shallow
                               ? Tr::tr("This shallow clone does not reach the merge base with %1: "
                                        "only uncommitted work counts as changed.")
                                     .arg(def->first)
                               : Tr::tr("HEAD and %1 share no history: only uncommitted work "
                                        "counts as changed.")
                                     .arg(def->first);
            return base;
        }
        base.oid = mb;
        base.label = git_oid_equal(&mb, &*head)
                         ? Tr::tr("HEAD (%1 is up to date with it)").arg(def->first)
                         : Tr::tr("merge base with %1").arg(def->first);
        return base;
    }

    QString toProjectPath(const char* repoPath) const
    {
        const QString p = QString::fromUtf8(repoPath);
        if (prefix.isEmpty())
            return p;
        return p.startsWith(prefix) ? p.mid(prefix.size()) : QString();
    }
};

GitRepository::GitRepository(const QString& projectRoot)
    : d(std::make_unique<Private>())
{
    Git::ensureInitialized();
    const QByteArray path = QFile::encodeName(projectRoot);
    const int rc = git_repository_open_ext(Git::out(d->repo), path.constData(), 0, nullptr);
    if (rc != 0) {
        d->notFound = rc == GIT_ENOTFOUND;
        d->openError = rc == GIT_EOWNER
                           ? Tr::tr("the repository at %1 belongs to another user").arg(projectRoot)
                           : Git::lastError(Tr::tr("cannot open the repository"));
        d->repo.reset();
        return;
    }
    if (const char* wd = git_repository_workdir(d->repo.get())) {
        d->workdir = QFileInfo(QFile::decodeName(wd)).canonicalFilePath();
        const QString root = QFileInfo(projectRoot).canonicalFilePath();
        const QString rel = QDir(d->workdir).relativeFilePath(root);
        if (!rel.isEmpty() && rel != u"." && !rel.startsWith(u".."))
            d->prefix = rel + u'/';
    }
}

GitRepository::~GitRepository() = default;

bool GitRepository::isOpen() const
{
    return d->repo != nullptr;
}

QList<CommitFiles>
GitRepository::commitsMatching(const std::function<bool(const QString& message)>& match,
                               int maxCommits, int* scanned, const std::atomic_bool* cancel) const
{
    QList<CommitFiles> out;
    if (scanned)
        *scanned = 0;
    if (!isOpen())
        return out;
    git_repository* repo = d->repo.get();
    Git::RevWalk walk;
    if (git_revwalk_new(Git::out(walk), repo) != 0)
        return out;
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0)
        return out; // an unborn branch: no history yet
    git_oid oid;
    int count = 0;
    while (count < maxCommits && git_revwalk_next(&oid, walk.get()) == 0) {
        if (cancel && cancel->load())
            break;
        ++count;
        Git::Commit commit;
        if (git_commit_lookup(Git::out(commit), repo, &oid) != 0)
            continue;
        const char* raw = git_commit_message(commit.get());
        const QString message = raw ? QString::fromUtf8(raw) : QString();
        if (!match(message))
            continue;
        CommitFiles c;
        char hex[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(hex, sizeof hex, &oid);
        c.sha = QString::fromLatin1(hex);
        c.summary = summaryOf(commit.get());
        c.message = message;
        Git::Tree tree;
        Git::Tree parentTree;
        if (git_commit_tree(Git::out(tree), commit.get()) != 0)
            continue;
        if (git_commit_parentcount(commit.get()) > 0) {
            Git::Commit parent;
            if (git_commit_parent(Git::out(parent), commit.get(), 0) == 0)
                git_commit_tree(Git::out(parentTree), parent.get());
        }
        git_diff_options opts;
        git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
        QByteArray spec = d->prefix.toUtf8();
        char* specs[] = {spec.data()};
        if (!spec.isEmpty()) {
            opts.pathspec.strings = specs;
            opts.pathspec.count = 1;
        }
        Git::Diff diff;
        if (git_diff_tree_to_tree(Git::out(diff), repo, parentTree.get(), tree.get(), &opts) != 0)
            continue;
        const size_t deltas = git_diff_num_deltas(diff.get());
        for (size_t i = 0; i < deltas; ++i) {
            const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
            const char* path =
                delta->status == GIT_DELTA_DELETED ? delta->old_file.path : delta->new_file.path;
            const QString rel = d->toProjectPath(path);
            if (!rel.isEmpty() && !c.files.contains(rel))
                c.files.append(rel);
        }
        out.append(c);
    }
    if (scanned)
        *scanned = count;
    return out;
}

QHash<QString, QDateTime> GitRepository::lastCommitTimes(const QStringList& files, int maxCommits,
                                                         const std::atomic_bool* cancel) const
{
    QHash<QString, QDateTime> out;
    if (!isOpen() || files.isEmpty())
        return out;
    git_repository* repo = d->repo.get();
    // Repository path -> project path, for the files that are committed as they are.
    QHash<QByteArray, QString> wanted;
    for (const QString& f : files) {
        const QByteArray inRepo = (d->prefix + f).toUtf8();
        unsigned int flags = 0;
        if (git_status_file(&flags, repo, inRepo.constData()) == 0 && flags == GIT_STATUS_CURRENT)
            wanted.insert(inRepo, f);
    }
    if (wanted.isEmpty())
        return out;
    Git::RevWalk walk;
    if (git_revwalk_new(Git::out(walk), repo) != 0)
        return out;
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0)
        return out;
    git_oid oid;
    int count = 0;
    while (!wanted.isEmpty() && count < maxCommits && git_revwalk_next(&oid, walk.get()) == 0) {
        if (cancel && cancel->load())
            break;
        ++count;
        Git::Commit commit;
        Git::Tree tree;
        // Two statements: Git::out() hands the pointer over when its statement ends.
        if (git_commit_lookup(Git::out(commit), repo, &oid) != 0)
            continue;
        if (git_commit_tree(Git::out(tree), commit.get()) != 0)
            continue;
        Git::Tree parentTree;
        if (git_commit_parentcount(commit.get()) > 0) {
            Git::Commit parent;
            if (git_commit_parent(Git::out(parent), commit.get(), 0) == 0)
                git_commit_tree(Git::out(parentTree), parent.get());
        }
        // Only the files still wanted: a diff restricted to them costs little per commit.
        QList<QByteArray> keys = wanted.keys();
        std::vector<char*> specs;
        specs.reserve(size_t(keys.size()));
        for (QByteArray& k : keys)
            specs.push_back(k.data());
        git_diff_options opts;
        git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
        opts.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
        opts.pathspec.strings = specs.data();
        opts.pathspec.count = specs.size();
        Git::Diff diff;
        if (git_diff_tree_to_tree(Git::out(diff), repo, parentTree.get(), tree.get(), &opts) != 0)
            continue;
        const size_t deltas = git_diff_num_deltas(diff.get());
        if (deltas == 0)
            continue;
        const QDateTime when = QDateTime::fromSecsSinceEpoch(
            git_commit_time(commit.get()), QTimeZone(git_commit_time_offset(commit.get()) * 60));
        for (size_t i = 0; i < deltas; ++i) {
            const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
            const auto it = wanted.constFind(QByteArray(delta->new_file.path));
            if (it == wanted.constEnd())
                continue;
            out.insert(*it, when);
            wanted.erase(it);
        }
    }
    return out;
}

QString GitRepository::prefix() const
{
    return d->prefix;
}

QString GitRepository::defaultBranch() const
{
    if (!d->repo)
        return {};
    const auto def = d->defaultBranch();
    return def ? def->first : QString();
}

RepositoryState GitRepository::state() const
{
    RepositoryState s;
    if (!d->repo) {
        s.kind = d->notFound ? RepositoryState::Kind::NotARepository : RepositoryState::Kind::Error;
        s.message = d->notFound ? Tr::tr("The project is not in a git repository: branch, changed "
                                         "lines and blame are not available.")
                                : d->openError;
        return s;
    }
    git_repository* repo = d->repo.get();
    s.workdir = d->workdir;
    if (git_repository_is_bare(repo) == 1) {
        s.kind = RepositoryState::Kind::Bare;
        s.message = Tr::tr("The repository has no working tree.");
        return s;
    }
    s.shallow = git_repository_is_shallow(repo) == 1;
    if (git_repository_head_unborn(repo) == 1) {
        s.kind = RepositoryState::Kind::Unborn;
        s.branch = d->currentBranchName();
    } else {
        Git::Reference head;
        if (git_repository_head(Git::out(head), repo) != 0) {
            s.kind = RepositoryState::Kind::Error;
            s.message = Tr::tr("HEAD cannot be read: %1").arg(Git::lastError());
            return s;
        }
        const bool detached = git_repository_head_detached(repo) == 1;
        s.kind = detached ? RepositoryState::Kind::Detached : RepositoryState::Kind::Branch;
        if (!detached)
            s.branch = QString::fromUtf8(git_reference_shorthand(head.get()));
        Git::Object obj;
        if (git_reference_peel(Git::out(obj), head.get(), GIT_OBJECT_COMMIT) == 0) {
            s.headId = Git::oidToString(git_object_id(obj.get()), 7);
            s.headSummary = summaryOf(reinterpret_cast<git_commit*>(obj.get()));
        }
    }
    const Base base = d->resolveBase();
    if (const auto def = d->defaultBranch())
        s.defaultBranch = def->first;
    if (base.oid && !s.defaultBranch.isEmpty() && base.message.isEmpty())
        s.mergeBaseId = Git::oidToString(&*base.oid, 7);

    QStringList notes;
    if (s.kind == RepositoryState::Kind::Detached)
        notes << Tr::tr("HEAD is detached at %1 (no branch is checked out).").arg(s.headId);
    if (s.shallow)
        notes << Tr::tr("This is a shallow clone: older history is missing.");
    if (!base.message.isEmpty())
        notes << base.message;
    s.message = notes.join(u' ');
    return s;
}

ChangeSet GitRepository::changes(const std::atomic_bool* cancel) const
{
    ChangeSet cs;
    if (!d->repo || git_repository_is_bare(d->repo.get()) == 1) {
        cs.message = d->repo ? Tr::tr("The repository has no working tree.")
                             : Tr::tr("The project is not in a git repository.");
        return cs;
    }
    git_repository* repo = d->repo.get();
    const Base base = d->resolveBase();
    cs.baseLabel = base.label;
    cs.message = base.message;

    Git::Tree tree;
    if (base.oid) {
        cs.baseId = Git::oidToString(&*base.oid, 7);
        Git::Commit commit;
        int rc = git_commit_lookup(Git::out(commit), repo, &*base.oid);
        if (rc == 0)
            rc = git_commit_tree(Git::out(tree), commit.get());
        if (rc != 0) {
            cs.message =
                Tr::tr("The base commit %1 cannot be read: %2").arg(cs.baseId, Git::lastError());
            return cs;
        }
    }

    git_diff_options opts;
    git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    opts.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS |
                 GIT_DIFF_SHOW_UNTRACKED_CONTENT;
    opts.context_lines = 0;
    opts.interhunk_lines = 0;
    QByteArray spec = d->prefix.toUtf8();
    char* specs[] = {spec.data()};
    if (!spec.isEmpty()) {
        opts.pathspec.strings = specs;
        opts.pathspec.count = 1;
    }

    Git::Diff diff;
    if (git_diff_tree_to_workdir_with_index(Git::out(diff), repo, tree.get(), &opts) != 0) {
        cs.message = Tr::tr("Cannot compare the working tree: %1").arg(Git::lastError());
        return cs;
    }

    const size_t deltas = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < deltas; ++i) {
        if (cancel && cancel->load())
            return {};
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        const bool deleted = delta->status == GIT_DELTA_DELETED;
        FileChanges fc;
        fc.path = d->toProjectPath(deleted ? delta->old_file.path : delta->new_file.path);
        if (fc.path.isEmpty())
            continue;
        switch (delta->status) {
        case GIT_DELTA_ADDED:
            fc.status = FileChanges::Status::Added;
            break;
        case GIT_DELTA_DELETED:
            fc.status = FileChanges::Status::Deleted;
            break;
        case GIT_DELTA_RENAMED:
        case GIT_DELTA_COPIED:
            fc.status = FileChanges::Status::Renamed;
            break;
        case GIT_DELTA_UNTRACKED:
            fc.status = FileChanges::Status::Untracked;
            break;
        case GIT_DELTA_TYPECHANGE:
            fc.status = FileChanges::Status::TypeChange;
            break;
        default:
            fc.status = FileChanges::Status::Modified;
            break;
        }
        if (!deleted) {
            Git::Patch patch;
            if (git_patch_from_diff(Git::out(patch), diff.get(), i) != 0) {
                cs.files.insert(fc.path, fc);
                continue;
            }
            fc.binary = (git_patch_get_delta(patch.get())->flags & GIT_DIFF_FLAG_BINARY) != 0;
            const size_t hunks = patch ? git_patch_num_hunks(patch.get()) : 0;
            for (size_t h = 0; h < hunks; ++h) {
                const git_diff_hunk* hunk = nullptr;
                size_t lines = 0;
                if (git_patch_get_hunk(&hunk, &lines, patch.get(), h) != 0)
                    break;
                if (hunk->new_lines == 0)
                    fc.deletedAfter << hunk->new_start;
                // Within a change group, added lines that pair with removed ones are
                // modifications; the surplus is added.
                int pendingRemoved = 0;
                for (size_t l = 0; l < lines; ++l) {
                    const git_diff_line* line = nullptr;
                    if (git_patch_get_line_in_hunk(&line, patch.get(), h, l) != 0)
                        break;
                    if (line->origin == GIT_DIFF_LINE_DELETION) {
                        ++pendingRemoved;
                    } else if (line->origin == GIT_DIFF_LINE_ADDITION) {
                        const auto kind =
                            pendingRemoved > 0 ? LineRange::Kind::Modified : LineRange::Kind::Added;
                        if (pendingRemoved > 0)
                            --pendingRemoved;
                        const int n = line->new_lineno;
                        if (!fc.ranges.isEmpty() && fc.ranges.last().kind == kind &&
                            fc.ranges.last().first + fc.ranges.last().count == n)
                            ++fc.ranges.last().count;
                        else
                            fc.ranges << LineRange{n, 1, kind};
                    } else if (line->origin == GIT_DIFF_LINE_CONTEXT) {
                        pendingRemoved = 0;
                    }
                }
            }
        }
        cs.files.insert(fc.path, fc);
    }
    return cs;
}

FileBlame GitRepository::blame(const QString& relativePath, const QByteArray* buffer) const
{
    FileBlame fb;
    fb.path = relativePath;
    if (!d->repo || d->workdir.isEmpty()) {
        fb.message = Tr::tr("The project is not in a git repository.");
        return fb;
    }
    git_repository* repo = d->repo.get();
    ProjectFile::Result file;
    if (buffer) {
        file.bytes = *buffer;
        file.status = ProjectFile::Status::Ok;
    } else {
        file = ProjectFile::read(QDir(d->workdir).filePath(d->prefix), relativePath);
    }
    const QByteArray& contents = file.bytes;
    const int lineCount = int(contents.count('\n')) + (contents.endsWith('\n') ? 0 : 1);
    const auto uncommitted = [&](const QString& why) {
        fb.message = why;
        fb.hunks = {BlameHunk{1, lineCount, {}, {}, {}, {}, {}}};
        return fb;
    };
    if (git_repository_head_unborn(repo) == 1)
        return uncommitted(Tr::tr("No commits yet."));

    const QByteArray repoPath = (d->prefix + relativePath).toUtf8();
    git_blame_options opts;
    git_blame_options_init(&opts, GIT_BLAME_OPTIONS_VERSION);
    Git::Blame committed;
    if (git_blame_file(Git::out(committed), repo, repoPath.constData(), &opts) != 0)
        return uncommitted(Tr::tr("%1 is not committed yet.").arg(relativePath));
    // Blame of HEAD's version, one entry per HEAD line.
    struct CommitFacts
    {
        QString summary, author, email;
        QDateTime when;
    };
    QHash<QString, CommitFacts> facts;
    QList<BlameHunk> headHunks; // in HEAD's line numbers
    const uint32_t count = git_blame_get_hunk_count(committed.get());
    for (uint32_t i = 0; i < count; ++i) {
        const git_blame_hunk* h = git_blame_get_hunk_byindex(committed.get(), i);
        if (!h || h->lines_in_hunk == 0)
            continue;
        BlameHunk bh;
        bh.first = int(h->final_start_line_number);
        bh.count = int(h->lines_in_hunk);
        if (!git_oid_is_zero(&h->final_commit_id)) {
            const QString full = Git::oidToString(&h->final_commit_id);
            bh.commitId = full.left(7);
            if (h->final_signature) {
                bh.author = QString::fromUtf8(h->final_signature->name);
                bh.email = QString::fromUtf8(h->final_signature->email);
                bh.when = timeOf(h->final_signature->when);
            }
            auto it = facts.find(full);
            if (it == facts.end()) {
                Git::Commit c;
                CommitFacts f;
                if (git_commit_lookup(Git::out(c), repo, &h->final_commit_id) == 0) {
                    f.summary = summaryOf(c.get());
                    if (const git_signature* a = git_commit_author(c.get())) {
                        f.author = QString::fromUtf8(a->name);
                        f.email = QString::fromUtf8(a->email);
                        f.when = timeOf(a->when);
                    }
                }
                it = facts.insert(full, f);
            }
            bh.summary = it->summary;
            if (bh.author.isEmpty()) {
                bh.author = it->author;
                bh.email = it->email;
                bh.when = it->when;
            }
        }
        headHunks << bh;
    }
    std::sort(headHunks.begin(), headHunks.end(),
              [](const BlameHunk& a, const BlameHunk& b) { return a.first < b.first; });

    // The text shown (the working file or the editor's buffer) against HEAD's: changed
    // lines are not committed yet, the others map to their HEAD line. (git_blame_buffer
    // did this once, but shifted hunks wrongly after an insertion and lost the signature
    // of a hunk it split: ", : initial demo (1a1cb59)".)
    Git::Object headBlob;
    const QByteArray spec = "HEAD:" + repoPath;
    // (Git::out fills the handle at the end of the statement: the type is asked after it.)
    const bool haveHead =
        file.ok() && git_revparse_single(Git::out(headBlob), repo, spec.constData()) == 0;
    if (!haveHead || git_object_type(headBlob.get()) != GIT_OBJECT_BLOB) {
        fb.hunks = headHunks; // nothing to compare with: HEAD's blame as it is
        return fb;
    }
    const auto* blob = reinterpret_cast<const git_blob*>(headBlob.get());
    struct Change
    {
        int newStart, newLines, oldLines;
    };
    QList<Change> changes;
    git_diff_options dopts;
    git_diff_options_init(&dopts, GIT_DIFF_OPTIONS_VERSION);
    dopts.context_lines = 0;
    const auto onHunk = [](const git_diff_delta*, const git_diff_hunk* h, void* payload) {
        static_cast<QList<Change>*>(payload)->append(
            {int(h->new_start), int(h->new_lines), int(h->old_lines)});
        return 0;
    };
    if (git_diff_buffers(git_blob_rawcontent(blob), size_t(git_blob_rawsize(blob)), nullptr,
                         contents.constData(), size_t(contents.size()), nullptr, &dopts, nullptr,
                         nullptr, onHunk, nullptr, &changes) != 0) {
        fb.hunks = headHunks;
        return fb;
    }
    // Walk the shown lines once: inside a change they are new, between changes they map
    // to HEAD with the offset of the changes above.
    int delta = 0; // HEAD line - shown line, below the changes passed
    qsizetype next = 0;
    qsizetype headAt = 0; // the HEAD hunk reached (lines ascend)
    const auto append = [&fb](const BlameHunk& proto, int line) {
        if (!fb.hunks.isEmpty()) {
            BlameHunk& last = fb.hunks.last();
            if (last.first + last.count == line && last.commitId == proto.commitId &&
                last.when == proto.when && last.summary == proto.summary) {
                ++last.count;
                return;
            }
        }
        BlameHunk h = proto;
        h.first = line;
        h.count = 1;
        fb.hunks << h;
    };
    const BlameHunk uncommittedLine;
    for (int line = 1; line <= lineCount; ++line) {
        while (next < changes.size()) {
            const Change& c = changes[next];
            const int end = c.newLines > 0 ? c.newStart + c.newLines : c.newStart + 1;
            if (line < end)
                break;
            delta += c.oldLines - c.newLines;
            ++next;
        }
        const bool inChange =
            next < changes.size() && changes[next].newLines > 0 && line >= changes[next].newStart;
        if (inChange) {
            append(uncommittedLine, line);
            continue;
        }
        const int headLine = line + delta;
        while (headAt < headHunks.size() &&
               headHunks[headAt].first + headHunks[headAt].count <= headLine)
            ++headAt;
        if (headAt < headHunks.size() && headHunks[headAt].first <= headLine)
            append(headHunks[headAt], line);
        else
            append(uncommittedLine, line);
    }
    std::sort(fb.hunks.begin(), fb.hunks.end(),
              [](const BlameHunk& a, const BlameHunk& b) { return a.first < b.first; });
    return fb;
}

} // namespace pwb
