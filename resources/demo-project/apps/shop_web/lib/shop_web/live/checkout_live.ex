defmodule ShopWeb.CheckoutLive do
  @moduledoc """
  Checkout: contact details, shipping region, coupon and card token, then
  place the order, charge it and record it.

      place order (reserve stock) -> charge card -> confirm payment
          -> store order -> enqueue confirmation email -> clear cart

  A declined card cancels the order, which releases its reserved stock.
  """

  use ShopWeb, :live_view

  require Logger

  alias Shop.{Orders, Pricing}
  alias ShopWeb.{CartStore, PaymentGateway, Sales}
  alias ShopWeb.Workers.OrderConfirmation

  @impl true
  def mount(_params, _session, socket) do
    if Shop.Cart.empty?(socket.assigns.cart) do
      {:ok, push_navigate(socket, to: ~p"/cart")}
    else
      {:ok,
       socket
       |> assign(:page_title, "Checkout")
       |> assign(:regions, Pricing.regions())
       |> assign(
         :form,
         to_form(%{"email" => "", "region" => "DE", "coupon" => ""}, as: :checkout)
       )
       |> assign_totals("DE", [])}
    end
  end

  @impl true
  def handle_event("validate", %{"checkout" => params}, socket) do
    discounts = coupon_discounts(params["coupon"])

    {:noreply,
     socket
     |> assign(:form, to_form(params, as: :checkout, errors: validate(params)))
     |> assign_totals(params["region"], discounts)}
  end

  def handle_event("place_order", %{"checkout" => params}, socket) do
    case validate(params) do
      [] -> checkout(socket, params)
      errors -> {:noreply, assign(socket, :form, to_form(params, as: :checkout, errors: errors))}
    end
  end

  defp checkout(socket, params) do
    customer = %{email: params["email"], region: params["region"]}
    discounts = coupon_discounts(params["coupon"])

    with {:ok, order} <- Orders.place_order(socket.assigns.cart, customer, discounts: discounts),
         {:ok, charge_id} <- charge_or_cancel(order, params["card_token"]),
         {:ok, paid} <- Orders.confirm_payment(order),
         {:ok, stored} <- Sales.record_order(paid, %{status: :paid, charge_id: charge_id}) do
      {:ok, _job} = Oban.insert(OrderConfirmation.new(%{order_id: stored.id}))
      CartStore.clear(socket.assigns.cart_id)

      spawn(fn ->
        ShopWeb.Analytics.track("purchase", %{order: paid.id, total: paid.totals.total})
      end)

      :telemetry.execute([:shop_web, :checkout, :order_placed], %{count: 1}, %{
        region: paid.region
      })

      {:noreply,
       socket
       |> put_flash(:info, "Thank you! Order #{paid.id} is confirmed.")
       |> push_navigate(to: ~p"/products")}
    else
      {:error, reason} ->
        Logger.warning("checkout failed: #{inspect(reason)}")

        :telemetry.execute([:shop_web, :checkout, :payment_failed], %{count: 1}, %{reason: reason})

        {:noreply, put_flash(socket, :error, failure_message(reason))}
    end
  end

  defp charge_or_cancel(order, card_token) do
    case PaymentGateway.charge(order, card_token || "") do
      {:ok, charge_id} ->
        {:ok, charge_id}

      {:error, reason} ->
        {:ok, _cancelled} = Orders.cancel(order)
        {:error, reason}
    end
  end

  defp validate(params) do
    []
    |> check(not String.contains?(params["email"] || "", "@"), :email, "must be an email address")
    |> check(params["region"] not in Pricing.regions(), :region, "we do not ship there")
    |> check(
      params["coupon"] not in [nil, ""] and Pricing.discount_for_code(params["coupon"]) == :error,
      :coupon,
      "is not a valid code"
    )
  end

  defp check(errors, true, field, message), do: [{field, {message, []}} | errors]
  defp check(errors, false, _field, _message), do: errors

  defp coupon_discounts(code) when code in [nil, ""], do: []

  defp coupon_discounts(code) do
    case Pricing.discount_for_code(code) do
      {:ok, discount} -> [discount]
      :error -> []
    end
  end

  defp assign_totals(socket, region, discounts) do
    case Pricing.totals(socket.assigns.cart, region: region, discounts: discounts) do
      {:ok, totals} -> assign(socket, :totals, totals)
      {:error, :unknown_region} -> socket
    end
  end

  defp failure_message({:insufficient_stock, sku}), do: "Sorry, #{sku} just sold out."
  defp failure_message(:card_declined), do: "Your card was declined. No money was taken."
  defp failure_message(:psp_unavailable), do: "Payments are unavailable, please retry shortly."
  defp failure_message(_reason), do: "Something went wrong. Your card was not charged."
end
