// SPDX-License-Identifier: MIT
// The project's files as a folder tree, built from a FileIndex's relative paths; symbolic
// links are leaves marked as links ("name → target"), never folders to open.
#pragma once

#include "project/filelink.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace pwb {

class FileTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles
    {
        RelativePathRole = Qt::UserRole + 1,
        IsFolderRole,
        IsLinkRole,        // bool: a symbolic link (never opened through)
        LinkWarningRole,   // bool: the link leaves the project or leads nowhere
        LinkRealTargetRole // a link inside the project: its target, relative to the root
    };

    explicit FileTreeModel(QObject* parent = nullptr);
    ~FileTreeModel() override;

    // Replaces the whole tree. Paths are relative, '/'-separated.
    void setFiles(const QStringList& relativePaths, const FileLinks& links = {});
    QModelIndex indexForPath(const QString& relativePath) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        QString name;
        QString path;
        bool folder = false;
        std::unique_ptr<FileLink> link; // set for a symbolic link
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node* nodeFor(const QModelIndex& index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace pwb
