// glib's monitor$: every libvirt-glib call gvir makes, timed, with its outcome; secrets
// never in it; nothing recorded (nothing allocated) while nobody subscribes.
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { Connection, callAsync, monitor$, probeCall, redactSecrets, setErrorReporter, type MonitorCall } from '../../lib/index.js'

/** Records what monitor$ emits while `body` runs. */
async function recording(body: () => Promise<unknown>): Promise<MonitorCall[]> {
  const seen: MonitorCall[] = []
  const sub = monitor$.subscribe((c) => seen.push(c))
  try {
    await body().catch(() => undefined)
  } finally {
    sub.unsubscribe()
  }
  return seen
}

// Every generated secret starts with `Zq`, which nothing else in the generated text contains.
const secret = fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }).map((s) => `Zq${s}`)
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/)
const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

describe('monitor$', function () {
  this.timeout(30_000)
  let conn: Connection
  before(async () => { conn = await Connection.open('test:///default') })
  after(() => conn.close())

  it('reports each call with its object, method, start, duration and ok', async () => {
    const t0 = Date.now()
    const calls = await recording(async () => {
      await conn.fetchDomains()
      await conn.findDomainByName('test')?.getInfo()
    })
    assert.deepEqual(calls.map((c) => `${c.object}.${c.method}`), ['Connection.fetchDomains', 'Domain.getInfo'])
    for (const c of calls) {
      assert.equal(c.ok, true)
      assert.equal(c.outcome, 'ok')
      assert.equal(c.error, undefined)
      assert.ok(c.duration >= 0 && c.duration < 10_000)
      assert.ok(c.start >= t0 - 1 && c.start <= Date.now() + 1)
    }
    assert.equal(calls[0]?.target, 'test:///default')
    assert.equal(calls[1]?.target, 'test')
  })

  it('reports a failing call with its VirError code', async () => {
    await conn.fetchDomains()
    const dom = conn.findDomainByName('test')
    assert.ok(dom)
    const calls = await recording(() => dom.resume())
    const resume = calls.find((c) => c.method === 'resume')
    assert.equal(resume?.ok, false)
    assert.equal(resume?.outcome, 'VIR_ERR_INTERNAL_ERROR')
    assert.equal(resume?.error?.codeName, 'VIR_ERR_INTERNAL_ERROR')
    assert.match(resume?.error?.message ?? '', /not paused/)
  })

  it('names a sync-only call by the gvir method that made it', async () => {
    await conn.fetchDomains()
    const dom = conn.findDomainByName('test')
    assert.ok(dom)
    const calls = await recording(async () => { await dom.suspend(); await dom.resume() })
    assert.deepEqual(calls.map((c) => [c.object, c.method, c.kind, c.ok]), [['Domain', 'suspend', 'sync', true], ['Domain', 'resume', 'sync', true]])
  })

  it('reports calls made through callAsync as async, with their arguments summarised', async () => {
    const calls = await recording(() => callAsync(conn.gobject, 'fetchDomains', []))
    assert.deepEqual(calls.map((c) => [c.object, c.method, c.kind, c.outcome]), [['Connection', 'fetchDomains', 'async', 'ok']])
    const failing = await recording(() => callAsync(conn.gobject, 'restoreDomainFromFile', ['/nonexistent/saved.img', null, 0]))
    assert.deepEqual(failing[0]?.args, ['"/nonexistent/saved.img"', 'null', '0'])
    assert.equal(failing[0]?.ok, false)
  })

  it('records nothing, and allocates no probe, while nobody subscribes; unsubscribing stops delivery', async () => {
    assert.equal(probeCall(conn.gobject, 'fetchDomains', []), undefined)
    const seen: MonitorCall[] = []
    const sub = monitor$.subscribe((c) => seen.push(c))
    assert.notEqual(probeCall(conn.gobject, 'fetchDomains', []), undefined)
    await conn.fetchDomains()
    sub.unsubscribe()
    assert.equal(probeCall(conn.gobject, 'fetchDomains', []), undefined)
    await conn.fetchDomains()
    assert.equal(seen.length, 1)
  })

  it('two subscribers each see every call; one leaving leaves the other subscribed', async () => {
    const a: string[] = []
    const b: string[] = []
    const subA = monitor$.subscribe((c) => a.push(c.method))
    const subB = monitor$.subscribe((c) => b.push(c.method))
    await conn.fetchDomains()
    subA.unsubscribe()
    await conn.fetchDomains()
    subB.unsubscribe()
    assert.deepEqual(a, ['fetchDomains'])
    assert.deepEqual(b, ['fetchDomains', 'fetchDomains'])
  })

  it('a subscriber that throws never fails the call', async () => {
    const reported: unknown[] = []
    const previous = setErrorReporter((e) => reported.push(e))
    const sub = monitor$.subscribe(() => { throw new Error('subscriber bug') })
    try {
      await conn.fetchDomains()
      await new Promise((resolve) => setTimeout(resolve, 10))
    } finally {
      sub.unsubscribe()
      setErrorReporter(previous)
    }
    assert.ok(reported.length >= 1)
  })

  it('never shows a URI password or userinfo, in the target or the error (property)', async () => {
    await fc.assert(fc.asyncProperty(word, secret, fc.constantFrom('password', 'passwd', 'auth_token', 'secret', 'sasl_password'), secret,
      async (user, pw, param, pw2) => {
        const uri = `test+tcp://${user}:${encodeURIComponent(pw)}@127.0.0.1:1/default?${param}=${encodeURIComponent(pw2)}&mode=legacy`
        const calls = await recording(() => Connection.open(uri))
        const open = calls.find((c) => c.method === 'open')
        assert.ok(open, 'the failed open is reported')
        assert.equal(open.ok, false)
        const text = JSON.stringify(calls)
        assert.ok(!text.includes('Zq'), text)
        assert.ok(!text.includes(user) || user.length < 3 || !text.includes(`${user}:`), text)
        assert.match(open.target ?? '', /^test\+tcp:\/\/\*\*\*@127\.0\.0\.1:1\/default\?/)
        assert.match(open.target ?? '', /mode=legacy/)
      }), { numRuns: 25 })
  })

  it('never shows a password, secret or cookie from XML passed to a call (property)', async () => {
    const xmlWithSecret = fc.tuple(secret, fc.constantFrom("'", '"'), fc.integer({ min: 0, max: 4 })).map(([pw, q, form]) => {
      const v = xmlEscape(pw)
      return [
        `<graphics type=${q}vnc${q} passwd=${q}${v}${q} keymap=${q}en-us${q}/>`,
        `<auth username=${q}admin${q}><secret type=${q}iscsi${q}>${v}</secret></auth>`,
        `<source protocol=${q}http${q} name=${q}/x?token=${encodeURIComponent(pw)}${q}><cookies><cookie name=${q}s${q}>${v}</cookie></cookies></source>`,
        `<domain><name>vm</name><devices><graphics type=${q}spice${q} password = ${q}${v}${q}/></devices></domain>`,
        `<secret ephemeral=${q}no${q}><password>${v}</password></secret>`,
      ][form] as string
    })
    await fc.assert(fc.asyncProperty(xmlWithSecret, async (xml) => {
      // restoreDomainFromFile fails at once on this "file name", and reports the string as its argument.
      const calls = await recording(() => callAsync(conn.gobject, 'restoreDomainFromFile', [xml, null, 0]))
      assert.equal(calls.length, 1)
      const text = JSON.stringify(calls)
      assert.ok(!text.includes('Zq'), text)
    }), { numRuns: 60 })
  })

  it('redactSecrets masks secrets in cut XML and keeps what is not secret (property)', () => {
    fc.assert(fc.property(secret, fc.constantFrom("'", '"'), fc.nat(), word, (pw, q, cutAt, name) => {
      const v = xmlEscape(pw)
      const full = `<domain><name>${name}</name><graphics type=${q}vnc${q} passwd=${q}${v}${q}/><secret>${v}</secret></domain>`
      const start = full.indexOf('Zq')
      const cut = full.slice(0, start + 2 + (cutAt % (full.length - start - 1)))
      for (const text of [full, cut]) assert.ok(!redactSecrets(text).includes('Zq'), `${text} → ${redactSecrets(text)}`)
      assert.ok(redactSecrets(full).includes(`<name>${name}</name>`))
      assert.ok(redactSecrets(full).includes(`type=${q}vnc${q}`))
    }), { numRuns: 300 })
  })

  it('redactSecrets leaves text without secrets unchanged', () => {
    for (const text of ['test:///default', 'qemu:///system', "Domain not found: no domain with matching name 'vm1'",
      "<domain type='kvm'><name>a</name><graphics type='vnc' port='5900' keymap='en-us'/></domain>"]) {
      assert.equal(redactSecrets(text), text)
    }
  })
})
