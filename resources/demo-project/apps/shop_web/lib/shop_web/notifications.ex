defmodule ShopWeb.Notifications do
  @moduledoc """
  Customer notifications. Until a mailer is chosen (see the checkout TRD),
  messages are rendered to text and logged, which is enough for demos and
  for asserting on in tests.
  """

  require Logger

  alias ShopWeb.Sales.Order

  @doc """
  Delivers the confirmation for a stored order.
  """
  @spec deliver_order_confirmation(Order.t()) :: :ok | {:error, term()}
  def deliver_order_confirmation(%Order{email: email} = order) when is_binary(email) do
    Logger.info(confirmation_text(order), order_id: order.reference)
    :ok
  end

  def deliver_order_confirmation(%Order{}), do: {:error, :missing_email}

  @doc """
  Plain-text body of the confirmation email.
  """
  def confirmation_text(%Order{} = order) do
    lines =
      Enum.map_join(order.line_items, "\n", fn item ->
        "  #{item.quantity} x #{item.name}  #{Shop.Pricing.format(item.quantity * item.unit_price_cents)}"
      end)

    """
    Thank you for your order #{order.reference}!

    #{lines}

    Total: #{Shop.Pricing.format(order.total_cents)}
    """
  end
end
