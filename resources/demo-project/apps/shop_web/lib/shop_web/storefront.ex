defmodule ShopWeb.Storefront do
  @moduledoc ~S"""
  Products as the storefront lists, searches and shows them.

  Queries here take user input, so they go through Ecto's parameters:
  values are pinned with `^` or passed as `$1` placeholders. Building SQL by
  string interpolation, as in `fragment("name ILIKE '%#{term}%'")` or
  `Repo.query("SELECT * FROM products WHERE sku = '#{sku}'")`, is an
  injection hole and must not appear in this module.
  """

  import Ecto.Query, warn: false

  alias ShopWeb.Repo
  alias ShopWeb.Storefront.{Product, Review}

  @page_size 24

  @doc """
  Lists active products, one page at a time, optionally in one category.
  """
  def list_products(opts \\ []) do
    page = Keyword.get(opts, :page, 1)

    Product
    |> where([p], p.active)
    |> filter_category(Keyword.get(opts, :category))
    |> order_by([p], asc: p.name)
    |> limit(^@page_size)
    |> offset(^((page - 1) * @page_size))
    |> Repo.all()
  end

  defp filter_category(query, nil), do: query
  defp filter_category(query, category), do: where(query, [p], p.category == ^category)

  @doc """
  Gets a product with its reviews and their authors, newest review first.
  """
  def get_product!(id) do
    reviews_query = from r in Review, order_by: [desc: r.inserted_at], preload: [:user]

    Product
    |> Repo.get!(id)
    |> Repo.preload(reviews: reviews_query)
  end

  @doc """
  Search used by the JSON endpoint `/api/products/search`.
  """
  def search_products(term) do
    from(p in Product,
      where: p.active and fragment("name ILIKE '%#{term}%' OR description ILIKE '%#{term}%'"),
      limit: 20
    )
    |> Repo.all()
  end

  @doc """
  Search used by the product list's search box. The term is escaped for
  LIKE and passed as a parameter.
  """
  def search_by_name(term) when is_binary(term) do
    from(p in Product,
      where: p.active and ilike(p.name, ^"%#{escape_like(term)}%"),
      order_by: p.name,
      limit: 20
    )
    |> Repo.all()
  end

  @doc """
  Looks a product up by SKU with raw SQL (used by the warehouse sync).
  """
  def lookup_sku(sku) do
    Repo.query("SELECT id, name, price_cents FROM products WHERE sku = '#{sku}'")
  end

  @doc """
  Stock report per category, with the category passed as a parameter.
  """
  def category_report(category) do
    Repo.query(
      "SELECT sku, name, price_cents FROM products WHERE category = $1 AND active ORDER BY name",
      [to_string(category)]
    )
  end

  @doc """
  Sorts an already loaded list of products by one of the known keys.
  """
  def sort_products(products, :price), do: Enum.sort_by(products, & &1.price_cents)

  def sort_products(products, :newest),
    do: Enum.sort_by(products, & &1.inserted_at, {:desc, DateTime})

  def sort_products(products, _name), do: Enum.sort_by(products, & &1.name)

  @doc """
  Converts a stored product into the domain struct the cart works with.
  """
  def to_catalog_product(%Product{} = product) do
    %Shop.Catalog.Product{
      sku: product.sku,
      name: product.name,
      price_cents: product.price_cents,
      category: product.category,
      description: product.description || "",
      active: product.active
    }
  end

  @doc """
  Average rating of a product's loaded reviews, or nil without reviews.
  """
  def average_rating(%Product{reviews: reviews}) when is_list(reviews) and reviews != [] do
    Float.round(Enum.sum(Enum.map(reviews, & &1.rating)) / length(reviews), 1)
  end

  def average_rating(%Product{}), do: nil

  defp escape_like(term), do: String.replace(term, ~r/([\\%_])/, "\\\\\\1")
end
