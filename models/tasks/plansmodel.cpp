// SPDX-License-Identifier: MIT
#include "plansmodel.h"

#include "core/documentkind.h"
#include "taskdocuments.h"

#include <QFileInfo>
#include <QLocale>

namespace pwb {

namespace {
QString hours(double h)
{
    return QLocale().toString(h, 'f', h == std::floor(h) ? 0 : 1);
}
} // namespace

PlansModel::PlansModel(TaskDocuments* docs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_docs(docs)
{
    connect(docs, &TaskDocuments::documentsReset, this, &PlansModel::rebuild);
    connect(docs, &TaskDocuments::documentChanged, this, [this](int i) {
        // New bytes (a board edit written back, a change on disk): the last commit no longer
        // describes the working copy. The file's time stands in until git is asked again.
        m_commits.remove(m_docs->at(i).path);
        const int r = rowOf(i);
        if (r < 0)
            return rebuild(); // its class may have changed
        const DocumentClass cls = m_docs->at(i).doc.documentClass;
        if (cls != DocumentClass::Plan && !m_showNonPlans)
            return rebuild();
        m_rows[r] = rowFor(i);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    });
    rebuild();
}

void PlansModel::setShowNonPlans(bool show)
{
    if (show == m_showNonPlans)
        return;
    m_showNonPlans = show;
    rebuild();
}

void PlansModel::setLastCommits(const QHash<QString, QDateTime>& committed)
{
    m_commits = committed;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ChangedColumn), index(rowCount() - 1, ChangedColumn));
}

PlansModel::Row PlansModel::rowFor(int doc) const
{
    Row r;
    r.doc = doc;
    const TaskDocuments::Entry& e = m_docs->at(doc);
    r.stats = TrdStats::of(e.doc);
    r.lint = int(e.lint.size());
    for (const Diagnostic& d : e.lint)
        r.lintErrors += d.severity == Diagnostic::Severity::Error ? 1 : 0;
    return r;
}

void PlansModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_hidden = 0;
    for (int i = 0; i < m_docs->count(); ++i) {
        const TaskDocuments::Entry& e = m_docs->at(i);
        // Files opened by hand (absolute paths) are shown whatever they are, as on the board.
        if (e.doc.documentClass != DocumentClass::Plan && !m_showNonPlans &&
            !e.path.startsWith(u'/')) {
            ++m_hidden;
            continue;
        }
        m_rows.append(rowFor(i));
    }
    endResetModel();
}

int PlansModel::documentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).doc : -1;
}

int PlansModel::rowOf(int documentIndex) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).doc == documentIndex)
            return r;
    }
    return -1;
}

int PlansModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlansModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime PlansModel::lastChange(const Row& r, bool* fromGit) const
{
    const TaskDocuments::Entry& e = m_docs->at(r.doc);
    const auto it = m_commits.constFind(e.path);
    *fromGit = it != m_commits.constEnd();
    return *fromGit ? *it : e.modified;
}

QVariant PlansModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const TaskDocuments::Entry& e = m_docs->at(r.doc);
    const TrdDocument& d = e.doc;
    const bool plan = d.documentClass == DocumentClass::Plan;
    const TrdStats& s = r.stats;
    const double stated = d.statedTotalHours;
    switch (role) {
    case DocumentIndexRole:
        return r.doc;
    case PathRole:
        return e.path;
    case Qt::TextAlignmentRole:
        return index.column() >= TasksColumn && index.column() <= LintColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        switch (index.column()) {
        case DocumentColumn:
            return e.path.toLower();
        case ClassColumn:
            return int(d.documentClass);
        case TasksColumn:
            return s.tasks;
        case DoneColumn:
            return s.tasks ? double(s.done) / s.tasks : -1.0;
        case HoursColumn:
            return s.hoursTotal;
        case StatedColumn:
            // The gap between what the document says and what its tasks add up to.
            return stated >= 0 ? std::abs(stated - s.hoursTotal) : -1.0;
        case LintColumn:
            return r.lintErrors * 100000 + r.lint;
        case ChangedColumn: {
            bool git = false;
            return lastChange(r, &git).toMSecsSinceEpoch();
        }
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DocumentColumn:
        case ClassColumn:
            return tr("%1 — %2: %3")
                .arg(e.path, DocumentKind::label(d.documentClass), d.classReason);
        case HoursColumn:
            return d.hoursConverted
                       ? tr("Estimates in days count %1 hours a day").arg(hours(d.hoursPerDay))
                       : QVariant();
        case StatedColumn:
            return stated >= 0 ? tr("The document states %1 h (line %2); its tasks sum to %3 h")
                                     .arg(hours(stated))
                                     .arg(d.statedTotalLine)
                                     .arg(hours(s.hoursTotal))
                               : tr("The document states no total; its tasks sum to %1 h")
                                     .arg(hours(s.hoursTotal));
        case LintColumn:
            return tr("%n finding(s), %1 of them errors", nullptr, r.lint).arg(r.lintErrors);
        case ChangedColumn: {
            bool git = false;
            const QDateTime when = lastChange(r, &git);
            if (!when.isValid())
                return QVariant();
            const QString at = QLocale().toString(when, QLocale::LongFormat);
            return git ? tr("Last commit that changed it: %1").arg(at)
                       : tr("Modification time of the file: %1 (not committed, or no git "
                            "repository)")
                             .arg(at);
        }
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return d.title.isEmpty() ? QFileInfo(e.path).fileName() : d.title;
        case ClassColumn:
            return DocumentKind::label(d.documentClass);
        case TasksColumn:
            return plan ? QVariant(s.tasks) : QVariant();
        case DoneColumn:
            return plan ? QVariant(s.done) : QVariant();
        case HoursColumn:
            return plan ? tr("%1 / %2 h").arg(hours(s.hoursDone), hours(s.hoursTotal)) : QString();
        case StatedColumn:
            if (!plan)
                return QString();
            if (stated < 0)
                return tr("— / %1 h").arg(hours(s.hoursTotal));
            return tr("%1 %2 %3 h")
                .arg(hours(stated),
                     qFuzzyCompare(stated + 1, s.hoursTotal + 1) ? QStringLiteral("=")
                                                                 : QStringLiteral("≠"),
                     hours(s.hoursTotal));
        case LintColumn:
            return r.lint;
        case ChangedColumn: {
            bool git = false;
            const QDateTime when = lastChange(r, &git);
            if (!when.isValid())
                return QString();
            const QLocale l;
            const QString at = l.toString(when.date(), QLocale::ShortFormat) + u' ' +
                               l.toString(when.time(), QLocale::ShortFormat);
            return git ? at : tr("%1 (file)").arg(at);
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant PlansModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HoursColumn:
            return tr("Hours of the done tasks / hours of all tasks");
        case StatedColumn:
            return tr("The total the document states against the sum of its tasks' estimates");
        case ChangedColumn:
            return tr("The last commit that changed the file; the file's modification time when "
                      "it has changes not committed yet or is not in git");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case ClassColumn:
        return tr("Class");
    case TasksColumn:
        return tr("Tasks");
    case DoneColumn:
        return tr("Done");
    case HoursColumn:
        return tr("Hours done / total");
    case StatedColumn:
        return tr("Stated / summed");
    case LintColumn:
        return tr("Lint");
    case ChangedColumn:
        return tr("Last change");
    }
    return {};
}

} // namespace pwb
