// SPDX-License-Identifier: MIT
#include "filetreemodel.h"

#include <QHash>
#include <algorithm>

namespace pwb {

FileTreeModel::FileTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->folder = true;
}

FileTreeModel::~FileTreeModel() = default;

void FileTreeModel::setFiles(const QStringList& relativePaths, const FileLinks& links)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->folder = true;
    QHash<QString, Node*> folders;
    folders.insert(QString(), m_root.get());
    auto folderFor = [&](const QString& path, auto&& self) -> Node* {
        if (Node* n = folders.value(path))
            return n;
        const qsizetype slash = path.lastIndexOf(u'/');
        Node* parent = self(slash < 0 ? QString() : path.left(slash), self);
        auto node = std::make_unique<Node>();
        node->name = path.mid(slash + 1);
        node->path = path;
        node->folder = true;
        node->parent = parent;
        Node* raw = node.get();
        parent->children.push_back(std::move(node));
        folders.insert(path, raw);
        return raw;
    };
    auto addLeaf = [&](const QString& p) -> Node* {
        const qsizetype slash = p.lastIndexOf(u'/');
        Node* parent = folderFor(slash < 0 ? QString() : p.left(slash), folderFor);
        auto node = std::make_unique<Node>();
        node->name = p.mid(slash + 1);
        node->path = p;
        node->parent = parent;
        Node* raw = node.get();
        parent->children.push_back(std::move(node));
        return raw;
    };
    for (const QString& p : relativePaths)
        addLeaf(p);
    for (const FileLink& l : links)
        addLeaf(l.path)->link = std::make_unique<FileLink>(l);
    // Folders first, then by name, as file managers do.
    auto sortTree = [](Node* n, auto&& self) -> void {
        std::stable_sort(n->children.begin(), n->children.end(), [](const auto& a, const auto& b) {
            if (a->folder != b->folder)
                return a->folder;
            return QString::compare(a->name, b->name, Qt::CaseInsensitive) < 0;
        });
        for (size_t i = 0; i < n->children.size(); ++i) {
            n->children[i]->row = int(i);
            self(n->children[i].get(), self);
        }
    };
    sortTree(m_root.get(), sortTree);
    endResetModel();
}

QModelIndex FileTreeModel::indexForPath(const QString& relativePath) const
{
    Node* n = m_root.get();
    QModelIndex idx;
    for (const QString& part : relativePath.split(u'/', Qt::SkipEmptyParts)) {
        auto it = std::find_if(n->children.begin(), n->children.end(),
                               [&](const auto& c) { return c->name == part; });
        if (it == n->children.end())
            return {};
        n = it->get();
        idx = index(n->row, 0, idx);
    }
    return idx;
}

FileTreeModel::Node* FileTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex FileTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* n = nodeFor(child);
    Node* p = n->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int FileTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int FileTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant FileTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = nodeFor(index);
    const FileLink* l = n->link.get();
    switch (role) {
    case Qt::DisplayRole:
        // A link inside the project shows where it lands in the tree, others the full path.
        if (l)
            return QString(n->name + QStringLiteral(" → ") +
                           (l->kind == FileLink::Kind::Inside ? l->realTarget : l->target));
        return n->name;
    case Qt::ToolTipRole:
        if (l && l->kind == FileLink::Kind::Outside)
            return tr("%1 is a link to %2, outside the project: listed, never read or written")
                .arg(n->path, l->target);
        if (l && l->kind == FileLink::Kind::Dangling)
            return tr("%1 is a link to %2, which does not exist or loops").arg(n->path, l->target);
        if (l)
            return tr("%1 is a link to %2 in this project").arg(n->path, l->realTarget);
        return n->path;
    case RelativePathRole:
        return n->path;
    case IsFolderRole:
        return n->folder;
    case IsLinkRole:
        return l != nullptr;
    case LinkWarningRole:
        return l && l->warned();
    case LinkRealTargetRole:
        return l ? l->realTarget : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> FileTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(RelativePathRole, "relativePath");
    names.insert(IsFolderRole, "isFolder");
    names.insert(IsLinkRole, "isLink");
    names.insert(LinkWarningRole, "linkWarning");
    names.insert(LinkRealTargetRole, "linkRealTarget");
    return names;
}

} // namespace pwb
