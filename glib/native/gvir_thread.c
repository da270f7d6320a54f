/*
 * gvir_thread: runs libvirt-glib's sync-only calls on libuv's thread pool.
 *
 * Why: libvirt-glib offers suspend, shutdown, reboot, stop (destroy), delete (undefine),
 * get_config and set_config of a domain, and create_domain and start_domain of a
 * connection, only as blocking calls. On a remote connection each is a round trip to
 * libvirtd, and a stalled daemon froze a GTK app's main loop for ~1 s per click
 * (examples/boxes, measured). libvirt-glib's own *_async functions run these same
 * functions in a GTask thread (g_task_run_in_thread), so calling them off the main thread
 * is what libvirt-glib itself does; we only do it for the ones it has no async form of.
 *
 * Objects come from node-gtk wrappers as addresses (node-gtk's System.addressOf). The
 * caller's wrapper keeps the object alive while we take our own reference on the main
 * thread; the reference is dropped on the main thread when the call completes, so
 * node-gtk's toggle-ref notifications never run on a worker.
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <uv.h>
#include <glib.h>
#include <libvirt-gobject/libvirt-gobject.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
  OP_SUSPEND, OP_SHUTDOWN, OP_REBOOT, OP_STOP, OP_DELETE, OP_GET_CONFIG, OP_SET_CONFIG,
  OP_CREATE_DOMAIN, OP_START_DOMAIN,
} Op;

static const char *const OP_NAMES[] = {
  "suspend", "shutdown", "reboot", "stop", "delete", "getConfig", "setConfig",
  "createDomain", "startDomain", NULL,
};

/* The operations on a GVirConnection; the others are on a GVirDomain. */
static gboolean is_connection_op(Op op) {
  return op == OP_CREATE_DOMAIN || op == OP_START_DOMAIN;
}

/* Those that need a document (config_in). */
static gboolean needs_xml(Op op) {
  return op == OP_SET_CONFIG || is_connection_op(op);
}

typedef struct {
  uv_work_t req;
  napi_env env;
  napi_deferred deferred;
  GObject *target;        /* the GVirDomain or GVirConnection; our reference */
  Op op;
  guint flags;
  gchar *xml_in;
  gchar *xml_out;         /* getConfig's XML, or the UUID of the domain a connection call made */
  GError *error;
  gboolean ok;
} Call;

/* The GError domain of failures gvir reads from libvirt itself: the GError's code is
 * libvirt's error number, which done() passes on as the JS error's `virCode`. */
static GQuark thread_error_quark(void) {
  return g_quark_from_static_string("gvir-thread-libvirt-error");
}

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
static void connection_work(Call *c) {
  virConnectPtr h = NULL;
  g_object_get(c->target, "handle", &h, NULL);
  const char *what = c->op == OP_CREATE_DOMAIN ? "Failed to create domain" : "Failed to start domain";
  if (h == NULL) {
    g_set_error(&c->error, thread_error_quark(), VIR_ERR_INVALID_CONN, "%s: Connection is not open", what);
    return;
  }
  virDomainPtr dom = c->op == OP_CREATE_DOMAIN
    ? virDomainDefineXML(h, c->xml_in)
    : virDomainCreateXML(h, c->xml_in, c->flags);
  if (dom) {
    c->xml_out = g_malloc(VIR_UUID_STRING_BUFLEN);
    c->ok = virDomainGetUUIDString(dom, c->xml_out) == 0;
    virDomainFree(dom);
  }
  if (!c->ok) {
    /* libvirt-glib's own text ("<operation>: <libvirt's message>"), which VirError reads. */
    const char *msg = virGetLastErrorMessage();
    g_set_error(&c->error, thread_error_quark(), virGetLastErrorCode(), "%s: %s", what, msg ? msg : "unknown error");
    g_clear_pointer(&c->xml_out, g_free);
  }
  g_boxed_free(GVIR_TYPE_CONNECTION_HANDLE, h);
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

static void quiet_xml(void) {
  xmlSetGenericErrorFunc(NULL, quiet_xml_error);
}

static void work(uv_work_t *req) {
  Call *c = req->data;
  quiet_xml();
  GVirDomain *domain = is_connection_op(c->op) ? NULL : GVIR_DOMAIN(c->target);
  switch (c->op) {
  case OP_SUSPEND: c->ok = gvir_domain_suspend(domain, &c->error); break;
  case OP_SHUTDOWN: c->ok = gvir_domain_shutdown(domain, c->flags, &c->error); break;
  case OP_REBOOT: c->ok = gvir_domain_reboot(domain, c->flags, &c->error); break;
  case OP_STOP: c->ok = gvir_domain_stop(domain, c->flags, &c->error); break;
  case OP_DELETE: c->ok = gvir_domain_delete(domain, c->flags, &c->error); break;
  case OP_GET_CONFIG: {
    GVirConfigDomain *conf = gvir_domain_get_config(domain, c->flags, &c->error);
    if (conf) {
      c->xml_out = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(conf));
      g_object_unref(conf);
    }
    c->ok = c->xml_out != NULL;
    break;
  }
  case OP_SET_CONFIG: {
    GVirConfigDomain *conf = gvir_config_domain_new_from_xml(c->xml_in, &c->error);
    if (conf) {
      c->ok = gvir_domain_set_config(domain, conf, &c->error);
      g_object_unref(conf);
    }
    break;
  }
  case OP_CREATE_DOMAIN:
  case OP_START_DOMAIN:
    connection_work(c);
    break;
  }
}

