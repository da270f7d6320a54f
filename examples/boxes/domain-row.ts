/**
 * One domain in the list: thumbnail, name and state, kept current by the domain's
 * lifecycle events (`domain.events$`), each followed by an async `getInfo()`.
 * @module
 */
import type { Subscription } from 'rxjs'
import type { Domain, DomainState } from '../../gobject/index.js'
import { detach, type ErrorSink } from './guard.js'
import { ELLIPSIZE_END, gtk, type Label, type ListBoxRow, type Picture, type Stack } from './gtk.js'
import { stateLabel } from './states.js'
import { takeThumbnail } from './thumbnail.js'
import { CpuSparkline } from './sparkline.js'

/** What changed in a row: its state, or its config (libvirt's `updated` event). */
export type RowChange = 'state' | 'config'

/** A list row bound to one domain (by UUID; the Domain object may be replaced after a fetch). */
export class DomainRow {
  /** The GTK row. */
  readonly row: ListBoxRow
  /** The domain's UUID: stable across fetches, unlike the Domain object. */
  readonly uuid: string
  #domain: Domain
  #state: DomainState | undefined
  #events?: Subscription
  #generation = 0
  #disposed = false
  #thumbnail: 'placeholder' | 'screenshot' = 'placeholder'
  #shooting?: AbortController
  readonly #name: Label
  readonly #stateText: Label
  readonly #thumbs: Stack
  readonly #picture: Picture
  readonly #sink: ErrorSink
  /** The domain's CPU over the last samples (Domain.stats$), while it runs. */
  readonly sparkline = new CpuSparkline()
  readonly #onChange: (row: DomainRow, change: RowChange) => void

  constructor(domain: Domain, sink: ErrorSink, onChange: (row: DomainRow, change: RowChange) => void) {
    const { Gtk } = gtk()
    this.#domain = domain
    this.uuid = domain.uuid
    this.#sink = sink
    this.#onChange = onChange

    this.#thumbs = new Gtk.Stack()
    this.#thumbs.addCssClass('thumbnail')
    this.#thumbs.setSizeRequest(112, 72)
    const placeholder = Gtk.Image.newFromIconName('computer-symbolic')
    placeholder.setPixelSize(32)
    this.#thumbs.addNamed(placeholder, 'placeholder')
    this.#picture = new Gtk.Picture()
    this.#picture.setCanShrink(true)
    this.#picture.setContentFit(Gtk.ContentFit.COVER)
    this.#thumbs.addNamed(this.#picture, 'screenshot')
    this.#thumbs.setVisibleChildName('placeholder')

    this.#name = new Gtk.Label({ label: domain.name })
    this.#name.addCssClass('domain-name')
    this.#name.setXalign(0)
    this.#name.setEllipsize(ELLIPSIZE_END)
    this.#stateText = new Gtk.Label({ label: stateLabel(undefined) })
    this.#stateText.addCssClass('domain-state')
    this.#stateText.setXalign(0)

    const text = new Gtk.Box({ orientation: Gtk.Orientation.VERTICAL, spacing: 4 })
    text.setValign(Gtk.Align.CENTER)
    text.setHexpand(true)
    text.append(this.#name)
    text.append(this.#stateText)
    const box = new Gtk.Box({ orientation: Gtk.Orientation.HORIZONTAL, spacing: 12 })
    box.addCssClass('domain-row')
    box.append(this.#thumbs)
    box.append(text)
    box.append(this.sparkline.widget)
    this.row = new Gtk.ListBoxRow()
    this.row.setChild(box)
    this.bind(domain)
  }

  /** The Domain object currently bound. */
  get domain(): Domain { return this.#domain }
  /** The name shown. */
  get name(): string { return this.#name.getLabel() }
  /** The state shown (`undefined` while the first `getInfo()` runs). */
  get state(): DomainState | undefined { return this.#state }
  /** The state as the row reads it. */
  get stateText(): string { return this.#stateText.getLabel() }
  /** What the thumbnail shows. */
  get thumbnail(): 'placeholder' | 'screenshot' { return this.#thumbnail }

  /**
   * Follows `domain`'s events from now on. Connection.fetchDomains() builds new GVirDomain
   * objects, and only the newest one receives events, so the list rebinds after each fetch.
   */
  bind(domain: Domain): void {
    if (this.#events && domain === this.#domain) return
    this.#events?.unsubscribe()
    this.#domain = domain
    this.#events = domain.events$.subscribe({
      next: (event) => {
        if (event.type === 'updated') this.#onChange(this, 'config')
        else this.refresh()
      },
      error: (err: unknown) => this.#sink(err),
    })
    this.refresh()
  }

  /** Reads the state again; a later refresh wins over an earlier one still in flight. */
  refresh(): void {
    const generation = ++this.#generation
    detach((err) => { if (!this.#disposed) this.#sink(err) }, async () => {
      const info = await this.#domain.getInfo()
      if (this.#disposed || generation !== this.#generation) return
      const changed = info.state !== this.#state
      this.#state = info.state
      this.#stateText.setLabel(stateLabel(info.state))
      for (const s of ['running', 'paused', 'shutoff'] as const) {
        if (s === info.state) this.#stateText.addCssClass(`state-${s}`)
        else this.#stateText.removeCssClass(`state-${s}`)
      }
      if (changed) this.#onChange(this, 'state')
      if (changed || this.sparkline.polling !== (info.state === 'running')) {
        this.sparkline.follow(info.state === 'running' ? this.#domain : undefined, (err) => { if (!this.#disposed) this.#sink(err) })
      }
      this.refreshThumbnail()
    })
  }

  /** Takes a new screenshot while the domain runs; otherwise shows the placeholder. */
  refreshThumbnail(): void {
    this.#shooting?.abort()
    if (this.#state !== 'running') {
      this.#show(undefined)
      return
    }
    const shooting = new AbortController()
    this.#shooting = shooting
    detach(() => undefined, async () => {
      const texture = await takeThumbnail(this.#domain, shooting.signal)
      if (!shooting.signal.aborted && !this.#disposed) this.#show(texture)
    })
  }

  #show(texture: Parameters<Picture['setPaintable']>[0] | undefined): void {
    this.#picture.setPaintable(texture ?? null)
    this.#thumbnail = texture ? 'screenshot' : 'placeholder'
    this.#thumbs.setVisibleChildName(this.#thumbnail)
  }

  /** Stops following the domain. */
  dispose(): void {
    this.#disposed = true
    this.sparkline.dispose()
    this.#shooting?.abort()
    this.#events?.unsubscribe()
  }
}
