/*
 * gvir_ops_beyond: the libvirt calls gvir makes itself, beyond what libvirt-glib 4.0 maps
 * (issue 15): host objects libvirt-glib can hold but never lists or finds (node devices,
 * secrets, network filters), a network's lifecycle, bulk domain stats, guest interface
 * addresses, domain metadata, the storage calls virsh has and libvirt-glib lacks.
 *
 * Each runs on the libvirt handle of libvirt-glib's own object (its "handle" property: a
 * boxed copy holding one libvirt reference, dropped with g_boxed_free), on gvir's worker
 * thread through a daemon and on the JS thread in-process (gvir_thread.c), as the calls of
 * gvir_ops.c. Objects handed to JS are libvirt-glib's classes built as libvirt-glib builds
 * them: g_object_new(GVIR_TYPE_…, "handle", ptr), whose boxed property takes its own
 * libvirt reference (libvirt-glib's gvir_connection_fetch_* do the same).
 * The op names are libvirt's own function names: scripts/api-audit.mjs lists them.
 */
#include "gvir_thread.h"
#include <libvirt-gobject/libvirt-gobject.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <stdlib.h>
#include <string.h>

/* c's failure from libvirt's last error, as libvirt-glib words its own ("<what>: <libvirt's message>"). */
static void fail(Call *c, const char *what) {
  const char *msg = virGetLastErrorMessage();
  int code = virGetLastErrorCode();
  g_set_error(&c->error, gvir_libvirt_error_quark(), code, "%s: %s", what, msg ? msg : "unknown error");
}

static void closed(Call *c, const char *what) {
  g_set_error(&c->error, gvir_libvirt_error_quark(), VIR_ERR_INVALID_CONN, "%s: Connection is not open", what);
}

/* The target's libvirt handle: one reference, dropped with g_boxed_free(type, h). */
static gpointer handle_of(Call *c, GType *type) {
  gpointer h = NULL;
  GObject *o = c->target;
  *type = GVIR_IS_CONNECTION(o) ? GVIR_TYPE_CONNECTION_HANDLE
    : GVIR_IS_NETWORK(o) ? GVIR_TYPE_NETWORK_HANDLE
    : GVIR_IS_DOMAIN(o) ? GVIR_TYPE_DOMAIN_HANDLE
    : GVIR_IS_STORAGE_POOL(o) ? GVIR_TYPE_STORAGE_POOL_HANDLE
    : GVIR_IS_STORAGE_VOL(o) ? GVIR_TYPE_STORAGE_VOL_HANDLE
    : G_TYPE_INVALID;
  if (*type != G_TYPE_INVALID) g_object_get(o, "handle", &h, NULL);
  return h;
}

/* An empty listing still hands JS an (empty) array: result_value reads c->objects. */
static void objects_result(Call *c) {
  if (!c->objects) c->objects = g_ptr_array_new();
  c->kind = RESULT_OBJECTS;
  c->ok = TRUE;
}

static void add_object(Call *c, GType type, gpointer h) {
  if (!c->objects) c->objects = g_ptr_array_new();
  g_ptr_array_add(c->objects, g_object_new(type, "handle", h, NULL));
}

/* ---- the connection's host objects ---- */

#define WITH_CONN(c, what) \
  GType ht_; virConnectPtr conn = handle_of(c, &ht_); \
  if (!conn) { closed(c, what); return; }
#define END_CONN() g_boxed_free(ht_, conn)

static void list_node_devices(Call *c) {
  const char *what = "Unable to list node devices";
  WITH_CONN(c, what);
  virNodeDevicePtr *devs = NULL;
  int n = virConnectListAllNodeDevices(conn, &devs, c->flags);
  if (n < 0) fail(c, what);
  else {
    for (int i = 0; i < n; i++) { add_object(c, GVIR_TYPE_NODE_DEVICE, devs[i]); virNodeDeviceFree(devs[i]); }
    free(devs);
    objects_result(c);
  }
  END_CONN();
}

static void find_node_device(Call *c) {
  const char *what = "Unable to find node device";
  WITH_CONN(c, what);
  virNodeDevicePtr d = virNodeDeviceLookupByName(conn, c->xml_in ? c->xml_in : "");
  if (!d) fail(c, what);
  else { add_object(c, GVIR_TYPE_NODE_DEVICE, d); virNodeDeviceFree(d); objects_result(c); }
  END_CONN();
}