static void done(uv_work_t *req, int status) {
  Call *c = req->data;
  napi_env env = c->env;
  napi_handle_scope hs;
  napi_open_handle_scope(env, &hs);
  napi_value value;
  if (c->ok) {
    if (c->xml_out) napi_create_string_utf8(env, c->xml_out, NAPI_AUTO_LENGTH, &value);
    else napi_get_undefined(env, &value);
    napi_resolve_deferred(env, c->deferred, value);
  } else {
    napi_value msg;
    /* The same text node-gtk would have thrown, so VirError parses it alike. */
    const char *text = c->error && c->error->message ? c->error->message : "libvirt-glib call failed";
    napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, NULL, msg, &value);
    if (c->error && c->error->domain == thread_error_quark() && c->error->code > 0) {
      napi_value code;
      napi_create_int32(env, c->error->code, &code);
      napi_set_named_property(env, value, "virCode", code);
    }
    napi_reject_deferred(env, c->deferred, value);
  }
  napi_close_handle_scope(env, hs);
  g_object_unref(c->target);
  g_clear_error(&c->error);
  g_free(c->xml_in);
  g_free(c->xml_out);
  free(c);
}

/* threadCall(op, address, flags, xml?) -> Promise<string | undefined> */
static napi_value js_thread_call(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  char op_name[32] = "";
  double address = 0;
  uint32_t flags = 0;
  if (argc < 3 || napi_get_value_string_utf8(env, argv[0], op_name, sizeof op_name, NULL) != napi_ok ||
      napi_get_value_double(env, argv[1], &address) != napi_ok ||
      napi_get_value_uint32(env, argv[2], &flags) != napi_ok) {
    napi_throw_type_error(env, NULL, "threadCall(op, address, flags, xml?)");
    return NULL;
  }
  int op = -1;
  for (int i = 0; OP_NAMES[i]; i++)
    if (strcmp(op_name, OP_NAMES[i]) == 0) op = i;
  GObject *obj = (GObject *) (uintptr_t) address;
  gboolean fits = op >= 0 && obj != NULL &&
    (is_connection_op((Op) op) ? GVIR_IS_CONNECTION(obj) : GVIR_IS_DOMAIN(obj));
  if (!fits) {
    napi_throw_type_error(env, NULL, "threadCall: unknown operation, or not the GVirDomain or GVirConnection it needs");
    return NULL;
  }
  gchar *xml = NULL;
  if (needs_xml((Op) op)) {
    size_t len = 0;
    napi_valuetype type = napi_undefined;
    if (argc >= 4) napi_typeof(env, argv[3], &type);
    /* gvir_config_object_new_from_xml dereferences NULL on an empty document (libvirt-glib 4.0). */
    if (type != napi_string || napi_get_value_string_utf8(env, argv[3], NULL, 0, &len) != napi_ok || len == 0) {
      napi_throw_type_error(env, NULL, "threadCall: this operation needs a non-empty XML document");
      return NULL;
    }
    xml = g_malloc(len + 1);
    napi_get_value_string_utf8(env, argv[3], xml, len + 1, NULL);
  }
  Call *c = calloc(1, sizeof *c);
  napi_value promise;
  napi_create_promise(env, &c->deferred, &promise);
  c->env = env;
  c->target = g_object_ref(obj);
  c->op = (Op) op;
  c->flags = flags;
  c->xml_in = xml;
  c->req.data = c;
  uv_loop_t *loop;
  napi_get_uv_event_loop(env, &loop);
  uv_queue_work(loop, &c->req, work, done);
  return promise;
}

