// Just enough PNG reading to tell a drawn console from a blank one.
import { inflateSync } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** Bytes per pixel of each 8-bit colour type (grey, RGB, palette, grey+alpha, RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/** What {@link readPng} learns from a PNG. */
export interface PngSummary {
  readonly width: number
  readonly height: number
  /** Pixel bytes that are not zero: 0 for an all-black frame. */
  readonly litBytes: number
}

/**
 * Checks the signature and chunk layout, inflates the image data and counts pixel bytes
 * that are not zero. The filter byte of each row is skipped; every PNG filter maps an
 * all-zero image to all-zero bytes, so no unfiltering is needed to tell black from drawn.
 * @throws Error when `png` is not an 8-bit, non-interlaced PNG.
 */
export function readPng(png: Buffer): PngSummary {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: bad signature')
  let off = 8
  let width = 0
  let height = 0
  let bpp = 0
  const idat: Buffer[] = []
  let ended = false
  while (off + 8 <= png.length) {
    const len = png.readUInt32BE(off)
    const type = png.toString('latin1', off + 4, off + 8)
    const data = png.subarray(off + 8, off + 8 + len)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      const depth = data[8]!
      const channels = CHANNELS[data[9]!]
      if (depth !== 8 || channels === undefined || data[12] !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${data[9]}, interlace ${data[12]}`)
      bpp = channels
    } else if (type === 'IDAT') {
      idat.push(data)
    } else if (type === 'IEND') {
      ended = true
      break
    }
    off += 12 + len
  }
  if (!ended || !bpp) throw new Error('not a whole PNG: no IHDR or IEND')
  const raw = inflateSync(Buffer.concat(idat))
  const stride = 1 + width * bpp
  if (raw.length !== stride * height) throw new Error(`PNG data is ${raw.length} bytes, expected ${stride * height}`)
  let litBytes = 0
  for (let row = 0; row < height; row++) {
    for (let i = row * stride + 1; i < (row + 1) * stride; i++) if (raw[i] !== 0) litBytes++
  }
  return { width, height, litBytes }
}
