// SPDX-License-Identifier: MIT
#include "projecttree.h"

#include "project/fileindex.h"
#include "project/filetreemodel.h"
#include "workspace/project.h"

#include <QApplication>
#include <QFileIconProvider>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace pwb {

namespace {

// Folder and file icons come from the platform; the model stays free of widgets.
class FileIconProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole) {
            // Links get the link icon, or a warning when they leave the project.
            if (QIdentityProxyModel::data(index, FileTreeModel::LinkWarningRole).toBool())
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            if (QIdentityProxyModel::data(index, FileTreeModel::IsLinkRole).toBool())
                return QApplication::style()->standardIcon(QStyle::SP_FileLinkIcon);
            const bool folder =
                QIdentityProxyModel::data(index, FileTreeModel::IsFolderRole).toBool();
            return m_icons.icon(folder ? QAbstractFileIconProvider::Folder
                                       : QAbstractFileIconProvider::File);
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QFileIconProvider m_icons;
};

} // namespace

ProjectTree::ProjectTree(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_filter(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
{
    auto* icons = new FileIconProxy(this);
    icons->setSourceModel(project->fileTree());
    m_proxy->setSourceModel(icons);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(FileTreeModel::RelativePathRole);

    m_filter->setPlaceholderText(tr("Filter files (Ctrl+Shift+F)"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setContentsMargins(4, 0, 4, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &ProjectTree::setFilterText);
    // Enter opens the file when the filter leaves exactly one; otherwise the list takes the
    // keyboard at its first file, so arrows and Enter pick one.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QString needle = m_filter->text();
        if (needle.isEmpty())
            return;
        QString match;
        int matches = 0;
        for (const QString& f : m_project->files()->files()) {
            if (f.contains(needle, Qt::CaseInsensitive)) {
                match = f;
                if (++matches > 1)
                    break;
            }
        }
        if (matches == 1) {
            emit fileActivated(match);
            return;
        }
        for (QModelIndex i = m_proxy->index(0, 0); i.isValid();) {
            if (!i.data(FileTreeModel::IsFolderRole).toBool()) {
                m_view->setCurrentIndex(i);
                m_view->setFocus();
                return;
            }
            i = m_proxy->index(0, 0, i);
        }
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.data(FileTreeModel::IsFolderRole).toBool())
            return;
        // A link is never opened through: one inside the project opens its target's real
        // path (listed on its own), one leaving it or leading nowhere opens nothing.
        if (index.data(FileTreeModel::IsLinkRole).toBool()) {
            const QString target = index.data(FileTreeModel::LinkRealTargetRole).toString();
            if (!target.isEmpty() && m_project->files()->files().contains(target))
                emit fileActivated(target);
            return;
        }
        emit fileActivated(index.data(FileTreeModel::RelativePathRole).toString());
    });
    connect(project->files(), &FileIndex::scanStarted, this, &ProjectTree::updateStatus);
    connect(project->files(), &FileIndex::ready, this, [this] {
        updateStatus();
        // Open the top-level folders so the structure is visible at a glance.
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            if (m_proxy->index(r, 0).data(FileTreeModel::IsFolderRole).toBool() &&
                m_proxy->rowCount() < 12)
                m_view->expand(m_proxy->index(r, 0));
    });
    updateStatus();
}

void ProjectTree::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        m_view->expandAll();
    updateStatus();
}

void ProjectTree::updateStatus()
{
    // The status bar already shows the file count; this line speaks only of the filter.
    const FileIndex* files = m_project->files();
    QString text;
    if (files->isScanning()) {
        text = tr("Scanning files…");
    } else if (!m_filter->text().isEmpty()) {
        int matches = 0;
        const QString needle = m_filter->text();
        for (const QString& f : files->files())
            matches += f.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        text = tr("%n file(s) match", nullptr, matches);
    } else if (files->truncated()) {
        text = tr("File list truncated at %1 files").arg(files->files().size());
    }
    // Links leaving the project are worth a line of their own: the user may expect them read.
    const Diagnostics warnings = files->diagnostics();
    QStringList tips;
    for (const Diagnostic& d : warnings)
        tips << d.toString();
    if (!warnings.isEmpty() && !files->isScanning() && m_filter->text().isEmpty()) {
        const QString links = tr("%n link(s) leave the project or lead nowhere: not read", nullptr,
                                 int(warnings.size()));
        text = text.isEmpty() ? links : text + u'\n' + links;
    }
    m_status->setToolTip(tips.join(u'\n'));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace pwb
