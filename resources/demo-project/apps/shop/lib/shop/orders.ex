defmodule Shop.Orders do
  @moduledoc """
  Placing orders and moving them through their lifecycle.

      :pending --pay--> :paid --ship--> :shipped
          \\                 \\
           `---cancel-------`---cancel--> :cancelled

  Placing an order reserves stock for every line. If any line cannot be
  reserved, the reservations already taken are released and the order is
  not created.
  """

  alias Shop.{Cart, Inventory, Pricing}
  alias Shop.Orders.Order

  @transitions %{
    {:pending, :pay} => :paid,
    {:paid, :ship} => :shipped,
    {:pending, :cancel} => :cancelled,
    {:paid, :cancel} => :cancelled
  }

  @doc """
  Places an order for `cart` on behalf of `customer` (a map with at least
  `:email`, optionally `:region`).

  Options:

    * `:inventory` - the inventory server (default `Shop.Inventory`)
    * `:discounts` - discounts passed on to `Shop.Pricing.totals/2`
    * `:ttl_ms` - how long stock stays reserved before payment, by default
      the `:reservation_ttl_ms` configured for `Shop.Inventory`

  Returns `{:ok, order}` or `{:error, reason}` where reason is
  `:empty_cart`, `:invalid_customer`, `:unknown_region` or
  `{:insufficient_stock, sku}`.
  """
  @spec place_order(Cart.t(), map(), keyword()) :: {:ok, Order.t()} | {:error, term()}
  def place_order(%Cart{} = cart, customer, opts \\ []) do
    inventory = Keyword.get(opts, :inventory, Inventory)
    region = Map.get(customer, :region, "DE")

    with :ok <- check_customer(customer),
         :ok <- check_not_empty(cart),
         {:ok, totals} <-
           Pricing.totals(cart, region: region, discounts: Keyword.get(opts, :discounts, [])),
         {:ok, refs} <-
           reserve_lines(cart, inventory, Keyword.get_lazy(opts, :ttl_ms, &default_ttl_ms/0)) do
      {:ok,
       %Order{
         id: new_id(),
         customer_email: customer.email,
         lines: Cart.lines(cart),
         totals: totals,
         region: region,
         reservations: refs,
         placed_at: DateTime.utc_now()
       }}
    end
  end

  @doc """
  Applies a lifecycle event (`:pay`, `:ship` or `:cancel`) to an order.

  Returns `{:error, {:invalid_transition, status, event}}` for moves the
  lifecycle does not allow, such as shipping an unpaid order.
  """
  @spec transition(Order.t(), :pay | :ship | :cancel) ::
          {:ok, Order.t()} | {:error, {:invalid_transition, Order.status(), atom()}}
  def transition(%Order{status: status} = order, event) do
    case Map.fetch(@transitions, {status, event}) do
      {:ok, next} -> {:ok, %Order{order | status: next}}
      :error -> {:error, {:invalid_transition, status, event}}
    end
  end

  @doc """
  Marks a pending order as paid and commits its stock reservations.
  """
  @spec confirm_payment(Order.t(), keyword()) :: {:ok, Order.t()} | {:error, term()}
  def confirm_payment(%Order{} = order, opts \\ []) do
    inventory = Keyword.get(opts, :inventory, Inventory)

    with {:ok, paid} <- transition(order, :pay) do
      Enum.each(order.reservations, &Inventory.commit(inventory, &1))
      {:ok, %Order{paid | reservations: []}}
    end
  end

  @doc """
  Cancels an order and gives its reserved stock back.
  """
  @spec cancel(Order.t(), keyword()) :: {:ok, Order.t()} | {:error, term()}
  def cancel(%Order{} = order, opts \\ []) do
    inventory = Keyword.get(opts, :inventory, Inventory)

    with {:ok, cancelled} <- transition(order, :cancel) do
      Enum.each(order.reservations, &Inventory.release(inventory, &1))
      {:ok, %Order{cancelled | reservations: []}}
    end
  end

  defp check_customer(%{email: email}) when is_binary(email) do
    if String.contains?(email, "@"), do: :ok, else: {:error, :invalid_customer}
  end

  defp check_customer(_), do: {:error, :invalid_customer}

  defp check_not_empty(cart) do
    if Cart.empty?(cart), do: {:error, :empty_cart}, else: :ok
  end

  defp reserve_lines(cart, inventory, ttl_ms) do
    cart
    |> Cart.lines()
    |> Enum.reduce_while({:ok, []}, fn line, {:ok, refs} ->
      case Inventory.reserve(inventory, line.sku, line.quantity, ttl_ms: ttl_ms) do
        {:ok, ref} ->
          {:cont, {:ok, [ref | refs]}}

        {:error, :insufficient_stock} ->
          Enum.each(refs, &Inventory.release(inventory, &1))
          {:halt, {:error, {:insufficient_stock, line.sku}}}
      end
    end)
  end

  defp default_ttl_ms do
    :shop
    |> Application.get_env(Shop.Inventory, [])
    |> Keyword.get(:reservation_ttl_ms, :timer.minutes(15))
  end

  defp new_id do
    "ORD-" <>
      (System.unique_integer([:positive, :monotonic])
       |> Integer.to_string()
       |> String.pad_leading(6, "0"))
  end
end
