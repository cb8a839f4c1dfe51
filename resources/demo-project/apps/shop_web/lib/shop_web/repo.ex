defmodule ShopWeb.Repo do
  @moduledoc """
  The storefront's Postgres repository.
  """

  use Ecto.Repo,
    otp_app: :shop_web,
    adapter: Ecto.Adapters.Postgres
end
