/**
 * `<features>`: hypervisor features (ACPI, APIC, PAE, HAP, Hyper-V enlightenments, KVM and Xen
 * options, SMM, GIC, IOAPIC, container capabilities, pSeries and RISC-V options…).
 * @module
 */
import { child, codec, defineElement, flag, prop, size } from '../core/index.js'

/** `<hyperv>`: Hyper-V enlightenments. An element without `state` counts as on. */
export class DomainFeatureHyperv extends defineElement('hyperv', {
  /** `custom` lists each enlightenment; `passthrough` copies the host's. */
  mode: prop('@mode', codec.enum('custom', 'passthrough')),
  /** `<relaxed>` present. */
  relaxed: flag('relaxed'),
  /** `<relaxed state>`: relaxed timing. */
  relaxedState: prop('relaxed/@state', codec.onOff),
  /** `<vapic>` present. */
  vapic: flag('vapic'),
  /** `<vapic state>`: virtual APIC. */
  vapicState: prop('vapic/@state', codec.onOff),
  /** `<spinlocks>` present. */
  spinlocks: flag('spinlocks'),
  /** `<spinlocks state>`: paravirtual spinlocks. */
  spinlocksState: prop('spinlocks/@state', codec.onOff),
  /** `<vpindex>` present. */
  vpindex: flag('vpindex'),
  /** `<vpindex state>`: virtual processor index. */
  vpindexState: prop('vpindex/@state', codec.onOff),
  /** `<runtime>` present. */
  runtime: flag('runtime'),
  /** `<runtime state>`: processor time spent. */
  runtimeState: prop('runtime/@state', codec.onOff),
  /** `<synic>` present. */
  synic: flag('synic'),
  /** `<synic state>`: synthetic interrupt controller. */
  synicState: prop('synic/@state', codec.onOff),
  /** `<stimer>` present. */
  stimer: flag('stimer'),
  /** `<stimer state>`: synthetic timers. */
  stimerState: prop('stimer/@state', codec.onOff),
  /** `<reset>` present. */
  reset: flag('reset'),
  /** `<reset state>`: hypervisor reset. */
  resetState: prop('reset/@state', codec.onOff),
  /** `<vendor_id>` present. */
  vendorId: flag('vendor_id'),
  /** `<vendor_id state>`: vendor id override. */
  vendorIdState: prop('vendor_id/@state', codec.onOff),
  /** `<frequencies>` present. */
  frequencies: flag('frequencies'),
  /** `<frequencies state>`: frequency MSRs. */
  frequenciesState: prop('frequencies/@state', codec.onOff),
  /** `<reenlightenment>` present. */
  reenlightenment: flag('reenlightenment'),
  /** `<reenlightenment state>`: re-enlightenment on migration. */
  reenlightenmentState: prop('reenlightenment/@state', codec.onOff),
  /** `<tlbflush>` present. */
  tlbflush: flag('tlbflush'),
  /** `<tlbflush state>`: paravirtual TLB flush. */
  tlbflushState: prop('tlbflush/@state', codec.onOff),
  /** `<ipi>` present. */
  ipi: flag('ipi'),
  /** `<ipi state>`: paravirtual IPI. */
  ipiState: prop('ipi/@state', codec.onOff),
  /** `<evmcs>` present. */
  evmcs: flag('evmcs'),
  /** `<evmcs state>`: enlightened VMCS. */
  evmcsState: prop('evmcs/@state', codec.onOff),
  /** `<avic>` present. */
  avic: flag('avic'),
  /** `<avic state>`: AVIC/APICv. */
  avicState: prop('avic/@state', codec.onOff),
  /** `<emsr_bitmap>` present. */
  emsrBitmap: flag('emsr_bitmap'),
  /** `<emsr_bitmap state>`: enlightened MSR bitmap. */
  emsrBitmapState: prop('emsr_bitmap/@state', codec.onOff),
  /** `<xmm_input>` present. */
  xmmInput: flag('xmm_input'),
  /** `<xmm_input state>`: XMM input for hypercalls. */
  xmmInputState: prop('xmm_input/@state', codec.onOff),
  /** Spinlock retries before notifying the hypervisor. */
  spinlocksRetries: prop('spinlocks/@retries', codec.uint),
  /** Direct synthetic timers. */
  stimerDirectState: prop('stimer/direct/@state', codec.onOff),
  /** Vendor id shown to the guest (up to 12 characters). */
  vendorIdValue: prop('vendor_id/@value', codec.pattern(/^[^\x00-\x1f]{0,12}$/, 'up to 12 characters')),
  /** Direct TLB flush. */
  tlbflushDirectState: prop('tlbflush/direct/@state', codec.onOff),
  /** Extended TLB flush. */
  tlbflushExtendedState: prop('tlbflush/extended/@state', codec.onOff),
}, { order: ['relaxed', 'vapic', 'spinlocks', 'vpindex', 'runtime', 'synic', 'stimer', 'reset', 'vendor_id', 'frequencies', 'reenlightenment', 'tlbflush', 'ipi', 'evmcs', 'avic', 'emsr_bitmap', 'xmm_input'] }) {}

