import { child, children, codec, defineElement, prop, size } from '../core/index.js'
import { DomainCapabilitiesEnum } from './common.js'

/** `<gic>` (`/domainCapabilities/features/gic`). */
export class DomainCapabilitiesFeaturesGic extends defineElement('gic', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<sev>` (`/domainCapabilities/features/sev`). */
export class DomainCapabilitiesFeaturesSev extends defineElement('sev', {
  supported: prop('@supported', codec.yesNo),
  cbitpos: prop('cbitpos', codec.uint),
  reducedPhysBits: prop('reducedPhysBits', codec.uint),
  maxGuests: prop('maxGuests', codec.uint),
  maxESGuests: prop('maxESGuests', codec.uint),
  cpu0Id: prop('cpu0Id', codec.string),
}, { order: ['cbitpos', 'reducedPhysBits', 'maxGuests', 'maxESGuests', 'cpu0Id'] }) {}

/** `<section>` (`/domainCapabilities/features/sgx/sections/section`). */
export class DomainCapabilitiesSgxSection extends defineElement('section', {
  nodeValue: prop('@node', codec.uint),
  size: prop('@size', codec.uint),
  unit: prop('@unit', codec.enum('KiB')),
}) {}

/** `<sections>` (`/domainCapabilities/features/sgx/sections`). */
export class DomainCapabilitiesSgxSections extends defineElement('sections', {
  sections: children('section', DomainCapabilitiesSgxSection),
}) {}

/** `<sgx>` (`/domainCapabilities/features/sgx`). */
export class DomainCapabilitiesFeaturesSgx extends defineElement('sgx', {
  supported: prop('@supported', codec.yesNo),
  flc: prop('flc', codec.yesNo),
  sgx1: prop('sgx1', codec.yesNo),
  sgx2: prop('sgx2', codec.yesNo),
  sectionSize: size('section_size'),
  sections: child('sections', DomainCapabilitiesSgxSections),
}, { order: ['flc', 'sgx1', 'sgx2', 'section_size', 'sections'] }) {}

/** `<hyperv>` (`/domainCapabilities/features/hyperv`). */
export class DomainCapabilitiesFeaturesHyperv extends defineElement('hyperv', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<launchSecurity>` (`/domainCapabilities/features/launchSecurity`). */
export class DomainCapabilitiesFeaturesLaunchSecurity extends defineElement('launchSecurity', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<features>` (`/domainCapabilities/features`). */
export class DomainCapabilitiesFeatures extends defineElement('features', {
  gic: child('gic', DomainCapabilitiesFeaturesGic),
  vmcoreinfoSupported: prop('vmcoreinfo/@supported', codec.yesNo),
  genidSupported: prop('genid/@supported', codec.yesNo),
  backingStoreInputSupported: prop('backingStoreInput/@supported', codec.yesNo),
  backupSupported: prop('backup/@supported', codec.yesNo),
  asyncTeardownSupported: prop('async-teardown/@supported', codec.yesNo),
  s390PvSupported: prop('s390-pv/@supported', codec.yesNo),
  ps2Supported: prop('ps2/@supported', codec.yesNo),
  sev: child('sev', DomainCapabilitiesFeaturesSev),
  sgx: child('sgx', DomainCapabilitiesFeaturesSgx),
  hyperv: child('hyperv', DomainCapabilitiesFeaturesHyperv),
  launchSecurity: child('launchSecurity', DomainCapabilitiesFeaturesLaunchSecurity),
}, { order: ['gic', 'vmcoreinfo', 'genid', 'backingStoreInput', 'backup', 'async-teardown', 's390-pv', 'ps2', 'sev', 'sgx', 'hyperv', 'launchSecurity'] }) {}
