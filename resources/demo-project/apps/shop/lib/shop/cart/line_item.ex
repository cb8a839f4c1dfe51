defmodule Shop.Cart.LineItem do
  @enforce_keys [:sku, :name, :unit_price_cents, :quantity]
  defstruct [:sku, :name, :unit_price_cents, :quantity]

  @type t :: %__MODULE__{
          sku: String.t(),
          name: String.t(),
          unit_price_cents: non_neg_integer(),
          quantity: pos_integer()
        }

  @doc """
  The line total in cents: unit price times quantity.
  """
  @spec total(t()) :: non_neg_integer()
  def total(%__MODULE__{unit_price_cents: price, quantity: quantity}), do: price * quantity
end
