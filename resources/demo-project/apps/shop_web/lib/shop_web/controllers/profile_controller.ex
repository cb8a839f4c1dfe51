defmodule ShopWeb.ProfileController do
  @moduledoc """
  Public customer profiles and the bio preview used while editing one.
  """

  use ShopWeb, :controller

  alias ShopWeb.Accounts

  def show(conn, %{"id" => id}) do
    user = Accounts.get_user!(id)
    render(conn, :show, user: user, page_title: user.name)
  end

  # Live preview of the bio while the customer edits their profile.
  def preview(conn, %{"id" => id}) do
    user = Accounts.get_user!(id)

    conn
    |> put_layout(false)
    |> render(:preview, user: user)
  end
end
