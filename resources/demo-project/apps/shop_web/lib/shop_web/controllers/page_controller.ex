defmodule ShopWeb.PageController do
  @moduledoc """
  The landing page with a few featured products.
  """

  use ShopWeb, :controller

  alias ShopWeb.Storefront

  def home(conn, _params) do
    render(conn, :home, featured: Storefront.list_products(category: :apparel) |> Enum.take(3))
  end
end
