/**
 * The message formats libvirt builds its error texts from, as data.
 *
 * libvirt's `virReportError(code, fmt, …)` formats the caller's text into `info`, then
 * writes the message through `virErrorMsg(code, info)`: the table's `msginfo` format
 * with `%s` = info, or its bare `msg` when there is no info (libvirt 11.x,
 * `src/util/virerror.c`, `virErrorMsgStrings`). That table is the only place a code
 * leaves a trace in the text node-gtk hands us, so it is what {@link parseVirErrorMessage}
 * reads codes back from.
 * @module
 */
import { VirErrorCode as C } from './error-codes.js'

/** One row of libvirt's `virErrorMsgStrings`: the bare message and the `%s` format. */
export interface VirErrorMessageFormats {
  readonly code: C
  /** Text used when the error carries no extra information. */
  readonly msg: string
  /** printf format with exactly one `%s`, used when it does. */
  readonly msginfo: string
}

/** libvirt's `virErrorMsgStrings`, every code that has a message (all but `VIR_ERR_OK`). */
export const virErrorMessageTable: readonly VirErrorMessageFormats[] = ([
  [C.VIR_ERR_INTERNAL_ERROR, 'internal error', 'internal error: %s'],
  [C.VIR_ERR_NO_MEMORY, 'out of memory', 'out of memory: %s'],
  [C.VIR_ERR_NO_SUPPORT, 'this function is not supported by the connection driver', 'this function is not supported by the connection driver: %s'],
  [C.VIR_ERR_UNKNOWN_HOST, 'unknown host', 'unknown host %s'],
  [C.VIR_ERR_NO_CONNECT, 'no connection driver available', 'no connection driver available for %s'],
  [C.VIR_ERR_INVALID_CONN, 'invalid connection pointer in', 'invalid connection pointer in %s'],
  [C.VIR_ERR_INVALID_DOMAIN, 'invalid domain pointer in', 'invalid domain pointer in %s'],
  [C.VIR_ERR_INVALID_ARG, 'invalid argument', 'invalid argument: %s'],
  [C.VIR_ERR_OPERATION_FAILED, 'operation failed', 'operation failed: %s'],
  [C.VIR_ERR_GET_FAILED, 'GET operation failed', 'GET operation failed: %s'],
  [C.VIR_ERR_POST_FAILED, 'POST operation failed', 'POST operation failed: %s'],
  [C.VIR_ERR_HTTP_ERROR, 'got unknown HTTP error code', 'got unknown HTTP error code %s'],
  [C.VIR_ERR_SEXPR_SERIAL, 'failed to serialize S-Expr', 'failed to serialize S-Expr: %s'],
  [C.VIR_ERR_NO_XEN, 'could not use Xen hypervisor entry', 'could not use Xen hypervisor entry %s'],
  [C.VIR_ERR_XEN_CALL, 'failed Xen syscall', 'failed Xen syscall %s'],
  [C.VIR_ERR_OS_TYPE, 'unknown OS type', 'unknown OS type %s'],
  [C.VIR_ERR_NO_KERNEL, 'missing kernel information', 'missing kernel information: %s'],
  [C.VIR_ERR_NO_ROOT, 'missing root device information', 'missing root device information in %s'],
  [C.VIR_ERR_NO_SOURCE, 'missing source information for device', 'missing source information for device %s'],
  [C.VIR_ERR_NO_TARGET, 'missing target information for device', 'missing target information for device %s'],
  [C.VIR_ERR_NO_NAME, 'missing name information', 'missing name information in %s'],
  [C.VIR_ERR_NO_OS, 'missing operating system information', 'missing operating system information for %s'],
  [C.VIR_ERR_NO_DEVICE, 'missing devices information', 'missing devices information for %s'],
  [C.VIR_ERR_NO_XENSTORE, 'could not connect to Xen Store', 'could not connect to Xen Store %s'],
  [C.VIR_ERR_DRIVER_FULL, 'too many drivers registered', 'too many drivers registered in %s'],
  [C.VIR_ERR_CALL_FAILED, 'library call failed', 'library call failed: %s'],
  [C.VIR_ERR_XML_ERROR, 'XML description is invalid or not well formed', 'XML error: %s'],
  [C.VIR_ERR_DOM_EXIST, 'this domain exists already', 'domain %s exists already'],
  [C.VIR_ERR_OPERATION_DENIED, 'operation forbidden for read only access', 'operation forbidden: %s'],
  [C.VIR_ERR_OPEN_FAILED, 'failed to open configuration file', 'failed to open configuration file %s'],
  [C.VIR_ERR_READ_FAILED, 'failed to read configuration file', 'failed to read configuration file %s'],
  [C.VIR_ERR_PARSE_FAILED, 'failed to parse configuration file', 'failed to parse configuration file %s'],
  [C.VIR_ERR_CONF_SYNTAX, 'configuration file syntax error', 'configuration file syntax error: %s'],
  [C.VIR_ERR_WRITE_FAILED, 'failed to write configuration file', 'failed to write configuration file: %s'],
  [C.VIR_ERR_XML_DETAIL, 'parser error', '%s'],
  [C.VIR_ERR_INVALID_NETWORK, 'invalid network pointer in', 'invalid network pointer in %s'],
  [C.VIR_ERR_NETWORK_EXIST, 'this network exists already', 'network %s exists already'],
  [C.VIR_ERR_SYSTEM_ERROR, 'system call error', '%s'],
  [C.VIR_ERR_RPC, 'RPC error', '%s'],
  [C.VIR_ERR_GNUTLS_ERROR, 'GNUTLS call error', '%s'],
  [C.VIR_WAR_NO_NETWORK, 'Failed to find the network', 'Failed to find the network: %s'],
  [C.VIR_ERR_NO_DOMAIN, 'Domain not found', 'Domain not found: %s'],
  [C.VIR_ERR_NO_NETWORK, 'Network not found', 'Network not found: %s'],
  [C.VIR_ERR_INVALID_MAC, 'invalid MAC address', 'invalid MAC address: %s'],
  [C.VIR_ERR_AUTH_FAILED, 'authentication failed', 'authentication failed: %s'],
  [C.VIR_ERR_INVALID_STORAGE_POOL, 'invalid storage pool pointer in', 'invalid storage pool pointer in %s'],
  [C.VIR_ERR_INVALID_STORAGE_VOL, 'invalid storage volume pointer in', 'invalid storage volume pointer in %s'],
  [C.VIR_WAR_NO_STORAGE, 'Failed to find a storage driver', 'Failed to find a storage driver: %s'],
  [C.VIR_ERR_NO_STORAGE_POOL, 'Storage pool not found', 'Storage pool not found: %s'],
  [C.VIR_ERR_NO_STORAGE_VOL, 'Storage volume not found', 'Storage volume not found: %s'],
  [C.VIR_WAR_NO_NODE, 'Failed to find a node driver', 'Failed to find a node driver: %s'],
  [C.VIR_ERR_INVALID_NODE_DEVICE, 'invalid node device pointer', 'invalid node device pointer in %s'],
  [C.VIR_ERR_NO_NODE_DEVICE, 'Node device not found', 'Node device not found: %s'],
  [C.VIR_ERR_NO_SECURITY_MODEL, 'Security model not found', 'Security model not found: %s'],
  [C.VIR_ERR_OPERATION_INVALID, 'Requested operation is not valid', 'Requested operation is not valid: %s'],
  [C.VIR_WAR_NO_INTERFACE, 'Failed to find the interface', 'Failed to find the interface: %s'],
  [C.VIR_ERR_NO_INTERFACE, 'Interface not found', 'Interface not found: %s'],
  [C.VIR_ERR_INVALID_INTERFACE, 'invalid interface pointer in', 'invalid interface pointer in %s'],
  [C.VIR_ERR_MULTIPLE_INTERFACES, 'multiple matching interfaces found', 'multiple matching interfaces found: %s'],
  [C.VIR_WAR_NO_NWFILTER, 'Failed to start the nwfilter driver', 'Failed to start the nwfilter driver: %s'],
  [C.VIR_ERR_INVALID_NWFILTER, 'Invalid network filter', 'Invalid network filter: %s'],
  [C.VIR_ERR_NO_NWFILTER, 'Network filter not found', 'Network filter not found: %s'],
  [C.VIR_ERR_BUILD_FIREWALL, 'Error while building firewall', 'Error while building firewall: %s'],
  [C.VIR_WAR_NO_SECRET, 'Failed to find a secret storage driver', 'Failed to find a secret storage driver: %s'],
  [C.VIR_ERR_INVALID_SECRET, 'Invalid secret', 'Invalid secret: %s'],
  [C.VIR_ERR_NO_SECRET, 'Secret not found', 'Secret not found: %s'],
  [C.VIR_ERR_CONFIG_UNSUPPORTED, 'unsupported configuration', 'unsupported configuration: %s'],
  [C.VIR_ERR_OPERATION_TIMEOUT, 'Timed out during operation', 'Timed out during operation: %s'],
  [C.VIR_ERR_MIGRATE_PERSIST_FAILED, 'Failed to make domain persistent after migration', 'Failed to make domain persistent after migration: %s'],
  [C.VIR_ERR_HOOK_SCRIPT_FAILED, 'Hook script execution failed', 'Hook script execution failed: %s'],
  [C.VIR_ERR_INVALID_DOMAIN_SNAPSHOT, 'Invalid domain snapshot', 'Invalid domain snapshot: %s'],
  [C.VIR_ERR_NO_DOMAIN_SNAPSHOT, 'Domain snapshot not found', 'Domain snapshot not found: %s'],
  [C.VIR_ERR_INVALID_STREAM, 'invalid stream pointer', 'invalid stream pointer in %s'],
  [C.VIR_ERR_ARGUMENT_UNSUPPORTED, 'argument unsupported', 'argument unsupported: %s'],
  [C.VIR_ERR_STORAGE_PROBE_FAILED, 'Storage pool probe failed', 'Storage pool probe failed: %s'],
  [C.VIR_ERR_STORAGE_POOL_BUILT, 'Storage pool already built', 'Storage pool already built: %s'],
  [C.VIR_ERR_SNAPSHOT_REVERT_RISKY, 'revert requires force', 'revert requires force: %s'],
  [C.VIR_ERR_OPERATION_ABORTED, 'operation aborted', 'operation aborted: %s'],
  [C.VIR_ERR_AUTH_CANCELLED, 'authentication cancelled', 'authentication cancelled: %s'],
  [C.VIR_ERR_NO_DOMAIN_METADATA, 'metadata not found', 'metadata not found: %s'],
  [C.VIR_ERR_MIGRATE_UNSAFE, 'Unsafe migration', 'Unsafe migration: %s'],
  [C.VIR_ERR_OVERFLOW, 'numerical overflow', 'numerical overflow: %s'],
  [C.VIR_ERR_BLOCK_COPY_ACTIVE, 'block copy still active', 'block copy still active: %s'],
  [C.VIR_ERR_OPERATION_UNSUPPORTED, 'Operation not supported', 'Operation not supported: %s'],
  [C.VIR_ERR_SSH, 'SSH transport error', 'SSH transport error: %s'],
  [C.VIR_ERR_AGENT_UNRESPONSIVE, 'Guest agent is not responding', 'Guest agent is not responding: %s'],
  [C.VIR_ERR_RESOURCE_BUSY, 'resource busy', 'resource busy: %s'],
  [C.VIR_ERR_ACCESS_DENIED, 'access denied', 'access denied: %s'],
  [C.VIR_ERR_DBUS_SERVICE, 'error from service', 'error from service: %s'],
  [C.VIR_ERR_STORAGE_VOL_EXIST, 'this storage volume exists already', 'storage volume %s exists already'],
  [C.VIR_ERR_CPU_INCOMPATIBLE, 'the CPU is incompatible with host CPU', 'the CPU is incompatible with host CPU: %s'],
  [C.VIR_ERR_XML_INVALID_SCHEMA, 'XML document failed to validate against schema', 'XML document failed to validate against schema: %s'],
  [C.VIR_ERR_MIGRATE_FINISH_OK, 'migration successfully aborted', 'migration successfully aborted: %s'],
  [C.VIR_ERR_AUTH_UNAVAILABLE, 'authentication unavailable', 'authentication unavailable: %s'],
  [C.VIR_ERR_NO_SERVER, 'Server not found', 'Server not found: %s'],
  [C.VIR_ERR_NO_CLIENT, 'Client not found', 'Client not found: %s'],
  [C.VIR_ERR_AGENT_UNSYNCED, 'guest agent replied with wrong id to guest-sync command', 'guest agent replied with wrong id to guest-sync command: %s'],
  [C.VIR_ERR_LIBSSH, 'libssh transport error', 'libssh transport error: %s'],
  [C.VIR_ERR_DEVICE_MISSING, 'device not found', 'device not found: %s'],
  [C.VIR_ERR_INVALID_NWFILTER_BINDING, 'Invalid network filter binding', 'Invalid network filter binding: %s'],
  [C.VIR_ERR_NO_NWFILTER_BINDING, 'Network filter binding not found', 'Network filter binding not found: %s'],
  [C.VIR_ERR_INVALID_DOMAIN_CHECKPOINT, 'Invalid domain checkpoint', 'Invalid domain checkpoint: %s'],
  [C.VIR_ERR_NO_DOMAIN_CHECKPOINT, 'Domain checkpoint not found', 'Domain checkpoint not found: %s'],
  [C.VIR_ERR_NO_DOMAIN_BACKUP, 'Domain backup job id not found', 'Domain backup job id not found: %s'],
  [C.VIR_ERR_INVALID_NETWORK_PORT, 'Invalid network port pointer', 'Invalid network port pointer: %s'],
  [C.VIR_ERR_NETWORK_PORT_EXIST, 'this network port exists already', 'network port %s exists already'],
  [C.VIR_ERR_NO_NETWORK_PORT, 'network port not found', 'network port not found: %s'],
  [C.VIR_ERR_NO_HOSTNAME, 'no hostname found', 'no hostname found: %s'],
  [C.VIR_ERR_CHECKPOINT_INCONSISTENT, 'checkpoint inconsistent', 'checkpoint inconsistent: %s'],
  [C.VIR_ERR_MULTIPLE_DOMAINS, 'multiple matching domains found', 'multiple matching domains found: %s'],
] as const).map(([code, msg, msginfo]) => ({ code, msg, msginfo }))

/**
 * Formats libvirt raises without going through `virErrorMsg`: its argument checks
 * (`virReportInvalidArg` and friends in `src/util/virerror.h`, `virCheckFlags` in
 * `src/internal.h`) write the text directly, always as `VIR_ERR_INVALID_ARG`.
 * `%s`/`%x` stand for the substituted values.
 */
export const virDirectErrorFormats: readonly { readonly code: C; readonly format: string }[] = [
  'unsupported flags (0x%x) in function %s',
  'unsupported use of long flags in function %s',
  '%s in %s must be NULL',
  '%s in %s must not be NULL',
  'string %s in %s must not be empty',
  '%s in %s must be greater than zero',
  '%s in %s must not be zero',
  '%s in %s must be zero',
  '%s in %s must be zero or greater',
].map((format) => ({ code: C.VIR_ERR_INVALID_ARG, format }))
