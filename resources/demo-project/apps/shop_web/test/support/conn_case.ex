defmodule ShopWeb.ConnCase do
  @moduledoc """
  Case template for controller and LiveView tests: a fresh `conn` with a
  cart id in its session and the database sandbox checked out.
  """

  use ExUnit.CaseTemplate

  using do
    quote do
      @endpoint ShopWeb.Endpoint

      use ShopWeb, :verified_routes

      import Plug.Conn
      import Phoenix.ConnTest
      import Phoenix.LiveViewTest
      import ShopWeb.ConnCase
      import ShopWeb.Fixtures
    end
  end

  setup tags do
    ShopWeb.DataCase.setup_sandbox(tags)

    conn =
      Phoenix.ConnTest.build_conn()
      |> Plug.Test.init_test_session(%{
        "cart_id" => "test-cart-#{System.unique_integer([:positive])}"
      })

    {:ok, conn: conn}
  end
end
