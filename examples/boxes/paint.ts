/**
 * Saves a widget (the whole window) as a PNG, the way GTK draws it: a `GtkWidgetPaintable`
 * snapshotted at the widget's size and rendered by the window's own GSK renderer.
 * @module
 */
import { gtk, type Widget } from './gtk.js'

/** Writes `widget` to `path` as a PNG and gives the image's size. */
export function saveWidgetPng(widget: Widget, path: string): { width: number; height: number } {
  const { Gtk } = gtk()
  const width = widget.getWidth()
  const height = widget.getHeight()
  if (width <= 0 || height <= 0) throw new Error('the widget has not been drawn yet')
  const snapshot = new Gtk.Snapshot()
  Gtk.WidgetPaintable.new(widget).snapshot(snapshot, width, height)
  const node = snapshot.toNode()
  const native = widget.getNative()
  if (!node || !native) throw new Error('the widget has nothing to render')
  const texture = native.getRenderer().renderTexture(node, null)
  if (!texture.saveToPng(path)) throw new Error(`could not write ${path}`)
  return { width: texture.getWidth(), height: texture.getHeight() }
}
