/*
 * gvir_trace: libvirt's probe messages of this process, captured through a log output that
 * gvir owns, for glib/rpc.ts (rpc$) and glib/loop.ts (loop$).
 *
 * Every libvirt PROBE() is also a log message at level 2 (info) under its file's log source
 * (rpc.netclient: RPC_CLIENT_MSG_TX_QUEUE, RPC_CLIENT_MSG_RX, RPC_CLIENT_NEW/DISPOSE). While
 * a trace runs, libvirt's outputs are replaced by ONE output of ours at level 1, and filters
 * that let the traced sources' info messages through are put in front of the app's own. Our
 * output keeps the probe lines of the traced sources and hands every message on to copies of
 * the app's outputs (or to stderr, libvirt's fallback when the app defined none) exactly when
 * the app's own configuration would have written it: a message passes when its priority
 * reaches what the app's filters gave its source and the output's own level. So the app's
 * stderr and log files get the same lines as without a trace, none twice and none more.
 * When the last subscriber leaves, the app's outputs and filters are set back from the text
 * libvirt gave before (virLogGetOutputs/Filters). With no subscriber nothing of this exists:
 * libvirt's logging is untouched and costs what it costs without gvir.
 *
 * libvirt exports this log API only as LIBVIRT_PRIVATE_<version> symbols: they are looked up
 * with dlsym at the first trace, never linked, so a libvirt without them (or of another
 * ABI) only makes the trace fail with a message while the rest of the addon loads as usual.
 * The struct layouts below are libvirt 9.0's (src/util/virlog.[ch], unchanged since 5.x).
 *
 * Captured lines are queued under a mutex (libvirt logs from any thread, under its own log
 * lock) and delivered to JS in batches by a uv_async handle.
 */
#define NAPI_VERSION 8
#define _GNU_SOURCE
#include <node_api.h>
#include <uv.h>
#include <glib.h>
#include <dlfcn.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>
#include "gvir_trace.h"
#include <stdlib.h>

/* libvirt 9.0's src/util/virlog.h and virlog.c */
typedef struct {
  const char *name;
  unsigned int priority;
  unsigned int serial;
} LvLogSource;

typedef void (*LvOutputFunc)(LvLogSource *src, int priority, const char *filename, int linenr,
                             const char *funcname, const char *timestamp, void *metadata,
                             const char *rawstr, const char *str, void *data);
typedef void (*LvCloseFunc)(void *data);

typedef struct {
  bool logInitMessage;
  void *data;
  LvOutputFunc f;
  LvCloseFunc c;
  int priority;
  int dest;
  char *name;
} LvOutput;

#define LV_LOG_TO_STDERR 0

static struct {
  gboolean loaded;
  LvOutput *(*outputNew)(LvOutputFunc, LvCloseFunc, void *, int, int, const char *);
  int (*defineOutputs)(LvOutput **, size_t);
  int (*parseOutputs)(const char *, LvOutput ***);
  void (*outputListFree)(LvOutput **, int);
  int (*setFilters)(const char *);
  char *(*getFilters)(void);
  char *(*getOutputs)(void);
  int (*getNbOutputs)(void);
  int (*getDefaultPriority)(void);
  int (*initialize)(void);
} lv;

static const char *load_api(void) {
  if (lv.loaded) return NULL;
#define SYM(field, name) if (!(*(void **) &lv.field = dlsym(RTLD_DEFAULT, name))) return "gvir trace: this libvirt does not export " name
  SYM(outputNew, "virLogOutputNew");
  SYM(defineOutputs, "virLogDefineOutputs");
  SYM(parseOutputs, "virLogParseOutputs");
  SYM(outputListFree, "virLogOutputListFree");
  SYM(setFilters, "virLogSetFilters");
  SYM(getFilters, "virLogGetFilters");
  SYM(getOutputs, "virLogGetOutputs");
  SYM(getNbOutputs, "virLogGetNbOutputs");
  SYM(getDefaultPriority, "virLogGetDefaultPriority");
  SYM(initialize, "virInitialize");
#undef SYM
  lv.loaded = TRUE;
  return NULL;
}

#define MAX_SOURCES 8

