import Config

# Evaluated at boot of every environment, including releases. Anything that
# differs between machines or must stay out of git is read here.

if System.get_env("PHX_SERVER") do
  config :shop_web, ShopWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      DATABASE_URL is not set.
      Expected something like ecto://USER:PASS@HOST/DATABASE
      """

  socket_options = if System.get_env("ECTO_IPV6") in ~w(true 1), do: [:inet6], else: []

  config :shop_web, ShopWeb.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
    socket_options: socket_options

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "SECRET_KEY_BASE is not set. Generate one with: mix phx.gen.secret"

  host = System.get_env("PHX_HOST") || "shop.example.com"
  port = String.to_integer(System.get_env("PORT") || "4000")

  config :shop_web, ShopWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],
    secret_key_base: secret_key_base

  config :shop_web, ShopWeb.PaymentGateway,
    api_key: System.fetch_env!("PSP_API_KEY"),
    endpoint: System.get_env("PSP_ENDPOINT", "https://psp.example.com/v2")
end
