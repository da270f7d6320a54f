/**
 * Saves a widget (the whole window) as a PNG, the way GTK draws it: a `GtkWidgetPaintable`
 * snapshotted at the widget's size and rendered by the window's own GSK renderer.
 * @module
 */
import { gtk, type Widget } from './gtk.js'

/** Resolves at the widget's next frame (GTK has laid it out and drawn it by then). */
function nextFrame(widget: Widget): Promise<void> {
  return new Promise((resolve) => {
    widget.addTickCallback(() => {
      resolve()
      return false
    })
  })
}

/**
 * Writes `widget` to `path` as a PNG and gives the image's size. A widget between a change
 * and its redraw has no render node yet (measured: 1 run in 2 right after the list changed),
 * so this waits for a drawn frame, up to a few.
 */
export async function saveWidgetPng(widget: Widget, path: string): Promise<{ width: number; height: number }> {
  const { Gtk } = gtk()
  for (let attempt = 0; attempt < 5; attempt++) {
    await nextFrame(widget)
    const width = widget.getWidth()
    const height = widget.getHeight()
    const native = widget.getNative()
    if (width <= 0 || height <= 0 || !native) continue
    const snapshot = new Gtk.Snapshot()
    Gtk.WidgetPaintable.new(widget).snapshot(snapshot, width, height)
    const node = snapshot.toNode()
    if (!node) continue
    const texture = native.getRenderer().renderTexture(node, null)
    if (!texture.saveToPng(path)) throw new Error(`could not write ${path}`)
    return { width: texture.getWidth(), height: texture.getHeight() }
  }
  throw new Error('the widget was not drawn in 5 frames')
}
