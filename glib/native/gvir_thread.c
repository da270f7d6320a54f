/*
 * gvir_thread: runs libvirt-glib's sync-only calls on libuv's thread pool.
 *
 * Why: libvirt-glib offers suspend, shutdown, reboot, stop (destroy), delete (undefine),
 * get_config and set_config only as blocking calls. On a remote connection each is a
 * round trip to libvirtd, and a stalled daemon froze a GTK app's main loop for ~1 s per
 * click (examples/boxes, measured). libvirt-glib's own *_async functions run these same
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
#include <stdlib.h>
#include <string.h>

typedef enum {
  OP_SUSPEND, OP_SHUTDOWN, OP_REBOOT, OP_STOP, OP_DELETE, OP_GET_CONFIG, OP_SET_CONFIG,
} Op;

static const char *const OP_NAMES[] = {
  "suspend", "shutdown", "reboot", "stop", "delete", "getConfig", "setConfig", NULL,
};

typedef struct {
  uv_work_t req;
  napi_env env;
  napi_deferred deferred;
  GVirDomain *domain;
  Op op;
  guint flags;
  gchar *xml_in;
  gchar *xml_out;
  GError *error;
  gboolean ok;
} Call;

static void work(uv_work_t *req) {
  Call *c = req->data;
  switch (c->op) {
  case OP_SUSPEND: c->ok = gvir_domain_suspend(c->domain, &c->error); break;
  case OP_SHUTDOWN: c->ok = gvir_domain_shutdown(c->domain, c->flags, &c->error); break;
  case OP_REBOOT: c->ok = gvir_domain_reboot(c->domain, c->flags, &c->error); break;
  case OP_STOP: c->ok = gvir_domain_stop(c->domain, c->flags, &c->error); break;
  case OP_DELETE: c->ok = gvir_domain_delete(c->domain, c->flags, &c->error); break;
  case OP_GET_CONFIG: {
    GVirConfigDomain *conf = gvir_domain_get_config(c->domain, c->flags, &c->error);
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
      c->ok = gvir_domain_set_config(c->domain, conf, &c->error);
      g_object_unref(conf);
    }
    break;
  }
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
    napi_reject_deferred(env, c->deferred, value);
  }
  napi_close_handle_scope(env, hs);
  g_object_unref(c->domain);
  g_clear_error(&c->error);
  g_free(c->xml_in);
  g_free(c->xml_out);
  free(c);
}

/* domainCall(op, address, flags, xml?) -> Promise<string | undefined> */
static napi_value js_domain_call(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  char op_name[32] = "";
  double address = 0;
  uint32_t flags = 0;
  if (argc < 3 || napi_get_value_string_utf8(env, argv[0], op_name, sizeof op_name, NULL) != napi_ok ||
      napi_get_value_double(env, argv[1], &address) != napi_ok ||
      napi_get_value_uint32(env, argv[2], &flags) != napi_ok) {
    napi_throw_type_error(env, NULL, "domainCall(op, address, flags, xml?)");
    return NULL;
  }
  int op = -1;
  for (int i = 0; OP_NAMES[i]; i++)
    if (strcmp(op_name, OP_NAMES[i]) == 0) op = i;
  GObject *obj = (GObject *) (uintptr_t) address;
  if (op < 0 || obj == NULL || !GVIR_IS_DOMAIN(obj)) {
    napi_throw_type_error(env, NULL, "domainCall: unknown operation or not a GVirDomain");
    return NULL;
  }
  gchar *xml = NULL;
  if (op == OP_SET_CONFIG) {
    size_t len = 0;
    if (argc < 4 || napi_get_value_string_utf8(env, argv[3], NULL, 0, &len) != napi_ok) {
      napi_throw_type_error(env, NULL, "domainCall: setConfig needs the XML");
      return NULL;
    }
    xml = g_malloc(len + 1);
    napi_get_value_string_utf8(env, argv[3], xml, len + 1, NULL);
  }
  Call *c = calloc(1, sizeof *c);
  napi_value promise;
  napi_create_promise(env, &c->deferred, &promise);
  c->env = env;
  c->domain = g_object_ref(GVIR_DOMAIN(obj));
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
  gchar *error;
} Rows;

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
  for (int i = 0; i < n; i++) {
    int state = -1, reason = 0;
    r->names[i] = g_strdup(virDomainGetName(doms[i]));
    virDomainGetUUIDString(doms[i], r->uuids[i].text);
    unsigned int id = virDomainGetID(doms[i]);
    r->ids[i] = id == (unsigned int) -1 ? -1 : (gint) id;
    if (virDomainGetState(doms[i], &state, &reason, 0) < 0) state = -1;
    r->states[i] = state;
    virDomainFree(doms[i]);
  }
  free(doms);
  g_boxed_free(GVIR_TYPE_CONNECTION_HANDLE, h);
}

static void rows_done(uv_work_t *req, int status) {
  Rows *r = req->data;
  napi_env env = r->env;
  napi_handle_scope hs;
  napi_open_handle_scope(env, &hs);
  napi_value rows, row, v;
  if (r->error) {
    napi_value msg;
    napi_create_string_utf8(env, r->error, NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, NULL, msg, &v);
    napi_reject_deferred(env, r->deferred, v);
  } else {
    napi_create_array_with_length(env, (size_t) r->n, &rows);
    for (gint i = 0; i < r->n; i++) {
      napi_create_array_with_length(env, 4, &row);
      napi_create_string_utf8(env, r->names[i] ? r->names[i] : "", NAPI_AUTO_LENGTH, &v);
      napi_set_element(env, row, 0, v);
      napi_create_string_utf8(env, r->uuids[i].text, NAPI_AUTO_LENGTH, &v);
      napi_set_element(env, row, 1, v);
      napi_create_int32(env, r->ids[i], &v);
      napi_set_element(env, row, 2, v);
      napi_create_int32(env, r->states[i], &v);
      napi_set_element(env, row, 3, v);
      napi_set_element(env, rows, (uint32_t) i, row);
      g_free(r->names[i]);
    }
    napi_resolve_deferred(env, r->deferred, rows);
  }
  napi_close_handle_scope(env, hs);
  g_object_unref(r->conn);
  g_free(r->names);
  g_free(r->uuids);
  g_free(r->ids);
  g_free(r->states);
  g_free(r->error);
  free(r);
}

/* listDomains(connectionAddress) -> Promise<[name, uuid, id, state][]> */
static napi_value js_list_domains(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double address = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  GObject *obj = NULL;
  if (argc >= 1 && napi_get_value_double(env, argv[0], &address) == napi_ok)
    obj = (GObject *) (uintptr_t) address;
  if (obj == NULL || !GVIR_IS_CONNECTION(obj)) {
    napi_throw_type_error(env, NULL, "listDomains: not a GVirConnection");
    return NULL;
  }
  Rows *r = calloc(1, sizeof *r);
  napi_value promise;
  napi_create_promise(env, &r->deferred, &promise);
  r->env = env;
  r->conn = g_object_ref(GVIR_CONNECTION(obj));
  r->req.data = r;
  uv_loop_t *loop;
  napi_get_uv_event_loop(env, &loop);
  uv_queue_work(loop, &r->req, rows_work, rows_done);
  return promise;
}

void gvir_thread_register(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "domainCall", NULL, js_domain_call, NULL, NULL, NULL, napi_default, NULL },
    { "listDomains", NULL, js_list_domains, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, 2, props);
}
