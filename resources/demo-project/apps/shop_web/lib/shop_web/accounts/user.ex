defmodule ShopWeb.Accounts.User do
  @moduledoc """
  A registered customer. Guests check out without an account; a user gets
  order history, saved addresses and a public profile with a bio.
  """

  use Ecto.Schema

  import Ecto.Changeset

  schema "users" do
    field :email, :string
    field :name, :string
    field :bio, :string
    field :avatar_url, :string
    field :confirmed_at, :utc_datetime

    has_many :orders, ShopWeb.Sales.Order
    has_many :reviews, ShopWeb.Storefront.Review

    timestamps(type: :utc_datetime)
  end

  @doc """
  Changeset for sign-up.
  """
  def registration_changeset(user, attrs) do
    user
    |> cast(attrs, [:email, :name, :bio])
    |> update_change(:email, &String.downcase/1)
    |> validate_format(:email, ~r/^[^\s@]+@[^\s@]+$/, message: "must look like an email address")
    |> validate_length(:email, max: 160)
    |> validate_length(:bio, max: 2_000)
  end

  @doc """
  Changeset for the profile page: name, bio and avatar.
  """
  def profile_changeset(user, attrs) do
    user
    |> cast(attrs, [:name, :bio, :avatar_url])
    |> validate_required([:name])
    |> validate_length(:name, min: 2, max: 80)
    |> validate_length(:bio, max: 2_000)
  end

  @doc """
  Marks the account as confirmed now.
  """
  def confirm_changeset(user) do
    change(user, confirmed_at: DateTime.truncate(DateTime.utc_now(), :second))
  end
end
