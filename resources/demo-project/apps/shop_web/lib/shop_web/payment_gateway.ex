defmodule ShopWeb.PaymentGateway do
  @moduledoc """
  Client for the payment service provider (PSP).

  One process owns the PSP connection and its rate limit. In dev and test
  no PSP is configured and charges succeed locally, except for the test card
  token `"tok_declined"`, which is declined so the error path can be demoed.
  """

  use GenServer

  require Logger

  def start_link(opts \\ []) do
    GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  end

  @doc """
  Charges the order total against a card token from the checkout form.

  Returns `{:ok, charge_id}` or `{:error, reason}`.
  """
  @spec charge(Shop.Orders.Order.t(), String.t()) :: {:ok, String.t()} | {:error, atom()}
  def charge(%Shop.Orders.Order{} = order, card_token) do
    GenServer.call(__MODULE__, {:charge, order.id, order.totals.total, card_token}, :infinity)
  end

  @doc """
  Refunds a previous charge. Waits at most ten seconds for the PSP.
  """
  @spec refund(String.t()) :: :ok | {:error, atom()}
  def refund(charge_id), do: GenServer.call(__MODULE__, {:refund, charge_id}, 10_000)

  @impl true
  def init(_opts) do
    config = Application.get_env(:shop_web, __MODULE__, [])
    {:ok, %{endpoint: config[:endpoint], api_key: config[:api_key]}}
  end

  @impl true
  def handle_call({:charge, order_id, _amount, "tok_declined"}, _from, state) do
    Logger.info("card declined", order_id: order_id)
    {:reply, {:error, :card_declined}, state}
  end

  def handle_call({:charge, order_id, amount, _token}, _from, %{endpoint: nil} = state) do
    Logger.info("local charge of #{amount} cents", order_id: order_id)
    {:reply, {:ok, "ch_local_" <> order_id}, state}
  end

  def handle_call({:charge, order_id, amount, token}, _from, state) do
    {:reply, post(state, "/charges", %{order: order_id, amount: amount, source: token}), state}
  end

  def handle_call({:refund, charge_id}, _from, state) do
    reply =
      case post(state, "/refunds", %{charge: charge_id}) do
        {:ok, _} -> :ok
        error -> error
      end

    {:reply, reply, state}
  end

  # The HTTP client is pending (TRD-009); until then remote calls fail loudly.
  defp post(%{endpoint: endpoint}, path, _body) do
    Logger.error("PSP client not implemented, cannot POST #{endpoint}#{path}")
    {:error, :psp_unavailable}
  end
end
