/**
 * A real, private `libvirtd` for tests: Debian's /usr/sbin/libvirtd, run as root, with its
 * own sockets, configuration, state, cache and logs under a temporary folder and its own
 * network namespace, so it never touches the system's libvirt and several can run side by
 * side (separate sockets = separate "hosts").
 *
 * How it is isolated (each line measured on Debian 12, libvirt 9.0):
 * - A root libvirtd always uses the compiled-in /etc/libvirt, /run/libvirt, /var/lib/libvirt,
 *   /var/cache/libvirt and /var/log/libvirt; only the socket directory is configurable. So the
 *   daemon runs in a private mount namespace where those five paths are bind mounts of the
 *   temporary folder (its own qemu.conf included).
 * - `ip netns exec` gives it a private network namespace (bridges, dnsmasq, iptables and
 *   guests' VNC on 127.0.0.1 stay inside) and a fresh mount namespace with /sys remounted
 *   for that namespace. The netns is named, so `restart()` re-enters the same one and running
 *   guests and networks survive a daemon restart as they would on a real host.
 * - /dev/kvm, when present, is hidden by a bind mount: the QEMU capability cache records
 *   whether KVM was usable while probing; with /dev/kvm 0600 root, a probe sees KVM but the
 *   libvirt-qemu user cannot use it, every lookup invalidates the cache and re-probes, and the
 *   first `define` took 40 s. Hidden, probing is TCG-only and consistent: 2.2 s once, then the
 *   shared cache (one folder under the OS temp dir, reused by every daemon) makes it ~60 ms.
 * - qemu.conf: `stdio_handler = "file"` (no virtlogd here: starting a guest fails without it)
 *   and `namespaces = []` (the per-guest /dev namespace cannot copy the hidden /dev/kvm).
 * - `setpriv --pdeathsig KILL`: the daemon dies with the test process, even on SIGKILL; guests
 *   and dnsmasq left behind are killed by netns on `stop()` and at process exit.
 *
 * Requires root, the `kvm` group and the `libvirt-qemu` user and group (scripts/setup.sh).
 * @module
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Options for {@link Libvirtd.start}. */
export interface LibvirtdOptions {
  /** libvirtd's log level (1 debug … 4 error); the log is `<dir>/log/libvirtd.log`. Default 3. */
  readonly logLevel?: 1 | 2 | 3 | 4
  /** Extra lines appended to libvirtd.conf. */
  readonly libvirtdConf?: string
  /** Extra lines appended to qemu.conf. */
  readonly qemuConf?: string
  /** How long to wait for the socket, in ms. Default 15,000. */
  readonly timeoutMs?: number
}

/** The drivers a daemon serves, by URI scheme. */
export type LibvirtdDriver = 'test' | 'qemu' | 'network' | 'storage' | 'nodedev' | 'secret' | 'nwfilter' | 'interface'

const LIBVIRTD = '/usr/sbin/libvirtd'
const PRIVATE_PATHS = [
  ['/etc/libvirt', 'etc'],
  ['/run/libvirt', 'run'],
  ['/var/lib/libvirt', 'lib'],
  ['/var/log/libvirt', 'log'],
] as const
/** Shared by every daemon: the QEMU capability probe is the slow part of a first `define`. */
const SHARED_CACHE = join(tmpdir(), 'gvir-libvirtd-cache')
const NETNS_PREFIX = 'gvir-lvd-'

const live = new Set<Libvirtd>()
let exitHookInstalled = false
let counter = 0

/** A private libvirtd; see the module comment. Start with {@link Libvirtd.start}. */
export class Libvirtd {
  /** The daemon's temporary folder: etc/, run/, lib/, log/, sock/, and anything tests add. */
  readonly dir: string
  /** The read-write unix socket. */
  readonly socket: string
  /** The read-only unix socket. */
  readonly readOnlySocket: string
  /** The private network namespace's name (`ip netns exec <netns> …`). */
  readonly netns: string
  /** Milliseconds the last start took until the socket accepted a connection. */
  startMs = 0
  private child: ChildProcess | undefined
  private exited: Promise<void> = Promise.resolve()
  private readonly options: LibvirtdOptions

  private constructor(options: LibvirtdOptions) {
    this.options = options
    // 0755: a guest's QEMU runs as libvirt-qemu and must reach disk images under dir.
    this.dir = mkdtempSync(join(tmpdir(), 'gvir-lvd-'))
    chmodSync(this.dir, 0o755)
    this.socket = join(this.dir, 'sock', 'libvirt-sock')
    this.readOnlySocket = join(this.dir, 'sock', 'libvirt-sock-ro')
    this.netns = `${NETNS_PREFIX}${process.pid}-${++counter}`
  }

