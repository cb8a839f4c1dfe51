defmodule ShopUmbrella.MixProject do
  use Mix.Project

  # Umbrella root for the Phoenix Workbench demo shop.
  #
  #   apps/shop      domain logic: catalog, cart, pricing, orders, inventory
  #   apps/shop_web  Phoenix 1.7 / LiveView storefront on top of :shop
  #
  # Configuration for every child app lives in config/ at this level.
  def project do
    [
      apps_path: "apps",
      version: "0.4.0",
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      aliases: aliases(),
      releases: [
        shop: [
          applications: [shop: :permanent, shop_web: :permanent],
          include_executables_for: [:unix]
        ]
      ]
    ]
  end

  # Dependencies declared here belong to the umbrella root only and are not
  # visible to the applications under apps/. Each app declares its own.
  defp deps do
    []
  end

  defp aliases do
    [
      setup: ["cmd mix setup"],
      "ci.check": ["format --check-formatted", "cmd mix ci.check"]
    ]
  end
end
