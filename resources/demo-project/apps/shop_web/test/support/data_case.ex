defmodule ShopWeb.DataCase do
  @moduledoc """
  Case template for tests that touch the database. Each test runs inside a
  sandboxed transaction that is rolled back at the end; `async: true` is
  safe because sandboxes are per process (not for Postgres-specific locks).
  """

  use ExUnit.CaseTemplate

  using do
    quote do
      alias ShopWeb.Repo

      import Ecto
      import Ecto.Changeset
      import Ecto.Query
      import ShopWeb.DataCase
      import ShopWeb.Fixtures
    end
  end

  setup tags do
    ShopWeb.DataCase.setup_sandbox(tags)
    :ok
  end

  @doc """
  Checks out a sandbox connection, shared with spawned processes unless
  the test is async.
  """
  def setup_sandbox(tags) do
    pid = Ecto.Adapters.SQL.Sandbox.start_owner!(ShopWeb.Repo, shared: not tags[:async])
    on_exit(fn -> Ecto.Adapters.SQL.Sandbox.stop_owner(pid) end)
  end

  @doc """
  Changeset errors as a map of field to messages, for readable assertions.
  """
  def errors_on(changeset) do
    Ecto.Changeset.traverse_errors(changeset, fn {message, opts} ->
      Regex.replace(~r"%{(\w+)}", message, fn _, key ->
        opts |> Keyword.get(String.to_existing_atom(key), key) |> to_string()
      end)
    end)
  end
end
