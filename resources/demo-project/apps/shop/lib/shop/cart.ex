defmodule Shop.Cart do
  @moduledoc """
  A shopping cart: catalog products and quantities, keyed by SKU.

  A cart is a plain value. The web layer keeps one per browser session
  (`ShopWeb.CartStore`); nothing here touches processes or storage.

  The unit price is captured when a product is added, so a price change in
  the catalog does not silently change what the customer saw.
  """

  alias Shop.Cart.LineItem
  alias Shop.Catalog.Product

  @max_quantity_per_line 10

  defstruct items: %{}, currency: "EUR"

  @type t :: %__MODULE__{items: %{String.t() => LineItem.t()}, currency: String.t()}
  @type error :: :invalid_quantity | :inactive_product | :quantity_limit | :not_in_cart

  @doc """
  An empty cart.
  """
  @spec new() :: t()
  def new, do: %__MODULE__{}

  @doc """
  Adds `quantity` of `product`. Adding a SKU that is already in the cart
  increases that line's quantity.

  Returns `{:error, :quantity_limit}` when a line would go over
  #{@max_quantity_per_line} items, and `{:error, :inactive_product}` for
  discontinued products.
  """
  @spec add_item(t(), Product.t(), pos_integer()) :: {:ok, t()} | {:error, error()}
  def add_item(cart, product, quantity \\ 1)

  def add_item(%__MODULE__{}, %Product{}, quantity)
      when not is_integer(quantity) or quantity < 1,
      do: {:error, :invalid_quantity}

  def add_item(%__MODULE__{}, %Product{active: false}, _quantity), do: {:error, :inactive_product}

  def add_item(%__MODULE__{items: items} = cart, %Product{} = product, quantity) do
    line =
      case Map.fetch(items, product.sku) do
        {:ok, existing} ->
          %LineItem{existing | quantity: existing.quantity + quantity}

        :error ->
          %LineItem{
            sku: product.sku,
            name: product.name,
            unit_price_cents: product.price_cents,
            quantity: quantity
          }
      end

    if line.quantity > @max_quantity_per_line do
      {:error, :quantity_limit}
    else
      {:ok, %__MODULE__{cart | items: Map.put(items, product.sku, line)}}
    end
  end

  @doc """
  Removes a SKU from the cart. Removing a SKU that is not there is a no-op.
  """
  @spec remove_item(t(), String.t()) :: t()
  def remove_item(%__MODULE__{items: items} = cart, sku) do
    %__MODULE__{cart | items: Map.delete(items, sku)}
  end

  @doc """
  Sets the quantity of a line. A quantity of zero removes the line.
  """
  @spec update_quantity(t(), String.t(), non_neg_integer()) :: {:ok, t()} | {:error, error()}
  def update_quantity(%__MODULE__{} = cart, sku, 0), do: {:ok, remove_item(cart, sku)}

  def update_quantity(%__MODULE__{}, _sku, quantity)
      when not is_integer(quantity) or quantity < 0,
      do: {:error, :invalid_quantity}

  def update_quantity(%__MODULE__{}, _sku, quantity) when quantity > @max_quantity_per_line,
    do: {:error, :quantity_limit}

  def update_quantity(%__MODULE__{items: items} = cart, sku, quantity) do
    case Map.fetch(items, sku) do
      {:ok, line} ->
        {:ok,
         %__MODULE__{cart | items: Map.put(items, sku, %LineItem{line | quantity: quantity})}}

      :error ->
        {:error, :not_in_cart}
    end
  end

  @doc """
  The cart's lines, ordered by SKU so renders are stable.
  """
  @spec lines(t()) :: [LineItem.t()]
  def lines(%__MODULE__{items: items}), do: items |> Map.values() |> Enum.sort_by(& &1.sku)

  @doc """
  Total number of items (sum of quantities).
  """
  @spec item_count(t()) :: non_neg_integer()
  def item_count(%__MODULE__{items: items}) do
    items |> Map.values() |> Enum.map(& &1.quantity) |> Enum.sum()
  end

  @doc """
  Sum of the line totals in cents, before discounts and tax.
  """
  @spec subtotal(t()) :: non_neg_integer()
  def subtotal(%__MODULE__{items: items}) do
    items |> Map.values() |> Enum.map(&LineItem.total/1) |> Enum.sum()
  end

  @doc """
  True when the cart holds no lines.
  """
  @spec empty?(t()) :: boolean()
  def empty?(%__MODULE__{items: items}), do: map_size(items) == 0

  @doc """
  The per-line quantity limit.
  """
  @spec max_quantity_per_line() :: pos_integer()
  def max_quantity_per_line, do: @max_quantity_per_line
end
