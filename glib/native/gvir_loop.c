/*
 * gvir_loop: lets libuv (Node's loop) drive GLib's default GMainContext.
 *
 * Why this exists: libvirt-glib delivers every async result and every libvirt event
 * through GLib's default main context, which only makes progress while someone
 * iterates it. node-gtk 4.1.1 only nests the other way round (libuv inside a running
 * GLib main loop), which blocks the JS thread inside a native call and starves Node
 * timers under ESM (node-gtk #449). Pumping g_main_context_iteration() from a 1 ms
 * Node timer works but wakes the process 1000 times a second forever.
 *
 * Instead we run GLib's own prepare/query/check/dispatch cycle around libuv's poll
 * phase, the way GLib expects an external loop to do it:
 *   uv_prepare (just before libuv blocks): g_main_context_prepare + query gives the
 *     fds GLib wants watched and its next timeout; the fds go into a private epoll
 *     set, whose single fd libuv watches, and the timeout into a uv timer.
 *   uv_check (just after libuv wakes): a zero-timeout poll() fills in which fds are
 *     ready, then g_main_context_check + dispatch run the ready sources.
 * Idle, the process sleeps in epoll_wait like any Node process: no wake-ups at all.
 *
 * Why a private epoll set rather than one uv_poll per GLib fd: uv_poll_init() turns
 * the fd non-blocking (GLib's users did not ask for that), and libuv cannot tell that
 * a closed fd number was reused by a new file, which would silently stop the new file
 * being watched. Re-adding every fd to our own set on each prepare (EEXIST -> MOD)
 * is immune to reuse and leaves the fds' flags alone.
 *
 * When an application runs its own GLib main loop (Gtk/Gio app.run(),
 * GLib.MainLoop.run()), node-gtk nests libuv inside it and GLib iterates itself:
 * g_main_depth() > 0 in our callbacks. We then stand aside (stop watching) so that
 * neither loop dispatches the other re-entrantly, and resume once it returns.
 *
 * Dispatch runs inside a Node callback scope so that promise continuations and
 * process.nextTick callbacks queued by the JS callbacks run right after, as they
 * would after any libuv I/O callback.
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <uv.h>
#include <glib.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>
#include "gvir_trace.h"

typedef struct {
  napi_env env;
  napi_ref resource;
  napi_async_context async_context;
  uv_loop_t *loop;
  uv_prepare_t prepare;
  uv_check_t check;
  uv_timer_t timer;
  uv_poll_t watch;
  int epfd;
  gboolean started;
  gboolean watching;
  gboolean prepared;
  gboolean acquired;
  int refs;
  gint max_priority;
  GPollFD *fds;
  gint n_fds;
  gint cap_fds;
  int *watched;        /* fds currently in the epoll set */
  gint n_watched;
  gint cap_watched;
  /* counters, for tests and benchmarks */
  double iterations;
  double dispatches;
} Loop;

static Loop L;

/* Set by Node's environment cleanup: libuv may still turn over while Node tears the
 * environment down, and calling into N-API then crashes (seen: ~1 exit in 10). */
static gboolean closing;

/*
 * node-gtk's own integration: the first time an app runs a GLib main loop, node-gtk
 * attaches a GSource that runs libuv (uv_run) from inside GLib, and never removes it.
 * Once that loop has returned and Node's loop drives GLib again through us, that
 * source must not be dispatched by us: it would call uv_run from inside a libuv
 * callback, which libuv forbids. We recognise it as the source being dispatched when
 * our libuv callbacks run nested (g_main_depth() > 0: only that source runs libuv
 * inside GLib), and wrap its prepare so that it stays idle while we are the driver.
 * Its fd is libuv's own backend fd, which we also mask (see on_check).
 */
static GSource *foreign;
static GSourceFuncs *foreign_orig;
static GSourceFuncs foreign_funcs;
static gboolean driving;

/* TRUE while on_check dispatches: the watcher itself is GLib's caller. */
static gboolean dispatching;

/* TRUE while node-gtk's source prepares inside an app's GLib main loop: its prepare runs
 * V8's pending microtasks (CallMicrotaskHandlers), so JS (the continuation of an awaited
 * gvir call in a click handler) runs inside GLib's prepare phase, where g_main_depth() is
 * still 0. GLib must not be iterated from there: it printed "g_main_context_prepare()
 * called recursively from within a source's check() or prepare() member" once per call. */
static gboolean in_foreign_prepare;

