defmodule ShopWeb.Repo.Migrations.CreateProducts do
  use Ecto.Migration

  def change do
    create table(:products) do
      add :sku, :string, null: false
      add :name, :string, null: false
      add :description, :text
      add :price_cents, :integer, null: false
      add :category, :string, null: false
      add :image_url, :string
      add :active, :boolean, null: false, default: true

      timestamps(type: :utc_datetime)
    end

    create unique_index(:products, [:sku])
    create index(:products, [:category])
    create constraint(:products, :price_not_negative, check: "price_cents >= 0")
  end
end
