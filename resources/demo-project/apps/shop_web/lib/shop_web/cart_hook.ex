defmodule ShopWeb.CartHook do
  @moduledoc """
  `on_mount` hook of the `:storefront` live session: assigns the session's
  cart id, the cart and its item count, and keeps both current when any tab
  of the session changes the cart (the hook consumes the broadcast, so
  LiveViews need no `handle_info/2` of their own for it).
  """

  import Phoenix.Component, only: [assign: 3]
  import Phoenix.LiveView, only: [attach_hook: 4, connected?: 1]

  alias ShopWeb.CartStore

  def on_mount(:default, _params, %{"cart_id" => cart_id}, socket) do
    if connected?(socket), do: Phoenix.PubSub.subscribe(ShopWeb.PubSub, CartStore.topic(cart_id))

    socket =
      socket
      |> assign(:cart_id, cart_id)
      |> assign_cart(CartStore.fetch(cart_id))
      |> attach_hook(:cart_sync, :handle_info, &sync_cart/2)

    {:cont, socket}
  end

  def on_mount(:default, _params, _session, socket) do
    {:halt, Phoenix.LiveView.redirect(socket, to: "/")}
  end

  @doc """
  Assigns a cart and its item count.
  """
  def assign_cart(socket, cart) do
    socket
    |> assign(:cart, cart)
    |> assign(:cart_count, Shop.Cart.item_count(cart))
  end

  defp sync_cart({:cart_updated, cart}, socket), do: {:halt, assign_cart(socket, cart)}
  defp sync_cart(_message, socket), do: {:cont, socket}
end
