defmodule Shop do
  @moduledoc """
  The demo shop's domain layer.

  `Shop` keeps the business rules of the store apart from the web layer:

    * `Shop.Catalog` - the reference product catalog, held in memory
    * `Shop.Cart` - building a cart from catalog products
    * `Shop.Pricing` - discounts, taxes and totals in integer cents
    * `Shop.Inventory` - stock levels and time-limited reservations
    * `Shop.Orders` - turning a cart into an order and moving it through
      its lifecycle

  Amounts are always integers in cents. Formatting for humans happens at the
  edges (`Shop.Pricing.format/2`), never in the middle of a calculation.
  """

  @doc """
  The currency every price in the catalog is expressed in.
  """
  @spec currency() :: String.t()
  def currency, do: "EUR"
end
