defmodule ShopWeb.Application do
  @moduledoc """
  Supervision tree of the web app. `:shop` is started first (it is a
  dependency), so the inventory is up before the endpoint accepts requests.

      ShopWeb.Supervisor (one_for_one)
      ├── ShopWeb.Telemetry
      ├── ShopWeb.Repo
      ├── Phoenix.PubSub (ShopWeb.PubSub)
      ├── Oban
      ├── ShopWeb.CartStore
      ├── ShopWeb.PaymentGateway
      └── ShopWeb.Endpoint
  """

  use Application

  @impl true
  def start(_type, _args) do
    children = [
      ShopWeb.Telemetry,
      ShopWeb.Repo,
      {Phoenix.PubSub, name: ShopWeb.PubSub},
      {Oban, Application.fetch_env!(:shop_web, Oban)},
      ShopWeb.CartStore,
      ShopWeb.PaymentGateway,
      ShopWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: ShopWeb.Supervisor)
  end

  @impl true
  def config_change(changed, _new, removed) do
    ShopWeb.Endpoint.config_change(changed, removed)
    :ok
  end
end