static gboolean foreign_dispatch(GSource *s, GSourceFunc cb, gpointer data) {
  /* Dispatched by us directly (depth 1, not from a GLib loop nested in a callback): it was
   * marked ready before we could adopt it. Running it would re-enter uv_run. */
  if (dispatching && g_main_depth() == 1) return G_SOURCE_CONTINUE;
  return foreign_orig->dispatch(s, cb, data);
}

static gboolean foreign_prepare(GSource *s, gint *timeout) {
  if (driving) {
    *timeout = -1;
    return FALSE;
  }
  if (!foreign_orig->prepare) return FALSE;
  gboolean outer = in_foreign_prepare;
  in_foreign_prepare = TRUE;
  gboolean ready = foreign_orig->prepare(s, timeout);
  in_foreign_prepare = outer;
  return ready;
}

static void adopt_foreign(GSource *s) {
  if (foreign || s == NULL || s->source_funcs == &foreign_funcs) return;
  foreign = g_source_ref(s);
  foreign_orig = (GSourceFuncs *) s->source_funcs;
  foreign_funcs = *foreign_orig;
  foreign_funcs.prepare = foreign_prepare;
  foreign_funcs.dispatch = foreign_dispatch;
  s->source_funcs = &foreign_funcs;
}

/* Inside node-gtk's source, libuv callbacks run nested: the source being dispatched is it. */
static void capture_foreign(void) {
  adopt_foreign(g_main_current_source());
}

/* node-gtk's source, found among the sources attached to the default context with ids
 * in (newest - window, newest]: its functions have the shape prepare+dispatch only, and
 * the uv loop it runs is ours. Called right after node-gtk attaches it (glib/loop.ts
 * wraps node-gtk's StartLoop), so that the watcher never dispatches it even when a GLib
 * main loop returned before our callbacks ever ran nested in it. */
static void find_foreign(guint window) {
  if (foreign) return;
  GSource *probe = g_idle_source_new();
  guint newest = g_source_attach(probe, NULL);
  g_source_destroy(probe);
  g_source_unref(probe);
  for (guint id = newest - 1; id > 0 && newest - id <= window; id--) {
    GSource *s = g_main_context_find_source_by_id(NULL, id);
    if (s == NULL || s->source_funcs == NULL) continue;
    const GSourceFuncs *f = s->source_funcs;
    if (f->prepare == NULL || f->check != NULL || f->dispatch == NULL || f->finalize != NULL) continue;
    /* node-gtk's struct uv_loop_source { GSource source; uv_loop_t *loop; ... }: only read
     * past GSource once the function shape already matched. */
    uv_loop_t *loop = *(uv_loop_t **) ((char *) s + sizeof(GSource));
    if (loop == L.loop) {
      adopt_foreign(s);
      return;
    }
  }
}

static void noop_poll(uv_poll_t *h, int status, int events) {}
static void noop_timer(uv_timer_t *h) {}

static uint32_t to_epoll(gushort events) {
  uint32_t e = 0;
  if (events & G_IO_IN) e |= EPOLLIN;
  if (events & G_IO_OUT) e |= EPOLLOUT;
  if (events & G_IO_PRI) e |= EPOLLPRI;
  return e;
}

static void watch_fds(void) {
  /* Drop the fds GLib no longer asks for. */
  for (gint i = 0; i < L.n_watched; i++) {
    gboolean keep = FALSE;
    for (gint j = 0; j < L.n_fds && !keep; j++) keep = L.fds[j].fd == L.watched[i];
    if (!keep) {
      epoll_ctl(L.epfd, EPOLL_CTL_DEL, L.watched[i], NULL);
      GVIR_TRACE_LOOP(gvir_trace_loop_unwatch(L.watched[i]));
    }
  }
  L.n_watched = 0;
  for (gint j = 0; j < L.n_fds; j++) {
    int fd = L.fds[j].fd;
    uint32_t events = 0;
    /* libuv's own epoll fd (node-gtk's source watches it) would put our set inside the
     * set that contains it: epoll refuses such a cycle and libuv then aborts. GLib may
     * also list one fd twice with different events: epoll takes one entry per fd. */
    gboolean seen = fd == uv_backend_fd(L.loop);
    for (gint k = 0; k < L.n_watched && !seen; k++) seen = L.watched[k] == fd;
    if (seen) continue;
    for (gint k = j; k < L.n_fds; k++)
      if (L.fds[k].fd == fd) events |= to_epoll(L.fds[k].events);
    struct epoll_event ev = { .events = events, .data = { .fd = fd } };
    /* ADD first, though MOD first would save a syscall: epoll keys entries on (file, fd),
     * so only ADD registers a new file behind a reused number while the old file lives on
     * elsewhere (dup'd); MOD would silently keep watching the old one. Not measurable in
     * bench/loop. */
    if (epoll_ctl(L.epfd, EPOLL_CTL_ADD, fd, &ev) != 0 && errno == EEXIST)
      epoll_ctl(L.epfd, EPOLL_CTL_MOD, fd, &ev);
    if (L.n_watched == L.cap_watched) {
      L.cap_watched = L.cap_watched ? L.cap_watched * 2 : 8;
      L.watched = realloc(L.watched, sizeof(int) * L.cap_watched);
    }
    L.watched[L.n_watched++] = fd;
    GVIR_TRACE_LOOP(gvir_trace_loop_watch(fd, events));
  }
}

