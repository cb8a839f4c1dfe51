defmodule ShopWeb.Storefront.Product do
  @moduledoc """
  A product row as sold in the storefront. `sku` links it to the reference
  catalog in `Shop.Catalog`, which owns pricing rules and stock.
  """

  use Ecto.Schema

  import Ecto.Changeset

  schema "products" do
    field :sku, :string
    field :name, :string
    field :description, :string
    field :price_cents, :integer
    field :category, Ecto.Enum, values: [:apparel, :kitchen, :accessories, :books]
    field :image_url, :string
    field :active, :boolean, default: true

    has_many :reviews, ShopWeb.Storefront.Review

    timestamps(type: :utc_datetime)
  end

  @doc false
  def changeset(product, attrs) do
    product
    |> cast(attrs, [:sku, :name, :description, :price_cents, :category, :image_url, :active])
    |> validate_required([:sku, :name, :price_cents, :category])
    |> validate_number(:price_cents, greater_than_or_equal_to: 0)
    |> validate_format(:sku, ~r/^[A-Z]+-\d{3}$/)
    |> unique_constraint(:sku)
  end
end
