defmodule Shop.Application do
  @moduledoc """
  Supervision tree of the domain app.

      Shop.Supervisor (one_for_one)
      ├── Shop.TaskSupervisor   fire-and-forget work that must not crash callers
      └── Shop.Inventory        stock levels and reservations

  The inventory is seeded from `Shop.Catalog.initial_stock/0`. Tests that
  need a clean slate start their own unnamed inventory with
  `start_supervised!/1` instead of touching the shared one.
  """

  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Task.Supervisor, name: Shop.TaskSupervisor},
      {Shop.Inventory, name: Shop.Inventory, stock: Shop.Catalog.initial_stock()}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Shop.Supervisor)
  end
end
