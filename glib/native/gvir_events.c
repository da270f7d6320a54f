/*
 * gvir_events: libvirt's events, taken by gvir itself on libvirt-glib's own virConnectPtr
 * (GVirConnection's "handle"), batched, and handed to JS in one call per GLib dispatch.
 *
 * Why not libvirt-glib's signals: libvirt-glib 4.0 registers only the legacy lifecycle
 * callback, drops SHUTDOWN, CRASHED and PMSUSPENDED_DISK, and its handler asks the daemon
 * virDomainIsPersistent for every stopped event, synchronously, on the JS thread (59% of
 * the JS thread's CPU in a 4,000-event storm, issue #16). Connecting 24 GObject handlers per
 * domain for events$ cost 2.3 s and 18.5 MiB per 1,000 domains on 8,000 domains.
 *
 * Here: one virConnect*EventRegisterAny per connection and event kind, made and dropped by
 * JS as subscribers come and go (gobject/event-hub.ts counts them); libvirt calls back where
 * libvirt-glib's event loop implementation dispatches (GLib's default context); each callback
 * copies its payload into a queue, and one GLib idle source per batch hands the whole queue
 * to JS's sink as one array of records: [token, kind, key, name, ...values]. JS demultiplexes
 * by key (a domain's UUID). A connection's token is closed before its registrations are
 * dropped, so nothing of it reaches JS after close(), and queued records of a closed token
 * are dropped at the flush.
 *
 * Registrations are libvirt round trips through a daemon: JS runs them on a worker thread
 * (register/deregister return Promises), or on the JS thread for the in-process test driver.
 */
#include "gvir_thread.h"
#include <libvirt-gobject/libvirt-gobject.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <stdlib.h>
#include <string.h>

/* Event kinds as JS names them: 0-26 are libvirt's domain event IDs, then the others. */
enum {
  K_DOMAIN_LAST = 27,
  K_NETWORK_LIFECYCLE = 27,
  K_POOL_LIFECYCLE = 28,
  K_POOL_REFRESH = 29,
  K_NODEDEV_LIFECYCLE = 30,
  K_NODEDEV_UPDATE = 31,
  K_SECRET_LIFECYCLE = 32,
  K_SECRET_VALUE_CHANGED = 33,
  K_CLOSE = 34,
  K_COUNT = 35,
};

/* A record's values. */
typedef enum { V_NULL, V_INT, V_NUM, V_STR, V_STRV, V_PARAMS, V_OBJECT } VType;
typedef struct {
  VType type;
  union { gint64 i; double d; gchar *s; gchar **sv; struct { virTypedParameterPtr p; int n; } params; GObject *obj; } u;
} Value;

#define MAX_RECORD_VALUES 9

typedef struct {
  int token;
  int kind;
  gchar *key;     /* UUID (domain, network, pool, secret) or name (node device) */
  gchar *name;
  int n;
  Value v[MAX_RECORD_VALUES];
} Record;

typedef struct {
  virConnectPtr conn;   /* our reference, dropped at close */
  int ids[K_COUNT];     /* libvirt's callback ids, -1 when not registered */
  gboolean closed;
} EvConn;

typedef struct { int token; int kind; } Reg;

static GMutex lock;
static GPtrArray *conns;     /* EvConn * by token (index) */
static GArray *queue;        /* Record */
static guint flush_source;
static napi_env sink_env;
static napi_ref sink_ref;
static napi_async_context sink_async;
static gboolean env_closing;
static double n_batches, n_events, n_registrations;

/* ---- records ---- */

static Record *record_new(int token, int kind) {
  Record r = { .token = token, .kind = kind };
  g_array_append_val(queue, r);
  return &g_array_index(queue, Record, queue->len - 1);
}

static void put_int(Record *r, gint64 i) { if (r->n < MAX_RECORD_VALUES) { r->v[r->n].type = V_INT; r->v[r->n++].u.i = i; } }
static void put_num(Record *r, double d) { if (r->n < MAX_RECORD_VALUES) { r->v[r->n].type = V_NUM; r->v[r->n++].u.d = d; } }
static void put_str(Record *r, const char *s) {
  if (r->n >= MAX_RECORD_VALUES) return;
  if (s) { r->v[r->n].type = V_STR; r->v[r->n++].u.s = g_strdup(s); }
  else r->v[r->n++].type = V_NULL;
}
static void put_params(Record *r, virTypedParameterPtr params, int n) {
  if (r->n >= MAX_RECORD_VALUES) return;
  virTypedParameterPtr copy = g_new0(virTypedParameter, n > 0 ? n : 1);
  for (int i = 0; i < n; i++) {
    copy[i] = params[i];
    if (params[i].type == VIR_TYPED_PARAM_STRING) copy[i].value.s = g_strdup(params[i].value.s);
  }
  r->v[r->n].type = V_PARAMS;
  r->v[r->n].u.params.p = copy;
  r->v[r->n++].u.params.n = n;
}

static void record_clear(Record *r) {
  g_free(r->key);
  g_free(r->name);
  for (int i = 0; i < r->n; i++) {
    Value *v = &r->v[i];
    if (v->type == V_STR) g_free(v->u.s);
    else if (v->type == V_STRV) g_strfreev(v->u.sv);
    else if (v->type == V_OBJECT) g_clear_object(&v->u.obj);
    else if (v->type == V_PARAMS) {
      for (int j = 0; j < v->u.params.n; j++)
        if (v->u.params.p[j].type == VIR_TYPED_PARAM_STRING) g_free(v->u.params.p[j].value.s);
      g_free(v->u.params.p);
    }
  }
}

static gboolean flush(gpointer data);
gboolean gvir_loop_dispatching(void);

/* Starts a record of `reg`'s connection, under the lock; NULL (lock released) once closed. */
static Record *begin(const Reg *reg) {
  g_mutex_lock(&lock);
  EvConn *c = reg->token < (int) conns->len ? g_ptr_array_index(conns, reg->token) : NULL;
  if (c == NULL || c->closed) {
    g_mutex_unlock(&lock);
    return NULL;
  }
  return record_new(reg->token, reg->kind);
}

/* Ends a record begun with begin(): schedules the flush and releases the lock. Callbacks
 * may run on a thread of libvirt's (a close noticed by a call in flight): g_idle_add wakes
 * the default context from any thread. */
