defmodule ShopWeb.Fixtures do
  @moduledoc """
  Database fixtures for the web tests.
  """

  alias ShopWeb.Repo
  alias ShopWeb.Storefront.Product

  def product_fixture(attrs \\ %{}) do
    n = System.unique_integer([:positive])

    %Product{}
    |> Product.changeset(
      Enum.into(attrs, %{
        sku: "TST-#{String.pad_leading(Integer.to_string(rem(n, 1000)), 3, "0")}",
        name: "Test product #{n}",
        price_cents: 1_500,
        category: :apparel,
        image_url: "/images/products/test.jpg"
      })
    )
    |> Repo.insert!()
  end

  def user_fixture(attrs \\ %{}) do
    {:ok, user} =
      attrs
      |> Enum.into(%{
        email: "user#{System.unique_integer([:positive])}@example.com",
        name: "Grace"
      })
      |> ShopWeb.Accounts.register_user()

    user
  end
end
