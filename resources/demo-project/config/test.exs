import Config

# MIX_TEST_PARTITION lets CI run several partitions against separate databases.
config :shop_web, ShopWeb.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "shop_web_test#{System.get_env("MIX_TEST_PARTITION")}",
  pool: Ecto.Adapters.SQL.Sandbox,
  pool_size: System.schedulers_online() * 2

# The endpoint is not started during tests.
config :shop_web, ShopWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4002],
  server: false

# Jobs are asserted with Oban.Testing instead of being executed.
config :shop_web, Oban, testing: :manual

config :logger, level: :warning

config :phoenix, :plug_init_mode, :runtime