static void end(void) {
  n_events++;
  /* Inside a dispatch the loop glue runs, on its thread, the glue flushes right after it
   * (gvir_events_flush_now): no idle source, whose attach wakes the context (an eventfd
   * write, then its read: ~3 µs per state change in bench/loop). */
  if (flush_source == 0 && !(gvir_loop_dispatching() && g_main_context_is_owner(g_main_context_default())))
    flush_source = g_idle_add_full(G_PRIORITY_HIGH, flush, NULL, NULL);
  g_mutex_unlock(&lock);
}

static Record *begin_domain(const Reg *reg, virDomainPtr dom) {
  Record *r = begin(reg);
  if (!r) return NULL;
  char uuid[VIR_UUID_STRING_BUFLEN];
  r->key = virDomainGetUUIDString(dom, uuid) == 0 ? g_strdup(uuid) : g_strdup("");
  r->name = g_strdup(virDomainGetName(dom));
  return r;
}

/* ---- domain callbacks ---- */

/*
 * A define or a start may bring a domain gvir's cache (gobject/connection.ts) does not know
 * yet: those records carry a GVirDomain made here from libvirt's own virDomainPtr, as
 * libvirt-glib's handler makes one (a reference and a UUID read, no round trip), which JS
 * adopts or the flush drops. Nothing here asks the daemon anything: libvirt-glib's handler
 * called virDomainIsPersistent per stopped event, a round trip on the JS thread (59% of its
 * CPU in a storm); gvir's cache knows persistence from the events themselves.
 */
static int cb_lifecycle(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return 0;
  put_int(r, event);
  put_int(r, detail);
  if ((event == VIR_DOMAIN_EVENT_DEFINED || event == VIR_DOMAIN_EVENT_STARTED) && r->n < MAX_RECORD_VALUES) {
    r->v[r->n].type = V_OBJECT;
    r->v[r->n++].u.obj = g_object_new(GVIR_TYPE_DOMAIN, "handle", dom, NULL);
  }
  end();
  return 0;
}

static void cb_generic(virConnectPtr conn, virDomainPtr dom, void *opaque) {
  if (!begin_domain(opaque, dom)) return;
  end();
}

static void cb_rtc(virConnectPtr conn, virDomainPtr dom, long long offset, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_num(r, (double) offset);
  end();
}

static void cb_int(virConnectPtr conn, virDomainPtr dom, int value, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_int(r, value);
  end();
}

static void cb_io_error_reason(virConnectPtr conn, virDomainPtr dom, const char *path, const char *alias, int action, const char *reason, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_str(r, path);
  put_str(r, alias);
  put_int(r, action);
  put_str(r, reason);
  end();
}

static void put_address(Record *r, const virDomainEventGraphicsAddress *a) {
  if (a) { put_int(r, a->family); put_str(r, a->node); put_str(r, a->service); }
  else { put_int(r, -1); put_str(r, NULL); put_str(r, NULL); }
}

static void cb_graphics(virConnectPtr conn, virDomainPtr dom, int phase, const virDomainEventGraphicsAddress *local,
                        const virDomainEventGraphicsAddress *remote, const char *scheme, const virDomainEventGraphicsSubject *subject, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_int(r, phase);
  put_address(r, local);
  put_address(r, remote);
  put_str(r, scheme);
  /* The subject as [type, name, type, name…]. */
  int n = subject ? subject->nidentity : 0;
  gchar **sv = g_new0(gchar *, (gsize) n * 2 + 1);
  for (int i = 0; i < n; i++) {
    sv[i * 2] = g_strdup(subject->identities[i].type);
    sv[i * 2 + 1] = g_strdup(subject->identities[i].name);
  }
  if (r->n < MAX_RECORD_VALUES) { r->v[r->n].type = V_STRV; r->v[r->n++].u.sv = sv; } else g_strfreev(sv);
  end();
}

static void cb_block_job(virConnectPtr conn, virDomainPtr dom, const char *disk, int type, int status, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_str(r, disk);
  put_int(r, type);
  put_int(r, status);
  end();
}

static void cb_disk_change(virConnectPtr conn, virDomainPtr dom, const char *old_src, const char *new_src, const char *alias, int reason, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_str(r, old_src);
  put_str(r, new_src);
  put_str(r, alias);
  put_int(r, reason);
  end();
}

static void cb_tray_change(virConnectPtr conn, virDomainPtr dom, const char *alias, int reason, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_str(r, alias);
  put_int(r, reason);
  end();
}

static void cb_balloon(virConnectPtr conn, virDomainPtr dom, unsigned long long actual, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_num(r, (double) actual);
  end();
}

static void cb_alias(virConnectPtr conn, virDomainPtr dom, const char *alias, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_str(r, alias);
  end();
}

static void cb_params(virConnectPtr conn, virDomainPtr dom, virTypedParameterPtr params, int n, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_params(r, params, n);
  end();
}

static void cb_agent(virConnectPtr conn, virDomainPtr dom, int state, int reason, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_int(r, state);
  put_int(r, reason);
  end();
}

static void cb_metadata(virConnectPtr conn, virDomainPtr dom, int type, const char *nsuri, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_int(r, type);
  put_str(r, nsuri);
  end();
}

static void cb_threshold(virConnectPtr conn, virDomainPtr dom, const char *dev, const char *path, unsigned long long threshold, unsigned long long excess, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_str(r, dev);
  put_str(r, path);
  put_num(r, (double) threshold);
  put_num(r, (double) excess);
  end();
}

static void cb_memory_failure(virConnectPtr conn, virDomainPtr dom, int recipient, int action, unsigned int flags, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_int(r, recipient);
  put_int(r, action);
  put_int(r, flags);
  end();
}

static void cb_memory_size(virConnectPtr conn, virDomainPtr dom, const char *alias, unsigned long long size, void *opaque) {
  Record *r = begin_domain(opaque, dom);
  if (!r) return;
  put_str(r, alias);
  put_num(r, (double) size);
  end();
}

/* The callback of each domain event ID gvir registers; NULL: not registered (PM events
 * duplicate lifecycle's pmsuspended/started::wakeup, IO_ERROR and BLOCK_JOB have newer
 * forms with more in them). */
