/**
 * libvirt's `virErrorNumber`, with libvirt's own names and numbers (libvirt 11.x:
 * `include/libvirt/virterror.h`). Numbers never change in libvirt, so a code read
 * here means the same on every libvirt version that has it.
 * @module
 */

/**
 * libvirt's error number (`virErrorNumber`). Member names are libvirt's own, so
 * `VirErrorCode[code]` gives the C name (`'VIR_ERR_NO_DOMAIN'`).
 *
 * @example
 * ```ts
 * if (err.code === VirErrorCode.VIR_ERR_NO_DOMAIN) console.log('gone')
 * ```
 */
export enum VirErrorCode {
  /** No error: the value of a `virError` that holds none; never thrown. */
  VIR_ERR_OK = 0,
  /** Internal error: something libvirt did not expect, often a bug or a hypervisor misbehaving. libvirt's message: `internal error: …`. */
  VIR_ERR_INTERNAL_ERROR = 1,
  /** Memory allocation failed. libvirt's message: `out of memory: …`. */
  VIR_ERR_NO_MEMORY = 2,
  /** The connection's driver does not implement this function. libvirt's message: `this function is not supported by the connection driver: …`. */
  VIR_ERR_NO_SUPPORT = 3,
  /** The host name in the URI could not be resolved. libvirt's message: `unknown host …`. */
  VIR_ERR_UNKNOWN_HOST = 4,
  /** No driver could open the URI: no hypervisor connection. libvirt's message: `no connection driver available for …`. */
  VIR_ERR_NO_CONNECT = 5,
  /** The connection object is invalid (closed or freed). libvirt's message: `invalid connection pointer in …`. */
  VIR_ERR_INVALID_CONN = 6,
  /** The domain object is invalid. libvirt's message: `invalid domain pointer in …`. */
  VIR_ERR_INVALID_DOMAIN = 7,
  /** A function argument is invalid (bad value, unsupported flags, empty string…). libvirt's message: `invalid argument: …`. */
  VIR_ERR_INVALID_ARG = 8,
  /** A command to the hypervisor failed. libvirt's message: `operation failed: …`. */
  VIR_ERR_OPERATION_FAILED = 9,
  /** An HTTP GET command failed (legacy Xen driver). libvirt's message: `GET operation failed: …`. */
  VIR_ERR_GET_FAILED = 10,
  /** An HTTP POST command failed (legacy Xen driver). libvirt's message: `POST operation failed: …`. */
  VIR_ERR_POST_FAILED = 11,
  /** An unexpected HTTP error code came back. libvirt's message: `got unknown HTTP error code …`. */
  VIR_ERR_HTTP_ERROR = 12,
  /** An S-expression could not be serialised (legacy Xen driver). libvirt's message: `failed to serialize S-Expr: …`. */
  VIR_ERR_SEXPR_SERIAL = 13,
  /** The Xen hypervisor control could not be opened. libvirt's message: `could not use Xen hypervisor entry …`. */
  VIR_ERR_NO_XEN = 14,
  /** A Xen hypervisor call failed. libvirt's message: `failed Xen syscall …`. */
  VIR_ERR_XEN_CALL = 15,
  /** The domain's OS type is unknown. libvirt's message: `unknown OS type …`. */
  VIR_ERR_OS_TYPE = 16,
  /** Kernel information is missing. libvirt's message: `missing kernel information: …`. */
  VIR_ERR_NO_KERNEL = 17,
  /** Root device information is missing. libvirt's message: `missing root device information in …`. */
  VIR_ERR_NO_ROOT = 18,
  /** A device's source information is missing. libvirt's message: `missing source information for device …`. */
  VIR_ERR_NO_SOURCE = 19,
  /** A device's target information is missing. libvirt's message: `missing target information for device …`. */
  VIR_ERR_NO_TARGET = 20,
  /** The domain's name is missing. libvirt's message: `missing name information in …`. */
  VIR_ERR_NO_NAME = 21,
  /** The domain's OS information is missing. libvirt's message: `missing operating system information for …`. */
  VIR_ERR_NO_OS = 22,
  /** The domain's devices information is missing. libvirt's message: `missing devices information for …`. */
  VIR_ERR_NO_DEVICE = 23,
  /** The Xen Store control could not be opened. libvirt's message: `could not connect to Xen Store …`. */
  VIR_ERR_NO_XENSTORE = 24,
  /** Too many drivers are registered. libvirt's message: `too many drivers registered in …`. */
  VIR_ERR_DRIVER_FULL = 25,
  /** Not supported by the drivers (deprecated by libvirt). libvirt's message: `library call failed: …`. */
  VIR_ERR_CALL_FAILED = 26,
  /** An XML description is not well formed or is otherwise broken. libvirt's message: `XML error: …`. */
  VIR_ERR_XML_ERROR = 27,
  /** The domain already exists. libvirt's message: `domain … exists already`. */
  VIR_ERR_DOM_EXIST = 28,
  /** The operation is forbidden, e.g. a write on a read-only connection. libvirt's message: `operation forbidden: …`. */
  VIR_ERR_OPERATION_DENIED = 29,
  /** A configuration file could not be opened. libvirt's message: `failed to open configuration file …`. */
  VIR_ERR_OPEN_FAILED = 30,
  /** A configuration file could not be read. libvirt's message: `failed to read configuration file …`. */
  VIR_ERR_READ_FAILED = 31,
  /** A configuration file could not be parsed. libvirt's message: `failed to parse configuration file …`. */
  VIR_ERR_PARSE_FAILED = 32,
  /** A configuration file has a syntax error. libvirt's message: `configuration file syntax error: …`. */
  VIR_ERR_CONF_SYNTAX = 33,
  /** A configuration file could not be written. libvirt's message: `failed to write configuration file: …`. */
  VIR_ERR_WRITE_FAILED = 34,
  /** Detail of an XML parser error (the text is the parser's own). libvirt's message: the detail alone, or `parser error` without one. */
  VIR_ERR_XML_DETAIL = 35,
  /** The network object is invalid. libvirt's message: `invalid network pointer in …`. */
  VIR_ERR_INVALID_NETWORK = 36,
  /** The network already exists. libvirt's message: `network … exists already`. */
  VIR_ERR_NETWORK_EXIST = 37,
  /** A system call failed (the text carries the OS error, e.g. `No such file or directory`). libvirt's message: the detail alone, or `system call error` without one. */
  VIR_ERR_SYSTEM_ERROR = 38,
  /** Some sort of RPC error between client and daemon. libvirt's message: the detail alone, or `RPC error` without one. */
  VIR_ERR_RPC = 39,
  /** A GnuTLS call failed. libvirt's message: the detail alone, or `GNUTLS call error` without one. */
  VIR_ERR_GNUTLS_ERROR = 40,
  /** Warning: the network driver could not be started. libvirt's message: `Failed to find the network: …`. */
  VIR_WAR_NO_NETWORK = 41,
  /** The domain was not found, or disappeared while in use. libvirt's message: `Domain not found: …`. */
  VIR_ERR_NO_DOMAIN = 42,
  /** The network was not found. libvirt's message: `Network not found: …`. */
  VIR_ERR_NO_NETWORK = 43,
  /** A MAC address is invalid. libvirt's message: `invalid MAC address: …`. */
  VIR_ERR_INVALID_MAC = 44,
  /** Authentication failed. libvirt's message: `authentication failed: …`. */
  VIR_ERR_AUTH_FAILED = 45,
  /** The storage pool object is invalid. libvirt's message: `invalid storage pool pointer in …`. */
  VIR_ERR_INVALID_STORAGE_POOL = 46,
  /** The storage volume object is invalid. libvirt's message: `invalid storage volume pointer in …`. */
  VIR_ERR_INVALID_STORAGE_VOL = 47,
  /** Warning: the storage driver could not be started. libvirt's message: `Failed to find a storage driver: …`. */
  VIR_WAR_NO_STORAGE = 48,
  /** The storage pool was not found. libvirt's message: `Storage pool not found: …`. */
  VIR_ERR_NO_STORAGE_POOL = 49,
  /** The storage volume was not found. libvirt's message: `Storage volume not found: …`. */
  VIR_ERR_NO_STORAGE_VOL = 50,
  /** Warning: the node device driver could not be started. libvirt's message: `Failed to find a node driver: …`. */
  VIR_WAR_NO_NODE = 51,
  /** The node device object is invalid. libvirt's message: `invalid node device pointer in …`. */
  VIR_ERR_INVALID_NODE_DEVICE = 52,
  /** The node device was not found. libvirt's message: `Node device not found: …`. */
  VIR_ERR_NO_NODE_DEVICE = 53,
  /** The security model was not found. libvirt's message: `Security model not found: …`. */
  VIR_ERR_NO_SECURITY_MODEL = 54,
  /** The operation does not apply now, e.g. starting a running domain or stopping a stopped one. libvirt's message: `Requested operation is not valid: …`. */
  VIR_ERR_OPERATION_INVALID = 55,
  /** Warning: the interface driver could not be started. libvirt's message: `Failed to find the interface: …`. */
  VIR_WAR_NO_INTERFACE = 56,
  /** The host interface was not found (or its driver is not running). libvirt's message: `Interface not found: …`. */
  VIR_ERR_NO_INTERFACE = 57,
  /** The interface object is invalid. libvirt's message: `invalid interface pointer in …`. */
  VIR_ERR_INVALID_INTERFACE = 58,
  /** More than one interface matched. libvirt's message: `multiple matching interfaces found: …`. */
  VIR_ERR_MULTIPLE_INTERFACES = 59,
  /** Warning: the network filter driver could not be started. libvirt's message: `Failed to start the nwfilter driver: …`. */
  VIR_WAR_NO_NWFILTER = 60,
  /** The network filter is invalid. libvirt's message: `Invalid network filter: …`. */
  VIR_ERR_INVALID_NWFILTER = 61,
  /** The network filter was not found. libvirt's message: `Network filter not found: …`. */
  VIR_ERR_NO_NWFILTER = 62,
  /** Building the firewall rules failed. libvirt's message: `Error while building firewall: …`. */
  VIR_ERR_BUILD_FIREWALL = 63,
  /** Warning: the secret storage driver could not be started. libvirt's message: `Failed to find a secret storage driver: …`. */
  VIR_WAR_NO_SECRET = 64,
  /** The secret is invalid. libvirt's message: `Invalid secret: …`. */
  VIR_ERR_INVALID_SECRET = 65,
  /** The secret was not found. libvirt's message: `Secret not found: …`. */
  VIR_ERR_NO_SECRET = 66,
  /** The configuration uses a construct this driver or hypervisor does not support. libvirt's message: `unsupported configuration: …`. */
  VIR_ERR_CONFIG_UNSUPPORTED = 67,
  /** The operation timed out. libvirt's message: `Timed out during operation: …`. */
  VIR_ERR_OPERATION_TIMEOUT = 68,
  /** A migration worked, but making the domain persistent on the destination failed. libvirt's message: `Failed to make domain persistent after migration: …`. */
  VIR_ERR_MIGRATE_PERSIST_FAILED = 69,
  /** A synchronous hook script failed. libvirt's message: `Hook script execution failed: …`. */
  VIR_ERR_HOOK_SCRIPT_FAILED = 70,
  /** The domain snapshot is invalid. libvirt's message: `Invalid domain snapshot: …`. */
  VIR_ERR_INVALID_DOMAIN_SNAPSHOT = 71,
  /** The domain snapshot was not found. libvirt's message: `Domain snapshot not found: …`. */
  VIR_ERR_NO_DOMAIN_SNAPSHOT = 72,
  /** The stream is invalid. libvirt's message: `invalid stream pointer in …`. */
  VIR_ERR_INVALID_STREAM = 73,
  /** A valid argument that this driver does not support. libvirt's message: `argument unsupported: …`. */
  VIR_ERR_ARGUMENT_UNSUPPORTED = 74,
  /** Probing the storage pool failed. libvirt's message: `Storage pool probe failed: …`. */
  VIR_ERR_STORAGE_PROBE_FAILED = 75,
  /** The storage pool is already built. libvirt's message: `Storage pool already built: …`. */
  VIR_ERR_STORAGE_POOL_BUILT = 76,
  /** Reverting to this snapshot is risky and needs the force flag. libvirt's message: `revert requires force: …`. */
  VIR_ERR_SNAPSHOT_REVERT_RISKY = 77,
  /** The operation was cancelled or aborted by the user. libvirt's message: `operation aborted: …`. */
  VIR_ERR_OPERATION_ABORTED = 78,
  /** Authentication was cancelled. libvirt's message: `authentication cancelled: …`. */
  VIR_ERR_AUTH_CANCELLED = 79,
  /** The requested metadata is not present. libvirt's message: `metadata not found: …`. */
  VIR_ERR_NO_DOMAIN_METADATA = 80,
  /** The migration is not safe (e.g. disks with caching that can lose data). libvirt's message: `Unsafe migration: …`. */
  VIR_ERR_MIGRATE_UNSAFE = 81,
  /** An integer overflowed. libvirt's message: `numerical overflow: …`. */
  VIR_ERR_OVERFLOW = 82,
  /** A block copy job prevents the action. libvirt's message: `block copy still active: …`. */
  VIR_ERR_BLOCK_COPY_ACTIVE = 83,
  /** The operation is not supported. libvirt's message: `Operation not supported: …`. */
  VIR_ERR_OPERATION_UNSUPPORTED = 84,
  /** The ssh transport failed. libvirt's message: `SSH transport error: …`. */
  VIR_ERR_SSH = 85,
  /** The guest agent is unresponsive, not running or not usable. libvirt's message: `Guest agent is not responding: …`. */
  VIR_ERR_AGENT_UNRESPONSIVE = 86,
  /** The resource is already in use. libvirt's message: `resource busy: …`. */
  VIR_ERR_RESOURCE_BUSY = 87,
  /** Access control denied the operation on the object. libvirt's message: `access denied: …`. */
  VIR_ERR_ACCESS_DENIED = 88,
  /** A D-Bus service reported an error. libvirt's message: `error from service: …`. */
  VIR_ERR_DBUS_SERVICE = 89,
  /** The storage volume already exists. libvirt's message: `storage volume … exists already`. */
  VIR_ERR_STORAGE_VOL_EXIST = 90,
  /** The given CPU is incompatible with the host's CPU. libvirt's message: `the CPU is incompatible with host CPU: …`. */
  VIR_ERR_CPU_INCOMPATIBLE = 91,
  /** An XML document does not validate against libvirt's schema. libvirt's message: `XML document failed to validate against schema: …`. */
  VIR_ERR_XML_INVALID_SCHEMA = 92,
  /** The migration's finish step succeeded but is expected to return nothing (the migration was aborted cleanly). libvirt's message: `migration successfully aborted: …`. */
  VIR_ERR_MIGRATE_FINISH_OK = 93,
  /** Authentication is unavailable. libvirt's message: `authentication unavailable: …`. */
  VIR_ERR_AUTH_UNAVAILABLE = 94,
  /** The server (admin API) was not found. libvirt's message: `Server not found: …`. */
  VIR_ERR_NO_SERVER = 95,
  /** The client (admin API) was not found. libvirt's message: `Client not found: …`. */
  VIR_ERR_NO_CLIENT = 96,
  /** The guest agent replied with the wrong id to guest-sync (deprecated by libvirt). libvirt's message: `guest agent replied with wrong id to guest-sync command: …`. */
  VIR_ERR_AGENT_UNSYNCED = 97,
  /** The libssh transport failed. libvirt's message: `libssh transport error: …`. */
  VIR_ERR_LIBSSH = 98,
  /** The requested device was not found. libvirt's message: `device not found: …`. */
  VIR_ERR_DEVICE_MISSING = 99,
  /** The network filter binding is invalid. libvirt's message: `Invalid network filter binding: …`. */
  VIR_ERR_INVALID_NWFILTER_BINDING = 100,
  /** The network filter binding was not found. libvirt's message: `Network filter binding not found: …`. */
  VIR_ERR_NO_NWFILTER_BINDING = 101,
  /** The domain checkpoint is invalid. libvirt's message: `Invalid domain checkpoint: …`. */
  VIR_ERR_INVALID_DOMAIN_CHECKPOINT = 102,
  /** The domain checkpoint was not found. libvirt's message: `Domain checkpoint not found: …`. */
  VIR_ERR_NO_DOMAIN_CHECKPOINT = 103,
  /** The domain backup job id was not found. libvirt's message: `Domain backup job id not found: …`. */
  VIR_ERR_NO_DOMAIN_BACKUP = 104,
  /** The network port object is invalid. libvirt's message: `Invalid network port pointer: …`. */
  VIR_ERR_INVALID_NETWORK_PORT = 105,
  /** The network port already exists. libvirt's message: `network port … exists already`. */
  VIR_ERR_NETWORK_PORT_EXIST = 106,
  /** The network port was not found. libvirt's message: `network port not found: …`. */
  VIR_ERR_NO_NETWORK_PORT = 107,
  /** The domain's host name could not be found. libvirt's message: `no hostname found: …`. */
  VIR_ERR_NO_HOSTNAME = 108,
  /** The checkpoint is inconsistent and cannot be used. libvirt's message: `checkpoint inconsistent: …`. */
  VIR_ERR_CHECKPOINT_INCONSISTENT = 109,
  /** More than one domain matched. libvirt's message: `multiple matching domains found: …`. */
  VIR_ERR_MULTIPLE_DOMAINS = 110,
}

/**
 * libvirt's C name of a code (`'VIR_ERR_OPERATION_INVALID'`), or `undefined` for a number libvirt does not define.
 *
 * @example
 * ```ts
 * virErrorCodeName(42)     // 'VIR_ERR_NO_DOMAIN'
 * virErrorCodeName(9999)   // undefined
 * ```
 */
export function virErrorCodeName(code: number): string | undefined {
  const name: unknown = (VirErrorCode as unknown as Record<number, unknown>)[code]
  return typeof name === 'string' ? name : undefined
}
