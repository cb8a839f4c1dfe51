defmodule ShopWeb.HealthControllerTest do
  use ShopWeb.ConnCase, async: true

  test "GET /api/health reports ok when the database and inventory are up", %{conn: conn} do
    conn = get(conn, ~p"/api/health")

    assert %{"status" => "ok", "checks" => %{"database" => true, "inventory" => true}} =
             json_response(conn, 200)
  end

  test "GET /api/products/search rejects a one-letter query", %{conn: conn} do
    conn = get(conn, ~p"/api/products/search?q=a")
    assert json_response(conn, 422)["error"] =~ "between 2 and 64"
  end
end
