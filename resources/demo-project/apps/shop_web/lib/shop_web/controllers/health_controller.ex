defmodule ShopWeb.HealthController do
  @moduledoc """
  Health check polled by the load balancer at `/api/health`.
  """

  use ShopWeb, :controller

  @doc """
  Liveness and readiness for the load balancer: the database answers and
  the inventory server is up.
  """
  def show(conn, _params) do
    checks = %{
      database: database_ok?(),
      inventory: is_pid(Process.whereis(Shop.Inventory))
    }

    status = if Enum.all?(Map.values(checks)), do: 200, else: 503

    conn
    |> put_status(status)
    |> json(%{status: if(status == 200, do: "ok", else: "degraded"), checks: checks})
  end

  defp database_ok? do
    match?({:ok, _}, ShopWeb.Repo.query("SELECT 1", [], timeout: 1_000))
  end
end