/*
 * One row per domain of a connection, straight from libvirt, on a worker thread: name,
 * uuid, id and state. libvirt-glib's fetch_domains builds a GVirDomain per
 * domain and node-gtk a wrapper per GVirDomain plus a boxed GVirDomainInfo per getInfo
 * (~10 ms for 1,001 domains, 2.5x python-libvirt's whole listing). This is python-libvirt's
 * path: virConnectListAllDomains and one call per field, through the connection's own
 * virConnectPtr (GVirConnection's "handle" property).
 */
typedef struct { gchar text[VIR_UUID_STRING_BUFLEN]; } UuidText;

typedef struct {
  uv_work_t req;
  napi_env env;
  napi_deferred deferred;
  GVirConnection *conn;   /* our reference, dropped on the main thread */
  gint n;
  gchar **names;
  UuidText *uuids;
  gint *ids;
  gint *states;
  gboolean by_filters;    /* states from filtered listings (daemons) or GetState each (in-process) */
  gchar *error;
} Rows;

/* The states libvirt's list filters name one by one (virConnectListAllDomains' flags). */
static const struct { unsigned int filter; int state; } state_lists[] = {
  { VIR_CONNECT_LIST_DOMAINS_RUNNING, VIR_DOMAIN_RUNNING },
  { VIR_CONNECT_LIST_DOMAINS_SHUTOFF, VIR_DOMAIN_SHUTOFF },
  { VIR_CONNECT_LIST_DOMAINS_PAUSED, VIR_DOMAIN_PAUSED },
};

#define STATE_UNKNOWN (-2)

/* libvirt's UUID text (8-4-4-4-12, lower case). virDomainGetUUIDString formats it with
 * g_snprintf's 16 "%02x": measured, that printf was a third of the whole listing. */
static void format_uuid(const unsigned char *raw, gchar *text) {
  static const char hex[] = "0123456789abcdef";
  gchar *o = text;
  for (int i = 0; i < VIR_UUID_BUFLEN; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10) *o++ = '-';
    *o++ = hex[raw[i] >> 4];
    *o++ = hex[raw[i] & 15];
  }
  *o = '\0';
}

/* A UUID's raw bytes as a hash key: they are random already, so four of them make the hash. */
static guint uuid_hash(gconstpointer key) {
  guint h;
  memcpy(&h, key, sizeof h);
  return h;
}

static gboolean uuid_equal(gconstpointer a, gconstpointer b) {
  return memcmp(a, b, VIR_UUID_BUFLEN) == 0;
}

/*
 * Fills r->states from a few filtered listings instead of one virDomainGetState per domain:
 * 1 + 3 calls, so 4 round trips to a daemon rather than 1 + n (1,001 domains: 1,002). On
 * the in-process driver nothing travels and each filtered domain costs about what one
 * GetState does, so there gvir asks each domain (r->by_filters is FALSE).
 * A domain that changes state between the listings can show up in two of them or in none:
 * the first listing that shows it gives its state (one it had during the listing), and a
 * domain none of them showed (the other states, or a change in between) is asked alone.
 * A driver that refuses the filters is asked domain by domain.
 */