/** `<kvm>`: KVM options. */
export class DomainFeatureKvm extends defineElement('kvm', {
  /** `<hidden>` present. */
  hidden: flag('hidden'),
  /** `<hidden state>`: hide KVM from the guest. */
  hiddenState: prop('hidden/@state', codec.onOff),
  /** `<hint-dedicated>` present. */
  hintDedicated: flag('hint-dedicated'),
  /** `<hint-dedicated state>`: vCPUs are pinned to dedicated pCPUs. */
  hintDedicatedState: prop('hint-dedicated/@state', codec.onOff),
  /** `<poll-control>` present. */
  pollControl: flag('poll-control'),
  /** `<poll-control state>`: host-side polling. */
  pollControlState: prop('poll-control/@state', codec.onOff),
  /** `<pv-ipi>` present. */
  pvIpi: flag('pv-ipi'),
  /** `<pv-ipi state>`: paravirtual IPI. */
  pvIpiState: prop('pv-ipi/@state', codec.onOff),
  /** `<dirty-ring>` present. */
  dirtyRing: flag('dirty-ring'),
  /** `<dirty-ring state>`: dirty ring tracking. */
  dirtyRingState: prop('dirty-ring/@state', codec.onOff),
  /** Dirty ring size (entries, power of 2). */
  dirtyRingSize: prop('dirty-ring/@size', codec.uint),
}, { order: ['hidden', 'hint-dedicated', 'poll-control', 'pv-ipi', 'dirty-ring'] }) {}

/** `<xen>`: Xen options. */
export class DomainFeatureXen extends defineElement('xen', {
  /** `<e820_host>` present. */
  e820Host: flag('e820_host'),
  /** `<e820_host state>`: expose the host e820 map. */
  e820HostState: prop('e820_host/@state', codec.onOff),
  /** `<passthrough>` present. */
  passthrough: flag('passthrough'),
  /** `<passthrough state>`: PCI passthrough. */
  passthroughState: prop('passthrough/@state', codec.onOff),
  /** Passthrough mode (`sync_pt`, `share_pt`). */
  passthroughMode: prop('passthrough/@mode', codec.enum('sync_pt', 'share_pt')),
}, { order: ['e820_host', 'passthrough'] }) {}

