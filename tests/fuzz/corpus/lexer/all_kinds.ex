# A file that makes every token kind at least once.
defmodule Sample.Kinds do
  @moduledoc """
  Docs.
  """
  @limit 10

  def run(list, opts \\ []) do
    x = 'chars' <> "plain"
    y = """
    heredoc #{opts[:mode]}
    """
    z = ~r/ab+c/i
    c = ?a
    Enum.map(list, fn item -> item * 1_000 end) |> then(&{:ok, &1, x, y, z, c, key: @limit})
  end

  def render(assigns) do
    ~H"""
    <!-- a comment -->
    <div class="box" phx-click="go"><%= @name %>text</div>
    """
  end

  def broken, do: $
end
