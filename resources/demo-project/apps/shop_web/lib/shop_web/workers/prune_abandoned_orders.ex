defmodule ShopWeb.Workers.PruneAbandonedOrders do
  @moduledoc """
  Cron job (every ten minutes, see `config/config.exs`): cancels stored
  orders that stayed `:pending` for more than 30 minutes, i.e. checkouts
  whose payment never completed.
  """

  use Oban.Worker, queue: :default, max_attempts: 3

  import Ecto.Query

  alias ShopWeb.Repo
  alias ShopWeb.Sales.Order

  @max_pending_minutes 30

  @impl Oban.Worker
  def perform(%Oban.Job{}) do
    now = DateTime.truncate(DateTime.utc_now(), :second)
    cutoff = DateTime.add(now, -@max_pending_minutes * 60, :second)

    {count, _} =
      from(o in Order, where: o.status == :pending and o.inserted_at < ^cutoff)
      |> Repo.update_all(set: [status: :cancelled, updated_at: now])

    {:ok, %{cancelled: count}}
  end
end
