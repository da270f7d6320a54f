// Completeness audit of gvir/gobject against LibvirtGObject: lists every method of every
// LibvirtGObject class in typings/LibvirtGObject-1.0.d.ts (fooAsync/fooFinish/foo collapsed
// into the one libvirt-glib method foo), finds its gvir counterpart in the compiled
// dist/gobject (the camelCase name, or the mapping below), and prints a table.
// Exits 1 when a method has neither a counterpart nor a reason to have none.
//
//   node scripts/api-audit.mjs [--json]      (after `npx tsc -p .`)
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * libvirt-glib methods whose gvir counterpart has another name: `Class.method` → the gvir
 * member (`Class.member`, `static Class.member`, or a getter) that does the job.
 */
const renamed = {
  'Connection.new': 'static Connection.open',
  'Connection.open': 'static Connection.open',
  'Connection.openReadOnly': 'static Connection.open', // Connection.open(uri, { readOnly: true })
  'Connection.getUri': 'Connection.uri',
  'Connection.isOpen': 'Connection.isOpen',
  'Connection.isReadOnly': 'Connection.isReadOnly',
  'Domain.getName': 'Domain.name',
  'Domain.getUuid': 'Domain.uuid',
  'Domain.getId': 'Domain.id',
  'Domain.getPersistent': 'Domain.persistent',
  'Domain.getSaved': 'Domain.saved',
  'DomainDevice.getConfig': 'DomainDevice.getConfigXml', // a device is any element: its XML, read by gconfig's typed device classes
  'DomainDevice.getDomain': 'DomainDevice.domain',
  'DomainSnapshot.getName': 'DomainSnapshot.name',
  'DomainSnapshot.getIsCurrent': 'DomainSnapshot.isCurrent',
  'Interface.getName': 'Interface.name',
  'Interface.getMac': 'Interface.mac',
  'Manager.new': 'static Manager.create',
  'Network.getName': 'Network.name',
  'Network.getUuid': 'Network.uuid',
  'NetworkDHCPLease.getClientId': 'NetworkDHCPLease.clientId',
  'NetworkDHCPLease.getExpiryTime': 'NetworkDHCPLease.expiryTime',
  'NetworkDHCPLease.getHostname': 'NetworkDHCPLease.hostname',
  'NetworkDHCPLease.getIaid': 'NetworkDHCPLease.iaid',
  'NetworkDHCPLease.getIface': 'NetworkDHCPLease.iface',
  'NetworkDHCPLease.getIp': 'NetworkDHCPLease.ip',
  'NetworkDHCPLease.getIpType': 'NetworkDHCPLease.ipType',
  'NetworkDHCPLease.getMac': 'NetworkDHCPLease.mac',
  'NetworkDHCPLease.getPrefix': 'NetworkDHCPLease.prefix',
  'NetworkFilter.getName': 'NetworkFilter.name',
  'NetworkFilter.getUuid': 'NetworkFilter.uuid',
  'NodeDevice.getName': 'NodeDevice.name',
  'Secret.getName': 'Secret.name',
  'Secret.getUuid': 'Secret.uuid',
  'StoragePool.getName': 'StoragePool.name',
  'StoragePool.getUuid': 'StoragePool.uuid',
  'StoragePool.getActive': 'StoragePool.active',
  'StoragePool.getPersistent': 'StoragePool.persistent',
  'StorageVol.getName': 'StorageVol.name',
  // GVirStream's byte calls: send is annotated as UTF-8 text and receive leaves the buffer
  // empty under node-gtk, the callback forms hand JS a C buffer it cannot fill. gvir moves
  // the bytes through the stream's GIO input/output streams, as Node streams.
  'Stream.send': 'Stream.toWritable',
  'Stream.sendAll': 'Stream.toWritable',
  'Stream.receive': 'Stream.toReadable',
  'Stream.receiveAll': 'Stream.toReadable',
  'Stream.addWatch': 'Stream.toDuplex',
}

