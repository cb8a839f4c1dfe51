defmodule ShopWeb.Layouts do
  @moduledoc """
  The root layout (document shell) and the app layout (header, cart link,
  flash messages) shared by every page. Templates live in `layouts/`.
  """

  use ShopWeb, :html

  embed_templates "layouts/*"
end
