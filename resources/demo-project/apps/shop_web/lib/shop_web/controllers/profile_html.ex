defmodule ShopWeb.ProfileHTML do
  @moduledoc """
  Public customer profiles, found in `profile_html/`.
  """

  use ShopWeb, :html

  embed_templates "profile_html/*"

  @doc """
  Renders the avatar of a user, or their initials when there is none.
  """
  attr :user, :map, required: true

  def avatar(assigns) do
    ~H"""
    <img
      :if={@user.avatar_url}
      src={@user.avatar_url}
      alt={"Avatar of #{@user.name}"}
      class="h-16 w-16 rounded-full"
    />
    <span
      :if={!@user.avatar_url}
      class="flex h-16 w-16 items-center justify-center rounded-full bg-zinc-200 font-bold"
      aria-hidden="true"
    >
      <%= initials(@user.name) %>
    </span>
    """
  end

  defp initials(name) do
    name
    |> to_string()
    |> String.split()
    |> Enum.map_join(&String.first/1)
    |> String.slice(0, 2)
    |> String.upcase()
  end
end