static void list_secrets(Call *c) {
  const char *what = "Unable to list secrets";
  WITH_CONN(c, what);
  virSecretPtr *all = NULL;
  int n = virConnectListAllSecrets(conn, &all, c->flags);
  if (n < 0) fail(c, what);
  else {
    for (int i = 0; i < n; i++) { add_object(c, GVIR_TYPE_SECRET, all[i]); virSecretFree(all[i]); }
    free(all);
    objects_result(c);
  }
  END_CONN();
}

/* By UUID (flags 0: xml_in the UUID) or by usage (flags the usage type, xml_in its id). */
static void find_secret(Call *c, gboolean by_usage) {
  const char *what = "Unable to find secret";
  WITH_CONN(c, what);
  const char *key = c->xml_in ? c->xml_in : "";
  virSecretPtr s = by_usage ? virSecretLookupByUsage(conn, (int) c->flags, key) : virSecretLookupByUUIDString(conn, key);
  if (!s) fail(c, what);
  else { add_object(c, GVIR_TYPE_SECRET, s); virSecretFree(s); objects_result(c); }
  END_CONN();
}
static void find_secret_by_uuid(Call *c) { find_secret(c, FALSE); }
static void find_secret_by_usage(Call *c) { find_secret(c, TRUE); }

static void list_nwfilters(Call *c) {
  const char *what = "Unable to list network filters";
  WITH_CONN(c, what);
  virNWFilterPtr *all = NULL;
  int n = virConnectListAllNWFilters(conn, &all, c->flags);
  if (n < 0) fail(c, what);
  else {
    for (int i = 0; i < n; i++) { add_object(c, GVIR_TYPE_NETWORK_FILTER, all[i]); virNWFilterFree(all[i]); }
    free(all);
    objects_result(c);
  }
  END_CONN();
}

static void find_nwfilter(Call *c) {
  const char *what = "Unable to find network filter";
  WITH_CONN(c, what);
  virNWFilterPtr f = virNWFilterLookupByName(conn, c->xml_in ? c->xml_in : "");
  if (!f) fail(c, what);
  else { add_object(c, GVIR_TYPE_NETWORK_FILTER, f); virNWFilterFree(f); objects_result(c); }
  END_CONN();
}

/*
 * A secret's usage id and type: local fields of libvirt's handle, no round trip.
 * libvirt-glib 4.0's gvir_secret_get_name crashes the process (SIGSEGV in ffi_call on the
 * first call, measured on a daemon's volume secret), so gvir reads the usage id itself.
 */
static void secret_usage(Call *c) {
  virSecretPtr s = NULL;
  g_object_get(c->target, "handle", &s, NULL);
  if (!s) { closed(c, "Unable to read secret"); return; }
  const char *id = virSecretGetUsageID(s);
  int type = virSecretGetUsageType(s);
  if (type < 0) fail(c, "Unable to read secret");
  else {
    gint64 v = type;
    c->kind = RESULT_ROW;
    c->text = g_strdup(id ? id : "");
    c->n_values = 1;
    c->values[0] = v;
    c->ok = TRUE;
  }
  g_boxed_free(GVIR_TYPE_SECRET_HANDLE, s);
}

/* ---- networks ---- */

static void list_networks(Call *c) {
  const char *what = "Unable to list networks";
  WITH_CONN(c, what);
  virNetworkPtr *all = NULL;
  int n = virConnectListAllNetworks(conn, &all, c->flags);
  if (n < 0) fail(c, what);
  else {
    for (int i = 0; i < n; i++) { add_object(c, GVIR_TYPE_NETWORK, all[i]); virNetworkFree(all[i]); }
    free(all);
    objects_result(c);
  }
  END_CONN();
}

/* define (persistent, inactive) or create (transient, started): the new GVirNetwork. */
static void network_from_xml(Call *c, gboolean start) {
  const char *what = start ? "Unable to start network" : "Unable to define network";
  WITH_CONN(c, what);
  virNetworkPtr net = start ? virNetworkCreateXML(conn, c->xml_in) : virNetworkDefineXML(conn, c->xml_in);
  if (!net) fail(c, what);
  else { add_object(c, GVIR_TYPE_NETWORK, net); virNetworkFree(net); objects_result(c); }
  END_CONN();
}
static void network_define(Call *c) { network_from_xml(c, FALSE); }
static void network_create_xml(Call *c) { network_from_xml(c, TRUE); }

