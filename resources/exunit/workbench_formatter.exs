# SPDX-License-Identifier: MIT
# Phoenix Workbench's ExUnit formatter. Loaded with
#   elixir -r workbench_formatter.exs -S mix test \
#     --formatter PhoenixWorkbench.Formatter --formatter ExUnit.CLIFormatter
# it writes one JSON object per line to the file named by $PWB_EXUNIT_EVENTS, so the
# workbench can follow a run as it happens. It needs nothing but Elixir: the project under
# test gets no dependency, hence the small JSON encoder at the bottom.
# Compiling this file costs a few hundred milliseconds of every run, so the compiled
# modules are kept next to it (keyed by its size, mtime and the Elixir/OTP versions) and
# loaded from there.
pwb_cache =
  case File.stat(__ENV__.file, time: :posix) do
    {:ok, %{size: size, mtime: mtime}} ->
      Path.rootname(__ENV__.file) <>
        "-#{size}-#{mtime}-#{System.version()}-otp#{System.otp_release()}.beams"

    _ -> nil
  end

pwb_loaded? =
  Code.ensure_loaded?(PhoenixWorkbench.Formatter) or
    (pwb_cache != nil and
       (case File.ls(pwb_cache) do
          {:ok, files} when length(files) == 2 ->
            Enum.all?(files, fn f ->
              mod = f |> Path.rootname() |> String.to_atom()

              case File.read(Path.join(pwb_cache, f)) do
                {:ok, bin} -> match?({:module, _}, :code.load_binary(mod, String.to_charlist(f), bin))
                _ -> false
              end
            end)

          _ ->
            false
        end))

