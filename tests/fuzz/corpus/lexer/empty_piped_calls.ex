defmodule P do
  def a(x), do: x |> EEx.eval_string()
  def b(x), do: x |> Code.eval_string()
  def c(x), do: x |> System.cmd()
  def d(x), do: x |> :os.cmd()
  def e(x), do: x |> GenServer.call()
  def f, do: EEx.eval_string()
  def g, do: System.cmd()
  def h(c), do: c |> send_resp() |> put_resp_content_type() |> Repo.query()
end