static void stand_aside(void) {
  if (L.watching) {
    uv_poll_stop(&L.watch);
    L.watching = FALSE;
  }
  uv_timer_stop(&L.timer);
}

/* GLib's prepare, then its query into L.fds (grown as needed); gives prepare's "ready
 * now" and the poll timeout. The caller sets `driving` around it. */
static gboolean prepare_and_query(GMainContext *ctx, gint *timeout) {
  gint q;
  gboolean ready_now = g_main_context_prepare(ctx, &L.max_priority);
  while ((q = g_main_context_query(ctx, L.max_priority, timeout, L.fds, L.cap_fds)) > L.cap_fds) {
    L.cap_fds = q;
    L.fds = realloc(L.fds, sizeof(GPollFD) * L.cap_fds);
  }
  L.n_fds = q;
  return ready_now;
}

static void on_prepare(uv_prepare_t *h) {
  GMainContext *ctx = g_main_context_default();
  gint timeout = -1;
  gint n;

  L.prepared = FALSE;
  if (closing) return;
  /* A GLib main loop is running and iterating the context itself (see top). */
  if (g_main_depth() > 0) {
    capture_foreign();
    stand_aside();
    return;
  }
  if (!g_main_context_acquire(ctx)) {
    /* Another thread owns the default context and iterates it: nothing to do. */
    stand_aside();
    return;
  }
  L.acquired = TRUE;
  /* Until it is adopted, node-gtk's source prepares with V8 calls of its own. */
  napi_handle_scope hs;
  napi_open_handle_scope(L.env, &hs);
  driving = TRUE;
  prepare_and_query(ctx, &timeout);
  driving = FALSE;
  napi_close_handle_scope(L.env, hs);
  n = L.n_fds;
  /* Last resort, once: node-gtk's source is attached (GLib watches libuv's own fd) but was
   * neither adopted when attached nor seen running a loop. */
  static gboolean searched;
  if (!foreign && !searched)
    for (gint i = 0; i < n; i++)
      if (L.fds[i].fd == uv_backend_fd(L.loop)) {
        searched = TRUE;
        find_foreign(G_MAXUINT);
        break;
      }
  watch_fds();
  if (!L.watching) {
    uv_poll_start(&L.watch, UV_READABLE, noop_poll);
    L.watching = TRUE;
  }
  GVIR_TRACE_LOOP(gvir_trace_loop_timeout(timeout));
  if (timeout >= 0)
    uv_timer_start(&L.timer, noop_timer, (uint64_t) timeout, 0);
  else
    uv_timer_stop(&L.timer);
  L.prepared = TRUE;
}

void gvir_events_flush_now(void);

/* Whether the glue is inside a GLib dispatch of its own (then it flushes gvir's events after it). */
gboolean gvir_loop_dispatching(void) {
  return dispatching;
}

static void dispatch_in_node_scope(GMainContext *ctx) {
  napi_env env = L.env;
  napi_handle_scope hs;
  napi_callback_scope cs;
  napi_value resource;
  napi_open_handle_scope(env, &hs);
  napi_get_reference_value(env, L.resource, &resource);
  napi_open_callback_scope(env, resource, L.async_context, &cs);
  gint64 t0 = G_UNLIKELY(gvir_trace_loop_on) ? g_get_monotonic_time() : 0;
  dispatching = TRUE;
  g_main_context_dispatch(ctx);
  dispatching = FALSE;
  L.dispatches++;
  GVIR_TRACE_LOOP(gvir_trace_loop_dispatch(g_get_monotonic_time() - t0));
  gvir_events_flush_now();
  /* Closing the scope runs queued nextTicks and promise continuations. */
  napi_close_callback_scope(env, cs);
  napi_close_handle_scope(env, hs);
}

/* Fills in which of GLib's fds are ready (libuv only says "something in the set is"),
 * then lets GLib check; libuv's own backend fd (node-gtk's source) never counts as ready. */