# Everything down to the matching `end` at the bottom is compiled only without a cached copy.
unless pwb_loaded? do
{:module, _, pwb_formatter_beam, _} =
defmodule PhoenixWorkbench.Formatter do
  @moduledoc false
  use GenServer

  @version 1
  # Tags ExUnit sets itself; everything else is a user tag worth showing.
  @internal_tags [:async, :line, :file, :test, :module, :registered, :describe, :describe_line,
                  :test_type, :doctest, :doctest_line, :test_pid, :case, :capture_log, :tmp_dir]
  @internal_tag_set Map.new(@internal_tags, &{&1, true})

  @impl true
  def init(opts) do
    Process.put(:pwb_cwd, File.cwd!() <> "/")
    case System.get_env("PWB_EXUNIT_EVENTS") do
      path when is_binary(path) and path != "" ->
        case :file.open(String.to_charlist(path), [:append, :raw, :binary, {:delayed_write, 65_536, 20}]) do
          {:ok, fd} ->
            state = %{fd: fd, width: 80, seed: opts[:seed]}
            {:ok, state}

          {:error, reason} ->
            IO.puts(:stderr, "PhoenixWorkbench.Formatter: cannot write #{path}: #{inspect(reason)}")
            {:ok, %{fd: nil, width: 80, seed: opts[:seed]}}
        end

      _ ->
        {:ok, %{fd: nil, width: 80, seed: opts[:seed]}}
    end
  end

  @impl true
  def handle_cast(_event, %{fd: nil} = state), do: {:noreply, state}

  def handle_cast({:suite_started, opts}, state) do
    emit(state, %{
      event: "suite_started",
      version: @version,
      seed: opts[:seed] || state.seed,
      max_cases: opts[:max_cases],
      include: Enum.map(opts[:include] || [], &inspect/1),
      exclude: Enum.map(opts[:exclude] || [], &inspect/1),
      elixir: System.version(),
      # An umbrella's `mix test` runs every app in turn, each in its own folder.
      app: mix_app(),
      cwd: File.cwd!(),
      otp: System.otp_release()
    })

    {:noreply, state}
  end

  def handle_cast({:suite_finished, times}, state) do
    {run, load} =
      case times do
        %{run: run} -> {run, Map.get(times, :load)}
        run when is_integer(run) -> {run, nil}
        _ -> {nil, nil}
      end

    async = if is_map(times), do: Map.get(times, :async), else: nil
    emit_coverage(state)
    emit(state, %{event: "suite_finished", run_us: run, async_us: async, load_us: load, seed: state.seed})
    :file.close(state.fd)
    {:noreply, %{state | fd: nil}}
  end

  def handle_cast({:module_started, %{name: name} = mod}, state) do
    emit(state, %{event: "module_started", module: inspect(name), file: rel(Map.get(mod, :file))})
    {:noreply, state}
  end

  def handle_cast({:module_finished, %{name: name} = mod}, state) do
    base = %{event: "module_finished", module: inspect(name), file: rel(Map.get(mod, :file))}

    event =
      case Map.get(mod, :state) do
        {:failed, failures} ->
          formatted =
            ExUnit.Formatter.format_test_all_failure(mod, failures, 1, state.width, &plain/2)

          Map.merge(base, %{state: "failed", failure: failure(failures, formatted)})

        _ ->
          Map.put(base, :state, "ok")
      end

    emit(state, event)
    {:noreply, state}
  end

  def handle_cast({:test_started, test}, state) do
    # Only what places the test in the tree; test_finished carries the rest.
    tags = test.tags

    # The two events of every test are written from literal keys (see JSON.fields/1).
    emit_fields(state, [
      {"event", "test_started"},
      {"name", Atom.to_string(test.name)},
      {"module", module_name(test.module)},
      {"describe", tags[:describe]},
      {"file", rel(tags[:file])},
      {"line", tags[:line]}
    ])

    {:noreply, state}
  end

  def handle_cast({:test_finished, test}, state) do
    outcome =
      case test.state do
        nil ->
          [{"state", "passed"}]

        {:failed, failures} ->
          formatted = ExUnit.Formatter.format_test_failure(test, failures, 1, state.width, &plain/2)
          [{"state", "failed"}, {"failure", failure(failures, formatted)}]

        {:skipped, reason} ->
          [{"state", "skipped"}, {"reason", to_text(reason)}]

        {:excluded, reason} ->
          [{"state", "excluded"}, {"reason", to_text(reason)}]

        {:invalid, module} ->
          [{"state", "invalid"}, {"reason", "setup_all failed in " <> inspect(module.name)}]

        other ->
          [{"state", "invalid"}, {"reason", inspect(other)}]
      end

    logs = if test.logs in [nil, ""], do: [], else: [{"logs", test.logs}]
    info = [{"event", "test_finished"}, {"time_us", test.time} | test_info(test)]
    emit_fields(state, info ++ outcome ++ logs)
    {:noreply, state}
  end

  def handle_cast(:max_failures_reached, state) do
    emit(state, %{event: "max_failures_reached"})
    {:noreply, state}
  end

  def handle_cast({:sigquit, _}, state) do
    emit(state, %{event: "sigquit"})
    {:noreply, state}
  end

  def handle_cast(_other, state), do: {:noreply, state}

  # -- pieces ---------------------------------------------------------------------------

  defp mix_app do
    if Code.ensure_loaded?(Mix.Project), do: Mix.Project.config()[:app], else: nil
  catch
    # ExUnit run without mix: no project stack to ask.
    _, _ -> nil
  end

  defp test_info(test) do
    tags = test.tags
    describe = tags[:describe]
    type = tags[:test_type] || :test
    full = Atom.to_string(test.name)

    [
      {"name", full},
      {"test", short_name(full, type, describe)},
      {"module", module_name(test.module)},
      {"describe", describe},
      {"type", Atom.to_string(type)},
      {"file", rel(tags[:file])},
      {"line", tags[:line]},
      {"tags", user_tags(tags)}
    ]
  end

  # inspect/1 of a module classifies its name each time; a suite asks thousands of times.
  defp module_name(mod) do
    case Process.get({:pwb_module_name, mod}) do
      nil ->
        name = inspect(mod)
        Process.put({:pwb_module_name, mod}, name)
        name

      name ->
        name
    end
  end

  defp short_name(full, :test, nil), do: strip(full, "test ")
  defp short_name(full, :test, describe), do: full |> strip("test ") |> strip(describe <> " ")
  defp short_name(full, _type, _describe), do: full

  defp strip(s, prefix) do
    if String.starts_with?(s, prefix), do: binary_part(s, byte_size(prefix), byte_size(s) - byte_size(prefix)), else: s
  end

  defp user_tags(tags) do
    # After setup the tags also hold the test context (pids, structs): keep plain values.
    for {k, v} <- tags, not is_map_key(@internal_tag_set, k), scalar?(v), into: %{} do
      {Atom.to_string(k), if(is_atom(v) and not is_boolean(v) and not is_nil(v), do: Atom.to_string(v), else: v)}
    end
  end

  defp scalar?(v), do: is_binary(v) or is_number(v) or is_atom(v)

  defp to_text(v) when is_binary(v), do: v
  defp to_text(v), do: inspect(v)

  defp rel(nil), do: nil

  defp rel(path) do
    path = to_string(path)
    cwd = Process.get(:pwb_cwd) || File.cwd!() <> "/"
    if String.starts_with?(path, cwd), do: strip(path, cwd), else: path
  end

  # ExUnit's own text without ANSI colours.
  defp plain(:diff_enabled?, _), do: false
  defp plain(_key, msg), do: msg

  defp failure(failures, formatted) do
    %{formatted: IO.iodata_to_binary(formatted), errors: Enum.map(failures, &error/1)}
  end

  defp error({kind, reason, stack}) do
    {exception, message} =
      case kind do
        :error ->
          ex = Exception.normalize(:error, reason, stack)
          {ex, safe_message(ex)}

        {:EXIT, _pid} ->
          {nil, "EXIT " <> Exception.format_exit(reason)}

        :exit ->
          {nil, Exception.format_exit(reason)}

        :throw ->
          {nil, "throw " <> inspect(reason)}

        _ ->
          {nil, inspect(reason)}
      end

    base = %{
      kind: kind_name(kind),
      exception: if(is_exception(exception), do: inspect(exception.__struct__), else: nil),
      message: message,
      stacktrace: Enum.map(stack, &frame/1)
    }

    case exception do
      %ExUnit.AssertionError{} = a ->
        base
        |> put_side(:left, a.left)
        |> put_side(:right, a.right)
        |> Map.put(:expr, expr(a.expr))
        |> Map.put(:message, a.message)

      _ ->
        base
    end
  end

  defp kind_name({:EXIT, _}), do: "exit"
  defp kind_name(kind) when is_atom(kind), do: Atom.to_string(kind)
  defp kind_name(kind), do: inspect(kind)

  defp put_side(map, _key, :ex_unit_no_meaningful_value), do: map
  defp put_side(map, key, value), do: Map.put(map, key, inspect(value, pretty: true, width: 80))

  defp expr(:ex_unit_no_meaningful_value), do: nil
  defp expr(e), do: Macro.to_string(e)

  defp safe_message(ex) do
    Exception.message(ex)
  rescue
    _ -> inspect(ex)
  end

  defp frame({mod, fun, arity, loc} = entry) do
    %{
      module: inspect(mod),
      app: app_of(mod),
      function: "#{fun}/#{if is_list(arity), do: length(arity), else: arity}",
      file: rel(loc[:file] && to_string(loc[:file])),
      line: loc[:line],
      text: Exception.format_stacktrace_entry(entry)
    }
  end

  defp frame({fun, arity, loc} = entry) do
    %{
      function: "#{inspect(fun)}/#{if is_list(arity), do: length(arity), else: arity}",
      file: rel(loc[:file] && to_string(loc[:file])),
      line: loc[:line],
      text: Exception.format_stacktrace_entry(entry)
    }
  end

  defp frame(other), do: %{text: inspect(other)}

  # Frames of Elixir, OTP and dependencies are not the project's: the editor skips them.
  defp app_of(mod) do
    case :application.get_application(mod) do
      {:ok, app} -> Atom.to_string(app)
      _ -> nil
    end
  end

  # Under `mix test --cover` the cover server already holds every line's count when the
  # suite finishes; one event carries them, so the editor can show hits and misses.
  defp emit_coverage(state) do
    if Process.whereis(:cover_server) do
      ignored = ignored_modules()

      modules =
        for mod <- Enum.sort(:cover.modules()),
            not ignored?(mod, ignored),
            source = source_of(mod),
            source != nil do
          lines =
            case :cover.analyse(mod, :calls, :line) do
              {:ok, list} -> for {{_m, line}, calls} <- list, line > 0, do: [line, calls]
              _ -> []
            end

          %{module: inspect(mod), file: rel(source), lines: lines}
        end

      emit(state, %{event: "coverage", modules: modules})
    end
  catch
    _, _ -> :ok
  end

  # The project's `test_coverage: [ignore_modules: [...]]` (atoms or regexes), which mix's
  # own table honours: the same modules are left out here.
  defp ignored_modules do
    config = if Code.ensure_loaded?(Mix.Project), do: Mix.Project.config(), else: []
    Keyword.get(config[:test_coverage] || [], :ignore_modules, [])
  catch
    _, _ -> []
  end

  defp ignored?(mod, ignored) do
    Enum.any?(ignored, fn
      %Regex{} = re -> Regex.match?(re, inspect(mod))
      other -> other == mod
    end)
  end

  defp source_of(mod) do
    case mod.module_info(:compile)[:source] do
      nil -> nil
      src -> List.to_string(src)
    end
  rescue
    _ -> nil
  end

  defp emit(%{fd: fd}, map) do
    :file.write(fd, [PhoenixWorkbench.JSON.encode(map), ?\n])
  end

  defp emit_fields(%{fd: fd}, pairs) do
    :file.write(fd, [PhoenixWorkbench.JSON.fields(pairs), ?\n])
  end
