defmodule ShopWeb.Sales.LineItem do
  @moduledoc """
  One product line of a stored order.
  """

  use Ecto.Schema

  import Ecto.Changeset

  schema "line_items" do
    field :sku, :string
    field :name, :string
    field :quantity, :integer
    field :unit_price_cents, :integer

    belongs_to :order, ShopWeb.Sales.Order

    timestamps(type: :utc_datetime, updated_at: false)
  end

  @doc false
  def changeset(line_item, attrs) do
    line_item
    |> cast(attrs, [:sku, :name, :quantity, :unit_price_cents])
    |> validate_required([:sku, :name, :quantity, :unit_price_cents])
    |> validate_number(:quantity, greater_than: 0)
  end
end
