/**
 * The slice of GTK 4 the Boxes example uses, typed by hand (gvir's generated typings stop at
 * Gio; GTK's own would add megabytes of declarations to every build). Names and signatures are
 * node-gtk's camelCase view of GTK 4.8; GTK is loaded through lib/gi.ts, the one node-gtk loader.
 * @module
 */
import { nodeGtk } from '../../lib/gi.js'

/** A handler connected to a GObject signal. node-gtk ends the process if it throws. */
export type Handler = (...args: never[]) => unknown

/** What every GObject here offers. */
export interface GObjectLike {
  connect(signal: string, handler: Handler): number
  disconnect(id: number): void
}

/** `GdkFrameClock`. */
export interface FrameClock {
  /** Microseconds, monotonic. */
  getFrameTime(): bigint | number
}

/** `GdkTexture`. */
export interface Texture {
  saveToPng(filename: string): boolean
  getWidth(): number
  getHeight(): number
}

/** `GskRenderNode`. */
export interface RenderNode { readonly __renderNode?: never }

/** `GskRenderer`. */
export interface Renderer {
  renderTexture(node: RenderNode, viewport: null): Texture
}

/** `GtkNative` (a window). */
export interface Native {
  getRenderer(): Renderer
}

/** `GtkWidget`. */
export interface Widget extends GObjectLike {
  setSensitive(sensitive: boolean): void
  getSensitive(): boolean
  setVisible(visible: boolean): void
  getVisible(): boolean
  addCssClass(name: string): void
  removeCssClass(name: string): void
  setHexpand(expand: boolean): void
  setVexpand(expand: boolean): void
  setHalign(align: number): void
  setValign(align: number): void
  setSizeRequest(width: number, height: number): void
  setTooltipText(text: string | null): void
  setMarginTop(margin: number): void
  setMarginBottom(margin: number): void
  setMarginStart(margin: number): void
  setMarginEnd(margin: number): void
  getWidth(): number
  getHeight(): number
  activate(): boolean
  getNative(): Native | null
  addTickCallback(callback: (widget: Widget, clock: FrameClock) => boolean): number
  removeTickCallback(id: number): void
}

/** `GtkBox`. */
export interface Box extends Widget {
  append(child: Widget): void
  remove(child: Widget): void
}

/** `GtkLabel`. */
export interface Label extends Widget {
  setLabel(text: string): void
  getLabel(): string
  setXalign(xalign: number): void
  setWrap(wrap: boolean): void
  setSelectable(selectable: boolean): void
  setEllipsize(mode: number): void
}

/** `GtkButton`. */
export interface Button extends Widget {
  setLabel(text: string): void
  getLabel(): string | null
  setIconName(name: string): void
  setChild(child: Widget): void
}

/** `GtkSpinButton`. */
export interface SpinButton extends Widget {
  getValue(): number
  setValue(value: number): void
  setRange(min: number, max: number): void
  getValueAsInt(): number
}

/** `GtkImage`. */
export interface Image extends Widget {
  setPixelSize(size: number): void
  setFromIconName(name: string): void
}

/** `GtkPicture`. */
export interface Picture extends Widget {
  setPaintable(paintable: Texture | null): void
  setCanShrink(canShrink: boolean): void
  setContentFit(fit: number): void
}

/** `GtkStack`. */
export interface Stack extends Widget {
  addNamed(child: Widget, name: string): void
  setVisibleChildName(name: string): void
  getVisibleChildName(): string | null
}

/** `GtkListBoxRow`. */
export interface ListBoxRow extends Widget {
  setChild(child: Widget): void
}

/** `GtkListBox`. */
export interface ListBox extends Widget {
  append(child: Widget): void
  insert(child: Widget, position: number): void
  remove(child: Widget): void
  selectRow(row: ListBoxRow | null): void
  getSelectedRow(): ListBoxRow | null
  setPlaceholder(placeholder: Widget): void
  invalidateSort(): void
  setSortFunc(sort: (a: ListBoxRow, b: ListBoxRow) => number): void
}

/** `GtkGrid`. */
export interface Grid extends Widget {
  attach(child: Widget, column: number, row: number, width: number, height: number): void
  setRowSpacing(spacing: number): void
  setColumnSpacing(spacing: number): void
}

/** `GtkScrolledWindow`. */
export interface ScrolledWindow extends Widget {
  setChild(child: Widget): void
  setPolicy(h: number, v: number): void
}

