/**
 * The example's stylesheet, on top of GTK's default Adwaita theme.
 * @module
 */
import { gtk } from './gtk.js'

const css = `
.sidebar { background: @theme_base_color; border-right: 1px solid alpha(black, 0.12); }
.domain-list { background: transparent; }
.domain-list row { padding: 8px 10px; border-bottom: 1px solid alpha(black, 0.06); }
.domain-list row:selected { background: #dde7f6; }
.domain-list row:selected label { color: #241f31; }
.domain-list row:selected label.state-running { color: #1f8a55; }
.thumbnail { background: #2e3436; border-radius: 6px; color: #babdb6; min-width: 112px; min-height: 72px; }
.domain-name { font-weight: bold; font-size: 1.05em; }
.domain-state { font-size: 0.9em; opacity: 0.75; }
.state-running { color: #26a269; opacity: 1; }
.state-paused { color: #c64600; opacity: 1; }
.details { padding: 24px 28px; }
.details-title { font-size: 1.6em; font-weight: bold; }
.details-state { opacity: 0.7; }
.section-title { font-weight: bold; opacity: 0.6; font-size: 0.85em; border-bottom: 1px solid alpha(black, 0.1); padding-bottom: 4px; }
.field { opacity: 0.8; }
.line { font-family: monospace; }
.dim { opacity: 0.55; }
.status { color: #26a269; }
.error-banner { background: #c01c28; color: white; padding: 6px 12px; }
.error-banner button { color: white; background: transparent; border: none; box-shadow: none; }
.title { font-weight: bold; }
.subtitle { font-size: 0.8em; opacity: 0.6; }
.sparkline { padding: 2px; border-bottom: 1px solid alpha(black, 0.15); }
.spark-bar { background: alpha(#3584e4, 0.25); min-width: 3px; }
.spark-bar.spark-sampled { background: #3584e4; }
`

/** Installs the stylesheet on the default display (once the app has started). */
export function installStyle(): void {
  const { Gtk, Gdk } = gtk()
  const display = Gdk.Display.getDefault()
  if (!display) return
  const provider = new Gtk.CssProvider()
  // GTK 4.8 takes the CSS as a byte array; node-gtk 4.1.1 mangles a JS string there.
  const bytes = Buffer.from(css, 'utf8')
  provider.loadFromData(bytes, bytes.length)
  Gtk.StyleContext.addProviderForDisplay(display, provider, Gtk.STYLE_PROVIDER_PRIORITY_APPLICATION)
}
