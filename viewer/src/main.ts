// Entry point: starts the viewer and exposes it as `window.kgViewer` for the end-to-end tests and
// the benchmark (read-only use).
import { App } from './app.js'

declare global {
  interface Window {
    kgViewer?: App
  }
}

const app = new App()
window.kgViewer = app
void app.load()
