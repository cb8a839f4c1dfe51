defmodule ShopWeb.Storefront.Review do
  @moduledoc """
  A customer's rating and review of a product.
  """

  use Ecto.Schema

  import Ecto.Changeset

  schema "reviews" do
    field :rating, :integer
    field :body, :string

    belongs_to :product, ShopWeb.Storefront.Product
    belongs_to :user, ShopWeb.Accounts.User

    timestamps(type: :utc_datetime)
  end

  @doc false
  def changeset(review, attrs) do
    review
    |> cast(attrs, [:rating, :body, :product_id, :user_id])
    |> validate_required([:rating, :product_id, :user_id])
    |> validate_inclusion(:rating, 1..5)
    |> validate_length(:body, max: 4_000)
    |> assoc_constraint(:product)
    |> assoc_constraint(:user)
    |> unique_constraint([:user_id, :product_id], message: "you already reviewed this product")
  end
end
