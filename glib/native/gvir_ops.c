/*
 * The libvirt-glib calls gvir runs on a worker thread (gvir_thread.c), one entry each:
 * its name in JS, the objects it runs on, what it takes, and how its result goes back.
 *
 * Why these: libvirt-glib has only blocking forms of them. On a daemon connection each is
 * a round trip to libvirtd, and a stalled daemon froze a GTK app's main loop for ~1 s per
 * click (examples/boxes, measured). libvirt-glib's own *_async functions run the same
 * blocking functions in a GTask thread, so this is what libvirt-glib itself does.
 * Only createStoragePool and createVolume touch a libvirt-glib cache, one no event handler
 * of libvirt-glib's writes to; createDomain would race one (see connection_define).
 */
#include "gvir_thread.h"
#include "gvir_ops_virsh.h"
#include <libvirt-gobject/libvirt-gobject.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/xmlerror.h>
#include <string.h>

GQuark gvir_libvirt_error_quark(void) {
  return g_quark_from_static_string("gvir-libvirt-error");
}

/*
 * libxml2 prints every parse error to stderr unless the thread has its own handler, and
 * libvirt-gconfig parses with xmlParseMemory, so a malformed document a user hands gvir
 * ended as "Entity: line 1: parser error…" on the app's stderr as well as in the error
 * gvir rejects with (libvirt-gconfig reads the message back with xmlGetLastError, which
 * the handler does not affect). libxml2's handler is per thread: set on the JS thread at
 * load and on each worker before it parses.
 */
static void quiet_xml_error(void *ctx, const char *msg, ...) {
}

void gvir_quiet_xml(void) {
  xmlSetGenericErrorFunc(NULL, quiet_xml_error);
}

/* ---- results ---- */

static void set_text(Call *c, gchar *owned) {
  c->kind = RESULT_STRING;
  c->text = owned;
  c->ok = owned != NULL;
}

static void set_xml(Call *c, gpointer conf) {
  if (!conf) return;
  set_text(c, gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(conf)));
  g_object_unref(conf);
}

static void set_row(Call *c, gboolean bigints, int n, const gint64 *values) {
  c->kind = RESULT_ROW;
  c->bigints = bigints;
  c->n_values = n;
  memcpy(c->values, values, sizeof(gint64) * (size_t) n);
  c->ok = TRUE;
}

/* ---- Domain ---- */

static void domain_suspend(Call *c) { c->ok = gvir_domain_suspend(GVIR_DOMAIN(c->target), &c->error); }
static void domain_shutdown(Call *c) { c->ok = gvir_domain_shutdown(GVIR_DOMAIN(c->target), c->flags, &c->error); }
static void domain_reboot(Call *c) { c->ok = gvir_domain_reboot(GVIR_DOMAIN(c->target), c->flags, &c->error); }
static void domain_stop(Call *c) { c->ok = gvir_domain_stop(GVIR_DOMAIN(c->target), c->flags, &c->error); }

/* setConfig: a domain's or a snapshot's. */
static void any_set_config(Call *c) {
  if (GVIR_IS_DOMAIN(c->target)) {
    GVirConfigDomain *conf = gvir_config_domain_new_from_xml(c->xml_in, &c->error);
    if (!conf) return;
    c->ok = gvir_domain_set_config(GVIR_DOMAIN(c->target), conf, &c->error);
    g_object_unref(conf);
  } else {
    GVirConfigDomainSnapshot *conf = gvir_config_domain_snapshot_new_from_xml(c->xml_in, &c->error);
    if (!conf) return;
    c->ok = gvir_domain_snapshot_set_config(GVIR_DOMAIN_SNAPSHOT(c->target), conf, &c->error);
    g_object_unref(conf);
  }
}

static void set_flag(Call *c, gboolean ok, gboolean flag) {
  c->kind = RESULT_BOOLEAN;
  c->flag = flag;
  c->ok = ok;
}

/* gvir_domain_get_persistent/get_saved report a failure as FALSE with no GError: libvirt's
 * last error tells a failure from a "no". */
