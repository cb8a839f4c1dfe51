defmodule ShopWeb.Router do
  @moduledoc """
  Routes of the storefront (browser, LiveView) and the small JSON API used
  by the load balancer and the header's search typeahead.
  """

  use ShopWeb, :router

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :put_root_layout, html: {ShopWeb.Layouts, :root}
    plug :protect_from_forgery
    plug ShopWeb.Plugs.CartSession
  end

  pipeline :api do
    plug :accepts, ["json"]
  end

  scope "/", ShopWeb do
    pipe_through :browser

    get "/", PageController, :home

    live_session :storefront, on_mount: [ShopWeb.CartHook] do
      live "/products", ProductLive.Index, :index
      live "/products/:id", ProductLive.Show, :show
      live "/cart", CartLive, :index
      live "/checkout", CheckoutLive, :new
    end

    get "/users/:id", ProfileController, :show
    post "/users/:id/bio-preview", ProfileController, :preview
  end

  scope "/api", ShopWeb do
    pipe_through :api

    get "/health", HealthController, :show
    get "/products/search", ProductSearchController, :index
  end
end
