defmodule ShopWeb.Sales.Order do
  @moduledoc """
  A placed order as stored for history, fulfilment and refunds. The
  pricing snapshot (`subtotal_cents` ... `total_cents`) is frozen at
  checkout and never recomputed.
  """

  use Ecto.Schema

  import Ecto.Changeset

  @statuses [:pending, :paid, :shipped, :cancelled]

  schema "orders" do
    field :reference, :string
    field :email, :string
    field :region, :string
    field :status, Ecto.Enum, values: @statuses, default: :pending
    field :subtotal_cents, :integer
    field :discount_cents, :integer, default: 0
    field :tax_cents, :integer
    field :total_cents, :integer
    field :charge_id, :string

    belongs_to :user, ShopWeb.Accounts.User
    has_many :line_items, ShopWeb.Sales.LineItem

    timestamps(type: :utc_datetime)
  end

  @doc false
  def changeset(order, attrs) do
    order
    |> cast(attrs, [
      :reference,
      :email,
      :region,
      :status,
      :subtotal_cents,
      :discount_cents,
      :tax_cents,
      :total_cents,
      :charge_id,
      :user_id
    ])
    |> validate_required([:reference, :email, :region, :subtotal_cents, :tax_cents, :total_cents])
    |> cast_assoc(:line_items, required: true)
    |> unique_constraint(:reference)
  end
end