static void domain_flag(Call *c, gboolean (*get)(GVirDomain *)) {
  virResetLastError();
  gboolean on = get(GVIR_DOMAIN(c->target));
  const char *msg = on ? NULL : virGetLastErrorMessage();
  int code = on ? 0 : virGetLastErrorCode();
  if (code != 0) {
    g_set_error(&c->error, gvir_libvirt_error_quark(), code, "Unable to get domain state: %s", msg ? msg : "unknown error");
    return;
  }
  set_flag(c, TRUE, on);
}

static void domain_persistent(Call *c) { domain_flag(c, gvir_domain_get_persistent); }
static void domain_saved(Call *c) { domain_flag(c, gvir_domain_get_saved); }

static void domain_has_current_snapshot(Call *c) {
  gboolean has = FALSE;
  gboolean ok = gvir_domain_get_has_current_snapshot(GVIR_DOMAIN(c->target), c->flags, &has, &c->error);
  set_flag(c, ok, has);
}

static void snapshot_is_current(Call *c) {
  gboolean current = FALSE;
  gboolean ok = gvir_domain_snapshot_get_is_current(GVIR_DOMAIN_SNAPSHOT(c->target), c->flags, &current, &c->error);
  set_flag(c, ok, current);
}

/* screenshot: starts the transfer on the stream (other) and gives the MIME type; the bytes
 * then move through the stream asynchronously. */
static void domain_screenshot(Call *c) {
  set_text(c, gvir_domain_screenshot(GVIR_DOMAIN(c->target), GVIR_STREAM(c->other), (guint) c->size, c->flags, &c->error));
}

/* delete: a domain (undefine) or a storage volume. */
static void any_delete(Call *c) {
  if (GVIR_IS_DOMAIN(c->target)) c->ok = gvir_domain_delete(GVIR_DOMAIN(c->target), c->flags, &c->error);
  else c->ok = gvir_storage_vol_delete(GVIR_STORAGE_VOL(c->target), c->flags, &c->error);
}

/* getConfig: any object with a `get_config(obj, flags, err)`, as its XML. */
static void any_get_config(Call *c) {
  GObject *o = c->target;
  GError **e = &c->error;
  if (GVIR_IS_DOMAIN(o)) set_xml(c, gvir_domain_get_config(GVIR_DOMAIN(o), c->flags, e));
  else if (GVIR_IS_STORAGE_POOL(o)) set_xml(c, gvir_storage_pool_get_config(GVIR_STORAGE_POOL(o), c->flags, e));
  else if (GVIR_IS_STORAGE_VOL(o)) set_xml(c, gvir_storage_vol_get_config(GVIR_STORAGE_VOL(o), c->flags, e));
  else if (GVIR_IS_NETWORK(o)) set_xml(c, gvir_network_get_config(GVIR_NETWORK(o), c->flags, e));
  else if (GVIR_IS_INTERFACE(o)) set_xml(c, gvir_interface_get_config(GVIR_INTERFACE(o), c->flags, e));
  else if (GVIR_IS_NODE_DEVICE(o)) set_xml(c, gvir_node_device_get_config(GVIR_NODE_DEVICE(o), c->flags, e));
  else if (GVIR_IS_SECRET(o)) set_xml(c, gvir_secret_get_config(GVIR_SECRET(o), c->flags, e));
  else if (GVIR_IS_NETWORK_FILTER(o)) set_xml(c, gvir_network_filter_get_config(GVIR_NETWORK_FILTER(o), c->flags, e));
  else set_xml(c, gvir_domain_snapshot_get_config(GVIR_DOMAIN_SNAPSHOT(o), c->flags, e));
}

static gboolean has_config(GObject *o) {
  return GVIR_IS_DOMAIN(o) || GVIR_IS_STORAGE_POOL(o) || GVIR_IS_STORAGE_VOL(o) || GVIR_IS_NETWORK(o) ||
    GVIR_IS_INTERFACE(o) || GVIR_IS_NODE_DEVICE(o) || GVIR_IS_SECRET(o) || GVIR_IS_NETWORK_FILTER(o) ||
    GVIR_IS_DOMAIN_SNAPSHOT(o);
}

/* ---- Connection ---- */