static struct {
  napi_env env;
  napi_ref callback;
  uv_async_t async;
  gboolean async_ready;
  gboolean closing;
  /* while a trace runs */
  gboolean active;
  gchar *saved_filters;          /* virLogGetFilters() before: NULL for none */
  gchar *saved_outputs;          /* virLogGetOutputs() before */
  size_t saved_n_outputs;        /* 0: libvirt's stderr fallback */
  LvOutput **forward;            /* our copies of the app's outputs, written as libvirt would */
  size_t n_forward;
  int n_sources;
  gchar *sources[MAX_SOURCES];   /* the traced log sources */
  int app_priority[MAX_SOURCES]; /* what the app's filters gave each */
  /* the queue, under mutex */
  GMutex mutex;
  GPtrArray *queue;
} T;

/* The priority the app's filters (libvirt's text form, "N:match ...", each match a glob
 * that virLogFilterNew wrapped in '*') give `source`: the first match, else the default. */
static int priority_from_filters(const char *filters, const char *source, int fallback) {
  if (filters == NULL) return fallback;
  gchar **tokens = g_strsplit_set(filters, " \t", -1);
  int result = fallback;
  for (gchar **t = tokens; *t; t++) {
    const char *tok = *t;
    if (*tok == '+') tok++;
    char *colon = strchr(tok, ':');
    if (colon == NULL || colon == tok) continue;
    int prio = atoi(tok);
    gchar *pattern = g_strdup_printf("*%s*", colon + 1);
    gboolean hit = g_pattern_match_simple(pattern, source);
    g_free(pattern);
    if (hit) {
      result = prio;
      break;
    }
  }
  g_strfreev(tokens);
  return result;
}

static int traced_index(const char *name) {
  for (int i = 0; i < T.n_sources; i++)
    if (strcmp(T.sources[i], name) == 0) return i;
  return -1;
}

static void enqueue(gchar *record) {
  g_mutex_lock(&T.mutex);
  if (T.queue == NULL) T.queue = g_ptr_array_new();
  g_ptr_array_add(T.queue, record);
  g_mutex_unlock(&T.mutex);
  if (T.async_ready && !T.closing) uv_async_send(&T.async);
}

/* loop$: gvir_loop.c's hooks (JS thread only) record while this is set. */
gboolean gvir_trace_loop_on;
static GHashTable *loop_fds;   /* fd -> epoll events last seen, while loop$ runs */
static int loop_timeout = -2;

