// The examples that need no daemon, run as users run them (`node dist/examples/…`) on
// libvirt's in-process test hypervisor: each must print what it promises and exit by itself.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const exec = promisify(execFile)
let root = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(root, 'package.json'))) root = dirname(root)
const example = (name: string, ...args: string[]) =>
  exec(process.execPath, [join(root, 'dist/examples', `${name}.js`), ...args], { timeout: 30_000 })

describe('examples/ on test:///default', function () {
  this.timeout(60_000)

  it('list-vms prints the test domain with its id and state, like virsh list --all', async () => {
    const { stdout } = await example('list-vms')
    const rows = stdout.trimEnd().split('\n')
    assert.match(rows[0]!, /Id\s+Name\s+State/)
    assert.match(rows.find((r) => / test /.test(r)) ?? '', /^\s*1\s+test\s+running$/)
  })

  it('watch-events prints the test domain\'s stop and start as they happen, then exits', async () => {
    const { stdout } = await example('watch-events', 'test:///default', '1')
    assert.match(stdout, /test: stopped \(destroyed\)\n.*test: started \(booted\)/)
  })

  it('create-vm defines a domain built with gconfig and prints the XML libvirt stored', async () => {
    const { stdout } = await example('create-vm')
    assert.match(stdout, /<name>example-\d+<\/name>/)
    // libvirt's own text, as virsh dumpxml prints it (single quotes), not libvirt-glib's re-serialisation
    assert.match(stdout, /<source file='\/var\/lib\/libvirt\/images\/example\.qcow2'\/>/)
  })

  it('the tour (npm start) sees every lifecycle event of its domain and exits by itself', async () => {
    const { stdout } = await example('tour')
    for (const event of ['started (booted)', 'suspended (paused)', 'resumed (unpaused)', 'stopped (destroyed)', 'started (from-snapshot)'])
      assert.ok(stdout.includes(`tour-vm: ${event}`), `the tour printed no ${event}:\n${stdout}`)
    assert.match(stdout, /done: the connection is closed/)
  })
})
