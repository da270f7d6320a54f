/*
 * gvir_thread: libvirt-glib's blocking calls on libuv's thread pool (gvir_thread.c runs
 * them, gvir_ops.c knows each one, gvir_list.c lists domains). Shared declarations.
 */
#ifndef GVIR_THREAD_H
#define GVIR_THREAD_H

#define NAPI_VERSION 8
#include <node_api.h>
#include <uv.h>
#include <glib-object.h>

/* What a call hands back to JS. */
typedef enum {
  RESULT_NONE,     /* undefined */
  RESULT_STRING,   /* text */
  RESULT_BOOLEAN,  /* flag */
  RESULT_ROW,      /* [text?, ...values]: text first when set, values as numbers or BigInts */
  RESULT_OBJECTS,  /* addresses of GObjects the call made, each with a reference for JS to take (gvir_take_object) */
  RESULT_JS,       /* whatever c->js builds from c->js_data on the JS thread (gvir_ops_beyond.c) */
} ResultKind;

#define MAX_VALUES 8

typedef struct {
  uv_work_t req;
  napi_env env;
  napi_deferred deferred;
  GObject *target;          /* the object the call is on; our reference, dropped on the main thread */
  GObject *other;           /* a second object the call takes (a stream), our reference too */
  GObject *created;         /* an object the call made, our reference, dropped on the main thread */
  int op;                   /* index into gvir_ops.c's table */
  guint flags;
  guint64 size;             /* a size argument (resize) or an index (screenshot's monitor, a display), 0 otherwise */
  int fd;                   /* a file descriptor argument (openGraphics), -1 otherwise */
  gchar *xml_in;            /* a document or text argument, NULL otherwise */
  /* the result */
  gboolean ok;
  ResultKind kind;
  gchar *text;
  gboolean flag;
  gint64 values[MAX_VALUES];
  int n_values;
  gboolean bigints;         /* values are 64-bit counters: BigInts, not numbers */
  GPtrArray *objects;       /* RESULT_OBJECTS: the objects, one reference each */
  GError *error;
  /* RESULT_JS: builds the value on the JS thread; js_free frees js_data (always, on the JS thread) */
  napi_value (*js)(napi_env env, gpointer data);
  gpointer js_data;
  GDestroyNotify js_free;
  GPtrArray *inputs;        /* ARG_DOMAINS: the GVirDomains, our references; NULL for "all" */
  gchar *texts[4];          /* ARG_TEXTS: the strings (NULL where null or absent) */
} Call;

/* What an operation takes besides its object. */
typedef enum {
  ARG_FLAGS = 0,   /* flags only */
  ARG_XML = 1,     /* a document */
  ARG_SIZE = 2,    /* a size, a BigInt */
  ARG_STREAM = 3,  /* a GVirStream's address and an index (a number) */
  ARG_TEXT = 4,    /* a string, or nothing (NULL) */
  ARG_STREAM_TEXT = 5, /* a GVirStream's address and a string or nothing */
  ARG_INDEX_FD = 6,    /* an index and a file descriptor (numbers; the fd may be omitted) */
  ARG_DOMAINS = 7,     /* an array of GVirDomain addresses, or nothing (all), and a number (size) */
  ARG_TEXTS = 8,       /* an array of up to 4 strings or nulls, and a number (size) */
} OpArgs;

/* One operation: its name in JS, the objects it runs on, what it takes, how it runs. */
typedef struct {
  const char *name;
  gboolean (*accepts)(GObject *);
  OpArgs args;
  void (*run)(Call *);
} GvirOp;

/* gvir_ops_beyond.c's operations (libvirt calls libvirt-glib does not map), after gvir_ops.c's. */
extern const GvirOp GVIR_BEYOND_OPS[];
extern const gsize GVIR_BEYOND_N_OPS;

/* The operation named `name`, or -1. */
int gvir_op_lookup(const char *name);
/* Whether operation `op` can run on `obj` (its GType). */
gboolean gvir_op_accepts(int op, GObject *obj);
/* What operation `op` takes besides its object. */
OpArgs gvir_op_args(int op);
/* Runs operation `op` on a worker thread: fills c's result, or c->error. */
void gvir_op_run(Call *c);

/* The GError domain of failures gvir reads from libvirt itself: the GError's code is
 * libvirt's error number, passed on to JS as the error's `virCode`. */
GQuark gvir_libvirt_error_quark(void);

/* libxml2 prints parse errors to stderr unless the thread has its own handler: see gvir_ops.c. */
void gvir_quiet_xml(void);

/* Rejects `deferred` with an Error of message `text`, and `virCode` when vir_code > 0. */
void gvir_reject(napi_env env, napi_deferred deferred, const char *text, int vir_code);

void gvir_list_register(napi_env env, napi_value exports);

/* gvir_libvirt.c: calls made to libvirt itself on libvirt-glib's handles, and the recorder
 * of libvirt's errors. */
void gvir_libvirt_register(napi_env env, napi_value exports);
gboolean gvir_op_has_xml_desc(GObject *o);
void gvir_op_xml_desc(Call *c);
void gvir_op_capabilities_xml(Call *c);
void gvir_op_create_snapshot(Call *c);
void gvir_op_revert_snapshot(Call *c);
void gvir_op_delete_snapshot(Call *c);

#endif