static virConnectDomainEventGenericCallback domain_callback(int id) {
  switch (id) {
  case VIR_DOMAIN_EVENT_ID_LIFECYCLE: return VIR_DOMAIN_EVENT_CALLBACK(cb_lifecycle);
  case VIR_DOMAIN_EVENT_ID_REBOOT: return VIR_DOMAIN_EVENT_CALLBACK(cb_generic);
  case VIR_DOMAIN_EVENT_ID_RTC_CHANGE: return VIR_DOMAIN_EVENT_CALLBACK(cb_rtc);
  case VIR_DOMAIN_EVENT_ID_WATCHDOG: return VIR_DOMAIN_EVENT_CALLBACK(cb_int);
  case VIR_DOMAIN_EVENT_ID_GRAPHICS: return VIR_DOMAIN_EVENT_CALLBACK(cb_graphics);
  case VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON: return VIR_DOMAIN_EVENT_CALLBACK(cb_io_error_reason);
  case VIR_DOMAIN_EVENT_ID_CONTROL_ERROR: return VIR_DOMAIN_EVENT_CALLBACK(cb_generic);
  case VIR_DOMAIN_EVENT_ID_DISK_CHANGE: return VIR_DOMAIN_EVENT_CALLBACK(cb_disk_change);
  case VIR_DOMAIN_EVENT_ID_TRAY_CHANGE: return VIR_DOMAIN_EVENT_CALLBACK(cb_tray_change);
  case VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE: return VIR_DOMAIN_EVENT_CALLBACK(cb_balloon);
  case VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED: return VIR_DOMAIN_EVENT_CALLBACK(cb_alias);
  case VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2: return VIR_DOMAIN_EVENT_CALLBACK(cb_block_job);
  case VIR_DOMAIN_EVENT_ID_TUNABLE: return VIR_DOMAIN_EVENT_CALLBACK(cb_params);
  case VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE: return VIR_DOMAIN_EVENT_CALLBACK(cb_agent);
  case VIR_DOMAIN_EVENT_ID_DEVICE_ADDED: return VIR_DOMAIN_EVENT_CALLBACK(cb_alias);
  case VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION: return VIR_DOMAIN_EVENT_CALLBACK(cb_int);
  case VIR_DOMAIN_EVENT_ID_JOB_COMPLETED: return VIR_DOMAIN_EVENT_CALLBACK(cb_params);
  case VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED: return VIR_DOMAIN_EVENT_CALLBACK(cb_alias);
  case VIR_DOMAIN_EVENT_ID_METADATA_CHANGE: return VIR_DOMAIN_EVENT_CALLBACK(cb_metadata);
  case VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD: return VIR_DOMAIN_EVENT_CALLBACK(cb_threshold);
  case VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE: return VIR_DOMAIN_EVENT_CALLBACK(cb_memory_failure);
  case VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE: return VIR_DOMAIN_EVENT_CALLBACK(cb_memory_size);
  default: return NULL;
  }
}

/* ---- other objects' callbacks ---- */

static void cb_network(virConnectPtr conn, virNetworkPtr net, int event, int detail, void *opaque) {
  Record *r = begin(opaque);
  if (!r) return;
  char uuid[VIR_UUID_STRING_BUFLEN];
  r->key = virNetworkGetUUIDString(net, uuid) == 0 ? g_strdup(uuid) : g_strdup("");
  r->name = g_strdup(virNetworkGetName(net));
  put_int(r, event);
  put_int(r, detail);
  end();
}

static void pool_record(const Reg *reg, virStoragePoolPtr pool, int event, int detail, gboolean lifecycle) {
  Record *r = begin(reg);
  if (!r) return;
  char uuid[VIR_UUID_STRING_BUFLEN];
  r->key = virStoragePoolGetUUIDString(pool, uuid) == 0 ? g_strdup(uuid) : g_strdup("");
  r->name = g_strdup(virStoragePoolGetName(pool));
  if (lifecycle) { put_int(r, event); put_int(r, detail); }
  end();
}
static void cb_pool(virConnectPtr conn, virStoragePoolPtr pool, int event, int detail, void *opaque) { pool_record(opaque, pool, event, detail, TRUE); }
static void cb_pool_refresh(virConnectPtr conn, virStoragePoolPtr pool, void *opaque) { pool_record(opaque, pool, 0, 0, FALSE); }

static void nodedev_record(const Reg *reg, virNodeDevicePtr dev, int event, int detail, gboolean lifecycle) {
  Record *r = begin(reg);
  if (!r) return;
  r->key = g_strdup(virNodeDeviceGetName(dev));
  r->name = g_strdup(r->key);
  if (lifecycle) { put_int(r, event); put_int(r, detail); }
  end();
}
static void cb_nodedev(virConnectPtr conn, virNodeDevicePtr dev, int event, int detail, void *opaque) { nodedev_record(opaque, dev, event, detail, TRUE); }
static void cb_nodedev_update(virConnectPtr conn, virNodeDevicePtr dev, void *opaque) { nodedev_record(opaque, dev, 0, 0, FALSE); }

static void secret_record(const Reg *reg, virSecretPtr secret, int event, int detail, gboolean lifecycle) {
  Record *r = begin(reg);
  if (!r) return;
  char uuid[VIR_UUID_STRING_BUFLEN];
  r->key = virSecretGetUUIDString(secret, uuid) == 0 ? g_strdup(uuid) : g_strdup("");
  const char *usage = virSecretGetUsageID(secret);
  r->name = g_strdup(usage);
  put_int(r, virSecretGetUsageType(secret));
  if (lifecycle) { put_int(r, event); put_int(r, detail); }
  end();
}
static void cb_secret(virConnectPtr conn, virSecretPtr secret, int event, int detail, void *opaque) { secret_record(opaque, secret, event, detail, TRUE); }
static void cb_secret_value(virConnectPtr conn, virSecretPtr secret, void *opaque) { secret_record(opaque, secret, 0, 0, FALSE); }

static void cb_close(virConnectPtr conn, int reason, void *opaque) {
  Record *r = begin(opaque);
  if (!r) return;
  r->key = g_strdup("");
  put_int(r, reason);
  end();
}

