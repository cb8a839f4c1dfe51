// SPDX-License-Identifier: MIT
// The one YAML reader: agent front matter, agent .yaml files, handoff blocks and the
// code-reviewer response all go through it. Built on libyaml's event API, so the tree is
// ours (plain values, lines kept) and the limits are enforced while reading: aliases are
// refused (never expanded), nesting and node count are capped. Broken YAML is a located
// Diagnostic and the part read before the error is still returned; nothing throws.
#pragma once

#include "core/diagnostic.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace pwb::yaml {

struct Entry;

struct Node
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
    std::vector<Entry> map; // in document order; a repeated key keeps every entry
    std::vector<Node> seq;
    int line = 0; // 1-based line in the file (the caller's first line counted in)

    bool isNull() const { return type == Type::Null; }
    bool isMap() const { return type == Type::Map; }
    bool isSeq() const { return type == Type::Seq; }
    bool isScalar() const { return type == Type::Scalar; }
    // The first value under `key` of a mapping (nullptr when absent or not a mapping).
    const Node* value(QStringView key) const;
    // The same, as a reference to a shared null node when absent.
    const Node& operator[](QStringView key) const;
    // Scalar text of `key`, or of this node when key is empty.
    QString text(QStringView key = {}) const;
    // This node's scalar, or an empty string for maps, sequences and null.
    QString toString() const { return type == Type::Scalar ? scalar : QString(); }
    // A scalar ("a, b" is split at commas), or a sequence of scalars, as a list.
    QStringList list(QStringView key) const;
};

struct Entry
{
    QString key;
    int line = 0;
    Node value;
};

struct Options
{
    int firstLine = 1;      // line of the text's first line in its file
    int maxDepth = 64;      // nesting deeper than this stops the read
    int maxNodes = 200'000; // nodes past this stop the read (lists of that size are not config)
    // Front matter in the wild writes `description: Use this when: ...` (a plain value
    // holding ": ", which YAML forbids). With this set, such a top-level line is read as text
    // and reported as an Info diagnostic instead of ending the read.
    bool plainColonValues = false;
};

// Reads the first document of `utf8`. `path` names the file in diagnostics.
Node parse(QByteArrayView utf8, const QString& path, Diagnostics* diagnostics = nullptr,
           const Options& options = {});
Node parse(const QString& text, const QString& path, Diagnostics* diagnostics = nullptr,
           const Options& options = {});

} // namespace pwb::yaml
