// Closing a connection while its calls are in libvirt-glib's threads (issue 6, daemon faults):
// the handle must outlive them, or those threads read a freed virConnect.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Libvirtd } from '../support/libvirtd.js'

describe('closing a daemon connection with calls in flight', function () {
  this.timeout(120_000)
  let d: Libvirtd
  before(async () => { d = await Libvirtd.start() })
  after(async () => { await d?.stop() })

  it('closes at once for gvir, frees libvirt\'s handle only after its calls are back, and nothing touches freed memory', async () => {
    const here = fileURLToPath(import.meta.url)
    const ts = here.endsWith('.ts')
    const fixture = here.replace(/close-in-flight\.test\.[tj]s$/, `fixtures/close-in-flight.${ts ? 'ts' : 'js'}`)
    const rounds = 300
    const args = [...(ts ? ['--import=tsx'] : []), fixture, d.testUri, String(rounds)]
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { timeout: 100_000 }, (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out, stderr: err })
      })
    })
    assert.equal(code, 0, stderr)
    // Before: libvirt warned "Object 0x… (<NULL-class>) is not a virObjectLockable instance"
    // about 1 round in 50, the probe's GTask thread calling into a virConnect close() had freed.
    assert.doesNotMatch(stderr, /virObjectLockable|is not a virObject|CRITICAL|WARNING/)
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { closedEvents: number; settledAfterClose: number }
    assert.equal(result.closedEvents, rounds, 'closed$ fires once per close()')
    assert.equal(result.settledAfterClose, rounds, 'every fetchDomains in flight settled')
  })
})
