defmodule Shop.Catalog.Product do
  @moduledoc """
  A product as the domain layer sees it.

  Prices are integers in cents (`price_cents: 2_500` is 25.00 EUR). A product
  with `active: false` stays in the catalog so old orders still resolve, but it
  can no longer be added to a cart.
  """

  @enforce_keys [:sku, :name, :price_cents, :category]
  defstruct [:sku, :name, :price_cents, :category, description: "", tags: [], active: true]

  @type category :: :apparel | :kitchen | :accessories | :books

  @type t :: %__MODULE__{
          sku: String.t(),
          name: String.t(),
          price_cents: non_neg_integer(),
          category: category(),
          description: String.t(),
          tags: [String.t()],
          active: boolean()
        }

  @doc """
  Builds a product from a keyword list or map, checking the fields a cart and
  the pricing engine rely on.

  Returns `{:ok, product}` or `{:error, reason}`.
  """
  @spec new(keyword() | map()) :: {:ok, t()} | {:error, atom()}
  def new(attrs) when is_list(attrs), do: attrs |> Map.new() |> new()

  def new(%{} = attrs) do
    cond do
      not is_binary(attrs[:sku]) or attrs[:sku] == "" -> {:error, :invalid_sku}
      not is_binary(attrs[:name]) or attrs[:name] == "" -> {:error, :invalid_name}
      not is_integer(attrs[:price_cents]) or attrs[:price_cents] < 0 -> {:error, :invalid_price}
      is_nil(attrs[:category]) -> {:error, :invalid_category}
      true -> {:ok, struct!(__MODULE__, attrs)}
    end
  end

  @doc """
  Returns true when the product can be sold.
  """
  @spec sellable?(t()) :: boolean()
  def sellable?(%__MODULE__{active: active}), do: active
end
