defmodule ShopWeb.Repo.Migrations.CreateOrders do
  use Ecto.Migration

  def change do
    create table(:orders) do
      add :reference, :string, null: false
      add :email, :string, null: false
      add :region, :string, null: false
      add :status, :string, null: false, default: "pending"
      add :subtotal_cents, :integer, null: false
      add :discount_cents, :integer, null: false, default: 0
      add :tax_cents, :integer, null: false
      add :total_cents, :integer, null: false
      add :charge_id, :string
      add :user_id, references(:users)

      timestamps(type: :utc_datetime)
    end

    create unique_index(:orders, [:reference])
    create index(:orders, [:status, :inserted_at])

    create table(:line_items) do
      add :order_id, references(:orders, on_delete: :delete_all), null: false
      add :sku, :string, null: false
      add :name, :string, null: false
      add :quantity, :integer, null: false
      add :unit_price_cents, :integer, null: false

      timestamps(type: :utc_datetime, updated_at: false)
    end

    create index(:line_items, [:order_id])
  end
end