/*
 * createDomain and startDomain: libvirt's define or create, straight through the
 * connection's virConnectPtr, not gvir_connection_create_domain/start_domain. Those put
 * their new GVirDomain in the connection's cache with g_hash_table_insert, keyed by a
 * string the GVirDomain owns; run off the main thread, they race libvirt-glib's event
 * handler, which caches a GVirDomain of its own when the `defined` event comes first:
 * the insert then keeps the old key and drops the old value, whose finalization frees
 * that key, and the table is left with a dangling key. So the worker only talks to
 * libvirt and returns the UUID, and the JS side takes the GVirDomain that libvirt-glib's
 * event handler caches on the main thread (gobject/connection.ts).
 */
static void connection_define(Call *c, gboolean start) {
  virConnectPtr h = NULL;
  g_object_get(c->target, "handle", &h, NULL);
  const char *what = start ? "Failed to start domain" : "Failed to create domain";
  if (h == NULL) {
    g_set_error(&c->error, gvir_libvirt_error_quark(), VIR_ERR_INVALID_CONN, "%s: Connection is not open", what);
    return;
  }
  virDomainPtr dom = start ? virDomainCreateXML(h, c->xml_in, c->flags) : virDomainDefineXML(h, c->xml_in);
  if (dom) {
    gchar *uuid = g_malloc(VIR_UUID_STRING_BUFLEN);
    if (virDomainGetUUIDString(dom, uuid) == 0) set_text(c, uuid);
    else g_free(uuid);
    virDomainFree(dom);
  }
  if (!c->ok) {
    /* libvirt-glib's own text ("<operation>: <libvirt's message>"), which VirError reads. */
    const char *msg = virGetLastErrorMessage();
    g_set_error(&c->error, gvir_libvirt_error_quark(), virGetLastErrorCode(), "%s: %s", what, msg ? msg : "unknown error");
  }
  g_boxed_free(GVIR_TYPE_CONNECTION_HANDLE, h);
}

/*
 * createStoragePool and createVolume: libvirt-glib's own calls, which cache the new object
 * (no event handler of libvirt-glib's touches those caches). The result is the key to find
 * it there on the JS thread: the pool's UUID, the volume's name.
 */
static void connection_create_pool(Call *c) {
  GVirConfigStoragePool *conf = gvir_config_storage_pool_new_from_xml(c->xml_in, &c->error);
  if (!conf) return;
  GVirStoragePool *pool = gvir_connection_create_storage_pool(GVIR_CONNECTION(c->target), conf, c->flags, &c->error);
  g_object_unref(conf);
  if (!pool) return;
  c->created = G_OBJECT(pool);
  set_text(c, g_strdup(gvir_storage_pool_get_uuid(pool)));
}

static void pool_create_volume(Call *c) {
  GVirConfigStorageVol *conf = gvir_config_storage_vol_new_from_xml(c->xml_in, &c->error);
  if (!conf) return;
  GVirStorageVol *vol = gvir_storage_pool_create_volume(GVIR_STORAGE_POOL(c->target), conf, &c->error);
  g_object_unref(conf);
  if (!vol) return;
  c->created = G_OBJECT(vol);
  set_text(c, g_strdup(gvir_storage_vol_get_name(vol)));
}

static void connection_create_domain(Call *c) { connection_define(c, FALSE); }
static void connection_start_domain(Call *c) { connection_define(c, TRUE); }

static void connection_hypervisor_name(Call *c) {
  set_text(c, gvir_connection_get_hypervisor_name(GVIR_CONNECTION(c->target), &c->error));
}

static void connection_version(Call *c) {
  gulong version = gvir_connection_get_version(GVIR_CONNECTION(c->target), &c->error);
  if (c->error) return;
  gint64 v = (gint64) version;
  set_row(c, FALSE, 1, &v);
}

/* [model, memory KiB, cpus, mhz, nodes, sockets, cores, threads]; the model stops at its NUL. */
static void connection_node_info(Call *c) {
  GVirNodeInfo *n = gvir_connection_get_node_info(GVIR_CONNECTION(c->target), &c->error);
  if (!n) return;
  gint64 v[] = { (gint64) n->memory, n->cpus, n->mhz, n->nodes, n->sockets, n->cores, n->threads };
  set_row(c, FALSE, G_N_ELEMENTS(v), v);
  c->text = g_strndup(n->model, sizeof n->model);
  g_boxed_free(gvir_node_info_get_type(), n);
}

