defmodule ShopWeb.ProductLiveTest do
  use ShopWeb.ConnCase, async: true

  describe "Index" do
    test "lists products", %{conn: conn} do
      product = product_fixture(name: "Phoenix Logo Tee")

      {:ok, view, html} = live(conn, ~p"/products")

      assert html =~ "Phoenix Logo Tee"
      assert has_element?(view, "#product-#{product.id}")
    end

    test "searches by name", %{conn: conn} do
      product_fixture(name: "OTP Hoodie")
      product_fixture(name: "Elixir Drop Mug")

      {:ok, view, _html} = live(conn, ~p"/products")

      html = view |> element("form[role=search]") |> render_change(%{query: "mug"})

      assert html =~ "Elixir Drop Mug"
      refute html =~ "OTP Hoodie"
    end

    test "adds a product to the cart", %{conn: conn} do
      product = product_fixture(sku: "TEE-001", name: "Phoenix Logo Tee")

      {:ok, view, _html} = live(conn, ~p"/products")

      assert view
             |> element("#product-#{product.id} button", "Add to cart")
             |> render_click() =~ "Phoenix Logo Tee added to your cart."
    end
  end

  describe "Show" do
    test "shows the product with an accessible image", %{conn: conn} do
      product = product_fixture(name: "BEAM Cap")

      {:ok, view, _html} = live(conn, ~p"/products/#{product}")

      assert has_element?(view, "img[alt='BEAM Cap']")
    end
  end
end
