defmodule ShopWeb.PageHTML do
  @moduledoc """
  Templates of `ShopWeb.PageController`, found in `page_html/`.
  """

  use ShopWeb, :html

  embed_templates "page_html/*"
end
