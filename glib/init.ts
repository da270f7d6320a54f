/**
 * One-time initialisation of libvirt-glib for gvir.
 * @module
 */
import { gi } from '../lib/gi.js'
import { VirError, setLibvirtCodeLookup, toVirError } from './error.js'
import { nativeAddon, startLoop } from './loop.js'

let initialized = false

/**
 * @internal Makes gvir's recorder libvirt's error function (glib/native/gvir_libvirt.c), so
 * that an error whose text carries no code gets the code libvirt gave it. libvirt-glib's
 * init sets its own (anyone calling `LibvirtGLib.initCheck` or
 * `LibvirtGObject.initObjectCheck` after gvir's init does): calls whose failures need it
 * (opening a connection, restoring, saving) set it again first, a pointer store in C.
 */
export function recordLibvirtErrors(): void {
  nativeAddon().recordErrors()
}

/**
 * Initialises libvirt-glib once: `LibvirtGLib.initCheck`, libvirt's event loop on GLib
 * (`LibvirtGLib.eventRegister`), `LibvirtGObject.initObjectCheck`, and gvir's loop glue.
 * Every public entry point of gvir calls it, so users never need to; later calls do
 * nothing. It uses the `*Check` variants because plain `init()` aborts the process on
 * failure; here a failure throws a {@link VirError} and the next call tries again.
 *
 * @throws VirError when libvirt-glib or node-gtk cannot be initialised.
 * @example
 * ```ts
 * import { init } from 'gvir/glib'
 * init()   // only needed before using node-gtk's LibvirtGObject directly
 * ```
 */
export function init(): void {
  if (initialized) return
  try {
    const { LibvirtGLib, LibvirtGObject } = gi()
    const [glibOk] = LibvirtGLib.initCheck(null)
    if (!glibOk) throw new VirError('Unable to initialize libvirt-glib')
    LibvirtGLib.eventRegister()
    const [objectOk] = LibvirtGObject.initObjectCheck(null)
    if (!objectOk) throw new VirError('Unable to initialize libvirt-gobject')
    startLoop()
    // After libvirt-glib's init, which installs its own error function.
    recordLibvirtErrors()
    setLibvirtCodeLookup((message) => {
      const code = nativeAddon().libvirtErrorCode(message)
      // Missed: something initialised libvirt-glib again (gvir_init_check, also reached by
      // LibvirtGObject.initObjectCheck, sets libvirt-glib's error function back), so later
      // failures are recorded again.
      if (code === 0) recordLibvirtErrors()
      return code
    })
  } catch (err) {
    throw toVirError(err)
  }
  initialized = true
}