/* ---- registration ---- */

/* Registers `kind` on c (any thread): libvirt's callback id, or -1 with libvirt's error. */
static int register_kind(EvConn *c, int token, int kind) {
  Reg *reg = g_new(Reg, 1);
  reg->token = token;
  reg->kind = kind;
  int id = -1;
  if (kind < K_DOMAIN_LAST) {
    virConnectDomainEventGenericCallback cb = domain_callback(kind);
    if (cb) id = virConnectDomainEventRegisterAny(c->conn, NULL, kind, cb, reg, g_free);
  } else switch (kind) {
  case K_NETWORK_LIFECYCLE:
    id = virConnectNetworkEventRegisterAny(c->conn, NULL, VIR_NETWORK_EVENT_ID_LIFECYCLE, VIR_NETWORK_EVENT_CALLBACK(cb_network), reg, g_free);
    break;
  case K_POOL_LIFECYCLE:
    id = virConnectStoragePoolEventRegisterAny(c->conn, NULL, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, VIR_STORAGE_POOL_EVENT_CALLBACK(cb_pool), reg, g_free);
    break;
  case K_POOL_REFRESH:
    id = virConnectStoragePoolEventRegisterAny(c->conn, NULL, VIR_STORAGE_POOL_EVENT_ID_REFRESH, VIR_STORAGE_POOL_EVENT_CALLBACK(cb_pool_refresh), reg, g_free);
    break;
  case K_NODEDEV_LIFECYCLE:
    id = virConnectNodeDeviceEventRegisterAny(c->conn, NULL, VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE, VIR_NODE_DEVICE_EVENT_CALLBACK(cb_nodedev), reg, g_free);
    break;
  case K_NODEDEV_UPDATE:
    id = virConnectNodeDeviceEventRegisterAny(c->conn, NULL, VIR_NODE_DEVICE_EVENT_ID_UPDATE, VIR_NODE_DEVICE_EVENT_CALLBACK(cb_nodedev_update), reg, g_free);
    break;
  case K_SECRET_LIFECYCLE:
    id = virConnectSecretEventRegisterAny(c->conn, NULL, VIR_SECRET_EVENT_ID_LIFECYCLE, VIR_SECRET_EVENT_CALLBACK(cb_secret), reg, g_free);
    break;
  case K_SECRET_VALUE_CHANGED:
    id = virConnectSecretEventRegisterAny(c->conn, NULL, VIR_SECRET_EVENT_ID_VALUE_CHANGED, VIR_SECRET_EVENT_CALLBACK(cb_secret_value), reg, g_free);
    break;
  case K_CLOSE:
    /* One close callback per connection: libvirt-glib registers none. */
    id = virConnectRegisterCloseCallback(c->conn, cb_close, reg, g_free) == 0 ? 0 : -1;
    break;
  default:
    break;
  }
  /* libvirt frees opaque (freecb) only for a callback it registered. */
  if (id < 0) g_free(reg);
  return id;
}

static void deregister_kind(EvConn *c, int kind, int id) {
  if (id < 0) return;
  if (kind < K_DOMAIN_LAST) virConnectDomainEventDeregisterAny(c->conn, id);
  else if (kind == K_NETWORK_LIFECYCLE) virConnectNetworkEventDeregisterAny(c->conn, id);
  else if (kind == K_POOL_LIFECYCLE || kind == K_POOL_REFRESH) virConnectStoragePoolEventDeregisterAny(c->conn, id);
  else if (kind == K_NODEDEV_LIFECYCLE || kind == K_NODEDEV_UPDATE) virConnectNodeDeviceEventDeregisterAny(c->conn, id);
  else if (kind == K_SECRET_LIFECYCLE || kind == K_SECRET_VALUE_CHANGED) virConnectSecretEventDeregisterAny(c->conn, id);
  else if (kind == K_CLOSE) virConnectUnregisterCloseCallback(c->conn, cb_close);
}

/* A registration job: kinds to add (or drop) on one connection, on a worker thread or here. */
typedef struct {
  uv_work_t req;
  napi_env env;
  napi_deferred deferred;
  EvConn *c;
  int token;
  gboolean add;
  gboolean close_after;   /* drop every registration and the connection's reference */
  int kinds[K_COUNT];
  int n;
  int ids[K_COUNT];       /* registered ids (add) */
  gchar *error;           /* the first failure's message */
} Job;

static void job_work(uv_work_t *req) {
  Job *j = req->data;
  EvConn *c = j->c;
  for (int i = 0; i < j->n; i++) {
    int k = j->kinds[i];
    if (j->add) {
      /* c->ids[k] is only written by jobs, which JS runs one at a time per connection. */
      if (c->ids[k] >= 0) { j->ids[i] = c->ids[k]; continue; }
      int id = register_kind(c, j->token, k);
      j->ids[i] = id;
      if (id >= 0) { c->ids[k] = id; n_registrations++; }
      else if (!j->error) {
        const char *msg = virGetLastErrorMessage();
        j->error = g_strdup(msg ? msg : "event registration failed");
      }
    } else if (c->ids[k] >= 0) {
      deregister_kind(c, k, c->ids[k]);
      c->ids[k] = -1;
      n_registrations--;
    }
  }
  if (j->close_after) {
    for (int k = 0; k < K_COUNT; k++)
      if (c->ids[k] >= 0) { deregister_kind(c, k, c->ids[k]); c->ids[k] = -1; n_registrations--; }
    if (c->conn) virConnectClose(c->conn);
    c->conn = NULL;
  }
}

/* What a job resolves with: the ids registered (-1 for a refusal), and the first error's text. */
static napi_value job_result(napi_env env, Job *j) {
  napi_value arr, v;
  napi_create_array_with_length(env, (size_t) j->n + 1, &arr);
  for (int i = 0; i < j->n; i++) {
    napi_create_int32(env, j->add ? j->ids[i] : 0, &v);
    napi_set_element(env, arr, (uint32_t) i, v);
  }
  if (j->error) napi_create_string_utf8(env, j->error, NAPI_AUTO_LENGTH, &v);
  else napi_get_null(env, &v);
  napi_set_element(env, arr, (uint32_t) j->n, v);
  return arr;
}