/* ---- storage ---- */

/* getInfo: a pool [state, capacity, allocation, available] or a volume [type, capacity, allocation]. */
static void storage_info(Call *c) {
  if (GVIR_IS_STORAGE_POOL(c->target)) {
    GVirStoragePoolInfo *i = gvir_storage_pool_get_info(GVIR_STORAGE_POOL(c->target), &c->error);
    if (!i) return;
    gint64 v[] = { i->state, (gint64) i->capacity, (gint64) i->allocation, (gint64) i->available };
    set_row(c, FALSE, G_N_ELEMENTS(v), v);
    g_boxed_free(gvir_storage_pool_info_get_type(), i);
  } else {
    GVirStorageVolInfo *i = gvir_storage_vol_get_info(GVIR_STORAGE_VOL(c->target), &c->error);
    if (!i) return;
    gint64 v[] = { i->type, (gint64) i->capacity, (gint64) i->allocation };
    set_row(c, FALSE, G_N_ELEMENTS(v), v);
    g_boxed_free(gvir_storage_vol_info_get_type(), i);
  }
}

static void pool_get_autostart(Call *c) {
  gboolean on = gvir_storage_pool_get_autostart(GVIR_STORAGE_POOL(c->target), &c->error);
  if (c->error) return;
  c->kind = RESULT_BOOLEAN;
  c->flag = on;
  c->ok = TRUE;
}

/* The flag is the new setting. */
static void pool_set_autostart(Call *c) {
  c->ok = gvir_storage_pool_set_autostart(GVIR_STORAGE_POOL(c->target), c->flags != 0, &c->error);
}

static void vol_path(Call *c) {
  const gchar *path = gvir_storage_vol_get_path(GVIR_STORAGE_VOL(c->target), &c->error);
  set_text(c, path ? g_strdup(path) : NULL);
}

/* resize: a volume (capacity in bytes) or a running domain's disk. */
static void any_resize(Call *c) {
  if (GVIR_IS_STORAGE_VOL(c->target)) c->ok = gvir_storage_vol_resize(GVIR_STORAGE_VOL(c->target), c->size, c->flags, &c->error);
  else c->ok = gvir_domain_disk_resize(GVIR_DOMAIN_DISK(c->target), c->size, c->flags, &c->error);
}

/* ---- devices ---- */

/* getStats: a disk [rdReq, rdBytes, wrReq, wrBytes, errs] or an interface [rx bytes, packets,
 * errs, drop, tx bytes, packets, errs, drop], as BigInts (64-bit counters). */
static void device_stats(Call *c) {
  if (GVIR_IS_DOMAIN_DISK(c->target)) {
    GVirDomainDiskStats *s = gvir_domain_disk_get_stats(GVIR_DOMAIN_DISK(c->target), &c->error);
    if (!s) return;
    gint64 v[] = { s->rd_req, s->rd_bytes, s->wr_req, s->wr_bytes, s->errs };
    set_row(c, TRUE, G_N_ELEMENTS(v), v);
    g_boxed_free(gvir_domain_disk_stats_get_type(), s);
  } else {
    GVirDomainInterfaceStats *s = gvir_domain_interface_get_stats(GVIR_DOMAIN_INTERFACE(c->target), &c->error);
    if (!s) return;
    gint64 v[] = { s->rx_bytes, s->rx_packets, s->rx_errs, s->rx_drop, s->tx_bytes, s->tx_packets, s->tx_errs, s->tx_drop };
    set_row(c, TRUE, G_N_ELEMENTS(v), v);
    g_boxed_free(gvir_domain_interface_stats_get_type(), s);
  }
}

/*
 * getDevices: a GVirDomainDisk or GVirDomainInterface per disk and interface of the domain's
 * config, built as gvir_domain_get_devices builds them (its gvir_domain_device_new is
 * internal: the same g_object_new with the public "config" and "domain" properties). Not
 * gvir_domain_get_devices itself: it never unrefs the GVirConfigDomain it reads, so every
 * call leaked the domain's whole XML document (measured: +21 KiB a call, +250 MiB over
 * 12,000, through node-gtk as through gvir). JS takes each device over.
 */