/** libvirt-glib methods gvir deliberately has no counterpart for, with the reason. */
const omitted = {}

/**
 * Classes gvir wraps fully but cannot hand out (none since gvir lists and finds node
 * devices, secrets and network filters through libvirt itself: the second table).
 */
const unreachable = {}

/**
 * The second table, "beyond libvirt-glib": every libvirt function gvir's native addon
 * (glib/native/*.c) calls itself on libvirt-glib's handles, and the gvir member(s) that
 * reach it. The audit reads the C sources and fails on a call listed nowhere here, and on
 * a member the compiled gobject layer lacks.
 */
const beyond = {
  virConnectListAllDomains: ['Connection.listAllDomains'],
  virDomainGetName: ['Connection.listAllDomains'],
  virDomainGetUUID: ['Connection.listAllDomains'],
  virDomainGetID: ['Connection.listAllDomains'],
  virDomainGetState: ['Connection.listAllDomains', 'Domain.getState'],
  virDomainDefineXML: ['Connection.createDomain'],
  virDomainCreateXML: ['Connection.startDomain'],
  virDomainGetUUIDString: ['Connection.createDomain', 'Connection.startDomain', 'Connection.getAllDomainStats'],
  virConnectGetAllDomainStats: ['Connection.getAllDomainStats'],
  virDomainListGetStats: ['Connection.getAllDomainStats', 'Domain.stats$'],
  virDomainInterfaceAddresses: ['Domain.getInterfaceAddresses'],
  virDomainSetMetadata: ['Domain.setMetadata'],
  virDomainGetMetadata: ['Domain.getMetadata'],
  virConnectListAllNodeDevices: ['Connection.listNodeDevices'],
  virNodeDeviceLookupByName: ['Connection.findNodeDevice'],
  virConnectListAllSecrets: ['Connection.listSecrets'],
  virSecretLookupByUUIDString: ['Connection.findSecretByUuid'],
  virSecretLookupByUsage: ['Connection.findSecretByUsage'],
  virSecretGetUsageID: ['Secret.name'],
  virSecretGetUsageType: ['Secret.usageType'],
  virConnectListAllNWFilters: ['Connection.listNetworkFilters'],
  virNWFilterLookupByName: ['Connection.findNetworkFilterByName'],
  virConnectListAllNetworks: ['Connection.listAllNetworks', 'Connection.networks$'],
  virNetworkDefineXML: ['Connection.createNetwork'],
  virNetworkCreateXML: ['Connection.startNetwork'],
  virNetworkIsActive: ['Network.isActive'],
  virNetworkIsPersistent: ['Network.isPersistent'],
  virNetworkGetAutostart: ['Network.getAutostart'],
  virNetworkSetAutostart: ['Network.setAutostart'],
  virNetworkCreate: ['Network.start'],
  virNetworkDestroy: ['Network.stop'],
  virNetworkUndefine: ['Network.undefine'],
  virStoragePoolCreateXML: ['Connection.startStoragePool'],
  virConnectGetStoragePoolCapabilities: ['Connection.getStoragePoolCapabilities'],
  virStoragePoolIsActive: ['StoragePool.isActive'],
  virStoragePoolIsPersistent: ['StoragePool.isPersistent'],
  virStorageVolGetKey: ['StorageVol.getKey'],
  virStorageVolWipe: ['StorageVol.wipe'],
  virStorageVolWipePattern: ['StorageVol.wipe'],
  // gvir's own event path (glib/native/gvir_events.c, gobject/event-hub.ts)
  virConnectDomainEventRegisterAny: ['Domain.events$', 'Domain.eventsOf'],
  virConnectDomainEventDeregisterAny: ['Domain.events$', 'Domain.eventsOf'],
  virConnectNetworkEventRegisterAny: ['Connection.networkEvents$'],
  virConnectNetworkEventDeregisterAny: ['Connection.networkEvents$'],
  virConnectStoragePoolEventRegisterAny: ['Connection.storagePoolEvents$'],
  virConnectStoragePoolEventDeregisterAny: ['Connection.storagePoolEvents$'],
  virConnectNodeDeviceEventRegisterAny: ['Connection.nodeDeviceEvents$'],
  virConnectNodeDeviceEventDeregisterAny: ['Connection.nodeDeviceEvents$'],
  virConnectSecretEventRegisterAny: ['Connection.secretEvents$'],
  virConnectSecretEventDeregisterAny: ['Connection.secretEvents$'],
  virConnectRegisterCloseCallback: ['Connection.closed$'],
  virConnectUnregisterCloseCallback: ['Connection.closed$'],
  virConnectSetKeepAlive: ['Connection.closed$'],
  virConnectClose: ['Connection.close'],
  virNetworkGetName: ['Connection.networkEvents$'],
  virNetworkGetUUIDString: ['Connection.networkEvents$'],
  virStoragePoolGetName: ['Connection.storagePoolEvents$'],
  virStoragePoolGetUUIDString: ['Connection.storagePoolEvents$'],
  virNodeDeviceGetName: ['Connection.nodeDeviceEvents$'],
  virSecretGetUUIDString: ['Connection.secretEvents$'],
  virConnectOpen: ['Connection.opened$'],
  virConnectOpenReadOnly: ['Connection.isReadOnly'],
  virConnectRef: ['Connection.fetchDomains'],
  virStoragePoolGetConnect: ['StoragePool.cloneVolume'],
  virStorageVolLookupByKey: ['StoragePool.cloneVolume'],
  virStorageVolCreateXMLFrom: ['StoragePool.cloneVolume'],
  virConnectFindStoragePoolSources: ['Connection.findStoragePoolSources'],
  // libvirt's own XML and errors (glib/native/gvir_libvirt.c, issue 13)
  virConnectGetCapabilities: ['Connection.getCapabilities'],
  virDomainGetXMLDesc: ['Domain.getConfig'],
  virDomainSnapshotGetXMLDesc: ['DomainSnapshot.getConfig'],
  virInterfaceGetXMLDesc: ['Interface.getConfig'],
  virNetworkGetXMLDesc: ['Network.getConfig'],
  virNodeDeviceGetXMLDesc: ['NodeDevice.getConfig'],
  virNWFilterGetXMLDesc: ['NetworkFilter.getConfig'],
  virSecretGetXMLDesc: ['Secret.getConfig'],
  virStoragePoolGetXMLDesc: ['StoragePool.getConfig'],
  virStorageVolGetXMLDesc: ['StorageVol.getConfig'],
  virDomainSnapshotCreateXML: ['Domain.createSnapshot'],
  virDomainRevertToSnapshot: ['DomainSnapshot.revertTo'],
  virDomainSnapshotDelete: ['DomainSnapshot.delete'],
  virDomainSnapshotGetName: ['Domain.createSnapshot', 'DomainSnapshot.revertTo', 'DomainSnapshot.delete'],
  virSetErrorFunc: ['Connection.restoreDomainFromFile', 'Domain.saveToFile'],
  // glib/native/gvir_trace.c: the client's RPC trace
  virInitialize: ['glib:rpc$'],
  virLogGetFilters: ['glib:rpc$'],
  virLogGetOutputs: ['glib:rpc$'],
  // glib/native/gvir_ops_virsh.c (gobject/domain-extra.ts, host-extra.ts), for the CLI
  virDomainGetAutostart: ['Domain.getAutostart'],
  virDomainSetAutostart: ['Domain.setAutostart'],
  virDomainSetMemory: ['Domain.setMemory'],
  virDomainSetMaxMemory: ['Domain.setMemory'],
  virDomainSetMemoryFlags: ['Domain.setMemory'],
  virDomainSetVcpus: ['Domain.setVcpus'],
  virDomainSetVcpusFlags: ['Domain.setVcpus'],
  virDomainAttachDevice: ['Domain.attachDevice'],
  virDomainAttachDeviceFlags: ['Domain.attachDevice'],
  virDomainDetachDevice: ['Domain.detachDevice'],
  virDomainDetachDeviceFlags: ['Domain.detachDevice'],
  virDomainManagedSaveRemove: ['Domain.managedSaveRemove'],
  virDomainGetOSType: ['Domain.getOsType'],
  virDomainGetConnect: ['Domain.getVcpus'],
  virNodeGetCPUMap: ['Domain.getVcpus'],
  virDomainGetInfo: ['Domain.getVcpus'],
  virDomainIsActive: ['Domain.getVcpus'],
  virDomainGetVcpus: ['Domain.getVcpus'],
  virDomainGetVcpuPinInfo: ['Domain.getVcpus'],
  virDomainMemoryStats: ['Domain.getMemoryStats'],
  virDomainBlockStats: ['Domain.getBlockStats'],
  virDomainBlockStatsFlags: ['Domain.getBlockStats'],
  virTypedParamsClear: ['Domain.getBlockStats'],
  virDomainInterfaceStats: ['Domain.getInterfaceStats'],
  virDomainGetSecurityLabel: ['Domain.getSecurityLabel'],
  virConnectGetHostname: ['Connection.getHostname'],
  virConnectGetSysinfo: ['Connection.getSysinfo'],
  virConnectGetURI: ['Connection.getUri'],
  virGetVersion: ['Connection.getLibVersion'],
  virConnectGetLibVersion: ['Connection.getLibVersion'],
  virNodeGetSecurityModel: ['Connection.getSecurityModel'],
}