end

{:module, _, pwb_json_beam, _} =
defmodule PhoenixWorkbench.JSON do
  @moduledoc false
  # Just enough JSON for the events: maps with atom or string keys, lists, strings,
  # numbers, booleans and nil. Anything else is written as its inspect/1 text.
  @escape ["\"", "\\" | Enum.map(0..31, &<<&1>>)]

  # One event per test start and end: this runs thousands of times per suite, so the
  # compiled escape pattern is fetched once per event and passed down, maps are folded
  # directly, and UTF-8 is checked by the VM's own BIF.
  def encode(term), do: encode(term, pattern())

  # An object from {"key", value} pairs whose keys are plain literals (nothing to escape).
  def fields(pairs), do: [?{ | fields(pairs, pattern())]

  defp fields([], _p), do: [?}]
  defp fields([{k, v}], p), do: [?", k, ?", ?:, encode(v, p), ?}]
  defp fields([{k, v} | rest], p), do: [?", k, ?", ?:, encode(v, p), ?, | fields(rest, p)]

  defp encode(nil, _p), do: "null"
  defp encode(true, _p), do: "true"
  defp encode(false, _p), do: "false"
  defp encode(n, _p) when is_integer(n), do: Integer.to_string(n)
  defp encode(f, _p) when is_float(f), do: Float.to_string(f)
  defp encode(a, p) when is_atom(a), do: escaped(Atom.to_string(a), p)
  defp encode(s, p) when is_binary(s), do: string(s, p)
  defp encode([], _p), do: "[]"
  defp encode([h | t], p), do: [?[, encode(h, p) | list_rest(t, p)]

  defp encode(%{} = m, p) when not is_struct(m) do
    pairs = :maps.fold(fn k, v, acc -> [?,, key(k, p), ?:, encode(v, p) | acc] end, [], m)

    case pairs do
      [] -> "{}"
      [?, | rest] -> [?{, rest, ?}]
    end
  end

  defp encode(other, p), do: string(inspect(other), p)

  defp list_rest([], _p), do: [?]]
  defp list_rest([h | t], p), do: [?,, encode(h, p) | list_rest(t, p)]
  defp list_rest(improper, p), do: [?,, encode(improper, p), ?]]

  defp key(k, p) when is_atom(k), do: escaped(Atom.to_string(k), p)
  defp key(k, p) when is_binary(k), do: string(k, p)
  defp key(k, p), do: string(inspect(k), p)

  defp string(s, p) do
    case :unicode.characters_to_binary(s) do
      valid when is_binary(valid) -> escaped(s, p)
      _ -> escaped(inspect(s), p)
    end
  end

  # `s` is valid UTF-8 (atom names always are).
  defp escaped(s, p) do
    case :binary.match(s, p) do
      :nomatch -> [?", s, ?"]
      _ -> [?", escape(s, []), ?"]
    end
  end

  # Compiled once per VM; a compiled pattern cannot live in a module attribute.
  defp pattern do
    case :persistent_term.get({__MODULE__, :escape}, nil) do
      nil ->
        p = :binary.compile_pattern(@escape)
        :persistent_term.put({__MODULE__, :escape}, p)
        p

      p ->
        p
    end
  end

  defp escape(<<>>, acc), do: Enum.reverse(acc)
  defp escape(<<?", rest::binary>>, acc), do: escape(rest, ["\\\"" | acc])
  defp escape(<<?\\, rest::binary>>, acc), do: escape(rest, ["\\\\" | acc])
  defp escape(<<?\n, rest::binary>>, acc), do: escape(rest, ["\\n" | acc])
  defp escape(<<?\r, rest::binary>>, acc), do: escape(rest, ["\\r" | acc])
  defp escape(<<?\t, rest::binary>>, acc), do: escape(rest, ["\\t" | acc])

  defp escape(<<c, rest::binary>>, acc) when c < 32 do
    hex = c |> Integer.to_string(16) |> String.pad_leading(4, "0")
    escape(rest, ["\\u" <> hex | acc])
  end

  defp escape(<<c, rest::binary>>, acc), do: escape(rest, [c | acc])
end

if pwb_cache do
  try do
    tmp = pwb_cache <> ".#{System.unique_integer([:positive])}"
    File.mkdir_p!(tmp)
    File.write!(Path.join(tmp, "Elixir.PhoenixWorkbench.Formatter.beam"), pwb_formatter_beam)
    File.write!(Path.join(tmp, "Elixir.PhoenixWorkbench.JSON.beam"), pwb_json_beam)
    # Another run may have won the race: then its copy stays.
    with {:error, _} <- File.rename(tmp, pwb_cache), do: File.rm_rf(tmp)
  rescue
    _ -> :ok
  end
end
end
