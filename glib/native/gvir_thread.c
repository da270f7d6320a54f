/*
 * gvir_thread: runs libvirt-glib's blocking calls on libuv's thread pool and settles a
 * Promise on the JS thread (the calls themselves are in gvir_ops.c, with why).
 *
 * Objects come from node-gtk wrappers as addresses (node-gtk's System.addressOf). The
 * caller's wrapper keeps the object alive while we take our own reference on the main
 * thread; the reference is dropped on the main thread when the call completes, so
 * node-gtk's toggle-ref notifications never run on a worker.
 */
#include "gvir_thread.h"
#include <libvirt-gobject/libvirt-gobject.h>
#include <stdlib.h>
#include <string.h>

static void work(uv_work_t *req) {
  gvir_op_run(req->data);
}

/* The result as JS sees it (see ResultKind). */
static napi_value result_value(napi_env env, Call *c) {
  napi_value value, v;
  switch (c->kind) {
  case RESULT_STRING:
    napi_create_string_utf8(env, c->text, NAPI_AUTO_LENGTH, &value);
    break;
  case RESULT_BOOLEAN:
    napi_get_boolean(env, c->flag, &value);
    break;
  case RESULT_ROW: {
    uint32_t at = 0;
    napi_create_array(env, &value);
    if (c->text) {
      napi_create_string_utf8(env, c->text, NAPI_AUTO_LENGTH, &v);
      napi_set_element(env, value, at++, v);
    }
    for (int i = 0; i < c->n_values; i++) {
      if (c->bigints) napi_create_bigint_int64(env, c->values[i], &v);
      else napi_create_double(env, (double) c->values[i], &v);
      napi_set_element(env, value, at++, v);
    }
    break;
  }
  case RESULT_JS:
    value = c->js(env, c->js_data);
    break;
  case RESULT_OBJECTS:
    /* Our references go with the addresses: gvir_take_object hands each to JS. */
    napi_create_array_with_length(env, c->objects->len, &value);
    for (guint i = 0; i < c->objects->len; i++) {
      napi_create_double(env, (double) (uintptr_t) g_ptr_array_index(c->objects, i), &v);
      napi_set_element(env, value, i, v);
    }
    g_ptr_array_set_size(c->objects, 0);
    break;
  default:
    napi_get_undefined(env, &value);
  }
  return value;
}

/*
 * takeObject(valueAddress, objectAddress): puts an object a worker-thread call made (and
 * holds a reference to) into the GValue at valueAddress, dropping that reference, so that
 * node-gtk's GObject.Value.getObject() gives JS libvirt-glib's object as its own wrapper —
 * node-gtk has no other way to wrap an object C code hands over. The GValue then holds the
 * only reference until the caller resets it.
 */
static napi_value js_take_object(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  double value_address = 0, object_address = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 2 || napi_get_value_double(env, argv[0], &value_address) != napi_ok || napi_get_value_double(env, argv[1], &object_address) != napi_ok) {
    napi_throw_type_error(env, NULL, "takeObject(valueAddress, objectAddress)");
    return NULL;
  }
  GValue *value = (GValue *) (uintptr_t) value_address;
  GObject *obj = (GObject *) (uintptr_t) object_address;
  if (value == NULL || obj == NULL || !G_IS_VALUE(value) || !G_IS_OBJECT(obj) || !g_type_is_a(G_OBJECT_TYPE(obj), G_VALUE_TYPE(value))) {
    napi_throw_type_error(env, NULL, "takeObject: not a GValue of the object's type, or not an object");
    return NULL;
  }
  g_value_take_object(value, obj);
  return NULL;
}

/* An Error of message `text`, with `virCode` when vir_code > 0. */
static napi_value error_value(napi_env env, const char *text, int vir_code) {
  napi_value msg, err;
  napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &msg);
  napi_create_error(env, NULL, msg, &err);
  if (vir_code > 0) {
    napi_value code;
    napi_create_int32(env, vir_code, &code);
    napi_set_named_property(env, err, "virCode", code);
  }
  return err;
}

/* c's failure as an Error: the same text node-gtk would have thrown, so VirError parses it
 * alike, and libvirt's code when gvir asked libvirt itself. */
static napi_value call_error(napi_env env, Call *c) {
  const char *text = c->error && c->error->message ? c->error->message : "libvirt-glib call failed";
  gboolean from_libvirt = c->error && c->error->domain == gvir_libvirt_error_quark();
  return error_value(env, text, from_libvirt ? c->error->code : 0);
}