/** `<capabilities>`: Linux capabilities of a container. */
export class DomainFeatureCapabilities extends defineElement('capabilities', {
  /** Default policy for capabilities not listed. */
  policy: prop('@policy', codec.enum('default', 'allow', 'deny')),
  /** Capability `audit_control`: on keeps it, off drops it. */
  auditControl: prop('audit_control/@state', codec.onOff),
  /** Capability `audit_write`: on keeps it, off drops it. */
  auditWrite: prop('audit_write/@state', codec.onOff),
  /** Capability `block_suspend`: on keeps it, off drops it. */
  blockSuspend: prop('block_suspend/@state', codec.onOff),
  /** Capability `chown`: on keeps it, off drops it. */
  chown: prop('chown/@state', codec.onOff),
  /** Capability `dac_override`: on keeps it, off drops it. */
  dacOverride: prop('dac_override/@state', codec.onOff),
  /** Capability `dac_read_search`: on keeps it, off drops it. */
  dacReadSearch: prop('dac_read_search/@state', codec.onOff),
  /** Capability `fowner`: on keeps it, off drops it. */
  fowner: prop('fowner/@state', codec.onOff),
  /** Capability `fsetid`: on keeps it, off drops it. */
  fsetid: prop('fsetid/@state', codec.onOff),
  /** Capability `ipc_lock`: on keeps it, off drops it. */
  ipcLock: prop('ipc_lock/@state', codec.onOff),
  /** Capability `ipc_owner`: on keeps it, off drops it. */
  ipcOwner: prop('ipc_owner/@state', codec.onOff),
  /** Capability `kill`: on keeps it, off drops it. */
  kill: prop('kill/@state', codec.onOff),
  /** Capability `lease`: on keeps it, off drops it. */
  lease: prop('lease/@state', codec.onOff),
  /** Capability `linux_immutable`: on keeps it, off drops it. */
  linuxImmutable: prop('linux_immutable/@state', codec.onOff),
  /** Capability `mac_admin`: on keeps it, off drops it. */
  macAdmin: prop('mac_admin/@state', codec.onOff),
  /** Capability `mac_override`: on keeps it, off drops it. */
  macOverride: prop('mac_override/@state', codec.onOff),
  /** Capability `mknod`: on keeps it, off drops it. */
  mknod: prop('mknod/@state', codec.onOff),
  /** Capability `net_admin`: on keeps it, off drops it. */
  netAdmin: prop('net_admin/@state', codec.onOff),
  /** Capability `net_bind_service`: on keeps it, off drops it. */
  netBindService: prop('net_bind_service/@state', codec.onOff),
  /** Capability `net_broadcast`: on keeps it, off drops it. */
  netBroadcast: prop('net_broadcast/@state', codec.onOff),
  /** Capability `net_raw`: on keeps it, off drops it. */
  netRaw: prop('net_raw/@state', codec.onOff),
  /** Capability `setgid`: on keeps it, off drops it. */
  setgid: prop('setgid/@state', codec.onOff),
  /** Capability `setfcap`: on keeps it, off drops it. */
  setfcap: prop('setfcap/@state', codec.onOff),
  /** Capability `setpcap`: on keeps it, off drops it. */
  setpcap: prop('setpcap/@state', codec.onOff),
  /** Capability `setuid`: on keeps it, off drops it. */
  setuid: prop('setuid/@state', codec.onOff),
  /** Capability `sys_admin`: on keeps it, off drops it. */
  sysAdmin: prop('sys_admin/@state', codec.onOff),
  /** Capability `sys_boot`: on keeps it, off drops it. */
  sysBoot: prop('sys_boot/@state', codec.onOff),
  /** Capability `sys_chroot`: on keeps it, off drops it. */
  sysChroot: prop('sys_chroot/@state', codec.onOff),
  /** Capability `sys_module`: on keeps it, off drops it. */
  sysModule: prop('sys_module/@state', codec.onOff),
  /** Capability `sys_nice`: on keeps it, off drops it. */
  sysNice: prop('sys_nice/@state', codec.onOff),
  /** Capability `sys_pacct`: on keeps it, off drops it. */
  sysPacct: prop('sys_pacct/@state', codec.onOff),
  /** Capability `sys_ptrace`: on keeps it, off drops it. */
  sysPtrace: prop('sys_ptrace/@state', codec.onOff),
  /** Capability `sys_rawio`: on keeps it, off drops it. */
  sysRawio: prop('sys_rawio/@state', codec.onOff),
  /** Capability `sys_resource`: on keeps it, off drops it. */
  sysResource: prop('sys_resource/@state', codec.onOff),
  /** Capability `sys_time`: on keeps it, off drops it. */
  sysTime: prop('sys_time/@state', codec.onOff),
  /** Capability `sys_tty_config`: on keeps it, off drops it. */
  sysTtyConfig: prop('sys_tty_config/@state', codec.onOff),
  /** Capability `syslog`: on keeps it, off drops it. */
  syslog: prop('syslog/@state', codec.onOff),
  /** Capability `wake_alarm`: on keeps it, off drops it. */
  wakeAlarm: prop('wake_alarm/@state', codec.onOff),
}) {}

