defmodule ShopWeb.Repo.Migrations.AddObanJobsTable do
  use Ecto.Migration

  def up, do: Oban.Migration.up(version: 12)

  # Rolls all the way back to before Oban was installed.
  def down, do: Oban.Migration.down(version: 1)
end