void gvir_reject(napi_env env, napi_deferred deferred, const char *text, int vir_code) {
  napi_reject_deferred(env, deferred, error_value(env, text, vir_code));
}

/* Frees c and drops its references (on the JS thread). Objects a call made and JS did
 * not get (the call failed after making some) are released too. */
static void call_free(Call *c) {
  g_object_unref(c->target);
  g_clear_object(&c->other);
  g_clear_object(&c->created);
  if (c->objects) {
    for (guint i = 0; i < c->objects->len; i++) g_object_unref(g_ptr_array_index(c->objects, i));
    g_ptr_array_free(c->objects, TRUE);
  }
  if (c->js_free && c->js_data) c->js_free(c->js_data);
  if (c->inputs) {
    for (guint i = 0; i < c->inputs->len; i++) g_object_unref(g_ptr_array_index(c->inputs, i));
    g_ptr_array_free(c->inputs, TRUE);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(c->texts); i++) g_free(c->texts[i]);
  g_clear_error(&c->error);
  g_free(c->xml_in);
  g_free(c->text);
  free(c);
}

static void done(uv_work_t *req, int status) {
  Call *c = req->data;
  napi_env env = c->env;
  napi_handle_scope hs;
  napi_open_handle_scope(env, &hs);
  if (c->ok) {
    napi_resolve_deferred(env, c->deferred, result_value(env, c));
  } else {
    napi_reject_deferred(env, c->deferred, call_error(env, c));
  }
  napi_close_handle_scope(env, hs);
  call_free(c);
}

/* A non-empty document at argv[i]: gvir_config_object_new_from_xml dereferences NULL on
 * an empty one (libvirt-glib 4.0). NULL after throwing a TypeError. */
static gchar *xml_arg(napi_env env, napi_value *argv, size_t argc, size_t i) {
  size_t len = 0;
  napi_valuetype type = napi_undefined;
  if (argc > i) napi_typeof(env, argv[i], &type);
  if (type != napi_string || napi_get_value_string_utf8(env, argv[i], NULL, 0, &len) != napi_ok || len == 0) {
    napi_throw_type_error(env, NULL, "threadCall: this operation needs a non-empty XML document");
    return NULL;
  }
  gchar *xml = g_malloc(len + 1);
  napi_get_value_string_utf8(env, argv[i], xml, len + 1, NULL);
  return xml;
}

/* An optional string at argv[i] into *out (NULL for undefined or null); FALSE after
 * throwing a TypeError. */
static gboolean text_arg(napi_env env, napi_value *argv, size_t argc, size_t i, gchar **out) {
  napi_valuetype type = napi_undefined;
  size_t len = 0;
  if (argc > i) napi_typeof(env, argv[i], &type);
  *out = NULL;
  if (type == napi_undefined || type == napi_null) return TRUE;
  if (type != napi_string || napi_get_value_string_utf8(env, argv[i], NULL, 0, &len) != napi_ok) {
    napi_throw_type_error(env, NULL, "threadCall: this operation takes a string or nothing");
    return FALSE;
  }
  *out = g_malloc(len + 1);
  napi_get_value_string_utf8(env, argv[i], *out, len + 1, NULL);
  return TRUE;
}

/* A size (BigInt from 0 to 2^64-1) at argv[i] into *out; FALSE after throwing a TypeError. */
static gboolean size_arg(napi_env env, napi_value *argv, size_t argc, size_t i, guint64 *out) {
  bool lossless = false;
  uint64_t value = 0;
  napi_valuetype type = napi_undefined;
  if (argc > i) napi_typeof(env, argv[i], &type);
  if (type != napi_bigint || napi_get_value_bigint_uint64(env, argv[i], &value, &lossless) != napi_ok || !lossless) {
    napi_throw_type_error(env, NULL, "threadCall: this operation needs a size, a BigInt from 0 to 2^64-1");
    return FALSE;
  }
  *out = value;
  return TRUE;
}

/* A GVirStream's address at argv[i], and an index (uint32) at argv[i + 1] when `index` is
 * given; NULL after throwing a TypeError. */
