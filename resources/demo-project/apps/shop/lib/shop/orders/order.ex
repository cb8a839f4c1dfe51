defmodule Shop.Orders.Order do
  @enforce_keys [:id, :customer_email, :lines, :totals]
  defstruct [
    :id,
    :customer_email,
    :lines,
    :totals,
    region: "DE",
    status: :pending,
    reservations: [],
    placed_at: nil
  ]

  @type status :: :pending | :paid | :shipped | :cancelled

  @type t :: %__MODULE__{
          id: String.t(),
          customer_email: String.t(),
          lines: [Shop.Cart.LineItem.t()],
          totals: %{atom() => non_neg_integer()},
          region: String.t(),
          status: status(),
          reservations: [reference()],
          placed_at: DateTime.t() | nil
        }

  @doc """
  True once the order can no longer change.
  """
  @spec final?(t()) :: boolean()
  def final?(%__MODULE__{status: status}), do: status in [:shipped, :cancelled]
end
