defmodule ShopWeb.Repo.Migrations.CreateReviews do
  use Ecto.Migration

  def change do
    create table(:reviews) do
      add :product_id, references(:products, on_delete: :delete_all), null: false
      add :user_id, references(:users, on_delete: :nilify_all)
      add :rating, :integer, null: false
      add :body, :text

      timestamps(type: :utc_datetime)
    end

    create index(:reviews, [:product_id, :inserted_at])
    create unique_index(:reviews, [:user_id, :product_id])
    create constraint(:reviews, :rating_between_1_and_5, check: "rating BETWEEN 1 AND 5")
  end
end