static GObject *stream_arg(napi_env env, napi_value *argv, size_t argc, size_t i, guint64 *index) {
  double address = 0;
  uint32_t n = 0;
  GObject *obj = NULL;
  if (argc > i && napi_get_value_double(env, argv[i], &address) == napi_ok &&
      (!index || (argc > i + 1 && napi_get_value_uint32(env, argv[i + 1], &n) == napi_ok)))
    obj = (GObject *) (uintptr_t) address;
  if (obj == NULL || !GVIR_IS_STREAM(obj)) {
    napi_throw_type_error(env, NULL, "threadCall: this operation needs a GVirStream (and an index)");
    return NULL;
  }
  if (index) *index = n;
  return obj;
}

/* An index (uint32) at argv[i] and a file descriptor (int32, -1 when absent) at argv[i + 1];
 * FALSE after throwing a TypeError. */
static gboolean index_fd_arg(napi_env env, napi_value *argv, size_t argc, size_t i, guint64 *index, int *fd) {
  uint32_t n = 0;
  int32_t f = -1;
  napi_valuetype type = napi_undefined;
  if (argc > i + 1) napi_typeof(env, argv[i + 1], &type);
  if (argc <= i || napi_get_value_uint32(env, argv[i], &n) != napi_ok ||
      (type != napi_undefined && napi_get_value_int32(env, argv[i + 1], &f) != napi_ok)) {
    napi_throw_type_error(env, NULL, "threadCall: this operation needs an index and a file descriptor");
    return FALSE;
  }
  *index = n;
  *fd = f;
  return TRUE;
}

/*
 * ARG_DOMAINS: an array of GVirDomain addresses at argv[i] (undefined or null: all) into
 * *out with a reference each, and a number at argv[i + 1] into *size; FALSE after throwing.
 */
static gboolean domains_arg(napi_env env, napi_value *argv, size_t argc, size_t i, GPtrArray **out, guint64 *size) {
  napi_valuetype type = napi_undefined;
  bool is_array = false;
  uint32_t n = 0, number = 0;
  *out = NULL;
  if (argc > i + 1 && napi_get_value_uint32(env, argv[i + 1], &number) == napi_ok) *size = number;
  if (argc > i) napi_typeof(env, argv[i], &type);
  if (type == napi_undefined || type == napi_null) return TRUE;
  if (napi_is_array(env, argv[i], &is_array) != napi_ok || !is_array) goto bad;
  napi_get_array_length(env, argv[i], &n);
  GPtrArray *objs = g_ptr_array_new();
  for (uint32_t k = 0; k < n; k++) {
    napi_value v;
    double address = 0;
    napi_get_element(env, argv[i], k, &v);
    GObject *obj = napi_get_value_double(env, v, &address) == napi_ok ? (GObject *) (uintptr_t) address : NULL;
    if (obj == NULL || !GVIR_IS_DOMAIN(obj)) {
      for (guint j = 0; j < objs->len; j++) g_object_unref(g_ptr_array_index(objs, j));
      g_ptr_array_free(objs, TRUE);
      goto bad;
    }
    g_ptr_array_add(objs, g_object_ref(obj));
  }
  *out = objs;
  return TRUE;
bad:
  napi_throw_type_error(env, NULL, "threadCall: this operation takes an array of GVirDomain addresses or nothing");
  return FALSE;
}

/* ARG_TEXTS: an array of up to 4 strings or nulls at argv[i] into texts, and a number at
 * argv[i + 1] into *size; FALSE after throwing a TypeError (texts then freed). */
static gboolean texts_arg(napi_env env, napi_value *argv, size_t argc, size_t i, gchar **texts, guint64 *size) {
  bool is_array = false;
  uint32_t n = 0, number = 0;
  if (argc <= i + 1 || napi_is_array(env, argv[i], &is_array) != napi_ok || !is_array ||
      napi_get_value_uint32(env, argv[i + 1], &number) != napi_ok) goto bad;
  napi_get_array_length(env, argv[i], &n);
  if (n > 4) goto bad;
  for (uint32_t k = 0; k < n; k++) {
    napi_value v;
    napi_get_element(env, argv[i], k, &v);
    if (!text_arg(env, &v, 1, 0, &texts[k])) {
      for (uint32_t j = 0; j < k; j++) g_clear_pointer(&texts[j], g_free);
      return FALSE;
    }
  }
  *size = number;
  return TRUE;
bad:
  napi_throw_type_error(env, NULL, "threadCall: this operation takes an array of up to 4 strings or nulls, and a number");
  return FALSE;
}

/* The call threadCall/callSync's arguments describe (op, address, flags, extra?, index?),
 * not yet run; NULL after throwing a TypeError. */