static void fill_states(virConnectPtr h, Rows *r, virDomainPtr *doms, unsigned char (*raw)[VIR_UUID_BUFLEN]) {
  for (gint i = 0; i < r->n; i++) r->states[i] = STATE_UNKNOWN;
  if (r->by_filters) {
    GHashTable *index = g_hash_table_new(uuid_hash, uuid_equal);
    for (gint i = 0; i < r->n; i++) g_hash_table_insert(index, raw[i], GINT_TO_POINTER(i + 1));
    for (gsize f = 0; f < G_N_ELEMENTS(state_lists); f++) {
      virDomainPtr *some = NULL;
      int m = virConnectListAllDomains(h, &some, state_lists[f].filter);
      if (m < 0) {
        virResetLastError();
        break;
      }
      for (int j = 0; j < m; j++) {
        unsigned char uuid[VIR_UUID_BUFLEN];
        if (virDomainGetUUID(some[j], uuid) == 0) {
          gint i = GPOINTER_TO_INT(g_hash_table_lookup(index, uuid)) - 1;
          if (i >= 0 && r->states[i] == STATE_UNKNOWN) r->states[i] = state_lists[f].state;
        }
        virDomainFree(some[j]);
      }
      free(some);
    }
    g_hash_table_unref(index);
  }
  for (gint i = 0; i < r->n; i++) {
    if (r->states[i] != STATE_UNKNOWN) continue;
    int state = -1, reason = 0;
    if (virDomainGetState(doms[i], &state, &reason, 0) < 0) state = -1;
    r->states[i] = state;
  }
}

static void rows_work(uv_work_t *req) {
  Rows *r = req->data;
  virConnectPtr h = NULL;
  g_object_get(r->conn, "handle", &h, NULL);
  if (h == NULL) {
    r->error = g_strdup("Unable to list domains: the connection is not open");
    return;
  }
  virDomainPtr *doms = NULL;
  int n = virConnectListAllDomains(h, &doms, 0);
  if (n < 0) {
    const char *msg = virGetLastErrorMessage();
    r->error = g_strdup_printf("Unable to list domains: %s", msg ? msg : "unknown error");
    g_boxed_free(GVIR_TYPE_CONNECTION_HANDLE, h);
    return;
  }
  r->n = n;
  r->names = g_new0(gchar *, n);
  r->uuids = g_new0(UuidText, n);
  r->ids = g_new0(gint, n);
  r->states = g_new0(gint, n);
  unsigned char (*raw)[VIR_UUID_BUFLEN] = g_malloc0_n((gsize) n + 1, VIR_UUID_BUFLEN);
  for (int i = 0; i < n; i++) {
    r->names[i] = g_strdup(virDomainGetName(doms[i]));
    virDomainGetUUID(doms[i], raw[i]);
    format_uuid(raw[i], r->uuids[i].text);
  }
  fill_states(h, r, doms, raw);
  /* Every libvirt domain call formats the UUID for its debug line (a third of the listing
   * went to printf): a shut-off domain has no id, so it is not asked for one. */
  for (int i = 0; i < n; i++) {
    unsigned int id = r->states[i] == VIR_DOMAIN_SHUTOFF ? (unsigned int) -1 : virDomainGetID(doms[i]);
    r->ids[i] = id == (unsigned int) -1 ? -1 : (gint) id;
    virDomainFree(doms[i]);
  }
  free(doms);
  g_free(raw);
  g_boxed_free(GVIR_TYPE_CONNECTION_HANDLE, h);
}

/* An Int32Array holding a copy of `n` ints. */
static napi_value int32_array(napi_env env, const gint *values, gint n) {
  void *data = NULL;
  napi_value buffer, array;
  napi_create_arraybuffer(env, sizeof(gint32) * (size_t) n, &data, &buffer);
  if (n > 0) memcpy(data, values, sizeof(gint32) * (size_t) n);
  napi_create_typedarray(env, napi_int32_array, (size_t) n, buffer, 0, &array);
  return array;
}

/* Frees what rows_work filled in, and r itself. */
static void rows_free(Rows *r) {
  for (gint i = 0; i < r->n && r->names; i++) g_free(r->names[i]);
  g_object_unref(r->conn);
  g_free(r->names);
  g_free(r->uuids);
  g_free(r->ids);
  g_free(r->states);
  g_free(r->error);
  free(r);
}

