ExUnit.start(exclude: [:e2e])
Ecto.Adapters.SQL.Sandbox.mode(ShopWeb.Repo, :manual)
