/**
 * gvir/gobject: LibvirtGObject as Promise/Observable objects. Connection, Domain and the
 * other libvirt objects, one gvir object per GObject, configs as gconfig documents.
 * @module
 */
export { GvirObject, wrapObject, lookupObject } from './object.js'
export type { AnyGObject, GvirClass } from './object.js'
export type { XmlConfig, ConfigInput } from './config.js'
export { Connection } from './connection.js'
export type { ConnectionDomainEvent, KeepAliveOptions, ConnectionOpenOptions, NodeInfo, DomainCapabilitiesOptions, StartDomainOptions, RestoreDomainOptions } from './connection.js'
export { Domain } from './domain.js'
export type {
  DomainStartOptions, DomainShutdownOptions, DomainDeleteOptions, DomainXmlOptions, DomainUpdateDeviceOptions,
  DomainSnapshotCreateOptions, DomainSnapshotListOptions, DomainScreenshotOptions, DomainScreenshot, DomainConsoleOptions,
} from './domain.js'
export { domainEventDetails } from './domain-events.js'
export type { DomainEvent, DomainEventOf, DomainEventType, DomainEventDetail } from './domain-events.js'
export type { DomainInfo, DomainState, DomainSummary } from './domain-info.js'
export { DomainDevice, DomainDisk, DomainInterface } from './domain-device.js'
export type { DomainDiskStats, DomainInterfaceStats, DomainDiskResizeOptions } from './domain-device.js'
export { DomainSnapshot } from './domain-snapshot.js'
export type { DomainSnapshotRevertOptions, DomainSnapshotDeleteOptions } from './domain-snapshot.js'
export { Manager } from './manager.js'
export type { ManagerDomainEvent } from './manager.js'
export { StoragePool } from './storage-pool.js'
export type { StoragePoolState, StoragePoolInfo, StoragePoolBuildOptions, StoragePoolStartOptions, StoragePoolDeleteOptions, StoragePoolXmlOptions } from './storage-pool.js'
export { StorageVol } from './storage-vol.js'
export type { StorageVolType, StorageVolInfo, StorageVolResizeOptions, StorageVolTransferOptions } from './storage-vol.js'
export { Network } from './network.js'
export type { NetworkDhcpLeasesOptions } from './network.js'
export { NetworkDHCPLease } from './network-dhcp-lease.js'
export type { IPAddrType } from './network-dhcp-lease.js'
export { Interface } from './interface.js'
export type { InterfaceXmlOptions } from './interface.js'
export { NetworkFilter } from './network-filter.js'
export { NodeDevice } from './node-device.js'
export { Secret } from './secret.js'
export { Stream } from './stream.js'
export type { StreamOptions, StreamProgress } from './stream.js'
export { lifecycleEventDetails } from './domain-events.js'
export type { DomainAnyEvent, DomainAnyEventType, DomainEventOfType, DomainGuestEvent, LifecycleEvent, LifecycleEventType, GraphicsAddress, GraphicsIdentity, TypedParamValue } from './domain-events.js'
export type { NetworkEvent, StoragePoolEvent, NodeDeviceEvent, SecretEvent, ConnectionCloseReason } from './host-events.js'
export type { EventOfType, NoDetail, RebootEvent, RtcChangeEvent, WatchdogEvent, IoErrorEvent, GraphicsEvent, ControlErrorEvent, BlockJobEvent, DiskChangeEvent, TrayChangeEvent, BalloonChangeEvent, DeviceAddedEvent, DeviceRemovedEvent, DeviceRemovalFailedEvent, TunableEvent, AgentLifecycleEvent, MigrationIterationEvent, JobCompletedEvent, MetadataChangeEvent, BlockThresholdEvent, MemoryFailureEvent, MemoryDeviceSizeChangeEvent } from './domain-events.js'
// Beyond libvirt-glib (libvirt's own calls on libvirt-glib's handles: glib/native/gvir_ops_beyond.c)
export type { NodeDeviceCap, ListNodeDevicesOptions, SecretUsageType } from './host-objects.js'
export { domainStatsGroups } from './domain-stats.js'
export type { DomainStatsGroup, DomainStatsValue, DomainStatsRecord, DomainStatsOptions, DomainStatsSample, DomainStatsStreamOptions, DiskRates, NicRates } from './domain-stats.js'
export type { InterfaceAddressSource, InterfaceAddress, DomainInterfaceAddresses, InterfaceAddressesOptions } from './domain-addresses.js'
export type { DomainMetadataType, DomainMetadataImpact, DomainMetadataGetOptions, DomainMetadataSetOptions } from './domain-metadata.js'
export type { StorageVolWipeOptions } from './storage-vol.js'
export type { Version } from './version.js'
export type {
  DomainModifyOptions, DomainSetMemoryOptions, DomainSetVcpusOptions, DomainStateReason, DomainVcpu, DomainMemoryStats,
  DomainSecurityLabel,
} from './domain-extra.js'
export type { LibvirtVersions, SecurityModel } from './host-extra.js'