#define WITH_NET(c) \
  GType ht_; virNetworkPtr net = handle_of(c, &ht_);
#define END_NET() g_boxed_free(ht_, net)

static void set_bool(Call *c, int r, const char *what) {
  if (r < 0) { fail(c, what); return; }
  c->kind = RESULT_BOOLEAN;
  c->flag = r != 0;
  c->ok = TRUE;
}

static void network_is_active(Call *c) { WITH_NET(c); set_bool(c, virNetworkIsActive(net), "Unable to get network state"); END_NET(); }
static void network_is_persistent(Call *c) { WITH_NET(c); set_bool(c, virNetworkIsPersistent(net), "Unable to get network state"); END_NET(); }

static void network_get_autostart(Call *c) {
  WITH_NET(c);
  int on = 0;
  set_bool(c, virNetworkGetAutostart(net, &on) < 0 ? -1 : on, "Unable to get network autostart");
  END_NET();
}

static void done_or_fail(Call *c, int r, const char *what) {
  if (r < 0) fail(c, what);
  else c->ok = TRUE;
}

static void network_set_autostart(Call *c) { WITH_NET(c); done_or_fail(c, virNetworkSetAutostart(net, c->flags != 0), "Unable to set network autostart"); END_NET(); }
static void network_create(Call *c) { WITH_NET(c); done_or_fail(c, virNetworkCreate(net), "Unable to start network"); END_NET(); }
static void network_destroy(Call *c) { WITH_NET(c); done_or_fail(c, virNetworkDestroy(net), "Unable to stop network"); END_NET(); }
static void network_undefine(Call *c) { WITH_NET(c); done_or_fail(c, virNetworkUndefine(net), "Unable to undefine network"); END_NET(); }

/* ---- storage ---- */

/* pool-create: a transient pool, started: the new GVirStoragePool. */
static void pool_create_xml(Call *c) {
  const char *what = "Unable to start storage pool";
  WITH_CONN(c, what);
  virStoragePoolPtr p = virStoragePoolCreateXML(conn, c->xml_in, c->flags);
  if (!p) fail(c, what);
  else { add_object(c, GVIR_TYPE_STORAGE_POOL, p); virStoragePoolFree(p); objects_result(c); }
  END_CONN();
}

static void pool_capabilities(Call *c) {
  const char *what = "Unable to get storage pool capabilities";
  WITH_CONN(c, what);
  char *xml = virConnectGetStoragePoolCapabilities(conn, c->flags);
  if (!xml) fail(c, what);
  else { c->kind = RESULT_STRING; c->text = g_strdup(xml); c->ok = TRUE; free(xml); }
  END_CONN();
}

static void pool_is_active(Call *c) {
  GType t; virStoragePoolPtr p = handle_of(c, &t);
  set_bool(c, virStoragePoolIsActive(p), "Unable to get storage pool state");
  g_boxed_free(t, p);
}

static void pool_is_persistent(Call *c) {
  GType t; virStoragePoolPtr p = handle_of(c, &t);
  set_bool(c, virStoragePoolIsPersistent(p), "Unable to get storage pool state");
  g_boxed_free(t, p);
}

static void vol_get_key(Call *c) {
  GType t; virStorageVolPtr v = handle_of(c, &t);
  const char *key = virStorageVolGetKey(v);
  if (!key) fail(c, "Unable to get volume key");
  else { c->kind = RESULT_STRING; c->text = g_strdup(key); c->ok = TRUE; }
  g_boxed_free(t, v);
}

/* vol-wipe: flags is the algorithm (virStorageVolWipeAlgorithm); 0 is zeroes, virsh's default. */
static void vol_wipe(Call *c) {
  GType t; virStorageVolPtr v = handle_of(c, &t);
  int r = c->flags == 0 ? virStorageVolWipe(v, 0) : virStorageVolWipePattern(v, c->flags, 0);
  done_or_fail(c, r, "Unable to wipe volume");
  g_boxed_free(t, v);
}

/*
 * vol-clone / vol-create-from: texts [the new volume's XML, the source volume's key]; the
 * new volume in the target pool, as libvirt-glib's gvir_storage_pool_create_volume builds
 * one (g_object_new with "handle" and "pool"). libvirt-glib's pool cache learns of it at
 * the pool's next refresh.
 */
