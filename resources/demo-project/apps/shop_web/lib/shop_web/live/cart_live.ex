defmodule ShopWeb.CartLive do
  @moduledoc """
  The cart page. Quantities can be changed in place; totals are computed
  by `Shop.Pricing` for the default region and shown before checkout.
  """

  use ShopWeb, :live_view

  alias Shop.Cart
  alias ShopWeb.{CartHook, CartStore}

  # @cart and @cart_count are assigned, and kept in sync across tabs, by
  # ShopWeb.CartHook.
  @impl true
  def mount(_params, _session, socket) do
    {:ok, assign(socket, :page_title, "Your cart")}
  end

  @impl true
  def handle_event("set_quantity", %{"sku" => sku, "quantity" => quantity}, socket) do
    case Integer.parse(quantity) do
      {n, ""} -> update_cart(socket, CartStore.set_quantity(socket.assigns.cart_id, sku, n))
      _ -> {:noreply, put_flash(socket, :error, "Quantity must be a whole number.")}
    end
  end

  def handle_event("remove", %{"sku" => sku}, socket) do
    update_cart(socket, CartStore.remove(socket.assigns.cart_id, sku))
  end

  # The "Add …" buttons under the cart suggest what others bought with it.
  def handle_event("add", %{"sku" => sku}, socket) do
    case Shop.Catalog.get_product(sku) do
      {:ok, product} -> update_cart(socket, CartStore.add(socket.assigns.cart_id, product))
      {:error, :not_found} -> {:noreply, put_flash(socket, :error, "That product is sold out.")}
    end
  end

  def handle_event("coupon", %{"code" => code}, socket) do
    case Shop.Pricing.discount_for_code(code) do
      {:ok, _discount} ->
        {:noreply, socket |> assign(:coupon, code) |> put_flash(:info, "Coupon saved.")}

      :error ->
        {:noreply, put_flash(socket, :error, "Unknown coupon code.")}
    end
  end

  defp update_cart(socket, {:ok, cart}), do: {:noreply, CartHook.assign_cart(socket, cart)}

  defp update_cart(socket, {:error, :quantity_limit}) do
    {:noreply, put_flash(socket, :error, "At most #{Cart.max_quantity_per_line()} per item.")}
  end

  defp update_cart(socket, {:error, _reason}) do
    {:noreply, put_flash(socket, :error, "Your cart could not be updated.")}
  end

  defp totals(cart) do
    {:ok, totals} = Shop.Pricing.totals(cart, region: "DE")
    totals
  end

  @impl true
  def render(assigns) do
    assigns = assign(assigns, lines: Cart.lines(assigns.cart), totals: totals(assigns.cart))

    ~H"""
    <.header>
      Your cart
      <:subtitle><%= Cart.item_count(@cart) %> items</:subtitle>
    </.header>

    <div :if={@lines == []} class="mt-10 text-center text-zinc-600">
      <p>Your cart is empty.</p>
      <.link navigate={~p"/products"} class="mt-2 inline-block font-semibold text-orange-700">
        Browse products
      </.link>
    </div>

    <div :if={@lines != []} class="mt-8">
      <.table id="cart-lines" rows={@lines} row_id={&"line-#{&1.sku}"} caption="Items in your cart">
        <:col :let={line} label="Product"><%= line.name %></:col>
        <:col :let={line} label="Quantity">
          <form phx-change="set_quantity">
            <input type="hidden" name="sku" value={line.sku} />
            <label for={"qty-#{line.sku}"} class="sr-only">Quantity of <%= line.name %></label>
            <input
              id={"qty-#{line.sku}"}
              type="number"
              name="quantity"
              min="0"
              max={Cart.max_quantity_per_line()}
              value={line.quantity}
              class="w-20 rounded-md border-zinc-300"
            />
          </form>
        </:col>
        <:col :let={line} label="Price" class="text-right">
          <.price cents={Cart.LineItem.total(line)} />
        </:col>
        <:action :let={line}>
          <button type="button" phx-click="remove" phx-value-sku={line.sku} class="p-2 text-zinc-500 hover:text-rose-600">
            <.icon name="hero-trash" class="h-5 w-5" />
          </button>
        </:action>
      </.table>

      <dl class="ml-auto mt-8 w-72 space-y-1 text-sm">
        <div class="flex justify-between"><dt>Subtotal</dt><dd><.price cents={@totals.subtotal} /></dd></div>
        <div class="flex justify-between"><dt>VAT (DE)</dt><dd><.price cents={@totals.tax} /></dd></div>
        <div class="flex justify-between font-bold"><dt>Total</dt><dd><.price cents={@totals.total} /></dd></div>
      </dl>

      <div class="mt-8 flex flex-wrap gap-2">
        <button :for={sku <- ~w(MUG-001 STK-010)} type="button" phx-click="add" phx-value-sku={sku}
          class="rounded-md border px-3 py-1 text-sm">
          Add <%= sku %>
        </button>
        <button type="button" phx-click="coupon" phx-value-code="WELCOME10"
          class="rounded-md border px-3 py-1 text-sm">
          Apply coupon WELCOME10
        </button>
      </div>

      <div class="mt-8 flex justify-end">
        <.link navigate={~p"/checkout"} class="rounded-md bg-orange-600 px-4 py-2 font-semibold text-white">
          Checkout
        </.link>
      </div>
    </div>
    """
  end
end
