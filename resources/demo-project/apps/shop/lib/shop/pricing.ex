defmodule Shop.Pricing do
  @moduledoc """
  Discounts, taxes and order totals.

  Everything is integer cents. Percentages are applied in basis points and
  rounded half up, so `15%` of `999` cents is `150`, never `149.85`.

  Discounts are applied in the order they are given. A fixed discount never
  takes an amount below zero.
  """

  alias Shop.Cart

  @type cents :: non_neg_integer()
  @type discount :: :none | {:percent, 0..100} | {:fixed, cents()}

  # VAT / sales tax in basis points (1900 = 19.00 %).
  @tax_rates %{
    "DE" => 1_900,
    "FR" => 2_000,
    "NL" => 2_100,
    "IE" => 2_300,
    "US-OR" => 0
  }

  @coupons %{
    "WELCOME10" => {:percent, 10},
    "BEAM5" => {:fixed, 500},
    "STAFF30" => {:percent, 30}
  }

  @doc """
  Applies one discount to an amount in cents.

  ## Examples

      iex> Shop.Pricing.apply_discount(10_000, {:percent, 15})
      8500
      iex> Shop.Pricing.apply_discount(1_200, {:fixed, 500})
      700
      iex> Shop.Pricing.apply_discount(300, {:fixed, 500})
      0

  """
  @spec apply_discount(cents(), discount()) :: cents()
  def apply_discount(amount, :none) when is_integer(amount), do: amount

  def apply_discount(amount, {:percent, percent})
      when is_integer(amount) and percent in 0..100 do
    amount - basis_points_of(amount, percent * 100)
  end

  def apply_discount(amount, {:fixed, cents}) when is_integer(amount) and cents >= 0 do
    max(amount - cents, 0)
  end

  @doc """
  Applies several discounts one after the other, in list order.
  """
  @spec apply_discounts(cents(), [discount()]) :: cents()
  def apply_discounts(amount, discounts) when is_list(discounts) do
    Enum.reduce(discounts, amount, &apply_discount(&2, &1))
  end

  @doc """
  Tax due on an amount for a region code such as `"DE"` or `"US-OR"`.

  Returns `{:error, :unknown_region}` for regions the shop does not ship to.
  """
  @spec tax(cents(), String.t()) :: {:ok, cents()} | {:error, :unknown_region}
  def tax(amount, region) when is_integer(amount) do
    case Map.fetch(@tax_rates, region) do
      {:ok, rate} -> {:ok, basis_points_of(amount, rate)}
      :error -> {:error, :unknown_region}
    end
  end

  @doc """
  The regions the shop ships to.
  """
  @spec regions() :: [String.t()]
  def regions, do: @tax_rates |> Map.keys() |> Enum.sort()

  @doc """
  Looks up a coupon code, ignoring case and surrounding spaces.
  """
  @spec discount_for_code(String.t()) :: {:ok, discount()} | :error
  def discount_for_code(code) when is_binary(code) do
    Map.fetch(@coupons, code |> String.trim() |> String.upcase())
  end

  @doc """
  Computes the totals of a cart.

  Options: `:discounts` (a list, default `[]`) and `:region` (default
  `"DE"`). Tax is charged on the discounted subtotal.

  Returns a map with `:subtotal`, `:discount`, `:tax` and `:total`, or
  `{:error, :unknown_region}`.
  """
  @spec totals(Cart.t(), keyword()) :: {:ok, map()} | {:error, :unknown_region}
  def totals(%Cart{} = cart, opts \\ []) do
    subtotal = Cart.subtotal(cart)
    discounted = apply_discounts(subtotal, Keyword.get(opts, :discounts, []))

    with {:ok, tax} <- tax(discounted, Keyword.get(opts, :region, "DE")) do
      {:ok,
       %{
         subtotal: subtotal,
         discount: subtotal - discounted,
         tax: tax,
         total: discounted + tax
       }}
    end
  end

  @doc """
  Formats cents for display, e.g. `format(1999)` gives `"19.99 EUR"`.
  """
  @spec format(integer(), String.t()) :: String.t()
  def format(cents, currency \\ "EUR") when is_integer(cents) do
    sign = if cents < 0, do: "-", else: ""
    cents = abs(cents)
    units = div(cents, 100)
    rest = cents |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")
    "#{sign}#{units}.#{rest} #{currency}"
  end

  # Rounds half up: (amount * bps + 5_000) div 10_000.
  defp basis_points_of(amount, bps), do: div(amount * bps + 5_000, 10_000)
end
