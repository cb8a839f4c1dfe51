defmodule AppWeb.CartLive do
  @moduledoc "Cart."
  use AppWeb, :live_view

  @impl true
  def render(assigns) do
    ~H"""
    <button type="button" phx-click="remove">
      <.icon name="hero-trash" class="h-5 w-5" />
    </button>
    """
  end
end
