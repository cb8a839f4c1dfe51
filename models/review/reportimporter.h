// SPDX-License-Identifier: MIT
// Reads other tools' findings into ours: SARIF 2.1.0 (any tool, Credo's and Sobelow's too),
// `mix credo --format json`, `mix sobelow --format json`, and the TRD's code-reviewer YAML
// response. Paths outside the project are refused; malformed input is reported located.
#pragma once

#include "core/diagnostic.h"
#include "finding.h"

namespace pwb {

class ReportImporter
{
public:
    enum class Format
    {
        Unknown,
        Sarif,
        CredoJson,
        SobelowJson,
        CodeReviewerYaml
    };

    struct Result
    {
        bool ok = false; // the file was read (possibly with some entries skipped)
        Format format = Format::Unknown;
        QString tool;
        Findings findings; // project-relative paths, fingerprinted when the file is readable
        Diagnostics diagnostics;
    };

    // Guesses the format from the content (and the name for YAML).
    static Format detect(const QByteArray& bytes, const QString& fileName = {});
    static QString formatName(Format f);

    // Reads `file` and parses it; finding paths are made relative to projectRoot and
    // fingerprinted from the project's files. Blocking: call it off the GUI thread.
    static Result importFile(const QString& file, const QString& projectRoot);
    // Parses bytes; `name` labels diagnostics. No file is read.
    static Result parse(const QByteArray& bytes, const QString& name, const QString& projectRoot);
    // Parses bytes as the given format, without guessing.
    static Result parseAs(Format format, const QByteArray& bytes, const QString& name,
                          const QString& projectRoot);

    // A project-relative, '/'-separated path for a path or file:// URI given by a tool, or
    // an empty string (with *why) when it points outside the project.
    static QString relativePath(const QString& raw, const QString& projectRoot, QString* why);

    // Fingerprints findings from the project's files (reads them).
    static void fingerprint(Findings& findings, const QString& projectRoot);
};

} // namespace pwb