static void pool_create_volume_from(Call *c) {
  const char *what = "Unable to clone volume";
  if (!c->texts[0] || !c->texts[1]) {
    g_set_error(&c->error, gvir_libvirt_error_quark(), VIR_ERR_INVALID_ARG, "%s: a volume XML and a source volume key are needed", what);
    return;
  }
  GType t; virStoragePoolPtr pool = handle_of(c, &t);
  virConnectPtr conn = virStoragePoolGetConnect(pool);
  virStorageVolPtr source = conn ? virStorageVolLookupByKey(conn, c->texts[1]) : NULL;
  virStorageVolPtr vol = source ? virStorageVolCreateXMLFrom(pool, c->texts[0], source, c->flags) : NULL;
  if (!vol) fail(c, what);
  else {
    if (!c->objects) c->objects = g_ptr_array_new();
    g_ptr_array_add(c->objects, g_object_new(GVIR_TYPE_STORAGE_VOL, "handle", vol, "pool", c->target, NULL));
    virStorageVolFree(vol);
    objects_result(c);
  }
  if (source) virStorageVolFree(source);
  g_boxed_free(t, pool);
}

/* pool-find-sources: texts [type, the source spec XML or null]; libvirt's XML. */
static void find_pool_sources(Call *c) {
  const char *what = "Unable to find storage pool sources";
  WITH_CONN(c, what);
  char *xml = virConnectFindStoragePoolSources(conn, c->texts[0] ? c->texts[0] : "", c->texts[1], c->flags);
  if (!xml) fail(c, what);
  else { c->kind = RESULT_STRING; c->text = g_strdup(xml); c->ok = TRUE; free(xml); }
  END_CONN();
}

/* ---- domains ---- */

/* The value of one typed parameter, as python-libvirt gives it: 64-bit integers as BigInts. */
static napi_value param_value(napi_env env, const virTypedParameter *p) {
  napi_value v;
  switch (p->type) {
  case VIR_TYPED_PARAM_INT: napi_create_int32(env, p->value.i, &v); break;
  case VIR_TYPED_PARAM_UINT: napi_create_uint32(env, p->value.ui, &v); break;
  case VIR_TYPED_PARAM_LLONG: napi_create_bigint_int64(env, p->value.l, &v); break;
  case VIR_TYPED_PARAM_ULLONG: napi_create_bigint_uint64(env, p->value.ul, &v); break;
  case VIR_TYPED_PARAM_DOUBLE: napi_create_double(env, p->value.d, &v); break;
  case VIR_TYPED_PARAM_BOOLEAN: napi_get_boolean(env, p->value.b != 0, &v); break;
  case VIR_TYPED_PARAM_STRING: napi_create_string_utf8(env, p->value.s ? p->value.s : "", NAPI_AUTO_LENGTH, &v); break;
  default: napi_get_null(env, &v);
  }
  return v;
}

typedef struct {
  int n;
  virDomainStatsRecordPtr *records;
} Stats;

static void stats_free(gpointer data) {
  Stats *s = data;
  if (s->records) virDomainStatsRecordListFree(s->records);
  g_free(s);
}

/* [[uuid, { name: value }], …]: the record's domain by UUID, its parameters under libvirt's names. */
static napi_value stats_js(napi_env env, gpointer data) {
  Stats *s = data;
  napi_value list, pair, uuid, params;
  napi_create_array_with_length(env, (size_t) s->n, &list);
  for (int i = 0; i < s->n; i++) {
    virDomainStatsRecordPtr r = s->records[i];
    char text[VIR_UUID_STRING_BUFLEN] = "";
    virDomainGetUUIDString(r->dom, text);
    napi_create_string_latin1(env, text, NAPI_AUTO_LENGTH, &uuid);
    napi_create_object(env, &params);
    for (int j = 0; j < r->nparams; j++)
      napi_set_named_property(env, params, r->params[j].field, param_value(env, &r->params[j]));
    napi_create_array_with_length(env, 2, &pair);
    napi_set_element(env, pair, 0, uuid);
    napi_set_element(env, pair, 1, params);
    napi_set_element(env, list, (uint32_t) i, pair);
  }
  return list;
}