static void domain_devices(Call *c) {
  GVirDomain *dom = GVIR_DOMAIN(c->target);
  GVirConfigDomain *config = gvir_domain_get_config(dom, 0, &c->error);
  if (!config) return;
  GList *configs = gvir_config_domain_get_devices(config);
  c->objects = g_ptr_array_new();
  for (GList *n = configs; n; n = n->next) {
    GObject *device_config = n->data;
    GType type = GVIR_CONFIG_IS_DOMAIN_DISK(device_config) ? GVIR_TYPE_DOMAIN_DISK
      : GVIR_CONFIG_IS_DOMAIN_INTERFACE(device_config) ? GVIR_TYPE_DOMAIN_INTERFACE
      : G_TYPE_INVALID;
    if (type != G_TYPE_INVALID)
      g_ptr_array_add(c->objects, g_object_new(type, "config", device_config, "domain", dom, NULL));
    g_object_unref(device_config);
  }
  g_list_free(configs);
  g_object_unref(config);
  c->kind = RESULT_OBJECTS;
  c->ok = TRUE;
}

/*
 * updateDevice: the device's XML (its root element on) parsed as the device of a skeleton
 * domain, so that libvirt-gconfig picks its class as it does for a domain's devices;
 * libvirt-glib only serialises it again for virDomainUpdateDeviceFlags.
 */
static void domain_update_device(Call *c) {
  gchar *xml = g_strdup_printf("<domain><devices>%s</devices></domain>", c->xml_in);
  GVirConfigDomain *skeleton = gvir_config_domain_new_from_xml(xml, &c->error);
  g_free(xml);
  if (!skeleton) return;
  GList *devices = gvir_config_domain_get_devices(skeleton);
  if (devices == NULL || devices->next != NULL) {
    g_set_error(&c->error, gvir_libvirt_error_quark(), VIR_ERR_INVALID_ARG,
                "Unable to update device: expected one supported device element");
  } else {
    c->ok = gvir_domain_update_device(GVIR_DOMAIN(c->target), GVIR_CONFIG_DOMAIN_DEVICE(devices->data), c->flags, &c->error);
  }
  g_list_free_full(devices, g_object_unref);
  g_object_unref(skeleton);
}

/* getDhcpLeases: the network's leases (of one MAC when given) as GVirNetworkDHCPLease
 * objects; JS takes each over. */
static void network_leases(Call *c) {
  GList *leases = gvir_network_get_dhcp_leases(GVIR_NETWORK(c->target), c->xml_in, c->flags, &c->error);
  if (c->error) {
    g_list_free_full(leases, g_object_unref);
    return;
  }
  c->objects = g_ptr_array_new();
  for (GList *n = leases; n; n = n->next) g_ptr_array_add(c->objects, n->data);
  g_list_free(leases);
  c->kind = RESULT_OBJECTS;
  c->ok = TRUE;
}

/* openConsole: connects the stream (other) to the console `devname` (NULL: the first). */
static void domain_open_console(Call *c) {
  c->ok = gvir_domain_open_console(GVIR_DOMAIN(c->target), GVIR_STREAM(c->other), c->xml_in, c->flags, &c->error);
}

/* openGraphics: hands the caller's socket to the hypervisor for display `size`. */
static void domain_open_graphics(Call *c) {
  c->ok = gvir_domain_open_graphics(GVIR_DOMAIN(c->target), (guint) c->size, c->fd, c->flags, &c->error);
}

/* openGraphicsFd: a new socket to display `size`, as [fd]. */
static void domain_open_graphics_fd(Call *c) {
  int fd = gvir_domain_open_graphics_fd(GVIR_DOMAIN(c->target), (guint) c->size, c->flags, &c->error);
  if (fd < 0) return;
  gint64 v = fd;
  set_row(c, FALSE, 1, &v);
}

/* ---- the table ---- */

