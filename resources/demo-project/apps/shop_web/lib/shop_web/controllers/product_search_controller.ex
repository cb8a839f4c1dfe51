defmodule ShopWeb.ProductSearchController do
  @moduledoc """
  JSON product search for the header's typeahead.
  """

  use ShopWeb, :controller

  alias ShopWeb.Storefront

  @doc """
  `GET /api/products/search?q=mug` for the header's typeahead.
  """
  def index(conn, %{"q" => q}) when byte_size(q) in 2..64 do
    products = Storefront.search_products(q)
    json(conn, %{data: Enum.map(products, &Map.take(&1, [:id, :sku, :name, :price_cents]))})
  end

  def index(conn, _params) do
    conn
    |> put_status(:unprocessable_entity)
    |> json(%{error: "q must be between 2 and 64 characters"})
  end
end