  /** Starts a new private daemon and resolves once its socket accepts connections. */
  static async start(options: LibvirtdOptions = {}): Promise<Libvirtd> {
    if (process.getuid?.() !== 0) throw new Error('Libvirtd: the test daemon needs root')
    if (!existsSync(LIBVIRTD)) throw new Error(`Libvirtd: ${LIBVIRTD} is not installed`)
    removeStaleNamespaces()
    installExitHook()
    const d = new Libvirtd(options)
    live.add(d)
    try {
      d.writeConfig()
      run('ip', ['netns', 'add', d.netns])
      run('ip', ['netns', 'exec', d.netns, 'ip', 'link', 'set', 'lo', 'up'])
      await d.launch()
      return d
    } catch (err) {
      await d.stop().catch(() => undefined)
      throw err
    }
  }

  /**
   * The URI of one of the daemon's drivers: `test+unix:///default?socket=…` for the test
   * driver, `qemu+unix:///system?socket=…` for QEMU and the other system drivers.
   */
  uri(driver: LibvirtdDriver = 'qemu', { readOnly = false }: { readOnly?: boolean } = {}): string {
    const socket = readOnly ? this.readOnlySocket : this.socket
    const path = driver === 'test' ? '/default' : '/system'
    return `${driver}+unix://${path}?socket=${socket}`
  }

  /** `test+unix:///default?socket=…`: the test driver inside this daemon. */
  get testUri(): string {
    return this.uri('test')
  }

  /** `qemu+unix:///system?socket=…`: the QEMU driver (and storage, network… of the same daemon). */
  get qemuUri(): string {
    return this.uri('qemu')
  }

