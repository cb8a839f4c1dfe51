defmodule ShopWeb.CartStore do
  @moduledoc """
  Keeps one `Shop.Cart` per browser session, keyed by the session's cart id.

  Carts untouched for an hour are swept. Every change is broadcast on
  `"cart:<id>"` so all tabs of a session stay in sync.

  The store is a single process: calls are short map operations, and
  sweeping is driven by `Process.send_after/3` rather than a sleeping loop,
  so no caller ever waits behind a sweep.
  """

  use GenServer

  alias Shop.Cart

  @sweep_every :timer.minutes(5)
  @max_idle_ms :timer.hours(1)

  ## Client API

  def start_link(opts) do
    GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
  end

  @doc """
  The cart of a session; an empty cart if there is none yet.
  """
  @spec fetch(String.t()) :: Cart.t()
  def fetch(cart_id), do: GenServer.call(__MODULE__, {:fetch, cart_id})

  @doc """
  Adds a catalog product to the session's cart and broadcasts the new cart.
  """
  @spec add(String.t(), Shop.Catalog.Product.t(), pos_integer()) ::
          {:ok, Cart.t()} | {:error, Cart.error()}
  def add(cart_id, product, quantity \\ 1) do
    GenServer.call(__MODULE__, {:update, cart_id, &Cart.add_item(&1, product, quantity)})
  end

  @doc """
  Sets the quantity of a line; zero removes it.
  """
  @spec set_quantity(String.t(), String.t(), non_neg_integer()) ::
          {:ok, Cart.t()} | {:error, Cart.error()}
  def set_quantity(cart_id, sku, quantity) do
    GenServer.call(__MODULE__, {:update, cart_id, &Cart.update_quantity(&1, sku, quantity)})
  end

  @doc """
  Removes a line from the session's cart.
  """
  @spec remove(String.t(), String.t()) :: {:ok, Cart.t()}
  def remove(cart_id, sku) do
    GenServer.call(__MODULE__, {:update, cart_id, &{:ok, Cart.remove_item(&1, sku)}})
  end

  @doc """
  Empties the session's cart, typically after checkout.
  """
  @spec clear(String.t()) :: :ok
  def clear(cart_id), do: GenServer.cast(__MODULE__, {:clear, cart_id})

  @doc """
  PubSub topic of a session's cart.
  """
  def topic(cart_id), do: "cart:" <> cart_id

  @doc false
  def emit_size do
    :telemetry.execute([:shop_web, :cart_store], %{
      carts: GenServer.call(__MODULE__, :size, 5_000)
    })
  end

  ## Server callbacks

  @impl true
  def init(_opts) do
    schedule_sweep()
    {:ok, %{}}
  end

  @impl true
  def handle_call({:fetch, cart_id}, _from, carts) do
    {:reply, carts |> Map.get(cart_id, {Cart.new(), now()}) |> elem(0), carts}
  end

  def handle_call({:update, cart_id, fun}, _from, carts) do
    {cart, _touched} = Map.get(carts, cart_id, {Cart.new(), now()})

    case fun.(cart) do
      {:ok, updated} ->
        broadcast(cart_id, updated)
        {:reply, {:ok, updated}, Map.put(carts, cart_id, {updated, now()})}

      {:error, _reason} = error ->
        {:reply, error, carts}
    end
  end

  def handle_call(:size, _from, carts), do: {:reply, map_size(carts), carts}

  @impl true
  def handle_cast({:clear, cart_id}, carts) do
    broadcast(cart_id, Cart.new())
    {:noreply, Map.delete(carts, cart_id)}
  end

  def handle_info(:sweep, carts) do
    cutoff = now() - @max_idle_ms
    schedule_sweep()
    {:noreply, Map.reject(carts, fn {_id, {_cart, touched}} -> touched < cutoff end)}
  end

  defp schedule_sweep, do: Process.send_after(self(), :sweep, @sweep_every)

  defp broadcast(cart_id, cart) do
    Phoenix.PubSub.broadcast(ShopWeb.PubSub, topic(cart_id), {:cart_updated, cart})
  end

  defp now, do: System.monotonic_time(:millisecond)
end
