defmodule ShopWeb.Workers.OrderConfirmation do
  @moduledoc """
  Sends the order confirmation email after a successful checkout.

  Enqueued by `ShopWeb.CheckoutLive` with `%{"order_id" => id}`. Unique per
  order for five minutes, so a double-submitted checkout sends one email.
  Delivery failures are retried with Oban's default exponential backoff.
  """

  use Oban.Worker,
    queue: :mailers,
    max_attempts: 5,
    unique: [period: 300, keys: [:order_id]]

  alias ShopWeb.{Notifications, Sales}

  @impl Oban.Worker
  def perform(%Oban.Job{args: %{"order_id" => order_id}}) do
    order = Sales.get_order!(order_id)

    case Notifications.deliver_order_confirmation(order) do
      :ok -> :ok
      {:error, reason} -> {:error, reason}
    end
  end
end
