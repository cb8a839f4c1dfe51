defmodule Shop.CartTest do
  use ExUnit.Case, async: true

  import Shop.Fixtures

  alias Shop.{Cart, Catalog}

  setup do
    %{tee: Catalog.get_product!("TEE-001"), poster: Catalog.get_product!("POS-005")}
  end

  describe "add_item/3" do
    test "adds a new line with the catalog price", %{tee: tee} do
      {:ok, cart} = Cart.add_item(Cart.new(), tee, 2)

      assert [%Cart.LineItem{sku: "TEE-001", quantity: 2, unit_price_cents: 2_500}] =
               Cart.lines(cart)
    end

    test "merges quantities for a SKU already in the cart", %{tee: tee} do
      {:ok, cart} = Cart.add_item(Cart.new(), tee, 2)
      {:ok, cart} = Cart.add_item(cart, tee, 3)

      assert Cart.item_count(cart) == 5
      assert length(Cart.lines(cart)) == 1
    end

    test "refuses discontinued products", %{poster: poster} do
      assert Cart.add_item(Cart.new(), poster) == {:error, :inactive_product}
    end

    test "enforces the per-line quantity limit", %{tee: tee} do
      {:ok, cart} = Cart.add_item(Cart.new(), tee, Cart.max_quantity_per_line())
      assert Cart.add_item(cart, tee, 1) == {:error, :quantity_limit}
    end
  end

  describe "update_quantity/3 and remove_item/2" do
    test "a quantity of zero removes the line" do
      cart = cart_with([{"TEE-001", 1}, {"MUG-001", 2}])
      {:ok, cart} = Cart.update_quantity(cart, "MUG-001", 0)

      assert Enum.map(Cart.lines(cart), & &1.sku) == ["TEE-001"]
    end

    test "updating a SKU that is not in the cart is an error" do
      assert Cart.update_quantity(Cart.new(), "TEE-001", 3) == {:error, :not_in_cart}
    end
  end

  describe "subtotal/1" do
    test "sums unit price times quantity over all lines" do
      cart = cart_with([{"TEE-001", 2}, {"STK-010", 3}])
      assert Cart.subtotal(cart) == 2 * 2_500 + 3 * 600
    end

    test "an empty cart costs nothing" do
      assert Cart.subtotal(Cart.new()) == 0
      assert Cart.empty?(Cart.new())
    end
  end
end