static void job_free(Job *j) {
  g_free(j->error);
  g_free(j);
}

static void job_done(uv_work_t *req, int status) {
  Job *j = req->data;
  napi_handle_scope hs;
  napi_open_handle_scope(j->env, &hs);
  napi_resolve_deferred(j->env, j->deferred, job_result(j->env, j));
  napi_close_handle_scope(j->env, hs);
  job_free(j);
}

static EvConn *conn_of(napi_env env, napi_value v, int *token) {
  int32_t t = -1;
  napi_get_value_int32(env, v, &t);
  EvConn *c = t >= 0 && t < (int32_t) conns->len ? g_ptr_array_index(conns, t) : NULL;
  if (c == NULL || c->conn == NULL) {
    napi_throw_type_error(env, NULL, "events: not an open event token");
    return NULL;
  }
  *token = t;
  return c;
}

/* open(connectionAddress) -> token: keeps a reference to the GVirConnection's virConnectPtr. */
static napi_value js_open(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double address = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  GObject *obj = NULL;
  if (argc >= 1 && napi_get_value_double(env, argv[0], &address) == napi_ok) obj = (GObject *) (uintptr_t) address;
  if (obj == NULL || !GVIR_IS_CONNECTION(obj)) {
    napi_throw_type_error(env, NULL, "events.open: not a GVirConnection");
    return NULL;
  }
  virConnectPtr h = NULL;
  g_object_get(obj, "handle", &h, NULL);   /* a new reference (the boxed copy is virConnectRef) */
  if (h == NULL) {
    napi_throw_error(env, NULL, "events.open: the connection is not open");
    return NULL;
  }
  EvConn *c = g_new0(EvConn, 1);
  c->conn = h;
  for (int k = 0; k < K_COUNT; k++) c->ids[k] = -1;
  g_mutex_lock(&lock);
  int token = (int) conns->len;
  g_ptr_array_add(conns, c);
  g_mutex_unlock(&lock);
  napi_value r;
  napi_create_int32(env, token, &r);
  return r;
}

static void quiet_error(void *data, virErrorPtr err) {
}

/* register/deregister(token, kinds[], inThread) -> Promise<[ids…, error]> or, in place, the array. */
static napi_value run_job(napi_env env, napi_callback_info info, gboolean add, gboolean close_after) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  int token;
  if (argc < 1) { napi_throw_type_error(env, NULL, "events: token expected"); return NULL; }
  EvConn *c = conn_of(env, argv[0], &token);
  if (!c) return NULL;
  Job *j = g_new0(Job, 1);
  j->env = env;
  j->c = c;
  j->token = token;
  j->add = add;
  j->close_after = close_after;
  j->req.data = j;
  if (argc >= 2) {
    bool is_array = false;
    napi_is_array(env, argv[1], &is_array);
    uint32_t len = 0;
    if (is_array) napi_get_array_length(env, argv[1], &len);
    for (uint32_t i = 0; i < len && j->n < K_COUNT; i++) {
      napi_value e;
      int32_t k = -1;
      napi_get_element(env, argv[1], i, &e);
      napi_get_value_int32(env, e, &k);
      if (k >= 0 && k < K_COUNT) j->kinds[j->n++] = k;
    }
  }
  if (close_after) {
    /* From now on nothing of this connection reaches JS. */
    g_mutex_lock(&lock);
    c->closed = TRUE;
    g_mutex_unlock(&lock);
    /* libvirt-glib's close deregisters the legacy callback it registers in its own open,
     * which gvir's open never made: libvirt's default handler printed "event callback
     * function … not registered" on stderr at every close. From here on, this connection's
     * errors go nowhere (calls through a closed gvir connection reject before libvirt). */
    virConnSetErrorFunc(c->conn, NULL, quiet_error);
  }
  bool in_thread = false;
  if (argc >= 3) napi_get_value_bool(env, argv[2], &in_thread);
  if (!in_thread) {
    job_work(&j->req);
    napi_value r = job_result(env, j);
    job_free(j);
    return r;
  }
  napi_value promise;
  napi_create_promise(env, &j->deferred, &promise);
  uv_loop_t *loop;
  napi_get_uv_event_loop(env, &loop);
  uv_queue_work(loop, &j->req, job_work, job_done);
  return promise;
}

static napi_value js_register(napi_env env, napi_callback_info info) { return run_job(env, info, TRUE, FALSE); }
static napi_value js_deregister(napi_env env, napi_callback_info info) { return run_job(env, info, FALSE, FALSE); }
/* close(token, [], inThread): no more records of the token, then every registration dropped. */
static napi_value js_close(napi_env env, napi_callback_info info) { return run_job(env, info, FALSE, TRUE); }

/* keepAlive(token, intervalS, count) -> 0, or -1 and libvirt's message: local (the remote
 * driver only starts its keepalive timer; support was settled at open). */
static napi_value js_keep_alive(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  int token;
  if (argc < 3) { napi_throw_type_error(env, NULL, "keepAlive(token, intervalS, count)"); return NULL; }
  EvConn *c = conn_of(env, argv[0], &token);
  if (!c) return NULL;
  int32_t interval = 0, count = 0;
  napi_get_value_int32(env, argv[1], &interval);
  napi_get_value_int32(env, argv[2], &count);
  int rc = virConnectSetKeepAlive(c->conn, interval, (unsigned int) count);
  napi_value r;
  if (rc < 0) {
    const char *msg = virGetLastErrorMessage();
    napi_create_string_utf8(env, msg ? msg : "virConnectSetKeepAlive failed", NAPI_AUTO_LENGTH, &r);
  } else {
    napi_create_int32(env, rc, &r);
  }
  return r;
}

/* ---- opening: a GVirConnection around a handle gvir opened ---- */

/*
 * gvir opens libvirt's connection itself and builds libvirt-glib's GVirConnection around it
 * (its "handle" construct property): libvirt-glib registers its legacy lifecycle callback
 * only in its own open, so its handler, and the virDomainIsPersistent round trip it makes
 * on the JS thread for every stopped event, never runs; gvir's event path keeps the domain
 * cache instead (gobject/connection.ts).
 */
