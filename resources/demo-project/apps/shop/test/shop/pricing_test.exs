defmodule Shop.PricingTest do
  use ExUnit.Case, async: true

  import Shop.Fixtures

  alias Shop.Pricing

  doctest Shop.Pricing

  describe "apply_discount/2" do
    test "rounds percentages half up" do
      # 15 % of 999 is 149.85, which rounds to 150.
      assert Pricing.apply_discount(999, {:percent, 15}) == 849
    end
  end

  describe "apply_discounts/2" do
    test "stacks a percentage and a fixed discount" do
      # Finance books the fixed amount first, then the percentage (see the PRD).
      assert Pricing.apply_discounts(10_000, [{:percent, 10}, {:fixed, 500}]) == 8_550
    end
  end

  describe "tax/2" do
    test "charges the region's rate" do
      assert Pricing.tax(10_000, "DE") == {:ok, 1_900}
      assert Pricing.tax(10_000, "US-OR") == {:ok, 0}
    end

    test "rejects regions the shop does not ship to" do
      assert Pricing.tax(10_000, "XX") == {:error, :unknown_region}
    end
  end

  describe "totals/2" do
    test "taxes the discounted subtotal" do
      cart = cart_with([{"HOOD-002", 1}, {"STK-010", 1}])

      assert {:ok, totals} = Pricing.totals(cart, discounts: [{:percent, 10}], region: "NL")
      assert totals == %{subtotal: 6_500, discount: 650, tax: 1_229, total: 7_079}
    end
  end

  describe "discount_for_code/1" do
    test "ignores case and surrounding whitespace" do
      assert Pricing.discount_for_code("  welcome10 ") == {:ok, {:percent, 10}}
      assert Pricing.discount_for_code("EXPIRED2019") == :error
    end
  end

  describe "format/2" do
    test "pads cents and keeps the sign" do
      assert Pricing.format(1_999) == "19.99 EUR"
      assert Pricing.format(-5, "USD") == "-0.05 USD"
    end
  end
end
