defmodule ShopWeb.ErrorJSON do
  @moduledoc """
  Renders JSON errors as `%{errors: %{detail: "Not Found"}}`.
  """

  def render(template, _assigns) do
    %{errors: %{detail: Phoenix.Controller.status_message_from_template(template)}}
  end
end