static void loop_event(const char *what, gint64 a, gint64 b) {
  enqueue(g_strdup_printf("L\t%" G_GINT64_FORMAT "\t%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT, g_get_real_time(), what, a, b));
}

void gvir_trace_loop_watch(int fd, int events) {
  if (loop_fds == NULL) loop_fds = g_hash_table_new(NULL, NULL);
  gpointer old;
  gboolean known = g_hash_table_lookup_extended(loop_fds, GINT_TO_POINTER(fd), NULL, &old);
  if (known && GPOINTER_TO_INT(old) == events) return;
  g_hash_table_insert(loop_fds, GINT_TO_POINTER(fd), GINT_TO_POINTER(events));
  loop_event(known ? "handle_update" : "handle_add", fd, events);
}

void gvir_trace_loop_unwatch(int fd) {
  if (loop_fds) g_hash_table_remove(loop_fds, GINT_TO_POINTER(fd));
  loop_event("handle_remove", fd, 0);
}

void gvir_trace_loop_timeout(int ms) {
  if (ms == loop_timeout) return;
  loop_timeout = ms;
  loop_event("timeout", ms, 0);
}

void gvir_trace_loop_dispatch(gint64 microseconds) {
  loop_event("dispatch", microseconds, 0);
}

/* Our output: runs under libvirt's log lock, on whichever thread logged. */
static void on_log(LvLogSource *src, int priority, const char *filename, int linenr,
                   const char *funcname, const char *timestamp, void *metadata,
                   const char *rawstr, const char *str, void *data) {
  int idx = src && src->name ? traced_index(src->name) : -1;
  int app_priority = idx >= 0 ? T.app_priority[idx] : (src ? (int) src->priority : 0);
  if (idx >= 0 && priority == 2 && rawstr && (g_str_has_prefix(rawstr, "RPC_") || g_str_has_prefix(rawstr, "QEMU_") || g_str_has_prefix(rawstr, "EVENT_")))
    enqueue(g_strdup_printf("P\t%" G_GINT64_FORMAT "\t%s\t%s", g_get_real_time(), src->name, rawstr));
  /* What the app's configuration would have written. */
  if (priority < app_priority) return;
  if (T.saved_n_outputs == 0) {
    /* virRaiseErrorFull logs an error only while outputs are defined (virerror.c: "we don't
     * want to pollute stderr if no logging outputs are explicitly requested"): with ours in
     * place it logs every error, which the app's fallback never printed. */
    if (src && src->name && strcmp(src->name, "util.error") == 0) return;
    gchar *line = g_strdup_printf("%s: %s", timestamp, str);
    ssize_t ignored = write(STDERR_FILENO, line, strlen(line));
    (void) ignored;
    g_free(line);
    return;
  }
  for (size_t i = 0; i < T.n_forward; i++)
    if (priority >= T.forward[i]->priority)
      T.forward[i]->f(src, priority, filename, linenr, funcname, timestamp, metadata, rawstr, str, T.forward[i]->data);
}

static LvOutput **parse_outputs(const char *text, size_t *n) {
  LvOutput **list = NULL;
  int count = text && *text ? lv.parseOutputs(text, &list) : 0;
  if (count < 0) {
    *n = 0;
    return NULL;
  }
  /* The app's outputs wrote libvirt's "libvirt version / hostname" header already. */
  for (int i = 0; i < count; i++) list[i]->logInitMessage = false;
  *n = (size_t) count;
  return list;
}

static void trace_stop(void) {
  if (!T.active) return;
  T.active = FALSE;
  size_t n = 0;
  LvOutput **restored = parse_outputs(T.saved_outputs, &n);
  lv.defineOutputs(restored, n);
  lv.setFilters(T.saved_filters);
  if (T.forward) lv.outputListFree(T.forward, (int) T.n_forward);
  T.forward = NULL;
  T.n_forward = 0;
  g_clear_pointer(&T.saved_filters, g_free);
  g_clear_pointer(&T.saved_outputs, g_free);
  for (int i = 0; i < T.n_sources; i++) g_clear_pointer(&T.sources[i], g_free);
  T.n_sources = 0;
}

static const char *trace_start(gchar **sources) {
  const char *err = load_api();
  if (err) return err;
  if (T.active) trace_stop();
  /* libvirt reads LIBVIRT_LOG_OUTPUTS/FILTERS once, in virInitialize (at the first connection
   * open): that would replace our output, so it runs first; it is idempotent. */
  lv.initialize();
  char *f = lv.getFilters();
  char *o = lv.getOutputs();
  T.saved_filters = f && *f ? g_strdup(f) : NULL;
  T.saved_outputs = o ? g_strdup(o) : NULL;
  free(f);
  free(o);
  T.saved_n_outputs = (size_t) lv.getNbOutputs();
  int def = lv.getDefaultPriority();
  GString *filters = g_string_new(NULL);
  for (gchar **s = sources; *s && T.n_sources < MAX_SOURCES; s++) {
    int prio = priority_from_filters(T.saved_filters, *s, def);
    T.sources[T.n_sources] = g_strdup(*s);
    T.app_priority[T.n_sources] = prio;
    T.n_sources++;
    if (prio > 2) g_string_append_printf(filters, "2:%s ", *s);
  }
  if (T.saved_filters) g_string_append(filters, T.saved_filters);
  T.forward = T.saved_n_outputs ? parse_outputs(T.saved_outputs, &T.n_forward) : NULL;
  LvOutput *ours = lv.outputNew(on_log, NULL, NULL, 1, LV_LOG_TO_STDERR, NULL);
  LvOutput **list = g_malloc(sizeof(LvOutput *));
  /* libvirt frees the list with free(): g_malloc is malloc here (GLib >= 2.46). */
  list[0] = ours;
  ours->logInitMessage = false;
  T.active = TRUE;
  lv.defineOutputs(list, 1);
  lv.setFilters(filters->str);
  g_string_free(filters, TRUE);
  return NULL;
}

static void deliver(uv_async_t *h) {
  GPtrArray *batch;
  g_mutex_lock(&T.mutex);
  batch = T.queue;
  T.queue = NULL;
  g_mutex_unlock(&T.mutex);
  if (batch == NULL) return;
  if (T.closing || T.callback == NULL) {
    g_ptr_array_free(batch, TRUE);
    return;
  }
  napi_env env = T.env;
  napi_handle_scope hs;
  napi_open_handle_scope(env, &hs);
  napi_value arr, cb, global, s;
  napi_create_array_with_length(env, batch->len, &arr);
  for (guint i = 0; i < batch->len; i++) {
    napi_create_string_utf8(env, g_ptr_array_index(batch, i), NAPI_AUTO_LENGTH, &s);
    napi_set_element(env, arr, i, s);
    g_free(g_ptr_array_index(batch, i));
  }
  g_ptr_array_free(batch, TRUE);
  napi_get_reference_value(env, T.callback, &cb);
  napi_get_global(env, &global);
  napi_value result;
  /* The JS side never throws into here (it reports its own errors); a pending exception
   * would be Node's to report. */
  napi_make_callback(env, NULL, global, cb, 1, &arr, &result);
  napi_close_handle_scope(env, hs);
}

static void on_cleanup(void *arg) {
  T.closing = TRUE;
  trace_stop();
  gvir_trace_loop_on = FALSE;
  if (T.async_ready) uv_close((uv_handle_t *) &T.async, NULL);
  T.async_ready = FALSE;
}

static gboolean ensure_async(napi_env env) {
  if (T.async_ready) return TRUE;
  uv_loop_t *loop;
  if (napi_get_uv_event_loop(env, &loop) != napi_ok) return FALSE;
  uv_async_init(loop, &T.async, deliver);
  /* A trace never keeps Node alive by itself. */
  uv_unref((uv_handle_t *) &T.async);
  T.env = env;
  T.async_ready = TRUE;
  napi_add_env_cleanup_hook(env, on_cleanup, NULL);
  return TRUE;
}

/* traceSink(fn | null): where batches of records go. */
static napi_value js_trace_sink(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (!ensure_async(env)) {
    napi_throw_error(env, NULL, "gvir trace: no libuv loop");
    return NULL;
  }
  if (T.callback) {
    napi_delete_reference(env, T.callback);
    T.callback = NULL;
  }
  napi_valuetype t = napi_undefined;
  if (argc >= 1) napi_typeof(env, argv[0], &t);
  if (t == napi_function) napi_create_reference(env, argv[0], 1, &T.callback);
  return NULL;
}

/* traceStart("rpc.netclient,rpc.keepalive"): captures those sources' probes; throws if the
 * log API is missing. traceStart("") stops. */
static napi_value js_trace_start(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  char buf[512] = "";
  size_t len = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_string_utf8(env, argv[0], buf, sizeof buf, &len);
  if (!ensure_async(env)) {
    napi_throw_error(env, NULL, "gvir trace: no libuv loop");
    return NULL;
  }
  if (len == 0) {
    trace_stop();
    return NULL;
  }
  gchar **sources = g_strsplit(buf, ",", MAX_SOURCES);
  const char *err = trace_start(sources);
  g_strfreev(sources);
  if (err) napi_throw_error(env, NULL, err);
  return NULL;
}

/* traceLoop(on): whether gvir_loop.c's hooks record. */
static napi_value js_trace_loop(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  bool on = false;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_bool(env, argv[0], &on);
  if (on && !ensure_async(env)) {
    napi_throw_error(env, NULL, "gvir trace: no libuv loop");
    return NULL;
  }
  gvir_trace_loop_on = on;
  if (!on) {
    g_clear_pointer(&loop_fds, g_hash_table_destroy);
    loop_timeout = -2;
  }
  return NULL;
}

/* traceFlush(): delivers what is queued now (a trace ending reads its last lines). */
static napi_value js_trace_flush(napi_env env, napi_callback_info info) {
  if (T.async_ready) deliver(&T.async);
  return NULL;
}

void gvir_trace_register(napi_env env, napi_value exports) {
  g_mutex_init(&T.mutex);
  napi_property_descriptor props[] = {
    { "traceSink", NULL, js_trace_sink, NULL, NULL, NULL, napi_default, NULL },
    { "traceStart", NULL, js_trace_start, NULL, NULL, NULL, napi_default, NULL },
    { "traceLoop", NULL, js_trace_loop, NULL, NULL, NULL, napi_default, NULL },
    { "traceFlush", NULL, js_trace_flush, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
}