/** `<features>`: hypervisor features. */
export class DomainFeatures extends defineElement('features', {
  /** `<pvspinlock>` present. */
  pvspinlock: flag('pvspinlock'),
  /** `<pvspinlock state>`: paravirtual spinlocks. */
  pvspinlockState: prop('pvspinlock/@state', codec.onOff),
  /** `<pmu>` present. */
  pmu: flag('pmu'),
  /** `<pmu state>`: performance monitoring unit. */
  pmuState: prop('pmu/@state', codec.onOff),
  /** `<vmport>` present. */
  vmport: flag('vmport'),
  /** `<vmport state>`: VMware I/O port. */
  vmportState: prop('vmport/@state', codec.onOff),
  /** `<smm>` present. */
  smm: flag('smm'),
  /** `<smm state>`: system management mode. */
  smmState: prop('smm/@state', codec.onOff),
  /** `<vmcoreinfo>` present. */
  vmcoreinfo: flag('vmcoreinfo'),
  /** `<vmcoreinfo state>`: vmcoreinfo device. */
  vmcoreinfoState: prop('vmcoreinfo/@state', codec.onOff),
  /** `<htm>` present. */
  htm: flag('htm'),
  /** `<htm state>`: hardware transactional memory (pSeries). */
  htmState: prop('htm/@state', codec.onOff),
  /** `<nested-hv>` present. */
  nestedHv: flag('nested-hv'),
  /** `<nested-hv state>`: nested HV (pSeries). */
  nestedHvState: prop('nested-hv/@state', codec.onOff),
  /** `<ccf-assist>` present. */
  ccfAssist: flag('ccf-assist'),
  /** `<ccf-assist state>`: count cache flush assist (pSeries). */
  ccfAssistState: prop('ccf-assist/@state', codec.onOff),
  /** `<ras>` present. */
  ras: flag('ras'),
  /** `<ras state>`: RAS (ARM). */
  rasState: prop('ras/@state', codec.onOff),
  /** `<ps2>` present. */
  ps2: flag('ps2'),
  /** `<ps2 state>`: PS/2 controller. */
  ps2State: prop('ps2/@state', codec.onOff),
  /** `<async-teardown>` present. */
  asyncTeardown: flag('async-teardown'),
  /** `<privnet>` present. */
  privnet: flag('privnet'),
  /** `<viridian>` present. */
  viridian: flag('viridian'),
  /** `<pae>` present. */
  pae: flag('pae'),
  /** `<acpi>` present. */
  acpi: flag('acpi'),
  /** `<hap>` present. */
  hap: flag('hap'),
  /** `<hap state>`: hardware assisted paging. */
  hapState: prop('hap/@state', codec.onOff),
  /** `<apic>` present. */
  apic: flag('apic'),
  /** APIC end-of-interrupt. */
  apicEoi: prop('apic/@eoi', codec.onOff),
  /** Hyper-V enlightenments. */
  hyperv: child('hyperv', DomainFeatureHyperv),
  /** KVM options. */
  kvm: child('kvm', DomainFeatureKvm),
  /** Xen options. */
  xen: child('xen', DomainFeatureXen),
  /** Container capabilities. */
  capabilities: child('capabilities', DomainFeatureCapabilities),
  /** GIC version (ARM). */
  gicVersion: prop('gic/@version', codec.enum('2', '3', 'host')),
  /** SMM TSEG size, bytes. */
  smmTseg: size('smm/tseg', { defaultUnit: 'MiB' }),
  /** IOAPIC driver. */
  ioapicDriver: prop('ioapic/@driver', codec.enum('kvm', 'qemu')),
  /** HPT resizing (pSeries). */
  hptResizing: prop('hpt/@resizing', codec.enum('enabled', 'disabled', 'required')),
  /** Maximum HPT page size, bytes (pSeries). */
  hptMaxpagesize: size('hpt/maxpagesize', { defaultUnit: 'KiB' }),
  /** What to do with unknown MSRs. */
  msrsUnknown: prop('msrs/@unknown', codec.enum('ignore', 'fault')),
  /** Cache flush on privilege change (pSeries). */
  cfpcValue: prop('cfpc/@value', codec.enum('broken', 'workaround', 'fixed')),
  /** Speculation barrier (pSeries). */
  sbbcValue: prop('sbbc/@value', codec.enum('broken', 'workaround', 'fixed')),
  /** Indirect branch speculation (pSeries). */
  ibsValue: prop('ibs/@value', codec.enum('broken', 'workaround', 'fixed-ibs', 'fixed-ccd', 'fixed-na')),
  /** TCG translation block cache size, bytes. */
  tcgTbCache: size('tcg/tb-cache', { defaultUnit: 'KiB' }),
  /** Asynchronous teardown enabled (s390). */
  asyncTeardownEnabled: prop('async-teardown/@enabled', codec.yesNo),
  /** RISC-V AIA mode. */
  aiaValue: prop('aia/@value', codec.enum('none', 'aplic', 'aplic-imsic')),
}, {
  order: ['acpi', 'apic', 'pae', 'hap', 'viridian', 'privnet', 'hyperv', 'kvm', 'xen', 'pvspinlock', 'capabilities', 'pmu', 'vmport', 'gic', 'smm',
    'ioapic', 'hpt', 'vmcoreinfo', 'htm', 'nested-hv', 'msrs', 'ccf-assist', 'cfpc', 'sbbc', 'ibs', 'tcg', 'async-teardown', 'ras', 'ps2', 'aia'],
}) {}
