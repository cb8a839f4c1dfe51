// Tailwind configuration for the storefront.
const plugin = require("tailwindcss/plugin")
const fs = require("fs")
const path = require("path")

module.exports = {
  content: ["./js/**/*.js", "../lib/shop_web.ex", "../lib/shop_web/**/*.*ex"],
  theme: {
    extend: {
      colors: {brand: "#ea580c"}
    }
  },
  plugins: [
    require("@tailwindcss/forms"),
    // Variants driven by LiveView's loading and feedback classes.
    plugin(({addVariant}) => addVariant("phx-no-feedback", [".phx-no-feedback&", ".phx-no-feedback &"])),
    plugin(({addVariant}) => addVariant("phx-click-loading", [".phx-click-loading&", ".phx-click-loading &"])),
    plugin(({addVariant}) => addVariant("phx-submit-loading", [".phx-submit-loading&", ".phx-submit-loading &"])),
    // Heroicons as CSS masks: <span class="hero-trash" />. The icon SVGs are
    // fetched into deps/heroicons by `mix deps.get` (sparse git checkout).
    plugin(function ({matchComponents, theme}) {
      const iconsDir = path.join(__dirname, "../../../deps/heroicons/optimized")
      const values = {}
      const icons = [["", "/24/outline"], ["-solid", "/24/solid"], ["-mini", "/20/solid"]]
      icons.forEach(([suffix, dir]) => {
        if (!fs.existsSync(path.join(iconsDir, dir))) return
        fs.readdirSync(path.join(iconsDir, dir)).forEach(file => {
          const name = path.basename(file, ".svg") + suffix
          values[name] = {name, fullPath: path.join(iconsDir, dir, file)}
        })
      })
      matchComponents({
        "hero": ({name, fullPath}) => {
          const content = fs.readFileSync(fullPath).toString().replace(/\r?\n|\r/g, "")
          const size = name.endsWith("-mini") ? theme("spacing.5") : theme("spacing.6")
          return {
            [`--hero-${name}`]: `url('data:image/svg+xml;utf8,${content}')`,
            "-webkit-mask": `var(--hero-${name})`,
            "mask": `var(--hero-${name})`,
            "mask-repeat": "no-repeat",
            "background-color": "currentColor",
            "vertical-align": "middle",
            "display": "inline-block",
            "width": size,
            "height": size
          }
        }
      }, {values})
    })
  ]
}
