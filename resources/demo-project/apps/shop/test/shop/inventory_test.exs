defmodule Shop.InventoryTest do
  use ExUnit.Case, async: true

  import Shop.Fixtures

  alias Shop.Inventory

  setup do
    %{inventory: start_inventory(%{"TEE-001" => 5, "MUG-001" => 0})}
  end

  describe "reserve/4" do
    test "holds stock until released", %{inventory: inventory} do
      assert {:ok, ref} = Inventory.reserve(inventory, "TEE-001", 3)
      assert Inventory.available(inventory, "TEE-001") == 2

      assert :ok = Inventory.release(inventory, ref)
      assert Inventory.available(inventory, "TEE-001") == 5
    end

    test "refuses more than is available", %{inventory: inventory} do
      assert Inventory.reserve(inventory, "MUG-001", 1) == {:error, :insufficient_stock}
      assert Inventory.reserve(inventory, "NOPE-999", 1) == {:error, :insufficient_stock}
    end
  end

  describe "commit/2" do
    test "takes committed stock off the shelf", %{inventory: inventory} do
      {:ok, ref} = Inventory.reserve(inventory, "TEE-001", 2)

      assert :ok = Inventory.commit(inventory, ref)
      assert Inventory.available(inventory, "TEE-001") == 3
      assert Inventory.commit(inventory, ref) == {:error, :unknown_reservation}
    end
  end

  describe "reservation expiry" do
    @tag :slow
    test "releases stock when the TTL runs out", %{inventory: inventory} do
      {:ok, _ref} = Inventory.reserve(inventory, "TEE-001", 4, ttl_ms: 1_000)
      assert Inventory.available(inventory, "TEE-001") == 1

      Process.sleep(1_200)

      assert Inventory.available(inventory, "TEE-001") == 5
    end
  end

  describe "application" do
    test "the shared inventory runs under Shop.Supervisor" do
      pid = Process.whereis(Shop.Inventory)

      assert is_pid(pid)

      assert {Shop.Inventory, ^pid, :worker, [Shop.Inventory]} =
               List.keyfind(Supervisor.which_children(Shop.Supervisor), Shop.Inventory, 0)
    end
  end
end
