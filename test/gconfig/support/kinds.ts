/**
 * Checks the tests of the document kinds share: schema validity of what setters produce, and
 * "a bad value throws ConfigError and changes nothing".
 * @module
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError } from '../../../gconfig/core/index.js'
import { schemaDir } from './shared.js'

/** Asserts that `xml` is valid against `../shared/schemas/<rng>` (xmllint, as libvirt's own tests do). */
export function assertValid(xml: string, rng: string): void {
  try {
    execFileSync('xmllint', ['--noout', '--relaxng', join(schemaDir, rng), '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] })
  } catch (e) {
    const err = e as { stderr?: Buffer }
    assert.fail(`not valid against ${rng}:\n${err.stderr?.toString() ?? String(e)}\n${xml}`)
  }
}

/** Asserts that `act` throws ConfigError and that `doc` serialises exactly as before. */
export function assertRejectedUnchanged(doc: { toXml(): string }, act: () => void): void {
  const before = doc.toXml()
  assert.throws(act, ConfigError)
  assert.equal(doc.toXml(), before)
}

/**
 * Runs `<define> FILE; <dump>` in one virsh process on test:///default (each connection gets
 * a fresh test driver) and returns the dump. LibvirtGObject has no network or secret creation,
 * so these kinds go through virsh: the same libvirt parser.
 */
export function virsh(xml: string, define: string, dump: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gvir-'))
  try {
    const file = join(dir, 'doc.xml')
    writeFileSync(file, xml)
    const out = execFileSync('virsh', ['-q', '-c', 'test:///default', `${define} ${file}; ${dump}`], { encoding: 'utf8' })
    return out.slice(out.indexOf('<'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