/** libvirt functions the addon calls as plumbing (freeing, error reading), not API of their own, and its pointer types (casts). */
const plumbing = /^vir(\w+Free|GetLastError\w*|ResetLastError|SetErrorFunc|ConnSetErrorFunc|\w+Ptr)$/

/** Every libvirt function glib/native/*.c calls, with the files that call it. */
function nativeLibvirtCalls() {
  const dir = join(root, 'glib/native')
  const calls = new Map()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.c'))) {
    for (const [, fn] of readFileSync(join(dir, file), 'utf8').matchAll(/\b(vir[A-Z]\w+)\s*\(/g)) {
      if (plumbing.test(fn)) continue
      const files = calls.get(fn) ?? new Set()
      files.add(file)
      calls.set(fn, files)
    }
  }
  return calls
}

/** Classes that are not GObject classes with methods (boxed records, handles, privates). */
const isAuditedClass = (name, base) => /^(GObject\.Object|DomainDevice|Gio\.IOStream)$/.test(base) && !/(Private|Handle)$/.test(name)

function libvirtGlibMethods() {
  const text = readFileSync(join(root, 'typings/LibvirtGObject-1.0.d.ts'), 'utf8')
  const classes = []
  const re = /^export class (\w+) extends ([\w.]+) \{\n([\s\S]*?)^\}/gm
  for (let m; (m = re.exec(text));) {
    const [, name, base, body] = m
    if (!isAuditedClass(name, base)) continue
    const methods = new Map()
    for (const line of body.split('\n')) {
      const mm = /^ {2}(static )?(\w+)\(/.exec(line)
      if (!mm) continue
      const method = mm[2]
      if (['constructor', 'on', 'once', 'off', 'emit', 'connect'].includes(method) || method.startsWith('virtual_')) continue
      const base = method.replace(/(Async|Finish)$/, '')
      const forms = methods.get(base) ?? new Set()
      forms.add(method.endsWith('Async') || method.endsWith('Finish') ? 'async' : mm[1] ? 'static' : 'sync')
      methods.set(base, forms)
    }
    classes.push({ name, methods })
  }
  return classes
}

function has(gvir, spec) {
  const m = /^(static )?(\w+)\.(\w+)$/.exec(spec)
  if (!m) return false
  const cls = gvir[m[2]]
  if (typeof cls !== 'function') return false
  return m[1] ? typeof cls[m[3]] === 'function' : m[3] in cls.prototype
}

const gvir = await import(join(root, 'dist/gobject/index.js'))
const glib = await import(join(root, 'dist/glib/index.js'))
const rows = []
for (const { name, methods } of libvirtGlibMethods()) {
  for (const [method, forms] of methods) {
    const key = `${name}.${method}`
    const same = `${name}.${method}`
    let status, counterpart
    if (omitted[key]) {
      status = 'omitted'; counterpart = omitted[key]
    } else if (renamed[key]) {
      counterpart = renamed[key]; status = has(gvir, counterpart) ? 'mapped' : 'missing'
    } else if (has(gvir, same) || has(gvir, `static ${same}`)) {
      status = 'same'; counterpart = same
    } else {
      status = 'missing'; counterpart = '—'
    }
    rows.push({ class: name, method, forms: [...forms].sort().join('+'), gvir: counterpart, status, ...(unreachable[name] ? { note: `unreachable: ${unreachable[name]}` } : {}) })
  }
}

const missing = rows.filter((r) => r.status === 'missing')

/** Whether `spec` ('Class.member') is a member of the compiled gvir class (a method, getter or field-backed getter), or ('name') an exported function. */
function hasMember(spec) {
  // 'glib:name(op)': reached through glib's export `name` (the worker-thread call `op`), no gobject member yet.
  const g = /^glib:([\w$]+)/.exec(spec)
  if (g) return g[1] in glib
  if (/^\w+$/.test(spec)) return typeof gvir[spec] === 'function'
  const m = /^(\w+)\.(\S+)$/.exec(spec)
  const cls = m && gvir[m[1]]
  return typeof cls === 'function' && m[2] in cls.prototype
}

const beyondRows = [...nativeLibvirtCalls()].sort(([a], [b]) => a.localeCompare(b)).map(([fn, files]) => {
  const members = beyond[fn]
  const status = !members ? 'unlisted' : members.every(hasMember) ? 'reached' : 'missing'
  return { libvirt: fn, gvir: members ? members.join(', ') : '—', file: [...files].sort().join(', '), status }
})
const unlisted = beyondRows.filter((r) => r.status !== 'reached')

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, missing: missing.length, unreachable, beyond: beyondRows, beyondMissing: unlisted.length }, null, 2))
} else {
  const header = ['class', 'method', 'forms', 'gvir', 'status']
  const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)))
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd()
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(header.map((h) => r[h])))
  const count = (s) => rows.filter((r) => r.status === s).length
  console.log(`\n${rows.length} libvirt-glib methods: ${count('same')} same name, ${count('mapped')} mapped, ${count('omitted')} omitted with a reason, ${missing.length} missing`)
  for (const [cls, why] of Object.entries(unreachable)) console.log(`unreachable: ${cls} (${why}); gvir wraps one GTK code holds`)
  console.log('\nbeyond libvirt-glib: the libvirt calls gvir makes itself (glib/native), and the gvir members that reach them\n')
  const bh = ['libvirt', 'gvir', 'file', 'status']
  const bw = bh.map((h) => Math.max(h.length, ...beyondRows.map((r) => String(r[h]).length)))
  const bl = (cells) => cells.map((c, i) => String(c).padEnd(bw[i])).join('  ').trimEnd()
  console.log(bl(bh))
  console.log(bw.map((w) => '-'.repeat(w)).join('  '))
  for (const r of beyondRows) console.log(bl(bh.map((h) => r[h])))
  console.log(`\n${beyondRows.length} libvirt calls beyond libvirt-glib: ${beyondRows.length - unlisted.length} reached, ${unlisted.length} unlisted or missing`)
}
if (unlisted.length) {
  console.error(`api-audit: libvirt calls with no gvir member listed (scripts/api-audit.mjs's beyond table) or a member missing: ${unlisted.map((r) => r.libvirt).join(', ')}`)
  process.exitCode = 1
}
if (missing.length) {
  console.error(`api-audit: no gvir counterpart for ${missing.map((r) => `${r.class}.${r.method}`).join(', ')}`)
  process.exitCode = 1
}