typedef struct {
  uv_work_t req;
  napi_env env;
  napi_deferred deferred;
  gchar *uri;
  gboolean read_only;
  GObject *conn;     /* the new GVirConnection, our reference */
  gchar *error;
  int vir_code;
} OpenJob;

static void open_work(uv_work_t *req) {
  OpenJob *j = req->data;
  virConnectPtr h = j->read_only ? virConnectOpenReadOnly(j->uri) : virConnectOpen(j->uri);
  if (!h) {
    virErrorPtr e = virGetLastError();
    j->error = g_strdup_printf("Unable to open %s: %s", j->uri, e && e->message ? e->message : "unknown error");
    j->vir_code = e ? e->code : 0;
    return;
  }
  j->conn = g_object_new(GVIR_TYPE_CONNECTION, "uri", j->uri, "handle", h, NULL);
  virConnectClose(h);   /* the GVirConnection holds its own reference */
}

static gboolean open_settle(gpointer data) {
  OpenJob *j = data;
  napi_handle_scope hs;
  napi_open_handle_scope(j->env, &hs);
  if (j->error) {
    gvir_reject(j->env, j->deferred, j->error, j->vir_code);
  } else {
    napi_value v;
    /* Our reference goes with the address: gvir_take_object hands it to JS. */
    napi_create_double(j->env, (double) (uintptr_t) j->conn, &v);
    napi_resolve_deferred(j->env, j->deferred, v);
  }
  napi_close_handle_scope(j->env, hs);
  g_free(j->uri);
  g_free(j->error);
  g_free(j);
  return G_SOURCE_REMOVE;
}

/* Settled from GLib's context, as libvirt-glib's own open_async completes: the code after
 * `await Connection.open()` then runs inside a GLib dispatch of the loop glue, and GLib
 * sources it adds (the test driver's 0 ms event timer) are seen at the very next check. */
static void open_done(uv_work_t *req, int status) {
  g_idle_add(open_settle, req->data);
}

/* openConnection(uri, readOnly) -> Promise<address of a new GVirConnection, with a reference for JS>. */
static napi_value js_open_connection(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  size_t len = 0;
  if (argc < 1 || napi_get_value_string_utf8(env, argv[0], NULL, 0, &len) != napi_ok) {
    napi_throw_type_error(env, NULL, "openConnection(uri, readOnly)");
    return NULL;
  }
  OpenJob *j = g_new0(OpenJob, 1);
  j->env = env;
  j->uri = g_malloc(len + 1);
  napi_get_value_string_utf8(env, argv[0], j->uri, len + 1, &len);
  bool ro = false;
  if (argc >= 2) napi_get_value_bool(env, argv[1], &ro);
  j->read_only = ro;
  j->req.data = j;
  napi_value promise;
  napi_create_promise(env, &j->deferred, &promise);
  uv_loop_t *loop;
  napi_get_uv_event_loop(env, &loop);
  uv_queue_work(loop, &j->req, open_work, open_done);
  return promise;
}

/* refObject(address): one more reference on an object a record carries, for takeObject to take. */
static napi_value js_ref_object(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double address = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_double(env, argv[0], &address);
  GObject *obj = (GObject *) (uintptr_t) address;
  if (obj == NULL || !G_IS_OBJECT(obj)) {
    napi_throw_type_error(env, NULL, "refObject: not an object");
    return NULL;
  }
  g_object_ref(obj);
  return NULL;
}

/* The transient domains' UUIDs (36 characters each, joined), on a worker thread or here. */
typedef struct {
  uv_work_t req;
  napi_env env;
  napi_deferred deferred;
  virConnectPtr conn;   /* our reference */
  GString *uuids;
  gchar *error;
} TransientJob;

/* Two listings, two round trips: the transient domains, '|', the running ones. */
static void transient_work(uv_work_t *req) {
  TransientJob *j = req->data;
  static const unsigned int filters[] = { VIR_CONNECT_LIST_DOMAINS_TRANSIENT, VIR_CONNECT_LIST_DOMAINS_ACTIVE };
  j->uuids = g_string_new(NULL);
  for (int f = 0; f < 2; f++) {
    virDomainPtr *doms = NULL;
    int n = virConnectListAllDomains(j->conn, &doms, filters[f]);
    if (n < 0) {
      const char *msg = virGetLastErrorMessage();
      j->error = g_strdup(msg ? msg : "Unable to list domains");
      return;
    }
    if (f > 0) g_string_append_c(j->uuids, '|');
    for (int i = 0; i < n; i++) {
      char uuid[VIR_UUID_STRING_BUFLEN];
      if (virDomainGetUUIDString(doms[i], uuid) == 0) g_string_append(j->uuids, uuid);
      virDomainFree(doms[i]);
    }
    free(doms);
  }
}

static napi_value transient_result(napi_env env, TransientJob *j) {
  napi_value v;
  napi_create_string_latin1(env, j->uuids->str, j->uuids->len, &v);
  return v;
}

static void transient_free(TransientJob *j) {
  if (j->uuids) g_string_free(j->uuids, TRUE);
  g_free(j->error);
  virConnectClose(j->conn);
  g_free(j);
}

static void transient_done(uv_work_t *req, int status) {
  TransientJob *j = req->data;
  napi_handle_scope hs;
  napi_open_handle_scope(j->env, &hs);
  if (j->error) gvir_reject(j->env, j->deferred, j->error, 0);
  else napi_resolve_deferred(j->env, j->deferred, transient_result(j->env, j));
  napi_close_handle_scope(j->env, hs);
  transient_free(j);
}

/* listTransient(token, inThread) -> Promise<string> (or the string, in place). */
static napi_value js_list_transient(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  int token;
  if (argc < 1) { napi_throw_type_error(env, NULL, "listTransient(token, inThread)"); return NULL; }
  EvConn *c = conn_of(env, argv[0], &token);
  if (!c) return NULL;
  TransientJob *j = g_new0(TransientJob, 1);
  j->env = env;
  j->conn = c->conn;
  virConnectRef(j->conn);
  j->req.data = j;
  bool in_thread = false;
  if (argc >= 2) napi_get_value_bool(env, argv[1], &in_thread);
  if (!in_thread) {
    transient_work(&j->req);
    napi_value r = NULL;
    if (j->error) napi_throw_error(env, NULL, j->error);
    else r = transient_result(env, j);
    transient_free(j);
    return r;
  }
  napi_value promise;
  napi_create_promise(env, &j->deferred, &promise);
  uv_loop_t *loop;
  napi_get_uv_event_loop(env, &loop);
  uv_queue_work(loop, &j->req, transient_work, transient_done);
  return promise;
}