static Call *call_new(napi_env env, napi_callback_info info, const char *usage) {
  size_t argc = 5;
  napi_value argv[5];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  char op_name[64] = "";
  double address = 0;
  uint32_t flags = 0;
  if (argc < 3 || napi_get_value_string_utf8(env, argv[0], op_name, sizeof op_name, NULL) != napi_ok ||
      napi_get_value_double(env, argv[1], &address) != napi_ok ||
      napi_get_value_uint32(env, argv[2], &flags) != napi_ok) {
    napi_throw_type_error(env, NULL, usage);
    return NULL;
  }
  int op = gvir_op_lookup(op_name);
  GObject *obj = (GObject *) (uintptr_t) address;
  if (!gvir_op_accepts(op, obj)) {
    napi_throw_type_error(env, NULL, "threadCall: unknown operation, or not an object it runs on");
    return NULL;
  }
  gchar *xml = NULL;
  guint64 size = 0;
  int fd = -1;
  GObject *other = NULL;
  GPtrArray *inputs = NULL;
  gchar *texts[4] = { NULL, NULL, NULL, NULL };
  switch (gvir_op_args(op)) {
  case ARG_DOMAINS:
    if (!domains_arg(env, argv, argc, 3, &inputs, &size)) return NULL;
    break;
  case ARG_TEXTS:
    if (!texts_arg(env, argv, argc, 3, texts, &size)) return NULL;
    break;
  case ARG_STREAM:
    if (!(other = stream_arg(env, argv, argc, 3, &size))) return NULL;
    break;
  case ARG_XML:
    if (!(xml = xml_arg(env, argv, argc, 3))) return NULL;
    break;
  case ARG_TEXT:
    if (!text_arg(env, argv, argc, 3, &xml)) return NULL;
    break;
  case ARG_STREAM_TEXT:
    if (!(other = stream_arg(env, argv, argc, 3, NULL)) || !text_arg(env, argv, argc, 4, &xml)) return NULL;
    break;
  case ARG_INDEX_FD:
    if (!index_fd_arg(env, argv, argc, 3, &size, &fd)) return NULL;
    break;
  case ARG_SIZE:
    if (!size_arg(env, argv, argc, 3, &size)) return NULL;
    break;
  default:
    break;
  }
  Call *c = calloc(1, sizeof *c);
  c->env = env;
  c->target = g_object_ref(obj);
  c->other = other ? g_object_ref(other) : NULL;
  c->op = op;
  c->flags = flags;
  c->size = size;
  c->fd = fd;
  c->xml_in = xml;
  c->inputs = inputs;
  memcpy(c->texts, texts, sizeof texts);
  c->req.data = c;
  return c;
}

/* threadCall(op, address, flags, extra?, index?) -> Promise: extra is the XML, the size or
 * the stream's address the operation takes, index the stream's (gvir_ops.c's OpArgs). */
static napi_value js_thread_call(napi_env env, napi_callback_info info) {
  Call *c = call_new(env, info, "threadCall(op, address, flags, extra?, index?)");
  if (!c) return NULL;
  napi_value promise;
  napi_create_promise(env, &c->deferred, &promise);
  uv_loop_t *loop;
  napi_get_uv_event_loop(env, &loop);
  uv_queue_work(loop, &c->req, work, done);
  return promise;
}

/* callSync(op, address, flags, extra?, index?) -> the result, or throws: the same calls on
 * the calling (JS) thread, for the in-process driver, where libvirt answers without I/O. */
static napi_value js_call_sync(napi_env env, napi_callback_info info) {
  Call *c = call_new(env, info, "callSync(op, address, flags, extra?, index?)");
  if (!c) return NULL;
  gvir_op_run(c);
  napi_value result = NULL;
  if (c->ok) {
    result = result_value(env, c);
  } else {
    napi_throw(env, call_error(env, c));
  }
  call_free(c);
  return result;
}

void gvir_thread_register(napi_env env, napi_value exports) {
  gvir_quiet_xml();
  napi_property_descriptor props[] = {
    { "threadCall", NULL, js_thread_call, NULL, NULL, NULL, napi_default, NULL },
    { "takeObject", NULL, js_take_object, NULL, NULL, NULL, napi_default, NULL },
    { "callSync", NULL, js_call_sync, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  gvir_list_register(env, exports);
  gvir_libvirt_register(env, exports);
}
