/**
 * The Boxes window: the connection's domains as a live list bound to `connection.domains$`,
 * the details pane of the selected one, and an error banner that shows any failed call's
 * message (a VirError's text) instead of letting it escape.
 * @module
 */
import type { Subscription } from 'rxjs'
import type { Connection, Domain } from '../../gobject/index.js'
import { gi } from '../../lib/gi.js'
import { DetailsPane } from './details.js'
import { DomainRow, type RowChange } from './domain-row.js'
import { detach, errorMessage, guarded } from './guard.js'
import { gtk, type Application, type ApplicationWindow, type Box, type Label, type ListBox, type ListBoxRow } from './gtk.js'

/** How long one slice of row binding may hold the main loop. */
const SLICE_MS = 8

/** How often running domains' thumbnails are taken again. */
const THUMBNAIL_PERIOD_MS = 5_000

/** One Boxes window on one connection. */
export class BoxesWindow {
  readonly window: ApplicationWindow
  readonly details: DetailsPane
  readonly #connection: Connection
  readonly #rows = new Map<string, DomainRow>()
  readonly #list: ListBox
  readonly #banner: Box
  readonly #bannerText: Label
  readonly #subscriptions: Subscription[] = []
  readonly #thumbnailTimer: NodeJS.Timeout
  #refreshing: Promise<void> | undefined
  #queue: Domain[] = []
  #idle: number | undefined
  readonly #settled: (() => void)[] = []
  #errors = 0

