defmodule Shop.CatalogTest do
  use ExUnit.Case, async: true

  alias Shop.Catalog
  alias Shop.Catalog.Product

  describe "list_products/1" do
    test "lists only active products, sorted by name" do
      names = Enum.map(Catalog.list_products(), & &1.name)

      assert names == Enum.sort(names)
      refute "Supervision Tree Poster" in names
    end

    test "filters by category and sorts by price" do
      prices =
        [category: :apparel, sort: :price]
        |> Catalog.list_products()
        |> Enum.map(& &1.price_cents)

      assert prices == [1_200, 2_200, 2_500, 5_900]
    end
  end

  describe "get_product/1" do
    test "finds a product by SKU" do
      assert {:ok, %Product{name: "Elixir Drop Mug"}} = Catalog.get_product("MUG-001")
    end

    test "returns :not_found for unknown SKUs" do
      assert Catalog.get_product("NOPE-999") == {:error, :not_found}
    end
  end

  describe "search/1" do
    test "matches names and tags case-insensitively" do
      skus = "GIFT" |> Catalog.search() |> Enum.map(& &1.sku) |> Enum.sort()
      assert skus == ["MUG-001", "SOCK-006", "STK-010"]
    end
  end

  describe "Product.new/1" do
    test "rejects a negative price" do
      assert Product.new(sku: "X-1", name: "X", price_cents: -1, category: :books) ==
               {:error, :invalid_price}
    end
  end
end
