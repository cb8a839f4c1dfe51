defmodule ShopWeb.Endpoint do
  @moduledoc """
  The HTTP entry point: static files, the LiveView socket, request parsing
  and the session cookie, then `ShopWeb.Router`.
  """

  use Phoenix.Endpoint, otp_app: :shop_web

  # The session lives in a signed cookie. Set :encryption_salt as well if
  # anything confidential is ever stored in it (today: only the cart id).
  @session_options [
    store: :cookie,
    key: "_shop_web_key",
    signing_salt: "Vx3p0aKd",
    same_site: "Lax"
  ]

  socket "/live", Phoenix.LiveView.Socket,
    websocket: [connect_info: [session: @session_options]],
    longpoll: [connect_info: [session: @session_options]]

  plug Plug.Static,
    at: "/",
    from: :shop_web,
    gzip: false,
    only: ShopWeb.static_paths()

  if code_reloading? do
    socket "/phoenix/live_reload/socket", Phoenix.LiveReloader.Socket
    plug Phoenix.LiveReloader
    plug Phoenix.CodeReloader
    plug Phoenix.Ecto.CheckRepoStatus, otp_app: :shop_web
  end

  plug Plug.RequestId
  plug Plug.Telemetry, event_prefix: [:phoenix, :endpoint]

  plug Plug.Parsers,
    parsers: [:urlencoded, :multipart, :json],
    pass: ["*/*"],
    json_decoder: Phoenix.json_library()

  plug Plug.MethodOverride
  plug Plug.Head
  plug Plug.Session, @session_options
  plug ShopWeb.Router
end
