/**
 * A running domain's screen as a small texture, from `Domain.screenshot()` (`{ mime, data }`,
 * `data` a Node Readable of the image). A driver that refuses screenshots
 * (VIR_ERR_NO_SUPPORT…) gets the placeholder: a thumbnail is never worth an error banner.
 * @module
 */
import type { Readable } from 'node:stream'
import { gi } from '../../lib/gi.js'
import type { Domain } from '../../gobject/index.js'
import { gtk, type Texture } from './gtk.js'

/** Screenshots beyond this are refused rather than buffered (a 4K PNG is ~10 MiB). */
const MAX_BYTES = 32 * 1024 * 1024

/** Whether this gvir can take screenshots at all. */
export function screenshotsSupported(domain: Domain): boolean {
  return typeof domain.screenshot === 'function'
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array)
    size += buf.length
    if (size > MAX_BYTES) {
      stream.destroy()
      throw new Error(`screenshot larger than ${MAX_BYTES} bytes`)
    }
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

/**
 * The domain's screen as a texture, or `undefined` when no screenshot can be had
 * (no API yet, driver refuses, image undecodable). Never rejects except on abort.
 */
export async function takeThumbnail(domain: Domain, signal?: AbortSignal): Promise<Texture | undefined> {
  try {
    const { data } = await domain.screenshot({ signal })
    const bytes = await collect(data)
    // node-gtk takes a Uint8Array for a guint8 array (the typings say number[]).
    return gtk().Gdk.Texture.newFromBytes(gi().GLib.Bytes.new(bytes as unknown as number[]))
  } catch (err) {
    if (signal?.aborted) throw err
    return undefined
  }
}