/*
 * The rows go to JS as columns, not one array per domain: a thousand small arrays and
 * four thousand napi calls cost more than the listing itself. [count, names joined by NUL
 * (no C string holds one), UUIDs of 36 characters each, ids, states].
 */
static napi_value rows_columns(napi_env env, Rows *r) {
  napi_value v, columns;
  GString *names = g_string_new(NULL);
  GString *uuids = g_string_sized_new((gsize) r->n * (VIR_UUID_STRING_BUFLEN - 1));
  for (gint i = 0; i < r->n; i++) {
    if (i > 0) g_string_append_c(names, '\0');
    if (r->names[i]) g_string_append(names, r->names[i]);
    g_string_append_len(uuids, r->uuids[i].text, VIR_UUID_STRING_BUFLEN - 1);
  }
  napi_create_array_with_length(env, 5, &columns);
  napi_create_int32(env, r->n, &v);
  napi_set_element(env, columns, 0, v);
  napi_create_string_utf8(env, names->str, names->len, &v);
  napi_set_element(env, columns, 1, v);
  napi_create_string_latin1(env, uuids->str, uuids->len, &v);
  napi_set_element(env, columns, 2, v);
  napi_set_element(env, columns, 3, int32_array(env, r->ids, r->n));
  napi_set_element(env, columns, 4, int32_array(env, r->states, r->n));
  g_string_free(names, TRUE);
  g_string_free(uuids, TRUE);
  return columns;
}

static void rows_done(uv_work_t *req, int status) {
  Rows *r = req->data;
  napi_env env = r->env;
  napi_handle_scope hs;
  napi_open_handle_scope(env, &hs);
  if (r->error) {
    napi_value msg, err;
    napi_create_string_utf8(env, r->error, NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, NULL, msg, &err);
    napi_reject_deferred(env, r->deferred, err);
  } else {
    napi_resolve_deferred(env, r->deferred, rows_columns(env, r));
  }
  napi_close_handle_scope(env, hs);
  rows_free(r);
}

/* The GVirConnection at argv[0] and the byFilters flag at argv[1], as a new Rows; NULL
 * after throwing a TypeError. */
static Rows *rows_new(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  bool by_filters = false;
  double address = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  GObject *obj = NULL;
  if (argc >= 1 && napi_get_value_double(env, argv[0], &address) == napi_ok)
    obj = (GObject *) (uintptr_t) address;
  if (obj == NULL || !GVIR_IS_CONNECTION(obj)) {
    napi_throw_type_error(env, NULL, "listDomains: not a GVirConnection");
    return NULL;
  }
  if (argc >= 2) napi_get_value_bool(env, argv[1], &by_filters);
  Rows *r = calloc(1, sizeof *r);
  r->env = env;
  r->by_filters = by_filters;
  r->conn = g_object_ref(GVIR_CONNECTION(obj));
  r->req.data = r;
  return r;
}

/* listDomains(connectionAddress, byFilters) -> Promise<columns>, read on a worker thread. */
static napi_value js_list_domains(napi_env env, napi_callback_info info) {
  Rows *r = rows_new(env, info);
  if (r == NULL) return NULL;
  napi_value promise;
  napi_create_promise(env, &r->deferred, &promise);
  uv_loop_t *loop;
  napi_get_uv_event_loop(env, &loop);
  uv_queue_work(loop, &r->req, rows_work, rows_done);
  return promise;
}

/* listDomainsSync(connectionAddress, byFilters) -> columns, read on the calling (JS) thread. */
static napi_value js_list_domains_sync(napi_env env, napi_callback_info info) {
  Rows *r = rows_new(env, info);
  if (r == NULL) return NULL;
  rows_work(&r->req);
  napi_value result = NULL;
  if (r->error) napi_throw_error(env, NULL, r->error);
  else result = rows_columns(env, r);
  rows_free(r);
  return result;
}

void gvir_thread_register(napi_env env, napi_value exports) {
  quiet_xml();
  napi_property_descriptor props[] = {
    { "threadCall", NULL, js_thread_call, NULL, NULL, NULL, napi_default, NULL },
    { "listDomains", NULL, js_list_domains, NULL, NULL, NULL, napi_default, NULL },
    { "listDomainsSync", NULL, js_list_domains_sync, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
}
