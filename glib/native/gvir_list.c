/*
 * gvir_list: every domain of a connection with its name, UUID, id and state, straight from
 * libvirt, on a worker thread or the calling thread (glib/threaded.ts's listDomains*).
 */
#include "gvir_thread.h"
#include <libvirt-gobject/libvirt-gobject.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <stdlib.h>
#include <string.h>

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
    gvir_reject(env, r->deferred, r->error, 0);
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

void gvir_list_register(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "listDomains", NULL, js_list_domains, NULL, NULL, NULL, napi_default, NULL },
    { "listDomainsSync", NULL, js_list_domains_sync, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
}
