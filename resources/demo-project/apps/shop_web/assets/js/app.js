// Entry point bundled by esbuild into priv/static/assets/app.js.
//
// phoenix, phoenix_html and phoenix_live_view are resolved from ../../deps
// through NODE_PATH (see the :esbuild config), so no npm install is needed.
import "phoenix_html"
import {Socket} from "phoenix"
import {LiveSocket} from "phoenix_live_view"

const csrfToken = document.querySelector("meta[name='csrf-token']").getAttribute("content")

const Hooks = {
  // Moves focus to the first invalid field after a failed checkout submit.
  FocusFirstError: {
    updated() {
      const invalid = this.el.querySelector("[aria-invalid='true']")
      if (invalid) invalid.focus()
    }
  }
}

const liveSocket = new LiveSocket("/live", Socket, {
  longPollFallbackMs: 2500,
  params: {_csrf_token: csrfToken},
  hooks: Hooks
})

liveSocket.connect()

// Exposed for debugging in the browser console:
//   liveSocket.enableDebug() / liveSocket.enableLatencySim(500)
window.liveSocket = liveSocket
