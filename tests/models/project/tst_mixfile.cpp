// SPDX-License-Identifier: MIT
#include "project/mixfile.h"
#include "project/mixlock.h"

#include <QTest>

using namespace pwb;

class TestMixFile : public QObject
{
    Q_OBJECT
private slots:
    void readsProjectKeysAndDeps()
    {
        const QStringList lines{
            QStringLiteral("defmodule A.MixProject do"),
            QStringLiteral("  use Mix.Project"),
            QStringLiteral("  def project do"),
            QStringLiteral("    [app: :a, version: \"1.2.3\", elixir: \"~> 1.14\", deps: deps()]"),
            QStringLiteral("  end"),
            QStringLiteral("  # {:oban, \"~> 2.0\"} in a comment"),
            QStringLiteral("  defp deps do"),
            QStringLiteral("    ["),
            QStringLiteral("      {:phoenix, \"~> 1.7\"},"),
            QStringLiteral("      {:b, in_umbrella: true},"),
            QStringLiteral("      {:c, path: \"../c\"},"),
            QStringLiteral("      {:d, git: \"https://example.invalid/d.git\"},"),
            QStringLiteral("      {:e, \"~> 1.0\", only: :test}"),
            QStringLiteral("    ]"),
            QStringLiteral("  end"),
            QStringLiteral("end"),
            QStringLiteral("")};
        const MixFile mix = MixFile::parse(lines.join(u'\n'), QStringLiteral("mix.exs"));
        QVERIFY2(mix.diagnostics.isEmpty(), qPrintable(mix.diagnostics.value(0).toString()));
        QCOMPARE(mix.moduleName, QStringLiteral("A.MixProject"));
        QCOMPARE(mix.app, QStringLiteral("a"));
        QCOMPARE(mix.version, QStringLiteral("1.2.3"));
        QCOMPARE(mix.elixirRequirement, QStringLiteral("~> 1.14"));
        QVERIFY(!mix.isUmbrella());
        QStringList names;
        for (const auto& d : mix.deps)
            names << d.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("phoenix"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(mix.dependency(QStringLiteral("phoenix"))->requirement, QStringLiteral("~> 1.7"));
        QCOMPARE(mix.dependency(QStringLiteral("phoenix"))->line, 9);
        QVERIFY(mix.dependency(QStringLiteral("b"))->inUmbrella);
        QCOMPARE(mix.dependency(QStringLiteral("c"))->path, QStringLiteral("../c"));
        QVERIFY(!mix.dependency(QStringLiteral("oban")));
    }

    void keysInsideStringsDoNotCount()
    {
        const MixFile mix = MixFile::parse(
            QStringLiteral("defmodule X.MixProject do\n  def project do\n    [description: "
                           "\"app: :fake elixir: \\\"~> 9\\\"\", app: :real]\n  end\nend\n"),
            QStringLiteral("mix.exs"));
        QCOMPARE(mix.app, QStringLiteral("real"));
        QVERIFY(mix.elixirRequirement.isEmpty());
    }

    void reportsUnbalancedCodeAtTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("bracket before end")
            << QStringLiteral("defmodule X do\n  def project do\n    [app: :x,\n  end\nend\n") << 3;
        QTest::newRow("missing end")
            << QStringLiteral("defmodule X do\n  def project do\n    [app: :x]\nend\n") << 1;
        QTest::newRow("stray bracket") << QStringLiteral("defmodule X do\n  ]\nend\n") << 2;
        QTest::newRow("unterminated string")
            << QStringLiteral("defmodule X do\n  @v \"1.0\n  def a, do: 1\nend\n") << 2;
    }

    void reportsUnbalancedCodeAtTheLine()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        const MixFile mix = MixFile::parse(text, QStringLiteral("mix.exs"));
        QVERIFY(!mix.diagnostics.isEmpty());
        QCOMPARE(mix.diagnostics.first().line, line);
        QCOMPARE(mix.diagnostics.first().path, QStringLiteral("mix.exs"));
        QCOMPARE(mix.diagnostics.first().severity, Diagnostic::Severity::Error);
    }

    void heredocsAndCharlistsAreSkipped()
    {
        const MixFile mix = MixFile::parse(QStringLiteral("defmodule X.MixProject do\n"
                                                          "  @doc \"\"\"\n  [ ( { do\n  \"\"\"\n"
                                                          "  def project, do: [app: :x, "
                                                          "c: 'it''s']\nend\n"),
                                           QStringLiteral("mix.exs"));
        QVERIFY2(mix.diagnostics.isEmpty(), qPrintable(mix.diagnostics.value(0).toString()));
        QCOMPARE(mix.app, QStringLiteral("x"));
    }

    void lockReadsHexAndGitEntries()
    {
        const MixLock lock = MixLock::parse(
            QStringLiteral("%{\n  \"phoenix\": {:hex, :phoenix, \"1.7.14\", \"aa\", [:mix], [], "
                           "\"hexpm\", \"bb\"},\n  \"icons\": {:git, "
                           "\"https://example.invalid/i.git\", "
                           "\"88ab3a0d790e6a47404cba02800a6b25d2afae50\", []},\n  garbage\n}\n"),
            QStringLiteral("mix.lock"));
        QCOMPARE(lock.version(QStringLiteral("phoenix")), QStringLiteral("1.7.14"));
        QCOMPARE(lock.version(QStringLiteral("icons")), QStringLiteral("git 88ab3a0"));
        QCOMPARE(lock.diagnostics.size(), 1);
        QCOMPARE(lock.diagnostics.first().line, 4);
    }
};

QTEST_GUILESS_MAIN(TestMixFile)
#include "tst_mixfile.moc"