static gboolean check_ready(GMainContext *ctx) {
  for (gint i = 0; i < L.n_fds; i++) L.fds[i].revents = 0;
  if (L.n_fds > 0) g_poll(L.fds, L.n_fds, 0);
  for (gint i = 0; i < L.n_fds; i++)
    if (L.fds[i].fd == uv_backend_fd(L.loop)) L.fds[i].revents = 0;
  driving = TRUE;
  gboolean ready = g_main_context_check(ctx, L.max_priority, L.fds, L.n_fds);
  driving = FALSE;
  return ready;
}

/* How many more GLib cycles on_check may run when a dispatch left a source ready at once.
 * Bounded, so that libuv's own I/O and timers still get their turn every iteration. */
#define MAX_CHAINED_CYCLES 4

static void on_check(uv_check_t *h) {
  GMainContext *ctx = g_main_context_default();
  if (!L.prepared || closing) {
    L.prepared = FALSE;
    if (L.acquired) {
      L.acquired = FALSE;
      g_main_context_release(ctx);
    }
    return;
  }
  L.prepared = FALSE;
  L.iterations++;
  if (check_ready(ctx)) {
    dispatch_in_node_scope(ctx);
    /* The JS a dispatch runs (callbacks, then promise continuations, which the callback
     * scope drains) often queues GLib work that is ready at once: every libvirt call that
     * changes state queues its event behind a 0 ms libvirt timer. Running GLib's cycle
     * again now delivers it in this libuv iteration rather than the next (bench/gobject
     * W4, start() returning -> first handler: 22 -> 14 us). */
    for (int n = 0; n < MAX_CHAINED_CYCLES && !closing; n++) {
      gint timeout = -1;
      driving = TRUE;
      gboolean ready_now = prepare_and_query(ctx, &timeout);
      driving = FALSE;
      if (!ready_now && timeout != 0) {
        /* Nothing more for now: complete the cycle GLib expects, dispatching nothing new. */
        if (check_ready(ctx)) dispatch_in_node_scope(ctx);
        break;
      }
      if (!check_ready(ctx)) break;
      dispatch_in_node_scope(ctx);
    }
  }
  if (L.acquired) {
    L.acquired = FALSE;
    g_main_context_release(ctx);
  }
}

/*
 * Dispatches, right now, the GLib sources that are ready without waiting (the 0 ms libvirt
 * timer behind which the in-process test driver queues a state change's events), from a
 * JS call: what on_check would do at the next libuv check phase, without the two turns of
 * Node's loop it costs to get there. Returns FALSE, dispatching nothing, when doing it here
 * would re-enter GLib or libuv: inside a GLib dispatch (a signal handler, an app's own GLib
 * main loop, node-gtk's nested libuv), inside node-gtk's prepare (in_foreign_prepare),
 * inside the watcher's own dispatch, once Node is
 * closing, or when another thread owns the context. The caller then waits for the watcher.
 */
static napi_value js_dispatch_ready(napi_env env, napi_callback_info info) {
  GMainContext *ctx = g_main_context_default();
  gboolean done = FALSE;
  if (L.started && !closing && !dispatching && !in_foreign_prepare && g_main_depth() == 0 && g_main_context_acquire(ctx)) {
    for (int n = 0; n <= MAX_CHAINED_CYCLES; n++) {
      gint timeout = -1;
      driving = TRUE;
      gboolean ready_now = prepare_and_query(ctx, &timeout);
      /* Nothing due without waiting: what waits on an fd is the watcher's (no poll here,
       * so an idle call costs no system call). */
      if (!ready_now && timeout != 0) {
        driving = FALSE;
        break;
      }
      for (gint i = 0; i < L.n_fds; i++) L.fds[i].revents = 0;
      gboolean ready = g_main_context_check(ctx, L.max_priority, L.fds, L.n_fds);
      driving = FALSE;
      if (!ready) break;
      dispatching = TRUE;
      g_main_context_dispatch(ctx);
      dispatching = FALSE;
      L.dispatches++;
      gvir_events_flush_now();
    }
    g_main_context_release(ctx);
    done = TRUE;
  }
  napi_value r;
  napi_get_boolean(env, done, &r);
  return r;
}

/* Holds ref the prepare handle, not the watch: prepare stays active while the watch
 * stands aside for an app's GLib main loop, so a hold still keeps Node alive when that
 * loop returns, and an active prepare handle does not shorten libuv's poll timeout. */
static void apply_ref(void) {
  uv_handle_t *p = (uv_handle_t *) &L.prepare;
  if (L.refs > 0) uv_ref(p); else uv_unref(p);
}

