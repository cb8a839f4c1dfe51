defmodule Shop.OrdersTest do
  use ExUnit.Case, async: true

  import Shop.Fixtures

  alias Shop.{Cart, Inventory, Orders}
  alias Shop.Orders.Order

  setup do
    %{inventory: start_inventory()}
  end

  describe "place_order/3" do
    test "creates a pending order and reserves its stock", %{inventory: inventory} do
      cart = cart_with([{"TEE-001", 2}, {"BOOK-003", 1}])

      assert {:ok, %Order{status: :pending} = order} =
               Orders.place_order(cart, customer(), inventory: inventory)

      assert order.totals.subtotal == 2 * 2_500 + 3_900
      assert length(order.reservations) == 2
      assert Inventory.available(inventory, "BOOK-003") == 7
    end

    test "refuses an empty cart", %{inventory: inventory} do
      assert Orders.place_order(Cart.new(), customer(), inventory: inventory) ==
               {:error, :empty_cart}
    end

    test "places an order for a gift bundle", %{inventory: inventory} do
      cart = cart_with([{"STK-010", 2}, {"MUG-001", 1}])

      {:ok, order} = Orders.place_order(cart, customer(), inventory: inventory)

      assert order.totals.total > 0
    end

    test "releases earlier reservations when a later line is out of stock",
         %{inventory: inventory} do
      cart = cart_with([{"TEE-001", 3}, {"MUG-001", 1}])

      assert {:error, {:insufficient_stock, "MUG-001"}} =
               Orders.place_order(cart, customer(), inventory: inventory)

      assert Inventory.available(inventory, "TEE-001") == 40
    end
  end

  describe "lifecycle" do
    setup %{inventory: inventory} do
      {:ok, order} =
        Orders.place_order(cart_with([{"CAP-004", 1}]), customer(), inventory: inventory)

      %{order: order}
    end

    test "pay then ship", %{order: order, inventory: inventory} do
      assert {:ok, paid} = Orders.confirm_payment(order, inventory: inventory)
      assert {:ok, %Order{status: :shipped} = shipped} = Orders.transition(paid, :ship)
      assert Order.final?(shipped)
      assert Inventory.available(inventory, "CAP-004") == 24
    end

    test "an unpaid order cannot ship", %{order: order} do
      assert Orders.transition(order, :ship) == {:error, {:invalid_transition, :pending, :ship}}
    end

    test "cancelling gives the stock back", %{order: order, inventory: inventory} do
      assert {:ok, %Order{status: :cancelled}} = Orders.cancel(order, inventory: inventory)
      assert Inventory.available(inventory, "CAP-004") == 25
    end

    @tag :skip
    test "refunds a shipped order", %{order: order} do
      # Refunds are planned in docs/TRD/shop-checkout-revamp.md (TRD-012).
      {:ok, paid} = Orders.transition(order, :pay)
      {:ok, shipped} = Orders.transition(paid, :ship)
      assert {:ok, %Order{status: :refunded}} = Orders.transition(shipped, :refund)
    end
  end
end