/*
 * emitSignal(objectAddress, detailedName, argAddress): emits libvirt-glib's own signal
 * (`started::booted` on a GVirDomain, `domain-added` on a GVirConnection with the domain)
 * when a handler is connected straight on the GObject: libvirt-glib's handler, which emitted
 * them, is not registered on connections gvir opens. Nothing connected: one hash lookup.
 */
static napi_value js_emit_signal(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  double address = 0, arg = 0;
  char name[64];
  size_t len = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 2 || napi_get_value_double(env, argv[0], &address) != napi_ok ||
      napi_get_value_string_utf8(env, argv[1], name, sizeof name, &len) != napi_ok) {
    napi_throw_type_error(env, NULL, "emitSignal(objectAddress, name, argAddress?)");
    return NULL;
  }
  if (argc >= 3) napi_get_value_double(env, argv[2], &arg);
  GObject *obj = (GObject *) (uintptr_t) address;
  guint id;
  GQuark detail;
  napi_value r;
  if (obj == NULL || !G_IS_OBJECT(obj) || !g_signal_parse_name(name, G_OBJECT_TYPE(obj), &id, &detail, TRUE) ||
      /* GLib finds a handler by its exact detail: one connected without a detail is asked for with 0. */
      !(g_signal_has_handler_pending(obj, id, detail, FALSE) || (detail != 0 && g_signal_has_handler_pending(obj, id, 0, FALSE)))) {
    napi_get_boolean(env, false, &r);
    return r;
  }
  if (arg != 0) g_signal_emit(obj, id, detail, (GObject *) (uintptr_t) arg);
  else g_signal_emit(obj, id, detail);
  napi_get_boolean(env, true, &r);
  return r;
}

/*
 * detachHandle(connectionAddress): takes libvirt's connection out of a GVirConnection gvir
 * opened, and drops libvirt-glib's reference to it, so that libvirt-glib's close then only
 * frees its caches and emits connection-closed. Its close would otherwise deregister the
 * legacy callback its own open registers, which gvir's open never made: libvirt logged
 * "event callback function … not registered" on stderr at every close (an error-level log
 * line, which no error handler catches). GVirConnectionPrivate's first fields (libvirt-glib
 * 4.0: lock, uri, conn) are read only after the conn field is seen to hold the very handle
 * the "handle" property gives; otherwise nothing is touched.
 */
typedef struct { GMutex *lock; gchar *uri; virConnectPtr conn; } GVirConnectionPrivateHead;
struct GVirConnectionHead { GObject parent; GVirConnectionPrivateHead *priv; };

static napi_value js_detach_handle(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double address = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_double(env, argv[0], &address);
  GObject *obj = (GObject *) (uintptr_t) address;
  gboolean done = FALSE;
  if (obj && GVIR_IS_CONNECTION(obj)) {
    virConnectPtr h = NULL;
    g_object_get(obj, "handle", &h, NULL);
    GVirConnectionPrivateHead *p = ((struct GVirConnectionHead *) obj)->priv;
    if (h && p && p->lock && p->conn == h) {
      g_mutex_lock(p->lock);
      p->conn = NULL;
      g_mutex_unlock(p->lock);
      virConnectClose(h);   /* libvirt-glib's reference */
      done = TRUE;
    }
    if (h) virConnectClose(h);   /* the one the property gave */
  }
  napi_value r;
  napi_get_boolean(env, done, &r);
  return r;
}

/* ---- delivery ---- */

static napi_value str_or_null(napi_env env, const char *s) {
  napi_value v;
  if (s) napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v);
  else napi_get_null(env, &v);
  return v;
}

/* Typed parameters as an object under libvirt's names, 64-bit integers as BigInts. */
static napi_value params_value(napi_env env, virTypedParameterPtr p, int n) {
  napi_value o, v;
  napi_create_object(env, &o);
  for (int i = 0; i < n; i++) {
    switch (p[i].type) {
    case VIR_TYPED_PARAM_INT: napi_create_int32(env, p[i].value.i, &v); break;
    case VIR_TYPED_PARAM_UINT: napi_create_uint32(env, p[i].value.ui, &v); break;
    case VIR_TYPED_PARAM_LLONG: napi_create_bigint_int64(env, p[i].value.l, &v); break;
    case VIR_TYPED_PARAM_ULLONG: napi_create_bigint_uint64(env, p[i].value.ul, &v); break;
    case VIR_TYPED_PARAM_DOUBLE: napi_create_double(env, p[i].value.d, &v); break;
    case VIR_TYPED_PARAM_BOOLEAN: napi_get_boolean(env, p[i].value.b != 0, &v); break;
    case VIR_TYPED_PARAM_STRING: v = str_or_null(env, p[i].value.s); break;
    default: napi_get_null(env, &v);
    }
    napi_set_named_property(env, o, p[i].field, v);
  }
  return o;
}

static napi_value record_value(napi_env env, Record *r) {
  napi_value a, v;
  napi_create_array_with_length(env, (size_t) r->n + 4, &a);
  napi_create_int32(env, r->token, &v);
  napi_set_element(env, a, 0, v);
  napi_create_int32(env, r->kind, &v);
  napi_set_element(env, a, 1, v);
  /* UUIDs are ASCII: latin1 skips UTF-8 decoding. */
  if (r->key) napi_create_string_latin1(env, r->key, NAPI_AUTO_LENGTH, &v); else napi_get_null(env, &v);
  napi_set_element(env, a, 2, v);
  napi_set_element(env, a, 3, str_or_null(env, r->name));
  for (int i = 0; i < r->n; i++) {
    Value *x = &r->v[i];
    switch (x->type) {
    case V_INT: napi_create_double(env, (double) x->u.i, &v); break;
    case V_NUM: napi_create_double(env, x->u.d, &v); break;
    case V_STR: v = str_or_null(env, x->u.s); break;
    case V_STRV: {
      guint len = g_strv_length(x->u.sv);
      napi_create_array_with_length(env, len, &v);
      for (guint k = 0; k < len; k++) napi_set_element(env, v, k, str_or_null(env, x->u.sv[k]));
      break;
    }
    case V_PARAMS: v = params_value(env, x->u.params.p, x->u.params.n); break;
    case V_OBJECT: napi_create_double(env, (double) (uintptr_t) x->u.obj, &v); break;
    default: napi_get_null(env, &v);
    }
    napi_set_element(env, a, (uint32_t) i + 4, v);
  }
  return a;
}

