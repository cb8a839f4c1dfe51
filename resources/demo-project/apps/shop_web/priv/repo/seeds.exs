# Seeds the storefront from the reference catalog in :shop.
#
#     mix run priv/repo/seeds.exs
#
# Safe to run twice: existing SKUs are left alone.
alias ShopWeb.Repo
alias ShopWeb.Storefront.Product

now = DateTime.truncate(DateTime.utc_now(), :second)

rows =
  for product <- Shop.Catalog.list_products(include_inactive: true) do
    %{
      sku: product.sku,
      name: product.name,
      description: product.description,
      price_cents: product.price_cents,
      category: product.category,
      image_url: "/images/products/#{String.downcase(product.sku)}.jpg",
      active: product.active,
      inserted_at: now,
      updated_at: now
    }
  end

{count, _} = Repo.insert_all(Product, rows, on_conflict: :nothing, conflict_target: [:sku])
IO.puts("seeded #{count} products")