static gboolean is_domain(GObject *o) { return GVIR_IS_DOMAIN(o); }
static gboolean is_connection(GObject *o) { return GVIR_IS_CONNECTION(o); }
static gboolean is_domain_or_vol(GObject *o) { return GVIR_IS_DOMAIN(o) || GVIR_IS_STORAGE_VOL(o); }
static gboolean is_pool(GObject *o) { return GVIR_IS_STORAGE_POOL(o); }
static gboolean is_pool_or_vol(GObject *o) { return GVIR_IS_STORAGE_POOL(o) || GVIR_IS_STORAGE_VOL(o); }
static gboolean is_vol(GObject *o) { return GVIR_IS_STORAGE_VOL(o); }
static gboolean is_vol_or_disk(GObject *o) { return GVIR_IS_STORAGE_VOL(o) || GVIR_IS_DOMAIN_DISK(o); }
static gboolean is_disk_or_nic(GObject *o) { return GVIR_IS_DOMAIN_DISK(o) || GVIR_IS_DOMAIN_INTERFACE(o); }
static gboolean is_domain_or_snapshot(GObject *o) { return GVIR_IS_DOMAIN(o) || GVIR_IS_DOMAIN_SNAPSHOT(o); }
static gboolean is_snapshot(GObject *o) { return GVIR_IS_DOMAIN_SNAPSHOT(o); }
static gboolean is_network(GObject *o) { return GVIR_IS_NETWORK(o); }

static const struct {
  const char *name;
  gboolean (*accepts)(GObject *);
  OpArgs args;
  void (*run)(Call *);
} OPS[] = {
  { "suspend", is_domain, ARG_FLAGS, domain_suspend },
  { "shutdown", is_domain, ARG_FLAGS, domain_shutdown },
  { "reboot", is_domain, ARG_FLAGS, domain_reboot },
  { "stop", is_domain, ARG_FLAGS, domain_stop },
  { "delete", is_domain_or_vol, ARG_FLAGS, any_delete },
  { "getConfig", has_config, ARG_FLAGS, any_get_config },
  { "setConfig", is_domain_or_snapshot, ARG_XML, any_set_config },
  { "getHasCurrentSnapshot", is_domain, ARG_FLAGS, domain_has_current_snapshot },
  { "getPersistent", is_domain, ARG_FLAGS, domain_persistent },
  { "getDevices", is_domain, ARG_FLAGS, domain_devices },
  { "updateDevice", is_domain, ARG_XML, domain_update_device },
  { "getDhcpLeases", is_network, ARG_TEXT, network_leases },
  { "openConsole", is_domain, ARG_STREAM_TEXT, domain_open_console },
  { "openGraphics", is_domain, ARG_INDEX_FD, domain_open_graphics },
  { "openGraphicsFd", is_domain, ARG_INDEX_FD, domain_open_graphics_fd },
  { "getSaved", is_domain, ARG_FLAGS, domain_saved },
  { "getIsCurrent", is_snapshot, ARG_FLAGS, snapshot_is_current },
  { "screenshot", is_domain, ARG_STREAM, domain_screenshot },
  { "createStoragePool", is_connection, ARG_XML, connection_create_pool },
  { "createVolume", is_pool, ARG_XML, pool_create_volume },
  { "createDomain", is_connection, ARG_XML, connection_create_domain },
  { "startDomain", is_connection, ARG_XML, connection_start_domain },
  { "getHypervisorName", is_connection, ARG_FLAGS, connection_hypervisor_name },
  { "getVersion", is_connection, ARG_FLAGS, connection_version },
  { "getNodeInfo", is_connection, ARG_FLAGS, connection_node_info },
  { "getInfo", is_pool_or_vol, ARG_FLAGS, storage_info },
  { "getAutostart", is_pool, ARG_FLAGS, pool_get_autostart },
  { "setAutostart", is_pool, ARG_FLAGS, pool_set_autostart },
  { "getPath", is_vol, ARG_FLAGS, vol_path },
  { "resize", is_vol_or_disk, ARG_SIZE, any_resize },
  { "getStats", is_disk_or_nic, ARG_FLAGS, device_stats },
  /* libvirt's own text and errors (gvir_libvirt.c) */
  { "getXmlDesc", gvir_op_has_xml_desc, ARG_FLAGS, gvir_op_xml_desc },
  { "getCapabilitiesXml", is_connection, ARG_FLAGS, gvir_op_capabilities_xml },
  { "createSnapshot", is_domain, ARG_XML, gvir_op_create_snapshot },
  { "revertTo", is_snapshot, ARG_FLAGS, gvir_op_revert_snapshot },
  { "deleteSnapshot", is_snapshot, ARG_FLAGS, gvir_op_delete_snapshot },
  /* gvir_ops_virsh.c: libvirt calls libvirt-glib does not make, for the CLI */
  { "getState", is_domain, ARG_FLAGS, gvir_virsh_domain_state },
  { "getDomainAutostart", is_domain, ARG_FLAGS, gvir_virsh_domain_get_autostart },
  { "setDomainAutostart", is_domain, ARG_FLAGS, gvir_virsh_domain_set_autostart },
  { "setMemory", is_domain, ARG_SIZE, gvir_virsh_domain_set_memory },
  { "setVcpus", is_domain, ARG_SIZE, gvir_virsh_domain_set_vcpus },
  { "attachDevice", is_domain, ARG_XML, gvir_virsh_domain_attach_device },
  { "detachDevice", is_domain, ARG_XML, gvir_virsh_domain_detach_device },
  { "managedSaveRemove", is_domain, ARG_FLAGS, gvir_virsh_domain_managed_save_remove },
  { "getOsType", is_domain, ARG_FLAGS, gvir_virsh_domain_os_type },
  { "getVcpus", is_domain, ARG_FLAGS, gvir_virsh_domain_vcpus },
  { "getMemoryStats", is_domain, ARG_FLAGS, gvir_virsh_domain_memory_stats },
  { "getBlockStats", is_domain, ARG_TEXT, gvir_virsh_domain_block_stats },
  { "getInterfaceStats", is_domain, ARG_TEXT, gvir_virsh_domain_interface_stats },
  { "getSecurityLabel", is_domain, ARG_FLAGS, gvir_virsh_domain_security_label },
  { "getHostname", is_connection, ARG_FLAGS, gvir_virsh_connection_hostname },
  { "getSysinfo", is_connection, ARG_FLAGS, gvir_virsh_connection_sysinfo },
  { "getUri", is_connection, ARG_FLAGS, gvir_virsh_connection_uri },
  { "getLibVersion", is_connection, ARG_FLAGS, gvir_virsh_connection_lib_version },
  { "getSecurityModel", is_connection, ARG_FLAGS, gvir_virsh_connection_security_model },
};

