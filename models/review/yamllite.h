// SPDX-License-Identifier: MIT
// A small YAML subset reader for the code-reviewer response: block mappings and sequences by
// indentation, plain and quoted scalars, | and > block scalars, [a, b] flow sequences and
// comments. Problems are reported with their line and column; reading goes on.
#pragma once

#include "project/diagnostic.h"

#include <QList>
#include <QPair>
#include <QString>

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
    QList<QPair<QString, YamlNode>> map;
    QList<YamlNode> seq;
    int line = 0;

    bool isNull() const { return type == Type::Null; }
    bool isMap() const { return type == Type::Map; }
    bool isSeq() const { return type == Type::Seq; }
    // Value of a key in a map (a Null node when absent).
    const YamlNode& operator[](const QString& key) const;
    QString toString() const { return type == Type::Scalar ? scalar : QString(); }
};

class YamlLite
{
public:
    // `path` names the file in diagnostics.
    static YamlNode parse(const QByteArray& text, const QString& path, Diagnostics* diagnostics);
};
