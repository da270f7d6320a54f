import { child, children, codec, defineElement, prop, size } from '../core/index.js'
import { DomainCapabilitiesEnum } from './common.js'

/** `<gic>` (`/domainCapabilities/features/gic`). */
export class DomainCapabilitiesFeaturesGic extends defineElement('gic', {
  /** Supported: `@supported` in `<gic>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<sev>` (`/domainCapabilities/features/sev`). */
export class DomainCapabilitiesFeaturesSev extends defineElement('sev', {
  /** Supported: `@supported` in `<sev>`. */
  supported: prop('@supported', codec.yesNo),
  /** `cbitpos` in `<sev>`. */
  cbitpos: prop('cbitpos', codec.uint),
  /** `reducedPhysBits` in `<sev>`. */
  reducedPhysBits: prop('reducedPhysBits', codec.uint),
  /** `maxGuests` in `<sev>`. */
  maxGuests: prop('maxGuests', codec.uint),
  /** `maxESGuests` in `<sev>`. */
  maxESGuests: prop('maxESGuests', codec.uint),
  /** `cpu0Id` in `<sev>`. */
  cpu0Id: prop('cpu0Id', codec.string),
}, { order: ['cbitpos', 'reducedPhysBits', 'maxGuests', 'maxESGuests', 'cpu0Id'] }) {}

/** `<section>` (`/domainCapabilities/features/sgx/sections/section`). */
export class DomainCapabilitiesSgxSection extends defineElement('section', {
  /** NUMA node: `@node` in `<section>`. */
  nodeValue: prop('@node', codec.uint),
  /** Size: `@size` in `<section>`. */
  size: prop('@size', codec.uint),
  /** Unit: `@unit` in `<section>`. */
  unit: prop('@unit', codec.enum('KiB')),
}) {}

/** `<sections>` (`/domainCapabilities/features/sgx/sections`). */
export class DomainCapabilitiesSgxSections extends defineElement('sections', {
  /** The `<section>` elements (`section`), as a live list. */
  sections: children('section', DomainCapabilitiesSgxSection),
}) {}

/** `<sgx>` (`/domainCapabilities/features/sgx`). */
export class DomainCapabilitiesFeaturesSgx extends defineElement('sgx', {
  /** Supported: `@supported` in `<sgx>`. */
  supported: prop('@supported', codec.yesNo),
  /** `flc` in `<sgx>`. */
  flc: prop('flc', codec.yesNo),
  /** `sgx1` in `<sgx>`. */
  sgx1: prop('sgx1', codec.yesNo),
  /** `sgx2` in `<sgx>`. */
  sgx2: prop('sgx2', codec.yesNo),
  /** Size in bytes: `section_size` in `<sgx>`. */
  sectionSize: size('section_size'),
  /** The `<sections>` element (`sections`), as a view; undefined when absent. */
  sections: child('sections', DomainCapabilitiesSgxSections),
}, { order: ['flc', 'sgx1', 'sgx2', 'section_size', 'sections'] }) {}

/** `<hyperv>` (`/domainCapabilities/features/hyperv`). */
export class DomainCapabilitiesFeaturesHyperv extends defineElement('hyperv', {
  /** Supported: `@supported` in `<hyperv>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<launchSecurity>` (`/domainCapabilities/features/launchSecurity`). */
export class DomainCapabilitiesFeaturesLaunchSecurity extends defineElement('launchSecurity', {
  /** Supported: `@supported` in `<launchSecurity>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<features>` (`/domainCapabilities/features`). */
export class DomainCapabilitiesFeatures extends defineElement('features', {
  /** The `<gic>` element (`gic`), as a view; undefined when absent. */
  gic: child('gic', DomainCapabilitiesFeaturesGic),
  /** Supported: `vmcoreinfo/@supported` in `<features>`. */
  vmcoreinfoSupported: prop('vmcoreinfo/@supported', codec.yesNo),
  /** Supported: `genid/@supported` in `<features>`. */
  genidSupported: prop('genid/@supported', codec.yesNo),
  /** Supported: `backingStoreInput/@supported` in `<features>`. */
  backingStoreInputSupported: prop('backingStoreInput/@supported', codec.yesNo),
  /** Supported: `backup/@supported` in `<features>`. */
  backupSupported: prop('backup/@supported', codec.yesNo),
  /** Supported: `async-teardown/@supported` in `<features>`. */
  asyncTeardownSupported: prop('async-teardown/@supported', codec.yesNo),
  /** Supported: `s390-pv/@supported` in `<features>`. */
  s390PvSupported: prop('s390-pv/@supported', codec.yesNo),
  /** Supported: `ps2/@supported` in `<features>`. */
  ps2Supported: prop('ps2/@supported', codec.yesNo),
  /** The `<sev>` element (`sev`), as a view; undefined when absent. */
  sev: child('sev', DomainCapabilitiesFeaturesSev),
  /** The `<sgx>` element (`sgx`), as a view; undefined when absent. */
  sgx: child('sgx', DomainCapabilitiesFeaturesSgx),
  /** The `<hyperv>` element (`hyperv`), as a view; undefined when absent. */
  hyperv: child('hyperv', DomainCapabilitiesFeaturesHyperv),
  /** The `<launchSecurity>` element (`launchSecurity`), as a view; undefined when absent. */
  launchSecurity: child('launchSecurity', DomainCapabilitiesFeaturesLaunchSecurity),
}, { order: ['gic', 'vmcoreinfo', 'genid', 'backingStoreInput', 'backup', 'async-teardown', 's390-pv', 'ps2', 'sev', 'sgx', 'hyperv', 'launchSecurity'] }) {}
