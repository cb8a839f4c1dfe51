import Config

# Digested assets are produced by `mix assets.deploy` before the release.
config :shop_web, ShopWeb.Endpoint,
  cache_static_manifest: "priv/static/cache_manifest.json",
  force_ssl: [rewrite_on: [:x_forwarded_proto], exclude: ["localhost"]]

config :logger, level: :info

# Secrets and URLs are read at boot, see config/runtime.exs.
