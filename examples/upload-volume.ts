// Upload a file into a storage volume, with a progress bar; the volume is created (as large
// as the file) when the pool has none of that name.
// node dist/examples/upload-volume.js URI POOL VOLUME FILE
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Connection, type StreamProgress } from '../lib/index.js'

const [uri, poolName, volName, file] = process.argv.slice(2)
if (!uri || !poolName || !volName || !file) {
  console.error('usage: upload-volume URI POOL VOLUME FILE')
  process.exit(2)
}

/** A bar redrawn in place on a terminal; a line per 10 % when the output is piped. */
function progressBar(): (p: StreamProgress) => void {
  let lastStep = -1
  return ({ bytes, total = bytes }) => {
    const percent = total ? Math.floor((bytes / total) * 100) : 100
    if (process.stdout.isTTY) {
      const filled = Math.round(percent / 5)
      process.stdout.write(`\r[${'#'.repeat(filled)}${'-'.repeat(20 - filled)}] ${percent}% ${bytes}/${total} bytes`)
    } else if (Math.floor(percent / 10) > lastStep) {
      lastStep = Math.floor(percent / 10)
      console.log(`${percent}% ${bytes}/${total} bytes`)
    }
  }
}

const { size } = await stat(file)
const conn = await Connection.open(uri)
try {
  await conn.fetchStoragePools()
  const pool = conn.findStoragePoolByName(poolName)
  if (!pool) throw new Error(`no storage pool named ${poolName}`)
  await pool.refresh()
  const vol = pool.getVolume(volName)
    ?? await pool.createVolume(`<volume><name>${volName}</name><capacity unit='bytes'>${size}</capacity><target><format type='raw'/></target></volume>`)
  // upload() opens a libvirt stream on the volume's connection and streams the file into it.
  await vol.upload(createReadStream(file), { onProgress: progressBar(), total: size })
  if (process.stdout.isTTY) process.stdout.write('\n')
  console.log(`uploaded ${size} bytes to ${await vol.getPath()}`)
} finally {
  conn.close()
}
