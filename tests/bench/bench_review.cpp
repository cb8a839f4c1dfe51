// SPDX-License-Identifier: MIT
// Review engine speed: a generated 1,000,000-line Elixir corpus through our lexer and every
// rule on one core, and, in the same run, through Elixir's own Code.string_to_quoted/2.
// Prints both times, MB/s and the ratio. Targets: >= 15x Elixir's parser, >= 30 MB/s.
#include "review/analyzer.h"
#include "review/elixirlexer.h"
#include "review/ruleengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <ctime>

using namespace pwb;

namespace {

// One block of realistic Elixir (~50 lines): docs, a query pipeline, a GenServer callback,
// guards, numbers, sigils, strings with interpolation, comments and a ~H template.
QByteArray block(int i)
{
    QByteArray b = R"EX(
  @doc """
  Lists the things of group @@I@@, newest first, with their names upcased.
  """
  def list_things_@@I@@(params, opts \\ []) do
    limit = Keyword.get(opts, :limit, 50)

    query =
      from t in "things",
        where: t.group == ^params["group"] and t.active == true,
        order_by: [desc: t.inserted_at],
        limit: ^limit,
        select: %{id: t.id, name: t.name}

    query
    |> Repo.all()
    |> Enum.map(fn %{name: name} = row -> %{row | name: String.upcase(name)} end)
    |> Enum.filter(&(&1.id > 0))
  end

  # The callback for key @@I@@: replies with the value and a description.
  @impl true
  def handle_call({:get_@@I@@, key}, _from, state) when is_atom(key) do
    value = Map.get(state, key, :none)
    {:reply, {:ok, value, "key #{key} in #{inspect(state, limit: 5)}"}, state}
  end

  defp helper_@@I@@(x) when is_integer(x) and x > 0, do: x * 2 + 0x1F - 1.5e3 + 1_000
  defp helper_@@I@@(_), do: ~s(default) <> "chars" <> Regex.source(~r/ab+c/iu)

  @doc "Renders item @@I@@."
  def render_@@I@@(assigns) do
    ~H"""
    <div class="item" phx-click="select" role="button" tabindex="0">
      <img src={@url} alt={@name} />
      <%= @name %> {@count}
      <.link navigate={~p"/things/#{@id}"}>Open</.link>
    </div>
    """
  end

  @doc "Validates thing @@I@@."
  def changeset_@@I@@(thing, attrs) do
    thing
    |> cast(attrs, [:name, :group])
    |> validate_required([:name])
    |> unique_constraint(:name)
  end
)EX";
    b.replace("@@I@@", QByteArray::number(i));
    return b;
}

struct Corpus
{
    QList<QPair<QString, QByteArray>> files;
    qint64 bytes = 0;
    qint64 lines = 0;
};

Corpus generate(const QString& dir, qint64 targetLines)
{
    Corpus c;
    int fileNo = 0;
    int blockNo = 0;
    while (c.lines < targetLines) {
        QByteArray text = "defmodule Bench.Module" + QByteArray::number(fileNo) +
                          " do\n  @moduledoc \"\"\"\n  Generated module " +
                          QByteArray::number(fileNo) +
                          " for the review benchmark.\n  \"\"\"\n  use GenServer\n"
                          "  import Ecto.Query\n  import Ecto.Changeset\n"
                          "  alias Bench.Repo\n\n  @timeout 5_000\n";
        qint64 lines = text.count('\n');
        while (lines < 1000 && c.lines + lines < targetLines) {
            const QByteArray b = block(blockNo++);
            lines += b.count('\n');
            text += b;
        }
        text += "end\n";
        const QString name =
            QStringLiteral("lib/bench/module_%1.ex").arg(fileNo, 5, 10, QLatin1Char('0'));
        QDir(dir).mkpath(QStringLiteral("lib/bench"));
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        c.lines += text.count('\n');
        c.bytes += text.size();
        c.files.append({name, text});
        ++fileNo;
    }
    return c;
}

double mbps(qint64 bytes, qint64 ns)
{
    return ns > 0 ? (bytes / 1e6) / (ns / 1e9) : 0;
}

