defmodule ShopWeb.Release do
  @moduledoc """
  Tasks run from a release, where Mix is not available:

      bin/shop eval "ShopWeb.Release.migrate()"
      bin/shop eval "ShopWeb.Release.rollback(ShopWeb.Repo, 20240612080000)"
  """

  @app :shop_web

  @doc """
  Runs all pending migrations of every repo.
  """
  def migrate do
    load_app()

    for repo <- repos() do
      {:ok, _, _} = Ecto.Migrator.with_repo(repo, &Ecto.Migrator.run(&1, :up, all: true))
    end
  end

  @doc """
  Rolls a repo back to the given migration version.
  """
  def rollback(repo, version) do
    load_app()
    {:ok, _, _} = Ecto.Migrator.with_repo(repo, &Ecto.Migrator.run(&1, :down, to: version))
  end

  defp repos, do: Application.fetch_env!(@app, :ecto_repos)

  defp load_app do
    Application.ensure_all_started(:ssl)
    Application.load(@app)
  end
end
