defmodule ShopWeb.ErrorHTML do
  @moduledoc """
  Renders HTML error pages. Without custom templates Phoenix derives the
  message from the status, e.g. "Not Found" for 404.html.
  """

  use ShopWeb, :html

  def render(template, _assigns) do
    Phoenix.Controller.status_message_from_template(template)
  end
end
