# Credo configuration for the whole umbrella: `mix credo --strict` from the root.
%{
  configs: [
    %{
      name: "default",
      files: %{
        included: ["apps/*/lib/", "apps/*/test/", "config/"],
        excluded: [~r"/_build/", ~r"/deps/", ~r"/node_modules/"]
      },
      strict: true,
      color: true,
      checks: %{
        extra: [
          {Credo.Check.Readability.Specs, files: %{included: ["apps/shop/lib/"]}},
          {Credo.Check.Warning.UnsafeToAtom, []}
        ],
        disabled: [
          # TODO comments reference TRD task ids and are tracked there.
          {Credo.Check.Design.TagTODO, []}
        ]
      }
    }
  ]
}