// CPU time of this thread: fair when other processes share the cores.
qint64 cpuNs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const qint64 targetLines = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const Corpus corpus = generate(dir.path(), targetLines);
    out << "corpus: " << corpus.files.size() << " files, " << corpus.lines << " lines, "
        << QString::number(corpus.bytes / 1e6, 'f', 1) << " MB" << Qt::endl;

    // Our lexer alone, one core.
    QElapsedTimer t;
    t.start();
    qint64 c0 = cpuNs();
    qint64 tokens = 0;
    for (const auto& [path, text] : corpus.files)
        tokens += ElixirLexer::tokenize(text, ElixirLexer::Mode::Elixir, path).tokens.size();
    const qint64 lexWallNs = t.nsecsElapsed();
    const qint64 lexNs = cpuNs() - c0;

    // Lexer plus every rule, one core.
    t.restart();
    c0 = cpuNs();
    qint64 findings = 0;
    QList<FileAnalysis> results;
    results.reserve(corpus.files.size());
    for (const auto& [path, text] : corpus.files) {
        results.append(RuleEngine::analyze(path, text));
        findings += results.last().findings.size();
    }
    QList<const FileAnalysis*> ptrs;
    for (const FileAnalysis& f : results)
        ptrs.append(&f);
    findings += Analyzer::crossFileFindings(ptrs).size();
    const qint64 rulesWallNs = t.nsecsElapsed();
    const qint64 rulesNs = cpuNs() - c0;

    // The whole project path on all cores (reads the files too).
    QStringList names;
    for (const auto& f : corpus.files)
        names << f.first;
    t.restart();
    const ProjectAnalysis all = Analyzer::analyzeProject(dir.path(), names);
    const qint64 allNs = t.nsecsElapsed();

    out << "(times are CPU time of one thread; wall time in brackets)" << Qt::endl;
    out << "ours, lexer only (1 core):        " << QString::number(lexNs / 1e6, 'f', 0) << " ms ["
        << QString::number(lexWallNs / 1e6, 'f', 0) << "], "
        << QString::number(mbps(corpus.bytes, lexNs), 'f', 1) << " MB/s, " << tokens << " tokens"
        << Qt::endl;
    out << "ours, lexer + all rules (1 core): " << QString::number(rulesNs / 1e6, 'f', 0) << " ms ["
        << QString::number(rulesWallNs / 1e6, 'f', 0) << "], "
        << QString::number(mbps(corpus.bytes, rulesNs), 'f', 1) << " MB/s, " << findings
        << " findings" << Qt::endl;
    out << "ours, project analysis (" << QThread::idealThreadCount()
        << " cores, with file reads): " << QString::number(allNs / 1e6, 'f', 0) << " ms, "
        << QString::number(mbps(corpus.bytes, allNs), 'f', 1) << " MB/s, " << all.findings.size()
        << " findings" << Qt::endl;

    // Elixir's parser on the same files: parse time measured inside the VM, reads excluded.
    const QString elixir = argc > 2 && QByteArray(argv[2]) == "--no-elixir"
                               ? QString()
                               : QStandardPaths::findExecutable(QStringLiteral("elixir"));
    if (elixir.isEmpty()) {
        out << "elixir: not installed; no ratio" << Qt::endl;
        return 0;
    }
    const QString script = dir.filePath(QStringLiteral("parse.exs"));
    {
        QFile s(script);
        if (!s.open(QIODevice::WriteOnly))
            return 1;
        s.write(
            "[dir] = System.argv()\n"
            "sources = dir |> Path.join(\"lib/bench/*.ex\") |> Path.wildcard() |> "
            "Enum.map(&File.read!/1)\n"
            "{cpu0, _} = :erlang.statistics(:runtime)\n"
            "{us, errors} = :timer.tc(fn ->\n"
            "  Enum.count(sources, fn src -> match?({:error, _}, Code.string_to_quoted(src)) end)\n"
            "end)\n"
            "{cpu1, _} = :erlang.statistics(:runtime)\n"
            "IO.puts(\"RESULT #{(cpu1 - cpu0) * 1000} #{errors} #{length(sources)} #{us}\")\n");
    }
    QProcess p;
    p.start(elixir, {script, dir.path()});
    if (!p.waitForFinished(1800000)) {
        out << "elixir: did not finish" << Qt::endl;
        return 1;
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    qint64 elixirUs = -1;
    qint64 elixirWallUs = -1;
    int errors = -1;
    for (const QByteArray& l : lines) {
        if (l.startsWith("RESULT ")) {
            const QList<QByteArray> parts = l.split(' ');
            elixirUs = parts.value(1).toLongLong();
            errors = parts.value(2).toInt();
            elixirWallUs = parts.value(4).toLongLong();
        }
    }
    if (elixirUs <= 0) {
        out << "elixir: no result: " << p.readAllStandardError() << Qt::endl;
        return 1;
    }
    const qint64 elixirNs = elixirUs * 1000;
    out << "elixir Code.string_to_quoted/2 (1 core): " << QString::number(elixirNs / 1e6, 'f', 0)
        << " ms [" << QString::number(elixirWallUs / 1e3, 'f', 0) << "], "
        << QString::number(mbps(corpus.bytes, elixirNs), 'f', 1) << " MB/s, " << errors
        << " files with syntax errors" << Qt::endl;
    out << "ratio (Elixir parser / our lexer + all rules): "
        << QString::number(double(elixirNs) / rulesNs, 'f', 1) << "x  (target >= 15x)" << Qt::endl;
    out << "ratio (Elixir parser / our lexer alone):       "
        << QString::number(double(elixirNs) / lexNs, 'f', 1) << "x" << Qt::endl;
    // A broken corpus would make the comparison meaningless.
    return errors == 0 ? 0 : 1;
}
