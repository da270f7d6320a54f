/**
 * gvir: libvirt-glib for TypeScript.
 *
 * - `gvir/glib` mirrors LibvirtGLib: {@link init}, the GLib ↔ Node loop glue, {@link VirError},
 *   AbortSignal support, Promises and Observables over GObject.
 * - `gvir/gconfig` mirrors LibvirtGConfig: libvirt's XML documents as lossless typed objects.
 * - `gvir/gobject` mirrors LibvirtGObject: {@link Connection}, {@link Domain}, storage, networks…
 *
 * This entry exports glib and gobject names at the top level (`import { Connection } from 'gvir'`)
 * and each layer as a namespace. gconfig is only a namespace here, because its classes share
 * names with gobject's as they do in libvirt-glib (`gconfig.Domain` is a document,
 * `Domain` a live domain): `import { gconfig } from 'gvir'` or `import { Domain } from 'gvir/gconfig'`.
 *
 * @example
 * ```ts
 * import { Connection, gconfig } from 'gvir'
 * const conn = await Connection.open('test:///default')
 * await conn.fetchDomains()
 * for (const domain of conn.getDomains()) console.log(domain.name, (await domain.getInfo()).state)
 * conn.close()
 * ```
 * @module
 */
export * from '../glib/index.js'
export * from '../gobject/index.js'
export * as glib from '../glib/index.js'
export * as gobject from '../gobject/index.js'
export * as gconfig from '../gconfig/index.js'
