defmodule ShopWeb.Sales do
  @moduledoc """
  Stored orders: recording a checkout, order history and the back-office
  list of recent orders.
  """

  import Ecto.Query, warn: false

  alias ShopWeb.Repo
  alias ShopWeb.Sales.{LineItem, Order}

  @doc """
  Stores an order placed through `Shop.Orders.place_order/3`.
  """
  def record_order(%Shop.Orders.Order{} = placed, attrs \\ %{}) do
    line_items =
      Enum.map(placed.lines, fn line ->
        %{
          sku: line.sku,
          name: line.name,
          quantity: line.quantity,
          unit_price_cents: line.unit_price_cents
        }
      end)

    %Order{}
    |> Order.changeset(
      Map.merge(
        %{
          reference: placed.id,
          email: placed.customer_email,
          region: placed.region,
          subtotal_cents: placed.totals.subtotal,
          discount_cents: placed.totals.discount,
          tax_cents: placed.totals.tax,
          total_cents: placed.totals.total,
          line_items: line_items
        },
        attrs
      )
    )
    |> Repo.insert()
  end

  @doc """
  Gets a stored order with its line items.
  """
  def get_order!(id) do
    Order
    |> Repo.get!(id)
    |> Repo.preload(:line_items)
  end

  @doc """
  Gets a stored order by its public reference (e.g. `"ORD-000042"`).
  """
  def get_order_by_reference(reference) do
    Repo.one(from o in Order, where: o.reference == ^reference, preload: [:line_items])
  end

  @doc """
  A customer's orders, newest first, with their line items in one query.
  """
  def list_orders_for_user(user_id) do
    from(o in Order,
      where: o.user_id == ^user_id,
      order_by: [desc: o.inserted_at],
      preload: [:line_items]
    )
    |> Repo.all()
  end

  @doc """
  The back-office list of the latest orders with their line items.
  """
  def list_recent_orders(limit \\ 50) do
    from(o in Order, order_by: [desc: o.inserted_at], limit: ^limit)
    |> Repo.all()
    |> Enum.map(fn order ->
      items = Repo.all(from li in LineItem, where: li.order_id == ^order.id)
      %{order | line_items: items}
    end)
  end

  @doc """
  Records the PSP charge and marks the order paid.
  """
  def mark_paid(%Order{} = order, charge_id) do
    order
    |> Ecto.Changeset.change(status: :paid, charge_id: charge_id)
    |> Repo.update()
  end
end
