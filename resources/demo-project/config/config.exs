# Compile-time configuration shared by every app in the umbrella.
#
# Loaded before any dependency is compiled, so only plain data belongs here:
# atoms, strings, numbers and calls into Elixir/Erlang's own standard library.
# Values read from the environment at boot go to config/runtime.exs.
import Config

## Domain app (:shop)

config :shop, Shop.Inventory, reservation_ttl_ms: :timer.minutes(15)

## Web app (:shop_web)

config :shop_web,
  ecto_repos: [ShopWeb.Repo],
  generators: [timestamp_type: :utc_datetime]

config :shop_web, ShopWeb.Endpoint,
  url: [host: "localhost"],
  adapter: Phoenix.Endpoint.Cowboy2Adapter,
  render_errors: [
    formats: [html: ShopWeb.ErrorHTML, json: ShopWeb.ErrorJSON],
    layout: false
  ],
  pubsub_server: ShopWeb.PubSub,
  live_view: [signing_salt: "eNJlQCRL"],
  secret_key_base: "bALmg4Bj7fj2TPII/pgcJ2/ayAs7frXo9//s9IJvjguF40UAYTpgju6wPiVAqb2P"

config :shop_web, Oban,
  repo: ShopWeb.Repo,
  queues: [default: 10, mailers: 5],
  plugins: [
    {Oban.Plugins.Pruner, max_age: 7 * 24 * 60 * 60},
    {Oban.Plugins.Cron, crontab: [{"*/10 * * * *", ShopWeb.Workers.PruneAbandonedOrders}]}
  ]

## Asset pipeline (standalone esbuild and tailwind binaries, no Node needed)

config :esbuild,
  version: "0.21.5",
  shop_web: [
    args:
      ~w(js/app.js --bundle --target=es2017 --outdir=../priv/static/assets --external:/fonts/* --external:/images/*),
    cd: Path.expand("../apps/shop_web/assets", __DIR__),
    env: %{"NODE_PATH" => Path.expand("../deps", __DIR__)}
  ]

config :tailwind,
  version: "3.4.4",
  shop_web: [
    args: ~w(
      --config=tailwind.config.js
      --input=css/app.css
      --output=../priv/static/assets/app.css
    ),
    cd: Path.expand("../apps/shop_web/assets", __DIR__)
  ]

## Logging and JSON

config :logger, :console,
  format: "$time $metadata[$level] $message\n",
  metadata: [:request_id, :order_id]

config :phoenix, :json_library, Jason

# Environment specific overrides. Must stay at the bottom of this file.
import_config "#{config_env()}.exs"