/** `GtkPaned`. */
export interface Paned extends Widget {
  setStartChild(child: Widget): void
  setEndChild(child: Widget): void
  setPosition(position: number): void
  setShrinkStartChild(shrink: boolean): void
  setResizeStartChild(resize: boolean): void
}

/** `GtkHeaderBar`. */
export interface HeaderBar extends Widget {
  setTitleWidget(widget: Widget | null): void
  packStart(widget: Widget): void
  packEnd(widget: Widget): void
}

/** `GtkApplicationWindow`. */
export interface ApplicationWindow extends Widget {
  setTitle(title: string): void
  setDefaultSize(width: number, height: number): void
  setChild(child: Widget): void
  setTitlebar(titlebar: Widget): void
  present(): void
  close(): void
  destroy(): void
}

/** `GtkApplication`. */
export interface Application extends GObjectLike {
  run(argv: string[]): number | undefined
  quit(): void
  hold(): void
  release(): void
}

/** `GtkSnapshot`. */
export interface Snapshot {
  toNode(): RenderNode | null
}

/** `GtkWidgetPaintable`. */
export interface WidgetPaintable {
  snapshot(snapshot: Snapshot, width: number, height: number): void
}

/** `GtkCssProvider`. */
export interface CssProvider {
  loadFromData(data: Uint8Array, length: number): void
}

/** `GdkDisplay`. */
export interface Display { readonly __display?: never }

type Ctor<T, P = Record<string, unknown>> = new (props?: P) => T

/** The GTK 4 namespace as the example uses it. */
export interface GtkNs {
  Application: Ctor<Application, { applicationId?: string; flags?: number }>
  ApplicationWindow: Ctor<ApplicationWindow, { application: Application; title?: string }>
  Box: Ctor<Box, { orientation?: number; spacing?: number }>
  Label: Ctor<Label, { label?: string }>
  Button: Ctor<Button, { label?: string; iconName?: string }>
  SpinButton: { newWithRange(min: number, max: number, step: number): SpinButton }
  Image: { newFromIconName(name: string): Image }
  Picture: Ctor<Picture>
  Stack: Ctor<Stack>
  ListBox: Ctor<ListBox, { selectionMode?: number }>
  ListBoxRow: Ctor<ListBoxRow>
  Grid: Ctor<Grid>
  ScrolledWindow: Ctor<ScrolledWindow>
  Paned: Ctor<Paned, { orientation?: number }>
  HeaderBar: Ctor<HeaderBar>
  Separator: Ctor<Widget, { orientation?: number }>
  Snapshot: Ctor<Snapshot>
  /** `gtk_widget_paintable_new`; the props constructor crashed node-gtk 4.1.1 here. */
  WidgetPaintable: { 'new'(widget: Widget): WidgetPaintable }
  CssProvider: Ctor<CssProvider>
  StyleContext: { addProviderForDisplay(display: Display, provider: CssProvider, priority: number): void }
  Orientation: { HORIZONTAL: number; VERTICAL: number }
  Align: { FILL: number; START: number; END: number; CENTER: number }
  PolicyType: { NEVER: number; AUTOMATIC: number }
  SelectionMode: { NONE: number; SINGLE: number }
  ContentFit: { CONTAIN: number; COVER: number }
  STYLE_PROVIDER_PRIORITY_APPLICATION: number
}

/** The GDK 4 namespace as the example uses it. */
export interface GdkNs {
  Display: { getDefault(): Display | null }
  Texture: { newFromBytes(bytes: unknown): Texture }
}

/** GApplication's `G_APPLICATION_NON_UNIQUE`: no D-Bus name, so no session bus needed. */
export const APPLICATION_NON_UNIQUE = 1 << 5

/** Pango's `PANGO_ELLIPSIZE_END`. */
export const ELLIPSIZE_END = 3

let loaded: { Gtk: GtkNs; Gdk: GdkNs } | undefined

/** GTK 4 and GDK 4, loaded once through gvir's node-gtk loader. */
export function gtk(): { Gtk: GtkNs; Gdk: GdkNs } {
  loaded ??= {
    Gtk: nodeGtk().require('Gtk', '4.0') as GtkNs,
    Gdk: nodeGtk().require('Gdk', '4.0') as GdkNs,
  }
  return loaded
}
