defmodule X do
  @moduledoc "Now documented."

  def a do
    # more lines
    :ok
  end

  @doc "b"
  def b(pid) do
    GenServer.call(pid, :get, :infinity)
    GenServer.call(pid, :get, :infinity)
  end
end
