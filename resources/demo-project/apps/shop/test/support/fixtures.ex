defmodule Shop.Fixtures do
  @moduledoc """
  Builders shared by the domain tests.
  """

  alias Shop.{Cart, Catalog}

  @doc """
  A cart built from `{sku, quantity}` pairs of catalog products.
  """
  def cart_with(lines) do
    Enum.reduce(lines, Cart.new(), fn {sku, quantity}, cart ->
      {:ok, cart} = Cart.add_item(cart, Catalog.get_product!(sku), quantity)
      cart
    end)
  end

  @doc """
  A customer map as the checkout form produces it.
  """
  def customer(attrs \\ %{}) do
    Map.merge(%{email: "ada@example.com", region: "DE"}, Map.new(attrs))
  end

  @doc """
  Starts an unnamed inventory under the test supervisor and returns its pid.
  """
  def start_inventory(stock \\ Catalog.initial_stock()) do
    ExUnit.Callbacks.start_supervised!({Shop.Inventory, name: nil, stock: stock})
  end
end
