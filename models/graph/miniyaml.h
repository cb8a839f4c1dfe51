// SPDX-License-Identifier: MIT
// A reader for the YAML subset agent definitions and handoff blocks use: block mappings and
// sequences, plain/quoted scalars, block scalars (| >), flow sequences, comments. Every node
// keeps its line; what it cannot read becomes a located Diagnostic, never an exception.
#pragma once

#include "project/diagnostic.h"

#include <QString>
#include <QStringList>

#include <vector>

struct YamlEntry;

struct YamlNode
{
    enum class Type
    {
        Null,
        Scalar,
        Map,
        Seq
    };

    Type type = Type::Null;
    QString scalar;
    std::vector<YamlEntry> map;
    std::vector<YamlNode> seq;
    int line = 0; // 1-based line in the file

    bool isNull() const { return type == Type::Null; }
    bool isMap() const { return type == Type::Map; }
    bool isSeq() const { return type == Type::Seq; }
    bool isScalar() const { return type == Type::Scalar; }
    // The value under `key` of a mapping (nullptr when absent or not a mapping).
    const YamlNode* value(const QString& key) const;
    // Scalar text of `key`, or of this node when key is empty.
    QString text(const QString& key = {}) const;
    // A scalar, a flow list "a, b" or a sequence of scalars, as a list.
    QStringList list(const QString& key) const;
};

struct YamlEntry
{
    QString key;
    int line = 0;
    YamlNode value;
};

namespace MiniYaml {
// Parses `text`, whose first line is line `firstLine` of `path` (for diagnostics).
YamlNode parse(const QString& text, const QString& path, int firstLine = 1,
               Diagnostics* diagnostics = nullptr);
} // namespace MiniYaml
