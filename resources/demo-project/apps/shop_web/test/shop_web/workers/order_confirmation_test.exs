defmodule ShopWeb.Workers.OrderConfirmationTest do
  use ShopWeb.DataCase, async: true
  use Oban.Testing, repo: ShopWeb.Repo

  import ExUnit.CaptureLog

  alias ShopWeb.Workers.OrderConfirmation

  test "logs the confirmation for a stored order" do
    {:ok, cart} = Shop.Cart.add_item(Shop.Cart.new(), Shop.Catalog.get_product!("TEE-001"))
    {:ok, placed} = Shop.Orders.place_order(cart, %{email: "ada@example.com", region: "DE"})

    {:ok, order} = ShopWeb.Sales.record_order(placed)

    log =
      capture_log(fn ->
        assert :ok = perform_job(OrderConfirmation, %{order_id: order.id})
      end)

    assert log =~ "Thank you for your order #{order.reference}"
  end
end