/*
 * getAllDomainStats: flags are the stats groups (virDomainStatsTypes), size the listing
 * flags; the domains (c->inputs, GVirDomains) when given, else all: one
 * virDomainListGetStats or virConnectGetAllDomainStats, one round trip to a daemon.
 */
static void all_domain_stats(Call *c) {
  const char *what = "Unable to get domain stats";
  WITH_CONN(c, what);
  Stats *s = g_new0(Stats, 1);
  if (c->inputs) {
    virDomainPtr *doms = g_new0(virDomainPtr, c->inputs->len + 1);
    for (guint i = 0; i < c->inputs->len; i++) g_object_get(g_ptr_array_index(c->inputs, i), "handle", &doms[i], NULL);
    s->n = c->inputs->len == 0 ? 0 : virDomainListGetStats(doms, c->flags, &s->records, (unsigned int) c->size);
    for (guint i = 0; i < c->inputs->len; i++) if (doms[i]) g_boxed_free(GVIR_TYPE_DOMAIN_HANDLE, doms[i]);
    g_free(doms);
  } else {
    s->n = virConnectGetAllDomainStats(conn, c->flags, &s->records, (unsigned int) c->size);
  }
  if (s->n < 0) {
    fail(c, what);
    stats_free(s);
  } else {
    c->kind = RESULT_JS;
    c->js = stats_js;
    c->js_data = s;
    c->js_free = stats_free;
    c->ok = TRUE;
  }
  END_CONN();
}

typedef struct {
  int n;
  virDomainInterfacePtr *ifaces;
} Addresses;

static void addresses_free(gpointer data) {
  Addresses *a = data;
  for (int i = 0; i < a->n; i++) virDomainInterfaceFree(a->ifaces[i]);
  free(a->ifaces);
  g_free(a);
}

static void set_str(napi_env env, napi_value obj, const char *key, const char *value) {
  napi_value v;
  if (value) napi_create_string_utf8(env, value, NAPI_AUTO_LENGTH, &v);
  else napi_get_null(env, &v);
  napi_set_named_property(env, obj, key, v);
}

/* [{ name, hwaddr, addrs: [{ type, addr, prefix }] }]: virsh domifaddr's columns. */
static napi_value addresses_js(napi_env env, gpointer data) {
  Addresses *a = data;
  napi_value list, iface, addrs, addr, v;
  napi_create_array_with_length(env, (size_t) a->n, &list);
  for (int i = 0; i < a->n; i++) {
    virDomainInterfacePtr f = a->ifaces[i];
    napi_create_object(env, &iface);
    set_str(env, iface, "name", f->name);
    set_str(env, iface, "hwaddr", f->hwaddr);
    napi_create_array_with_length(env, f->naddrs, &addrs);
    for (unsigned int j = 0; j < f->naddrs; j++) {
      napi_create_object(env, &addr);
      set_str(env, addr, "type", f->addrs[j].type == VIR_IP_ADDR_TYPE_IPV6 ? "ipv6" : "ipv4");
      set_str(env, addr, "addr", f->addrs[j].addr);
      napi_create_uint32(env, f->addrs[j].prefix, &v);
      napi_set_named_property(env, addr, "prefix", v);
      napi_set_element(env, addrs, j, addr);
    }
    napi_set_named_property(env, iface, "addrs", addrs);
    napi_set_element(env, list, (uint32_t) i, iface);
  }
  return list;
}

/* flags: the source (virDomainInterfaceAddressesSource). */
static void domain_interface_addresses(Call *c) {
  GType t; virDomainPtr dom = handle_of(c, &t);
  Addresses *a = g_new0(Addresses, 1);
  a->n = virDomainInterfaceAddresses(dom, &a->ifaces, c->flags, 0);
  if (a->n < 0) {
    a->n = 0;
    fail(c, "Unable to get interface addresses");
    addresses_free(a);
  } else {
    c->kind = RESULT_JS;
    c->js = addresses_js;
    c->js_data = a;
    c->js_free = addresses_free;
    c->ok = TRUE;
  }
  g_boxed_free(t, dom);
}

/* setMetadata: size the type (virDomainMetadataType), flags the impact; texts [value, key, uri]. */
static void domain_set_metadata(Call *c) {
  GType t; virDomainPtr dom = handle_of(c, &t);
  done_or_fail(c, virDomainSetMetadata(dom, (int) c->size, c->texts[0], c->texts[1], c->texts[2], c->flags), "Unable to set metadata");
  g_boxed_free(t, dom);
}

