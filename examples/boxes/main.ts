/**
 * Boxes: a GTK 4 window on a libvirt connection, built only on gvir's public API.
 *
 *     npm run boxes                       # test:///default
 *     npm run boxes -- --connect URI
 *
 * GTK runs its own main loop (`app.run()`); node-gtk runs Node's loop inside it and gvir's
 * glue stands aside, so every gvir Promise, Node timer and stdin line keeps working.
 * @module
 */
import { Connection } from '../../gobject/index.js'
import { emit, serveAutomation, TEST_ENV } from './automation.js'
import { detach, errorMessage, guarded } from './guard.js'
import { APPLICATION_NON_UNIQUE, gtk } from './gtk.js'
import { installStyle } from './style.js'
import { BoxesWindow } from './window.js'
import { parseArgs } from './args.js'

function main(): void {
  let uri: string
  try {
    ;({ uri } = parseArgs(process.argv.slice(2)))
  } catch (err) {
    console.error(`boxes: ${errorMessage(err)}`)
    process.exitCode = 2
    return
  }
  const testing = process.env[TEST_ENV] === '1'
  const { Gtk } = gtk()
  // Non-unique: no D-Bus name to own, so a second instance or a bus-less session works.
  const app = new Gtk.Application({ applicationId: 'org.gvir.Boxes', flags: APPLICATION_NON_UNIQUE })
  let connection: Connection | undefined
  let win: BoxesWindow | undefined
  let stopAutomation: (() => void) | undefined
  const fail = (err: unknown): void => {
    console.error(`boxes: ${errorMessage(err)}`)
    process.exitCode = 1
    app.quit()
  }

  app.connect('activate', guarded(fail, () => {
    if (win) {
      win.window.present()
      return
    }
    installStyle()
    // Keep the app alive while the connection opens: no window exists yet.
    app.hold()
    detach(fail, async () => {
      try {
        connection = await Connection.open(uri)
        win = new BoxesWindow(app, connection)
        win.window.present()
      } finally {
        app.release()
      }
      if (testing) stopAutomation = serveAutomation(win, app)
      await win.refresh().catch((err: unknown) => win?.showError(err))
      await win.settled()
      if (testing) emit({ event: 'ready', uri })
    })
  }, undefined))

  app.connect('shutdown', guarded(fail, () => {
    stopAutomation?.()
    win?.dispose()
    connection?.close()
    // Exit here, inside GTK's loop, rather than let app.run() return: gvir's loop watcher
    // (glib/native) then drives GLib from libuv again and, when it has not yet wrapped
    // node-gtk's own source, dispatches it without a V8 HandleScope (FATAL ERROR, seen when
    // the connection failed at start); and Node's environment teardown made the watcher
    // dispatch GTK's pending sources into a dying environment (SIGSEGV, 3 runs out of 3).
    process.exit()
  }, undefined))

  app.run([])
}

main()
