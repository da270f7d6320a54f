/**
 * The right-hand pane: the selected domain's actions (enabled by state), its config
 * (memory, vCPUs, disks, NICs) read through gconfig, and the memory/vCPU editor that
 * writes the config back with `domain.setConfig()`.
 * @module
 */
import type { Domain as DomainConfig } from '../../gconfig/index.js'
import type { Domain } from '../../gobject/index.js'
import { applyEdit, diskLines, memoryMiB, nicLines } from './config-summary.js'
import type { DomainRow } from './domain-row.js'
import { detach, guarded, type ErrorSink } from './guard.js'
import { gtk, type Box, type Button, type Label, type SpinButton, type Widget } from './gtk.js'
import { type BoxesAction, enabledActions, stateLabel } from './states.js'

/** The pane's buttons, by the name the automation hook uses. */
export type DetailsButton = 'start' | 'pause' | 'shutdown' | 'forceOff' | 'apply'

/** What the pane shows, for the automation hook. */
export interface DetailsView {
  readonly name: string | undefined
  readonly state: string
  readonly memoryMiB: number
  readonly vcpus: number
  readonly disks: readonly string[]
  readonly nics: readonly string[]
  readonly status: string
  readonly loaded: boolean
}

const actionCalls: Record<BoxesAction, (d: Domain) => Promise<void>> = {
  start: (d) => d.start(),
  pause: (d) => d.suspend(),
  resume: (d) => d.resume(),
  shutdown: (d) => d.shutdown(),
  forceOff: (d) => d.stop(),
}

/** The details pane. Show a row with {@link show}; the window forwards the row's changes. */
export class DetailsPane {
  readonly widget: Box
  #row: DomainRow | undefined
  #config: DomainConfig | undefined
  #loading = 0
  #busy = false
  #connected = true
  readonly #sink: ErrorSink
  readonly #title: Label
  readonly #state: Label
  readonly #status: Label
  readonly #buttons: Record<DetailsButton, Button>
  readonly #pauseText: Label
  readonly #texts = new Map<Button, Label>()
  readonly #memory: SpinButton
  readonly #vcpus: SpinButton
  readonly #disks: Box
  readonly #nics: Box
  #diskLabels: Label[] = []
  #nicLabels: Label[] = []