static void on_env_cleanup(void *arg) {
  if (closing) return;
  closing = TRUE;
  uv_prepare_stop(&L.prepare);
  uv_check_stop(&L.check);
  uv_timer_stop(&L.timer);
  if (L.watching) uv_poll_stop(&L.watch);
  L.watching = FALSE;
  uv_close((uv_handle_t *) &L.prepare, NULL);
  uv_close((uv_handle_t *) &L.check, NULL);
  uv_close((uv_handle_t *) &L.timer, NULL);
  uv_close((uv_handle_t *) &L.watch, NULL);
}

static napi_value js_start(napi_env env, napi_callback_info info) {
  if (L.started) return NULL;
  napi_value resource, name;
  if (napi_get_uv_event_loop(env, &L.loop) != napi_ok) {
    napi_throw_error(env, NULL, "gvir_loop: no libuv loop");
    return NULL;
  }
  L.epfd = epoll_create1(EPOLL_CLOEXEC);
  if (L.epfd < 0) {
    napi_throw_error(env, NULL, "gvir_loop: epoll_create1 failed");
    return NULL;
  }
  L.env = env;
  napi_create_object(env, &resource);
  napi_create_reference(env, resource, 1, &L.resource);
  napi_create_string_utf8(env, "gvir:GMainContext", NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, resource, name, &L.async_context);

  uv_prepare_init(L.loop, &L.prepare);
  uv_check_init(L.loop, &L.check);
  uv_timer_init(L.loop, &L.timer);
  uv_poll_init(L.loop, &L.watch, L.epfd);
  uv_prepare_start(&L.prepare, on_prepare);
  uv_check_start(&L.check, on_check);
  /* Only holds (open connections, pending calls, subscriptions) keep Node alive. */
  uv_unref((uv_handle_t *) &L.watch);
  uv_unref((uv_handle_t *) &L.check);
  uv_unref((uv_handle_t *) &L.timer);
  apply_ref();
  napi_add_env_cleanup_hook(env, on_env_cleanup, NULL);
  L.started = TRUE;
  return NULL;
}

/* Called from process.on('exit'): Node's own teardown turns libuv over once more with
 * JavaScript disallowed, before N-API cleanup hooks run, and a dispatch then would call
 * into JS (node-gtk callbacks) and crash. */
static napi_value js_stop(napi_env env, napi_callback_info info) {
  if (L.started) on_env_cleanup(NULL);
  return NULL;
}

static napi_value js_adopt_foreign(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  uint32_t window = 16;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_uint32(env, argv[0], &window);
  if (L.started) find_foreign(window);
  napi_value r;
  napi_get_boolean(env, foreign != NULL, &r);
  return r;
}

static napi_value js_ref(napi_env env, napi_callback_info info) {
  L.refs++;
  if (L.started && !closing) apply_ref();
  return NULL;
}

static napi_value js_unref(napi_env env, napi_callback_info info) {
  if (L.refs > 0) L.refs--;
  if (L.started && !closing) apply_ref();
  return NULL;
}

static napi_value js_stats(napi_env env, napi_callback_info info) {
  napi_value o, v;
  napi_create_object(env, &o);
  napi_create_double(env, L.iterations, &v);
  napi_set_named_property(env, o, "iterations", v);
  napi_create_double(env, L.dispatches, &v);
  napi_set_named_property(env, o, "dispatches", v);
  napi_create_int32(env, L.refs, &v);
  napi_set_named_property(env, o, "refs", v);
  napi_create_int32(env, L.n_fds, &v);
  napi_set_named_property(env, o, "fds", v);
  napi_get_boolean(env, L.watching, &v);
  napi_set_named_property(env, o, "watching", v);
  return o;
}

void gvir_thread_register(napi_env env, napi_value exports);
void gvir_events_register(napi_env env, napi_value exports);
void gvir_trace_register(napi_env env, napi_value exports);

static napi_value init(napi_env env, napi_value exports) {
  gvir_thread_register(env, exports);
  gvir_trace_register(env, exports);
  gvir_events_register(env, exports);
  napi_property_descriptor props[] = {
    { "start", NULL, js_start, NULL, NULL, NULL, napi_default, NULL },
    { "stop", NULL, js_stop, NULL, NULL, NULL, napi_default, NULL },
    { "adoptForeign", NULL, js_adopt_foreign, NULL, NULL, NULL, napi_default, NULL },
    { "ref", NULL, js_ref, NULL, NULL, NULL, napi_default, NULL },
    { "unref", NULL, js_unref, NULL, NULL, NULL, napi_default, NULL },
    { "stats", NULL, js_stats, NULL, NULL, NULL, napi_default, NULL },
    { "dispatchReady", NULL, js_dispatch_ready, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
