defmodule ShopWeb.Telemetry do
  @moduledoc """
  Metrics for the storefront: request and LiveView timings, Repo query
  times, Oban job outcomes and VM gauges polled every ten seconds.

  Nothing reports these by default. Attach a reporter (for example
  `Telemetry.Metrics.ConsoleReporter` while debugging) in `init/1`.
  """

  use Supervisor

  import Telemetry.Metrics

  def start_link(arg) do
    Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
  end

  @impl true
  def init(_arg) do
    children = [
      {:telemetry_poller, measurements: periodic_measurements(), period: 10_000}
    ]

    Supervisor.init(children, strategy: :one_for_one)
  end

  @doc """
  Every metric the shop defines, for reporters to subscribe to.
  """
  def metrics do
    [
      # HTTP
      summary("phoenix.endpoint.stop.duration", unit: {:native, :millisecond}),
      summary("phoenix.router_dispatch.stop.duration",
        tags: [:route],
        unit: {:native, :millisecond}
      ),

      # LiveView
      summary("phoenix.live_view.mount.stop.duration",
        tags: [:view],
        tag_values: &live_view_tag/1,
        unit: {:native, :millisecond}
      ),
      summary("phoenix.live_view.handle_event.stop.duration",
        tags: [:view, :event],
        tag_values: &live_view_tag/1,
        unit: {:native, :millisecond}
      ),

      # Database
      summary("shop_web.repo.query.total_time", unit: {:native, :millisecond}),
      summary("shop_web.repo.query.queue_time", unit: {:native, :millisecond}),

      # Background jobs
      counter("oban.job.stop.duration", tags: [:worker, :state]),
      counter("oban.job.exception.duration", tags: [:worker]),

      # Checkout
      counter("shop_web.checkout.order_placed.count"),
      counter("shop_web.checkout.payment_failed.count", tags: [:reason]),

      # VM
      last_value("vm.memory.total", unit: {:byte, :kilobyte}),
      last_value("vm.total_run_queue_lengths.total"),
      last_value("shop_web.cart_store.carts")
    ]
  end

  defp periodic_measurements do
    [
      {ShopWeb.CartStore, :emit_size, []}
    ]
  end

  defp live_view_tag(%{socket: socket} = metadata) do
    Map.put(metadata, :view, inspect(socket.view))
  end
end