/* getMetadata: size the type, flags the impact; texts [uri]. */
static void domain_get_metadata(Call *c) {
  GType t; virDomainPtr dom = handle_of(c, &t);
  char *value = virDomainGetMetadata(dom, (int) c->size, c->texts[0], c->flags);
  if (!value) fail(c, "Unable to get metadata");
  else { c->kind = RESULT_STRING; c->text = g_strdup(value); c->ok = TRUE; free(value); }
  g_boxed_free(t, dom);
}

/* ---- the table ---- */

static gboolean is_connection(GObject *o) { return GVIR_IS_CONNECTION(o); }
static gboolean is_network(GObject *o) { return GVIR_IS_NETWORK(o); }
static gboolean is_domain(GObject *o) { return GVIR_IS_DOMAIN(o); }
static gboolean is_pool(GObject *o) { return GVIR_IS_STORAGE_POOL(o); }
static gboolean is_vol(GObject *o) { return GVIR_IS_STORAGE_VOL(o); }
static gboolean is_secret(GObject *o) { return GVIR_IS_SECRET(o); }

const GvirOp GVIR_BEYOND_OPS[] = {
  { "virConnectListAllNodeDevices", is_connection, ARG_FLAGS, list_node_devices },
  { "virNodeDeviceLookupByName", is_connection, ARG_TEXT, find_node_device },
  { "virConnectListAllSecrets", is_connection, ARG_FLAGS, list_secrets },
  { "virSecretLookupByUUIDString", is_connection, ARG_TEXT, find_secret_by_uuid },
  { "virSecretLookupByUsage", is_connection, ARG_TEXT, find_secret_by_usage },
  { "virConnectListAllNWFilters", is_connection, ARG_FLAGS, list_nwfilters },
  { "virNWFilterLookupByName", is_connection, ARG_TEXT, find_nwfilter },
  { "virConnectListAllNetworks", is_connection, ARG_FLAGS, list_networks },
  { "virNetworkDefineXML", is_connection, ARG_XML, network_define },
  { "virNetworkCreateXML", is_connection, ARG_XML, network_create_xml },
  { "virNetworkIsActive", is_network, ARG_FLAGS, network_is_active },
  { "virNetworkIsPersistent", is_network, ARG_FLAGS, network_is_persistent },
  { "virNetworkGetAutostart", is_network, ARG_FLAGS, network_get_autostart },
  { "virNetworkSetAutostart", is_network, ARG_FLAGS, network_set_autostart },
  { "virNetworkCreate", is_network, ARG_FLAGS, network_create },
  { "virNetworkDestroy", is_network, ARG_FLAGS, network_destroy },
  { "virNetworkUndefine", is_network, ARG_FLAGS, network_undefine },
  { "virStoragePoolCreateXML", is_connection, ARG_XML, pool_create_xml },
  { "virConnectGetStoragePoolCapabilities", is_connection, ARG_FLAGS, pool_capabilities },
  { "virStoragePoolIsActive", is_pool, ARG_FLAGS, pool_is_active },
  { "virStoragePoolIsPersistent", is_pool, ARG_FLAGS, pool_is_persistent },
  { "virStorageVolGetKey", is_vol, ARG_FLAGS, vol_get_key },
  { "virStorageVolWipePattern", is_vol, ARG_FLAGS, vol_wipe },
  { "virConnectGetAllDomainStats", is_connection, ARG_DOMAINS, all_domain_stats },
  { "virDomainInterfaceAddresses", is_domain, ARG_FLAGS, domain_interface_addresses },
  { "virDomainSetMetadata", is_domain, ARG_TEXTS, domain_set_metadata },
  { "virDomainGetMetadata", is_domain, ARG_TEXTS, domain_get_metadata },
  { "virSecretGetUsageID", is_secret, ARG_FLAGS, secret_usage },
  { "virStorageVolCreateXMLFrom", is_pool, ARG_TEXTS, pool_create_volume_from },
  { "virConnectFindStoragePoolSources", is_connection, ARG_TEXTS, find_pool_sources },
};

const gsize GVIR_BEYOND_N_OPS = G_N_ELEMENTS(GVIR_BEYOND_OPS);
