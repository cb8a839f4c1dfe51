defmodule ShopWeb.ProductLive.Index do
  @moduledoc """
  The product list: search, sorting and add-to-cart.
  """

  use ShopWeb, :live_view

  alias ShopWeb.{CartStore, Repo, Storefront}
  alias ShopWeb.Storefront.Product

  @impl true
  def mount(_params, _session, socket) do
    products = Repo.all(Product)

    {:ok,
     socket
     |> assign(:page_title, "Products")
     |> assign(:query, "")
     |> assign(:products, products)}
  end

  @impl true
  def handle_params(params, _uri, socket) do
    sort = String.to_atom(params["sort"] || "name")

    {:noreply,
     socket
     |> assign(:sort, sort)
     |> assign(:products, Storefront.sort_products(socket.assigns.products, sort))}
  end

  @impl true
  def handle_event("search", %{"query" => query}, socket) do
    products =
      case String.trim(query) do
        "" -> Storefront.list_products()
        term -> Storefront.search_by_name(term)
      end

    {:noreply, assign(socket, query: query, products: products)}
  end

  def handle_event("select", %{"id" => id}, socket) do
    {:noreply, push_navigate(socket, to: ~p"/products/#{id}")}
  end

  def handle_event("add_to_cart", %{"id" => id}, socket) do
    product = Enum.find(socket.assigns.products, &(to_string(&1.id) == id))

    case CartStore.add(socket.assigns.cart_id, Storefront.to_catalog_product(product)) do
      {:ok, _cart} ->
        Task.Supervisor.start_child(Shop.TaskSupervisor, fn ->
          ShopWeb.Analytics.track("add_to_cart", %{sku: product.sku})
        end)

        {:noreply, put_flash(socket, :info, "#{product.name} added to your cart.")}

      {:error, :quantity_limit} ->
        {:noreply, put_flash(socket, :error, "You already have the maximum of that item.")}

      {:error, _reason} ->
        {:noreply, put_flash(socket, :error, "#{product.name} cannot be added right now.")}
    end
  end
end
