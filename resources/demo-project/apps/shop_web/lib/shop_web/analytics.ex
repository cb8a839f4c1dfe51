defmodule ShopWeb.Analytics do
  @moduledoc """
  Product analytics events (page views, add-to-cart, purchases).

  Events are emitted as telemetry so they can be exported by whatever
  reporter is attached; the shop itself only logs them at debug level.
  """

  require Logger

  @doc """
  Records an event with its properties.
  """
  @spec track(String.t(), map()) :: :ok
  def track(event, properties \\ %{}) when is_binary(event) do
    :telemetry.execute([:shop_web, :analytics], %{count: 1}, Map.put(properties, :event, event))
    Logger.debug("analytics #{event} #{inspect(properties)}")
  end
end
