import Config

# Local Postgres; override with PGUSER / PGPASSWORD / PGHOST when yours differs.
config :shop_web, ShopWeb.Repo,
  username: System.get_env("PGUSER", "postgres"),
  password: System.get_env("PGPASSWORD", "postgres"),
  hostname: System.get_env("PGHOST", "localhost"),
  database: "shop_web_dev",
  stacktrace: true,
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

config :shop_web, ShopWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  watchers: [
    esbuild: {Esbuild, :install_and_run, [:shop_web, ~w(--sourcemap=inline --watch)]},
    tailwind: {Tailwind, :install_and_run, [:shop_web, ~w(--watch)]}
  ],
  live_reload: [
    patterns: [
      ~r"apps/shop_web/priv/static/(?!uploads/).*(js|css|png|jpeg|jpg|gif|svg)$",
      ~r"apps/shop_web/lib/shop_web/(controllers|live|components)/.*(ex|heex)$"
    ]
  ]

# Shorter reservations make the expiry visible during demos.
config :shop, Shop.Inventory, reservation_ttl_ms: :timer.minutes(2)

config :shop_web, dev_routes: true

config :logger, :console, format: "[$level] $message\n"

config :phoenix, :stacktrace_depth, 20
config :phoenix, :plug_init_mode, :runtime

config :phoenix_live_view, :debug_heex_annotations, true
