defmodule ShopWeb.Plugs.CartSession do
  @moduledoc """
  Makes sure every browser session carries a cart id.

  The id is random and opaque; the cart itself lives in `ShopWeb.CartStore`
  and is looked up by LiveViews through `ShopWeb.CartHook`.
  """

  @behaviour Plug

  import Plug.Conn

  @impl true
  def init(opts), do: opts

  @impl true
  def call(conn, _opts) do
    case get_session(conn, "cart_id") do
      nil -> put_session(conn, "cart_id", new_cart_id())
      _cart_id -> conn
    end
  end

  defp new_cart_id do
    16 |> :crypto.strong_rand_bytes() |> Base.url_encode64(padding: false)
  end
end
