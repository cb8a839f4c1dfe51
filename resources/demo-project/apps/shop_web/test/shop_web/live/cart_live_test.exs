defmodule ShopWeb.CartLiveTest do
  use ShopWeb.ConnCase, async: true

  test "adds a suggested product to the cart", %{conn: conn} do
    {:ok, view, html} = live(conn, ~p"/cart")
    assert html =~ "Your cart is empty."

    html = view |> element("button", "Add MUG-001") |> render_click()

    assert html =~ "Elixir Drop Mug"
  end

  test "rejects an unknown coupon code", %{conn: conn} do
    {:ok, view, _html} = live(conn, ~p"/cart")
    view |> element("button", "Add MUG-001") |> render_click()

    assert render_click(view, "coupon", %{"code" => "NOPE"}) =~ "Unknown coupon code."
  end
end
