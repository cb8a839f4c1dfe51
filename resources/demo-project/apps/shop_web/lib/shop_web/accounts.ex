defmodule ShopWeb.Accounts do
  @moduledoc """
  Customer accounts: registration, profiles and the signed tokens used in
  confirmation emails and "remember me" cookies.

  Tokens are signed with `Phoenix.Token` and always verified with a
  `max_age`; a token without an expiry stays valid for as long as the
  endpoint's secret does.
  """

  alias ShopWeb.Repo
  alias ShopWeb.Accounts.User

  @remember_me_max_age 60 * 60 * 24 * 30
  @confirm_salt "email confirmation"
  @remember_salt "remember me"

  @doc """
  Gets a user by id, raising if there is none.
  """
  def get_user!(id), do: Repo.get!(User, id)

  @doc """
  Gets a user by email (case-insensitive), or nil.
  """
  def get_user_by_email(email) when is_binary(email) do
    Repo.get_by(User, email: String.downcase(email))
  end

  @doc """
  Registers a customer.
  """
  def register_user(attrs) do
    %User{}
    |> User.registration_changeset(attrs)
    |> Repo.insert()
  end

  @doc """
  Updates the public profile (name, bio, avatar).
  """
  def update_profile(%User{} = user, attrs) do
    user
    |> User.profile_changeset(attrs)
    |> Repo.update()
  end

  @doc """
  Token for the confirmation link sent after sign-up.
  """
  def confirmation_token(%User{id: id}) do
    Phoenix.Token.sign(ShopWeb.Endpoint, @confirm_salt, id)
  end

  @doc """
  Confirms the account a confirmation token was issued for.
  """
  def confirm_user(token) do
    with {:ok, user_id} <- Phoenix.Token.verify(ShopWeb.Endpoint, @confirm_salt, token),
         %User{} = user <- Repo.get(User, user_id) do
      user |> User.confirm_changeset() |> Repo.update()
    else
      _ -> {:error, :invalid_token}
    end
  end

  @doc """
  Token stored in the "remember me" cookie.
  """
  def remember_me_token(%User{id: id}) do
    Phoenix.Token.sign(ShopWeb.Endpoint, @remember_salt, id)
  end

  @doc """
  Resolves a "remember me" cookie back to its user, if still valid.
  """
  def user_from_remember_me(token) do
    case Phoenix.Token.verify(ShopWeb.Endpoint, @remember_salt, token,
           max_age: @remember_me_max_age
         ) do
      {:ok, user_id} -> Repo.get(User, user_id)
      {:error, _reason} -> nil
    end
  end
end
