defmodule ShopWeb.ProductLive.Show do
  @moduledoc """
  One product: photos, description, reviews and the add-to-cart control.

  Reviews are a stream, so a product with hundreds of reviews does not keep
  them all in the LiveView's memory after the first render.
  """

  use ShopWeb, :live_view

  alias ShopWeb.{CartStore, Storefront}

  @tabs %{"description" => :description, "reviews" => :reviews, "shipping" => :shipping}

  @impl true
  def mount(%{"id" => id}, _session, socket) do
    product = Storefront.get_product!(id)

    {:ok,
     socket
     |> assign(:page_title, product.name)
     |> assign(:product, product)
     |> assign(:rating, Storefront.average_rating(product))
     |> assign(:quantity, 1)
     |> stream(:reviews, product.reviews)}
  end

  @impl true
  def handle_params(params, _uri, socket) do
    # Tabs come from the URL: map the known names instead of calling
    # String.to_atom(params["tab"]), which would let visitors mint atoms.
    tab = Map.get(@tabs, params["tab"], :description)
    {:noreply, assign(socket, :tab, tab)}
  end

  @impl true
  def handle_event("change_quantity", %{"by" => by}, socket) do
    max = Shop.Cart.max_quantity_per_line()
    quantity = (socket.assigns.quantity + String.to_integer(by)) |> max(1) |> min(max)
    {:noreply, assign(socket, :quantity, quantity)}
  end

  def handle_event("add_to_cart", _params, socket) do
    %{product: product, quantity: quantity, cart_id: cart_id} = socket.assigns

    case CartStore.add(cart_id, Storefront.to_catalog_product(product), quantity) do
      {:ok, _cart} ->
        {:noreply, put_flash(socket, :info, "Added #{quantity} × #{product.name}.")}

      {:error, reason} ->
        {:noreply, put_flash(socket, :error, error_message(reason))}
    end
  end

  defp error_message(:quantity_limit), do: "That is more than we sell per order."
  defp error_message(:inactive_product), do: "This product is no longer sold."
  defp error_message(_reason), do: "Could not add this product."
end
