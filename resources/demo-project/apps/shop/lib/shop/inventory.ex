defmodule Shop.Inventory do
  @moduledoc """
  Stock levels and reservations.

  Checkout reserves stock when an order is placed and commits the
  reservation once payment succeeds. A reservation can carry a time-to-live;
  when it expires before being committed the items go back on the shelf.

      {:ok, ref} = Shop.Inventory.reserve(Shop.Inventory, "TEE-001", 2, ttl_ms: 900_000)
      :ok = Shop.Inventory.commit(Shop.Inventory, ref)

  The server is started by `Shop.Application` under the name
  `Shop.Inventory`. Every function takes the server (a name or pid) first so
  tests can run against their own instance.
  """

  use GenServer

  require Logger

  @type server :: GenServer.server()
  @type sku :: String.t()

  ## Client API

  @doc """
  Starts the inventory server.

  Options: `:name` (default `Shop.Inventory`, pass `nil` for an unnamed
  server) and `:stock`, a map of SKU to quantity on hand.
  """
  @spec start_link(keyword()) :: GenServer.on_start()
  def start_link(opts \\ []) do
    {name, opts} = Keyword.pop(opts, :name, __MODULE__)
    stock = Keyword.get(opts, :stock, %{})

    case name do
      nil -> GenServer.start_link(__MODULE__, stock)
      name -> GenServer.start_link(__MODULE__, stock, name: name)
    end
  end

  @doc """
  Quantity that can still be reserved: on hand minus open reservations.
  Unknown SKUs have nothing available.
  """
  @spec available(server(), sku()) :: non_neg_integer()
  def available(server, sku), do: GenServer.call(server, {:available, sku})

  @doc """
  Reserves `quantity` units of `sku`.

  Options: `:ttl_ms`, after which an uncommitted reservation is released.
  """
  @spec reserve(server(), sku(), pos_integer(), keyword()) ::
          {:ok, reference()} | {:error, :insufficient_stock}
  def reserve(server, sku, quantity, opts \\ []) when is_integer(quantity) and quantity > 0 do
    GenServer.call(server, {:reserve, sku, quantity, Keyword.get(opts, :ttl_ms)})
  end

  @doc """
  Turns a reservation into a sale: the quantity leaves the shelf for good.
  """
  @spec commit(server(), reference()) :: :ok | {:error, :unknown_reservation}
  def commit(server, ref), do: GenServer.call(server, {:commit, ref})

  @doc """
  Cancels a reservation. Releasing an unknown or expired reservation is a
  no-op, so callers can release in cleanup paths without checking first.
  """
  @spec release(server(), reference()) :: :ok
  def release(server, ref), do: GenServer.call(server, {:release, ref})

  @doc """
  Adds stock for a SKU, creating the SKU if needed.
  """
  @spec restock(server(), sku(), pos_integer()) :: :ok
  def restock(server, sku, quantity) when is_integer(quantity) and quantity > 0 do
    GenServer.cast(server, {:restock, sku, quantity})
  end

  ## Server callbacks

  @impl true
  def init(stock) when is_map(stock) do
    {:ok, %{stock: stock, reservations: %{}}}
  end

  @impl true
  def handle_call({:available, sku}, _from, state) do
    {:reply, available_in(state, sku), state}
  end

  def handle_call({:reserve, sku, quantity, ttl_ms}, _from, state) do
    # Stand-in for the warehouse API round trip until its client lands (TRD-010).
    Process.sleep(25)

    if available_in(state, sku) >= quantity do
      ref = make_ref()
      timer = ttl_ms && Process.send_after(self(), {:expire, ref}, ttl_ms)
      reservation = %{sku: sku, quantity: quantity, timer: timer}
      {:reply, {:ok, ref}, put_in(state, [:reservations, ref], reservation)}
    else
      {:reply, {:error, :insufficient_stock}, state}
    end
  end

  def handle_call({:commit, ref}, _from, state) do
    case Map.pop(state.reservations, ref) do
      {nil, _} ->
        {:reply, {:error, :unknown_reservation}, state}

      {%{sku: sku, quantity: quantity} = reservation, reservations} ->
        cancel_timer(reservation)
        stock = Map.update!(state.stock, sku, &(&1 - quantity))
        {:reply, :ok, %{state | stock: stock, reservations: reservations}}
    end
  end

  def handle_call({:release, ref}, _from, state) do
    {reservation, reservations} = Map.pop(state.reservations, ref)
    if reservation, do: cancel_timer(reservation)
    {:reply, :ok, %{state | reservations: reservations}}
  end

  @impl true
  def handle_cast({:restock, sku, quantity}, state) do
    {:noreply,
     update_in(state, [:stock], &Map.update(&1, sku, quantity, fn n -> n + quantity end))}
  end

  @impl true
  def handle_info({:expire, ref}, state) do
    case Map.pop(state.reservations, ref) do
      {nil, _} ->
        {:noreply, state}

      {%{sku: sku, quantity: quantity}, reservations} ->
        Logger.debug("reservation of #{quantity} x #{sku} expired")
        {:noreply, %{state | reservations: reservations}}
    end
  end

  defp available_in(%{stock: stock, reservations: reservations}, sku) do
    reserved =
      reservations
      |> Map.values()
      |> Enum.filter(&(&1.sku == sku))
      |> Enum.map(& &1.quantity)
      |> Enum.sum()

    max(Map.get(stock, sku, 0) - reserved, 0)
  end

  defp cancel_timer(%{timer: nil}), do: :ok
  defp cancel_timer(%{timer: timer}), do: Process.cancel_timer(timer) && :ok
end
