defmodule Shop.Catalog do
  @moduledoc """
  The reference product catalog, kept in memory.

  The storefront persists its own copy of products in Postgres
  (`ShopWeb.Storefront`); this module is the source of truth for SKUs, base
  prices and the opening stock the inventory server is seeded with. Keeping it
  in memory lets the pricing and order rules be tested without a database.
  """

  alias Shop.Catalog.Product

  @products [
    %Product{
      sku: "TEE-001",
      name: "Phoenix Logo Tee",
      price_cents: 2_500,
      category: :apparel,
      description: "Soft cotton tee with the flame logo on the chest.",
      tags: ["cotton", "bestseller"]
    },
    %Product{
      sku: "HOOD-002",
      name: "OTP Hoodie",
      price_cents: 5_900,
      category: :apparel,
      description: "Heavyweight hoodie. Restarts you when you crash.",
      tags: ["winter"]
    },
    %Product{
      sku: "CAP-004",
      name: "BEAM Cap",
      price_cents: 2_200,
      category: :apparel,
      description: "Six-panel cap, embroidered.",
      tags: []
    },
    %Product{
      sku: "SOCK-006",
      name: "Pattern Matching Socks",
      price_cents: 1_200,
      category: :apparel,
      description: "Left and right always match.",
      tags: ["gift"]
    },
    %Product{
      sku: "MUG-001",
      name: "Elixir Drop Mug",
      price_cents: 1_400,
      category: :kitchen,
      description: "Stoneware mug, 350 ml.",
      tags: ["gift", "bestseller"]
    },
    %Product{
      sku: "STK-010",
      name: "Sticker Pack",
      price_cents: 600,
      category: :accessories,
      description: "Ten vinyl stickers for your laptop lid.",
      tags: ["gift"]
    },
    %Product{
      sku: "POS-005",
      name: "Supervision Tree Poster",
      price_cents: 1_800,
      category: :accessories,
      description: "A2 print of a one_for_one tree. Discontinued.",
      tags: [],
      active: false
    },
    %Product{
      sku: "BOOK-003",
      name: "LiveView Field Guide",
      price_cents: 3_900,
      category: :books,
      description: "Paperback, 280 pages of patterns for real-time UIs.",
      tags: ["new"]
    }
  ]

  @initial_stock %{
    "TEE-001" => 40,
    "HOOD-002" => 12,
    "CAP-004" => 25,
    "SOCK-006" => 60,
    "MUG-001" => 0,
    "STK-010" => 200,
    "POS-005" => 3,
    "BOOK-003" => 8
  }

  @doc """
  Lists products.

  Options:

    * `:category` - only products of that category
    * `:sort` - `:name` (default) or `:price`
    * `:include_inactive` - also list discontinued products (default `false`)
  """
  @spec list_products(keyword()) :: [Product.t()]
  def list_products(opts \\ []) do
    category = Keyword.get(opts, :category)
    include_inactive? = Keyword.get(opts, :include_inactive, false)

    @products
    |> Enum.filter(&(include_inactive? or &1.active))
    |> Enum.filter(&(is_nil(category) or &1.category == category))
    |> sort_by(Keyword.get(opts, :sort, :name))
  end

  @doc """
  Fetches a product by SKU, active or not.
  """
  @spec get_product(String.t()) :: {:ok, Product.t()} | {:error, :not_found}
  def get_product(sku) when is_binary(sku) do
    case Enum.find(@products, &(&1.sku == sku)) do
      nil -> {:error, :not_found}
      product -> {:ok, product}
    end
  end

  @doc """
  Like `get_product/1` but raises `KeyError` when the SKU is unknown.
  """
  @spec get_product!(String.t()) :: Product.t()
  def get_product!(sku) do
    case get_product(sku) do
      {:ok, product} -> product
      {:error, :not_found} -> raise KeyError, key: sku, term: __MODULE__
    end
  end

  @doc """
  Case-insensitive search on product names and tags. Blank queries return
  nothing rather than the whole catalog.
  """
  @spec search(String.t()) :: [Product.t()]
  def search(query) when is_binary(query) do
    case query |> String.trim() |> String.downcase() do
      "" ->
        []

      needle ->
        list_products()
        |> Enum.filter(fn product ->
          String.contains?(String.downcase(product.name), needle) or
            Enum.any?(product.tags, &String.contains?(&1, needle))
        end)
    end
  end

  @doc """
  The categories that have at least one active product, sorted.
  """
  @spec categories() :: [Product.category()]
  def categories do
    list_products() |> Enum.map(& &1.category) |> Enum.uniq() |> Enum.sort()
  end

  @doc """
  Opening stock per SKU, used to seed `Shop.Inventory` at boot.
  """
  @spec initial_stock() :: %{String.t() => non_neg_integer()}
  def initial_stock, do: @initial_stock

  defp sort_by(products, :price), do: Enum.sort_by(products, &{&1.price_cents, &1.name})
  defp sort_by(products, :name), do: Enum.sort_by(products, & &1.name)
end
