defmodule Shop.MixProject do
  use Mix.Project

  def project do
    [
      app: :shop,
      version: "0.4.0",
      build_path: "../../_build",
      config_path: "../../config/config.exs",
      deps_path: "../../deps",
      lockfile: "../../mix.lock",
      elixir: "~> 1.14",
      elixirc_paths: elixirc_paths(Mix.env()),
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      test_coverage: [ignore_modules: [Shop.Fixtures], summary: [threshold: 80]]
    ]
  end

  # The domain app starts the inventory server and a task supervisor.
  def application do
    [
      mod: {Shop.Application, []},
      extra_applications: [:logger]
    ]
  end

  defp elixirc_paths(:test), do: ["lib", "test/support"]
  defp elixirc_paths(_), do: ["lib"]

  # Pure Elixir on purpose: the domain layer has no Hex dependencies, so its
  # test suite runs offline with nothing but Elixir and OTP installed.
  defp deps do
    []
  end
end