/* gvir_ops.c's rows first, then gvir_ops_beyond.c's (op counts on past OPS's). */
#define N_OWN ((int) G_N_ELEMENTS(OPS))
#define BEYOND(op) (&GVIR_BEYOND_OPS[(op) - N_OWN])

static gboolean known(int op) {
  return op >= 0 && op < N_OWN + (int) GVIR_BEYOND_N_OPS;
}

int gvir_op_lookup(const char *name) {
  for (int i = 0; i < N_OWN; i++)
    if (strcmp(name, OPS[i].name) == 0) return i;
  for (gsize i = 0; i < GVIR_BEYOND_N_OPS; i++)
    if (strcmp(name, GVIR_BEYOND_OPS[i].name) == 0) return N_OWN + (int) i;
  return -1;
}

gboolean gvir_op_accepts(int op, GObject *obj) {
  if (!known(op) || obj == NULL || !G_IS_OBJECT(obj)) return FALSE;
  return op < N_OWN ? OPS[op].accepts(obj) : BEYOND(op)->accepts(obj);
}

OpArgs gvir_op_args(int op) {
  return op < N_OWN ? OPS[op].args : BEYOND(op)->args;
}

void gvir_op_run(Call *c) {
  gvir_quiet_xml();
  if (c->op < N_OWN) OPS[c->op].run(c);
  else BEYOND(c->op)->run(c);
  if (!c->ok && !c->error)
    g_set_error(&c->error, gvir_libvirt_error_quark(), 0, "%s failed", c->op < N_OWN ? OPS[c->op].name : BEYOND(c->op)->name);
}