  /** The daemon's pid while it runs. */
  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined
  }

  /** Whether the daemon process is running. */
  get running(): boolean {
    return this.pid !== undefined
  }

  /** Sends `signal` to the daemon (default SIGKILL) and resolves once it has exited. Guests keep running. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.running) this.child?.kill(signal)
    await this.exited
  }

  /** Starts the daemon again on the same folders and socket, after a kill or stop of the daemon alone. */
  async restart(): Promise<void> {
    await this.kill('SIGTERM')
    await this.launch()
  }

  /** Stops the daemon (SIGTERM, then SIGKILL after 5 s), kills what it left running, removes its netns and folder. */
  async stop(): Promise<void> {
    if (this.running) {
      const timer = setTimeout(() => this.child?.kill('SIGKILL'), 5_000)
      await this.kill('SIGTERM')
      clearTimeout(timer)
    }
    this.killLeftovers()
    spawnSync('ip', ['netns', 'del', this.netns], { stdio: 'ignore' })
    live.delete(this)
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 3 })
  }

  /** `await using d = await Libvirtd.start()` stops it at the end of the scope. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop()
  }

  /** The last `lines` lines of libvirtd's log, for a failing test's message. */
  logTail(lines = 30): string {
    const file = join(this.dir, 'log', 'libvirtd.log')
    if (!existsSync(file)) return ''
    return readFileSync(file, 'utf8').split('\n').filter((l) => !l.includes('ethtool')).slice(-lines).join('\n')
  }

  /** Makes (and returns) a folder under the daemon's dir, e.g. for a directory storage pool. */
  mkdir(name: string): string {
    const p = join(this.dir, name)
    mkdirSync(p, { recursive: true, mode: 0o755 })
    return p
  }

  /** Kills every process in the daemon's network namespace (guests, dnsmasq) but not the daemon. */
  killLeftovers(): void {
    const target = netnsInode(this.netns)
    if (target === undefined) return
    for (const pid of processesInNetns(target)) {
      if (pid === this.pid) continue
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }

  private writeConfig(): void {
    for (const [, sub] of PRIVATE_PATHS) mkdirSync(join(this.dir, sub), { recursive: true })
    mkdirSync(join(this.dir, 'sock'), { recursive: true })
    mkdirSync(SHARED_CACHE, { recursive: true })
    const level = this.options.logLevel ?? 3
    writeFileSync(
      join(this.dir, 'etc', 'libvirtd.conf'),
      `${[
        // No --listen, so no TCP or TLS; only the two unix sockets in our folder.
        `unix_sock_dir = "${join(this.dir, 'sock')}"`,
        'unix_sock_rw_perms = "0700"',
        'auth_unix_rw = "none"',
        'auth_unix_ro = "none"',
        `log_outputs = "${level}:file:${join(this.dir, 'log', 'libvirtd.log')}"`,
        // Every client of a test opens and closes freely; don't let limits fail a stress test.
        'max_clients = 5000',
        'max_anonymous_clients = 5000',
        'max_client_requests = 1000',
        this.options.libvirtdConf ?? '',
      ].join('\n')}\n`,
    )
    writeFileSync(
      join(this.dir, 'etc', 'qemu.conf'),
      `${['stdio_handler = "file"', 'namespaces = [ ]', this.options.qemuConf ?? ''].join('\n')}\n`,
    )
    // Runs inside `ip netns exec`, which already gave us a private mount namespace.
    const binds = PRIVATE_PATHS.map(([target, sub]) => `mkdir -p ${target} && mount --bind ${join(this.dir, sub)} ${target}`)
    writeFileSync(
      join(this.dir, 'start.sh'),
      `${[
        'set -e',
        'mount --make-rprivate /',
        ...binds,
        `mkdir -p /var/cache/libvirt && mount --bind ${SHARED_CACHE} /var/cache/libvirt`,
        `if [ -e /dev/kvm ]; then : > ${join(this.dir, 'nokvm')}; chmod 600 ${join(this.dir, 'nokvm')}; mount --bind ${join(this.dir, 'nokvm')} /dev/kvm; fi`,
        `exec ${LIBVIRTD} -f ${join(this.dir, 'etc', 'libvirtd.conf')} -p ${join(this.dir, 'run', 'libvirtd.pid')}`,
      ].join('\n')}\n`,
    )
  }

  private async launch(): Promise<void> {
    rmSync(join(this.dir, 'sock'), { recursive: true, force: true })
    mkdirSync(join(this.dir, 'sock'))
    const started = performance.now()
    const child = spawn('setpriv', ['--pdeathsig', 'KILL', 'ip', 'netns', 'exec', this.netns, 'sh', join(this.dir, 'start.sh')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    this.child = child
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()))
    // Don't let a running daemon keep the test process alive.
    child.unref()
    ;(child.stderr as { unref?: () => void } | null)?.unref?.()
    const deadline = started + (this.options.timeoutMs ?? 15_000)
    while (!(await accepts(this.socket))) {
      if (!this.running) {
        throw new Error(`Libvirtd: the daemon exited during start (${child.exitCode ?? child.signalCode}): ${stderr}\n${this.logTail()}`)
      }
      if (performance.now() > deadline) {
        child.kill('SIGKILL')
        throw new Error(`Libvirtd: no socket after ${this.options.timeoutMs ?? 15_000} ms\n${this.logTail()}`)
      }
      await new Promise((r) => setTimeout(r, 20))
    }
    this.startMs = performance.now() - started
  }
}

function accepts(socket: string): Promise<boolean> {
  if (!existsSync(socket)) return Promise.resolve(false)
  return new Promise((resolve) => {
    const s = connect(socket)
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`Libvirtd: ${cmd} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`)
}

function netnsInode(name: string): number | undefined {
  try {
    return statSync(join('/run/netns', name)).ino
  } catch {
    return undefined
  }
}

function processesInNetns(inode: number): number[] {
  const want = `net:[${inode}]`
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readlinkSync(`/proc/${entry}/ns/net`) === want) pids.push(Number(entry))
    } catch {
      // exited while we looked
    }
  }
  return pids
}

/** Namespaces of test processes that died without cleaning up (named after their pid). */
function removeStaleNamespaces(): void {
  if (!existsSync('/run/netns')) return
  for (const name of readdirSync('/run/netns')) {
    const m = name.startsWith(NETNS_PREFIX) ? /^(\d+)-/.exec(name.slice(NETNS_PREFIX.length)) : null
    if (!m || Number(m[1]) === process.pid || existsSync(`/proc/${m[1]}`)) continue
    const inode = netnsInode(name)
    if (inode !== undefined) for (const pid of processesInNetns(inode)) spawnSync('kill', ['-9', String(pid)])
    spawnSync('ip', ['netns', 'del', name], { stdio: 'ignore' })
  }
}

/** At exit, synchronously kill every daemon this process started and what they left running. */
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const d of live) {
      const pid = d.pid
      if (pid !== undefined) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // gone
        }
      }
      d.killLeftovers()
      spawnSync('ip', ['netns', 'del', d.netns], { stdio: 'ignore' })
      rmSync(d.dir, { recursive: true, force: true })
    }
  })
}