  constructor(app: Application, connection: Connection) {
    const { Gtk } = gtk()
    this.#connection = connection
    const sink = (err: unknown): void => this.showError(err)

    this.window = new Gtk.ApplicationWindow({ application: app, title: 'Boxes' })
    this.window.setDefaultSize(960, 600)

    const header = new Gtk.HeaderBar()
    const title = new Gtk.Box({ orientation: Gtk.Orientation.VERTICAL, spacing: 0 })
    title.setValign(Gtk.Align.CENTER)
    const titleLabel = new Gtk.Label({ label: 'Boxes' })
    titleLabel.addCssClass('title')
    const subtitle = new Gtk.Label({ label: connection.uri.replace(/\?.*$/, '') })
    subtitle.addCssClass('subtitle')
    title.append(titleLabel)
    title.append(subtitle)
    header.setTitleWidget(title)
    const refresh = new Gtk.Button({ iconName: 'view-refresh-symbolic' })
    refresh.setTooltipText('Refresh')
    refresh.connect('clicked', guarded(sink, () => { detach(sink, () => this.refresh()) }, undefined))
    header.packStart(refresh)
    this.window.setTitlebar(header)

    this.#list = new Gtk.ListBox({ selectionMode: Gtk.SelectionMode.SINGLE })
    this.#list.addCssClass('domain-list')
    const empty = new Gtk.Label({ label: 'No domains' })
    empty.addCssClass('dim')
    this.#list.setPlaceholder(empty)
    this.#list.connect('row-selected', guarded(sink, (row: ListBoxRow | null) => {
      this.details.show(row ? this.#rowOf(row) : undefined)
    }, undefined))
    const scroller = new Gtk.ScrolledWindow()
    scroller.setPolicy(Gtk.PolicyType.NEVER, Gtk.PolicyType.AUTOMATIC)
    scroller.setChild(this.#list)
    scroller.addCssClass('sidebar')

    this.details = new DetailsPane(sink)
    const detailsScroller = new Gtk.ScrolledWindow()
    detailsScroller.setChild(this.details.widget)
    detailsScroller.setHexpand(true)

    const paned = new Gtk.Paned({ orientation: Gtk.Orientation.HORIZONTAL })
    paned.setStartChild(scroller)
    paned.setEndChild(detailsScroller)
    paned.setPosition(340)
    paned.setShrinkStartChild(false)
    paned.setResizeStartChild(false)
    paned.setVexpand(true)

    this.#bannerText = new Gtk.Label({ label: '' })
    this.#bannerText.setWrap(true)
    this.#bannerText.setXalign(0)
    this.#bannerText.setHexpand(true)
    const dismiss = new Gtk.Button({ iconName: 'window-close-symbolic' })
    dismiss.setTooltipText('Dismiss')
    dismiss.connect('clicked', guarded(sink, () => this.#banner.setVisible(false), undefined))
    this.#banner = new Gtk.Box({ orientation: Gtk.Orientation.HORIZONTAL, spacing: 12 })
    this.#banner.addCssClass('error-banner')
    this.#banner.append(this.#bannerText)
    this.#banner.append(dismiss)
    this.#banner.setVisible(false)

    const root = new Gtk.Box({ orientation: Gtk.Orientation.VERTICAL, spacing: 0 })
    root.append(this.#banner)
    root.append(paned)
    this.window.setChild(root)

    this.#subscriptions.push(
      connection.domains$.subscribe({ next: guarded(sink, (domains: Domain[]) => this.#reconcile(domains), undefined), error: sink }),
      connection.closed$.subscribe(guarded(sink, () => {
        this.showError(new Error(`Disconnected from ${subtitle.getLabel()}`))
        this.details.disconnected()
      }, undefined)),
    )
    this.#thumbnailTimer = setInterval(guarded(sink, () => {
      for (const row of this.#rows.values()) if (row.state === 'running') row.refreshThumbnail()
    }, undefined), THUMBNAIL_PERIOD_MS)
  }

  /** Fetches the domain list again; the list follows through `domains$`. One fetch at a time. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#connection.fetchDomains().finally(() => { this.#refreshing = undefined })
    return this.#refreshing
  }

  /** Shows `err`'s message in the banner. */
  showError(err: unknown): void {
    this.#errors++
    this.#bannerText.setLabel(errorMessage(err))
    this.#banner.setVisible(true)
  }

  /** The banner's text while it is shown, and how many errors were shown in all. */
  get error(): { readonly message: string | undefined; readonly count: number } {
    return { message: this.#banner.getVisible() ? this.#bannerText.getLabel() : undefined, count: this.#errors }
  }

  /** The rows, in list order. */
  rows(): DomainRow[] {
    return [...this.#rows.values()].sort(byName)
  }

  /** Selects the row of the domain named `name`; false if there is none. */
  select(name: string): boolean {
    const row = [...this.#rows.values()].find((r) => r.name === name)
    if (!row) return false
    this.#list.selectRow(row.row)
    return true
  }

  #rowOf(row: ListBoxRow): DomainRow | undefined {
    for (const r of this.#rows.values()) if (r.row === row) return r
    return undefined
  }

  /**
   * Brings the rows in line with `domains`. Removals happen at once; creating and rebinding
   * rows (each one connects ~30 signal handlers and starts a getInfo) runs in slices from a
   * GLib idle source, below GTK's redraw priority, so a fetch of hundreds of domains never
   * holds the main loop for long (measured: 301 rebinds in one go held it 30–110 ms).
   * A newer list replaces the work still queued.
   */
  #reconcile(domains: Domain[]): void {
    const wanted = new Set(domains.map((d) => d.uuid))
    for (const [uuid, row] of this.#rows) {
      if (wanted.has(uuid)) continue
      this.#rows.delete(uuid)
      if (this.details.row === row) this.details.show(undefined)
      this.#list.remove(row.row)
      row.dispose()
    }
    this.#queue = domains.filter((d) => this.#rows.get(d.uuid)?.domain !== d)
    if (this.#queue.length && this.#idle === undefined) {
      const { GLib } = gi()
      this.#idle = GLib.idleAdd(GLib.PRIORITY_DEFAULT_IDLE, guarded((err) => this.showError(err), () => this.#work(), false))
    }
    this.#settle()
  }

  /** Binds queued domains for up to one slice; true while work remains (keeps the idle source). */
  #work(): boolean {
    const until = performance.now() + SLICE_MS
    while (this.#queue.length && performance.now() < until) {
      const domain = this.#queue.shift() as Domain
      const existing = this.#rows.get(domain.uuid)
      if (existing) {
        existing.bind(domain)
        continue
      }
      const row = new DomainRow(domain, (err) => this.showError(err), (r, change) => this.#changed(r, change))
      this.#rows.set(domain.uuid, row)
      this.#list.insert(row.row, this.rows().indexOf(row))
    }
    if (this.#queue.length) return true
    this.#idle = undefined
    this.#settle()
    return false
  }

  #settle(): void {
    if (this.#queue.length) return
    for (const resolve of this.#settled.splice(0)) resolve()
  }

  /** Resolves once every row follows the latest domain list. */
  settled(): Promise<void> {
    if (!this.#queue.length) return Promise.resolve()
    return new Promise((resolve) => this.#settled.push(resolve))
  }

  #changed(row: DomainRow, change: RowChange): void {
    if (change === 'state') this.details.stateChanged(row)
    else if (this.details.row === row) this.details.reload()
  }

  /** Stops following the connection. */
  dispose(): void {
    clearInterval(this.#thumbnailTimer)
    if (this.#idle !== undefined) gi().GLib.sourceRemove(this.#idle)
    this.#idle = undefined
    this.#queue = []
    for (const s of this.#subscriptions) s.unsubscribe()
    for (const row of this.#rows.values()) row.dispose()
    this.#rows.clear()
  }
}

function byName(a: DomainRow, b: DomainRow): number {
  return a.name.localeCompare(b.name)
}