/* The whole queue to JS in one call. `scoped`: the caller is inside a JS call or a Node
 * callback scope already (the loop glue), so a plain call does, without the async-hooks
 * and tick bookkeeping napi_make_callback adds (~2 µs per batch, bench/loop). */
static void flush_batch(gboolean scoped) {
  g_mutex_lock(&lock);
  GArray *batch = queue;
  queue = g_array_new(FALSE, FALSE, sizeof(Record));
  flush_source = 0;
  if (batch->len == 0) {
    g_mutex_unlock(&lock);
    g_array_free(batch, TRUE);
    return;
  }
  g_mutex_unlock(&lock);

  if (!env_closing && sink_ref != NULL && batch->len > 0) {
    napi_env env = sink_env;
    napi_handle_scope hs;
    napi_open_handle_scope(env, &hs);
    napi_value sink, global, arr, ignored;
    napi_get_reference_value(env, sink_ref, &sink);
    napi_get_global(env, &global);
    napi_create_array_with_length(env, batch->len, &arr);
    uint32_t at = 0;
    for (guint i = 0; i < batch->len; i++) {
      Record *r = &g_array_index(batch, Record, i);
      EvConn *c = g_ptr_array_index(conns, r->token);
      /* Closed since the callback queued it: never delivered. */
      if (c->closed) continue;
      napi_set_element(env, arr, at++, record_value(env, r));
    }
    if (sink != NULL && at > 0) {
      n_batches++;
      napi_status st = scoped ? napi_call_function(env, global, sink, 1, &arr, &ignored)
                              : napi_make_callback(env, sink_async, global, sink, 1, &arr, &ignored);
      if (st == napi_pending_exception) {
        napi_value err;
        napi_get_and_clear_last_exception(env, &err);
      }
    }
    napi_close_handle_scope(env, hs);
  }
  for (guint i = 0; i < batch->len; i++) record_clear(&g_array_index(batch, Record, i));
  g_array_free(batch, TRUE);
}

/* The idle source, for dispatches the loop glue does not run (an app's GLib main loop). */
static gboolean flush(gpointer data) {
  flush_batch(FALSE);
  return G_SOURCE_REMOVE;
}

/*
 * Called by the loop glue (gvir_loop.c) right after each GLib dispatch it runs: the batch
 * goes to JS now rather than from the idle source in the next GLib cycle, which cost a
 * whole prepare/query/check/dispatch round per state change (bench/loop, in-process
 * stop→stopped: 23 µs with the idle source, the GJS peer's 14 µs without). The idle source
 * stays for dispatches the glue does not run (an app's own GLib main loop).
 */
void gvir_events_flush_now(void) {
  g_mutex_lock(&lock);
  guint source = flush_source;
  gboolean pending = queue->len > 0;
  flush_source = 0;
  g_mutex_unlock(&lock);
  if (source != 0) g_source_remove(source);
  if (pending) flush_batch(TRUE);
}

/* setSink(fn): the JS function every batch goes to. */
static napi_value js_set_sink(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (sink_ref) napi_delete_reference(env, sink_ref);
  sink_ref = NULL;
  if (argc >= 1) {
    napi_valuetype t;
    napi_typeof(env, argv[0], &t);
    if (t == napi_function) napi_create_reference(env, argv[0], 1, &sink_ref);
  }
  sink_env = env;
  if (sink_async == NULL) {
    napi_value resource, name;
    napi_create_object(env, &resource);
    napi_create_string_utf8(env, "gvir:events", NAPI_AUTO_LENGTH, &name);
    napi_async_init(env, resource, name, &sink_async);
  }
  return NULL;
}

static napi_value js_stats(napi_env env, napi_callback_info info) {
  napi_value o, v;
  napi_create_object(env, &o);
  napi_create_double(env, n_batches, &v);
  napi_set_named_property(env, o, "batches", v);
  napi_create_double(env, n_events, &v);
  napi_set_named_property(env, o, "events", v);
  napi_create_double(env, n_registrations, &v);
  napi_set_named_property(env, o, "registrations", v);
  return o;
}

static void on_cleanup(void *arg) {
  env_closing = TRUE;
}

void gvir_events_register(napi_env env, napi_value exports) {
  conns = g_ptr_array_new();
  queue = g_array_new(FALSE, FALSE, sizeof(Record));
  napi_add_env_cleanup_hook(env, on_cleanup, NULL);
  napi_value events;
  napi_create_object(env, &events);
  napi_property_descriptor props[] = {
    { "open", NULL, js_open, NULL, NULL, NULL, napi_default, NULL },
    { "register", NULL, js_register, NULL, NULL, NULL, napi_default, NULL },
    { "deregister", NULL, js_deregister, NULL, NULL, NULL, napi_default, NULL },
    { "close", NULL, js_close, NULL, NULL, NULL, napi_default, NULL },
    { "keepAlive", NULL, js_keep_alive, NULL, NULL, NULL, napi_default, NULL },
    { "setSink", NULL, js_set_sink, NULL, NULL, NULL, napi_default, NULL },
    { "stats", NULL, js_stats, NULL, NULL, NULL, napi_default, NULL },
    { "openConnection", NULL, js_open_connection, NULL, NULL, NULL, napi_default, NULL },
    { "refObject", NULL, js_ref_object, NULL, NULL, NULL, napi_default, NULL },
    { "listTransient", NULL, js_list_transient, NULL, NULL, NULL, napi_default, NULL },
    { "emitSignal", NULL, js_emit_signal, NULL, NULL, NULL, napi_default, NULL },
    { "detachHandle", NULL, js_detach_handle, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, events, sizeof(props) / sizeof(props[0]), props);
  napi_set_named_property(env, exports, "events", events);
}