  constructor(sink: ErrorSink) {
    const { Gtk } = gtk()
    this.#sink = sink
    const V = Gtk.Orientation.VERTICAL
    const H = Gtk.Orientation.HORIZONTAL
    this.widget = new Gtk.Box({ orientation: V, spacing: 18 })
    this.widget.addCssClass('details')

    this.#title = label('No domain selected', 'details-title')
    this.#state = label('', 'details-state')
    const heading = new Gtk.Box({ orientation: V, spacing: 2 })
    heading.append(this.#title)
    heading.append(this.#state)

    const button = (text: string, icon: string, css?: string): Button => {
      const b = new Gtk.Button()
      const content = new Gtk.Box({ orientation: H, spacing: 6 })
      const textLabel = new Gtk.Label({ label: text })
      content.append(Gtk.Image.newFromIconName(icon))
      content.append(textLabel)
      b.setChild(content)
      if (css) b.addCssClass(css)
      this.#texts.set(b, textLabel)
      return b
    }
    this.#buttons = {
      start: button('Start', 'media-playback-start-symbolic', 'suggested-action'),
      pause: button('Pause', 'media-playback-pause-symbolic'),
      shutdown: button('Shut Down', 'system-shutdown-symbolic'),
      forceOff: button('Force Off', 'process-stop-symbolic', 'destructive-action'),
      apply: new Gtk.Button({ label: 'Apply' }),
    }
    this.#pauseText = this.#texts.get(this.#buttons.pause) as Label
    this.#buttons.apply.addCssClass('suggested-action')
    const actions = new Gtk.Box({ orientation: H, spacing: 6 })
    for (const name of ['start', 'pause', 'shutdown', 'forceOff'] as const) {
      actions.append(this.#buttons[name])
      this.#buttons[name].connect('clicked', guarded(sink, () => this.#act(name), undefined))
    }
    this.#buttons.apply.connect('clicked', guarded(sink, () => this.#apply(), undefined))

    this.#memory = Gtk.SpinButton.newWithRange(16, 1024 * 1024, 64)
    this.#vcpus = Gtk.SpinButton.newWithRange(1, 256, 1)
    const grid = new Gtk.Grid()
    grid.setRowSpacing(8)
    grid.setColumnSpacing(12)
    grid.attach(label('Memory (MiB)', 'field'), 0, 0, 1, 1)
    grid.attach(this.#memory, 1, 0, 1, 1)
    grid.attach(label('vCPUs', 'field'), 0, 1, 1, 1)
    grid.attach(this.#vcpus, 1, 1, 1, 1)
    grid.attach(this.#buttons.apply, 1, 2, 1, 1)
    this.#status = label('', 'status')
    this.#status.setWrap(true)
    this.#status.setVisible(false)

    this.#disks = new Gtk.Box({ orientation: V, spacing: 4 })
    this.#nics = new Gtk.Box({ orientation: V, spacing: 4 })

    this.widget.append(heading)
    this.widget.append(actions)
    this.widget.append(section('Resources', grid))
    this.widget.append(this.#status)
    this.widget.append(section('Disks', this.#disks))
    this.widget.append(section('Network interfaces', this.#nics))
    this.#update()
  }

  /** The row shown, if any. */
  get row(): DomainRow | undefined { return this.#row }

  /** Shows `row` (or nothing) and loads its config. */
  show(row: DomainRow | undefined): void {
    if (row === this.#row) return
    this.#row = row
    this.#config = undefined
    this.#setStatus('')
    this.#update()
    this.reload()
  }

  /** The shown row's state changed. */
  stateChanged(row: DomainRow): void {
    if (row === this.#row) this.#update()
  }

  /** The connection closed: every action is off. */
  disconnected(): void {
    this.#connected = false
    this.#update()
  }

  /** Reads the config of the shown domain again. The newest load wins. */
  reload(): void {
    const row = this.#row
    const loading = ++this.#loading
    this.#fill()
    if (!row) return
    detach(this.#sink, async () => {
      const config = await row.domain.getConfig({ inactive: true })
      if (loading !== this.#loading || row !== this.#row) return
      this.#config = config
      this.#fill()
    })
  }

  #act(name: 'start' | 'pause' | 'shutdown' | 'forceOff'): void {
    const row = this.#row
    if (!row || this.#busy) return
    const action: BoxesAction = name === 'pause' && row.state === 'paused' ? 'resume' : name
    this.#run(async () => {
      await actionCalls[action](row.domain)
      row.refresh()
    })
  }

  #apply(): void {
    const row = this.#row
    const config = this.#config
    if (!row || !config || this.#busy) return
    this.#run(async () => {
      applyEdit(config, { memoryMiB: this.#memory.getValueAsInt(), vcpus: this.#vcpus.getValueAsInt() })
      await row.domain.setConfig(config)
      this.#setStatus(row.state === 'shutoff' ? 'Saved.' : 'Saved: applies at next boot.')
      this.reload()
    })
  }

  /** Runs one call at a time; the buttons are off meanwhile and the error goes to the banner. */
  #run(work: () => Promise<void>): void {
    this.#busy = true
    this.#setStatus('')
    this.#update()
    detach(this.#sink, async () => {
      try {
        await work()
      } finally {
        this.#busy = false
        this.#update()
      }
    })
  }

  #setStatus(text: string): void {
    this.#status.setLabel(text)
    this.#status.setVisible(text !== '')
  }

  #update(): void {
    const row = this.#row
    const state = row?.state
    this.#title.setLabel(row ? row.name : 'No domain selected')
    this.#state.setLabel(row ? stateLabel(state) : '')
    const allowed = row && this.#connected && !this.#busy ? enabledActions(state) : new Set<BoxesAction>()
    this.#buttons.start.setSensitive(allowed.has('start'))
    this.#buttons.pause.setSensitive(allowed.has('pause') || allowed.has('resume'))
    this.#pauseText.setLabel(state === 'paused' ? 'Resume' : 'Pause')
    this.#buttons.shutdown.setSensitive(allowed.has('shutdown'))
    this.#buttons.forceOff.setSensitive(allowed.has('forceOff'))
    this.#buttons.apply.setSensitive(Boolean(row && this.#config && this.#connected && !this.#busy))
  }

  #fill(): void {
    const config = this.#config
    if (config) {
      this.#memory.setValue(memoryMiB(config))
      this.#vcpus.setValue(config.vcpu ?? 1)
    }
    this.#diskLabels = replaceLines(this.#disks, this.#diskLabels, config ? diskLines(config) : [], config ? 'No disks' : 'Loading…')
    this.#nicLabels = replaceLines(this.#nics, this.#nicLabels, config ? nicLines(config) : [], config ? 'No network interfaces' : 'Loading…')
    this.#update()
  }

  /** Sets the memory and vCPU fields, as a user typing would. */
  edit(values: { memoryMiB?: number; vcpus?: number }): void {
    if (values.memoryMiB !== undefined) this.#memory.setValue(values.memoryMiB)
    if (values.vcpus !== undefined) this.#vcpus.setValue(values.vcpus)
  }

  /** A button, for the automation hook. */
  button(name: DetailsButton): Button {
    return this.#buttons[name]
  }

  /** Each button's text and whether it is enabled, for the automation hook. */
  buttons(): Record<DetailsButton, { readonly label: string; readonly sensitive: boolean }> {
    const entries = (Object.keys(this.#buttons) as DetailsButton[]).map((name) => {
      const b = this.#buttons[name]
      return [name, { label: this.#texts.get(b)?.getLabel() ?? b.getLabel() ?? '', sensitive: b.getSensitive() }] as const
    })
    return Object.fromEntries(entries) as Record<DetailsButton, { label: string; sensitive: boolean }>
  }

  /** What the pane shows. */
  view(): DetailsView {
    return {
      name: this.#row?.name,
      state: this.#state.getLabel(),
      memoryMiB: this.#memory.getValueAsInt(),
      vcpus: this.#vcpus.getValueAsInt(),
      disks: this.#config ? this.#diskLabels.map((l) => l.getLabel()) : [],
      nics: this.#config ? this.#nicLabels.map((l) => l.getLabel()) : [],
      status: this.#status.getLabel(),
      loaded: this.#config !== undefined,
    }
  }
}

function label(text: string, css: string): Label {
  const l = new (gtk().Gtk.Label)({ label: text })
  l.setXalign(0)
  l.addCssClass(css)
  return l
}

function section(title: string, body: Widget): Box {
  const { Gtk } = gtk()
  const box = new Gtk.Box({ orientation: Gtk.Orientation.VERTICAL, spacing: 8 })
  box.append(label(title, 'section-title'))
  box.append(body)
  return box
}

function replaceLines(box: Box, old: Label[], lines: readonly string[], empty: string): Label[] {
  for (const l of old) box.remove(l)
  const labels = (lines.length ? lines : [empty]).map((text) => {
    const l = label(text, lines.length ? 'line' : 'dim')
    l.setSelectable(lines.length > 0)
    box.append(l)
    return l
  })
  return labels
}
