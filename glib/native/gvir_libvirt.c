/*
 * Calls gvir makes to libvirt itself, on libvirt-glib's handles, where libvirt-glib loses
 * what libvirt said (issue 13):
 *
 * - libvirt's own XML text (getXmlDesc, getCapabilitiesXml). libvirt-glib's get_config
 *   parses libvirt's text into a GVirConfig and serialises it again through libxml2: every
 *   attribute came back in double quotes, so no line of `gvir dumpxml` matched `virsh
 *   dumpxml`. virDomainGetXMLDesc and its siblings give libvirt's bytes, which gconfig keeps.
 * - libvirt's error for snapshot calls (createSnapshot, revertTo, deleteSnapshot).
 *   libvirt-glib reports their failure after calling virDomainGetName or
 *   virDomainSnapshotGetName, which resets the thread's libvirt error: "Unable to create
 *   snapshot of test" with no code and no reason (virsh: "operation failed: domain moment
 *   s1 already exists", 9). Here the error is read on the thread that made the call, at once.
 * - libvirt's error code where libvirt-glib keeps libvirt's text but not its number
 *   (Connection.open, restoreDomainFromFile...: "Unable to open URI: Failed to connect
 *   socket to '/nonexistent': No such file or directory", a system error whose free-form
 *   text no message format matches). libvirt hands every failed public call's error to the
 *   process's error function, on the thread that made it; gvir records the last few there,
 *   and JS finds a GError's libvirt error by its exact text (libvirtErrorCode).
 */
#include "gvir_thread.h"
#include <libvirt-gobject/libvirt-gobject.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <string.h>

/* ---- the recent errors libvirt dispatched ---- */

#define RECENT 64

typedef struct {
  int code;
  gchar *message;
} Recorded;

static Recorded recent[RECENT];
static guint next_slot;
static GMutex recent_lock;

/* libvirt's error function: runs on the thread of the failed call, before libvirt-glib
 * turns the error into a GError. Silent, as libvirt-glib's own (which only g_debug()s). */
static void record_error(void *opaque, virErrorPtr err) {
  if (!err || err->code == VIR_ERR_OK || !err->message) return;
  g_mutex_lock(&recent_lock);
  Recorded *r = &recent[next_slot++ % RECENT];
  g_free(r->message);
  r->message = g_strdup(err->message);
  r->code = err->code;
  g_mutex_unlock(&recent_lock);
}

/* Whether `text` is libvirt's `message`, or ends with ": " and it (libvirt-glib's
 * "<operation>: <libvirt's message>"). */
static gboolean carries(const char *text, const char *message) {
  size_t t = strlen(text), m = strlen(message);
  if (t == m) return strcmp(text, message) == 0;
  return t > m + 2 && strcmp(text + t - m, message) == 0 && text[t - m - 2] == ':' && text[t - m - 1] == ' ';
}

/* recordErrors(): makes gvir's recorder libvirt's error function. Called after
 * libvirt-glib's init, which installs its own. */
static napi_value js_record_errors(napi_env env, napi_callback_info info) {
  virSetErrorFunc(NULL, record_error);
  return NULL;
}

/* libvirtErrorCode(text) -> the code of the most recent libvirt error `text` carries, or 0. */
static napi_value js_libvirt_error_code(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], out;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  int code = 0;
  size_t len = 0;
  if (argc >= 1 && napi_get_value_string_utf8(env, argv[0], NULL, 0, &len) == napi_ok) {
    gchar *text = g_malloc(len + 1);
    napi_get_value_string_utf8(env, argv[0], text, len + 1, &len);
    g_mutex_lock(&recent_lock);
    for (guint i = 1; i <= RECENT && code == 0; i++) {
      Recorded *r = &recent[(next_slot - i) % RECENT];
      if (r->message && carries(text, r->message)) code = r->code;
    }
    g_mutex_unlock(&recent_lock);
    g_free(text);
  }
  napi_create_int32(env, code, &out);
  return out;
}

void gvir_libvirt_register(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "recordErrors", NULL, js_record_errors, NULL, NULL, NULL, napi_default, NULL },
    { "libvirtErrorCode", NULL, js_libvirt_error_code, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
}

/* ---- handles ---- */

/* obj's libvirt handle (a reference of ours: free with drop_handle), or NULL. */
static gpointer handle_of(GObject *obj, GType *type) {
  GParamSpec *spec = g_object_class_find_property(G_OBJECT_GET_CLASS(obj), "handle");
  if (!spec || !G_TYPE_IS_BOXED(spec->value_type)) return NULL;
  gpointer h = NULL;
  g_object_get(obj, "handle", &h, NULL);
  *type = spec->value_type;
  return h;
}

static void drop_handle(GType type, gpointer h) {
  if (h) g_boxed_free(type, h);
}

/* libvirt's last error on this thread as c's error, prefixed like libvirt-glib's texts. */
static void fail_from_libvirt(Call *c, const char *what) {
  const char *msg = virGetLastErrorMessage();
  g_set_error(&c->error, gvir_libvirt_error_quark(), virGetLastErrorCode(), "%s: %s", what, msg ? msg : "unknown error");
}

/* The same, naming `name` as libvirt-glib's texts do ("Unable to create snapshot of test");
 * `name` is read after the error is taken, since any libvirt call resets it. */
static void fail_naming(Call *c, const char *what, const char *(*name)(gpointer), gpointer h) {
  int code = virGetLastErrorCode();
  const char *m = virGetLastErrorMessage();
  gchar *msg = g_strdup(m ? m : "unknown error");
  const char *n = name(h);
  g_set_error(&c->error, gvir_libvirt_error_quark(), code, "%s %s: %s", what, n ? n : "?", msg);
  g_free(msg);
}

static const char *domain_name(gpointer h) { return virDomainGetName(h); }
static const char *snapshot_name(gpointer h) { return virDomainSnapshotGetName(h); }

static void not_open(Call *c, const char *what) {
  g_set_error(&c->error, gvir_libvirt_error_quark(), VIR_ERR_INVALID_CONN, "%s: Connection is not open", what);
}

/* ---- libvirt's XML ---- */

/* libvirt's malloc'd text as c's result (GLib's copy; libvirt's freed), or libvirt's error. */
static void take_libvirt_text(Call *c, char *xml, const char *what) {
  if (!xml) {
    fail_from_libvirt(c, what);
    return;
  }
  c->kind = RESULT_STRING;
  c->text = g_strdup(xml);
  c->ok = TRUE;
  free(xml);
}

/* getXmlDesc: the object's XML as libvirt wrote it (flags: libvirt's *_XML_* flags, which
 * libvirt-glib's get_config flags are). */
void gvir_op_xml_desc(Call *c) {
  GObject *o = c->target;
  GType type = G_TYPE_INVALID;
  gpointer h = handle_of(o, &type);
  const char *what = "Unable to get the XML description";
  if (!h) {
    not_open(c, what);
    return;
  }
  char *xml = NULL;
  if (GVIR_IS_DOMAIN(o)) xml = virDomainGetXMLDesc(h, c->flags);
  else if (GVIR_IS_STORAGE_POOL(o)) xml = virStoragePoolGetXMLDesc(h, c->flags);
  else if (GVIR_IS_STORAGE_VOL(o)) xml = virStorageVolGetXMLDesc(h, c->flags);
  else if (GVIR_IS_NETWORK(o)) xml = virNetworkGetXMLDesc(h, c->flags);
  else if (GVIR_IS_INTERFACE(o)) xml = virInterfaceGetXMLDesc(h, c->flags);
  else if (GVIR_IS_NODE_DEVICE(o)) xml = virNodeDeviceGetXMLDesc(h, c->flags);
  else if (GVIR_IS_SECRET(o)) xml = virSecretGetXMLDesc(h, c->flags);
  else if (GVIR_IS_NETWORK_FILTER(o)) xml = virNWFilterGetXMLDesc(h, c->flags);
  else if (GVIR_IS_DOMAIN_SNAPSHOT(o)) xml = virDomainSnapshotGetXMLDesc(h, c->flags);
  take_libvirt_text(c, xml, what);
  drop_handle(type, h);
}

gboolean gvir_op_has_xml_desc(GObject *o) {
  return GVIR_IS_DOMAIN(o) || GVIR_IS_STORAGE_POOL(o) || GVIR_IS_STORAGE_VOL(o) || GVIR_IS_NETWORK(o) ||
    GVIR_IS_INTERFACE(o) || GVIR_IS_NODE_DEVICE(o) || GVIR_IS_SECRET(o) || GVIR_IS_NETWORK_FILTER(o) ||
    GVIR_IS_DOMAIN_SNAPSHOT(o);
}

/* getCapabilitiesXml: the host's capabilities as libvirt wrote them. */
void gvir_op_capabilities_xml(Call *c) {
  GType type = G_TYPE_INVALID;
  gpointer h = handle_of(c->target, &type);
  const char *what = "Unable to get capabilities";
  if (!h) {
    not_open(c, what);
    return;
  }
  char *xml = virConnectGetCapabilities(h);
  take_libvirt_text(c, xml, what);
  drop_handle(type, h);
}

/* ---- snapshots ---- */

/* createSnapshot: the domain's new snapshot from the document xml_in, as a GVirDomainSnapshot
 * made as libvirt-glib makes one (g_object_new with its public "handle"); JS takes it over. */
void gvir_op_create_snapshot(Call *c) {
  GType type = G_TYPE_INVALID;
  gpointer h = handle_of(c->target, &type);
  const char *what = "Unable to create snapshot";
  if (!h) {
    not_open(c, what);
    return;
  }
  virDomainSnapshotPtr snap = virDomainSnapshotCreateXML(h, c->xml_in, c->flags);
  if (snap) {
    c->objects = g_ptr_array_new();
    g_ptr_array_add(c->objects, g_object_new(GVIR_TYPE_DOMAIN_SNAPSHOT, "handle", snap, NULL));
    virDomainSnapshotFree(snap);
    c->kind = RESULT_OBJECTS;
    c->ok = TRUE;
  } else {
    fail_naming(c, "Unable to create snapshot of", domain_name, h);
  }
  drop_handle(type, h);
}

/* revertTo, deleteSnapshot: the snapshot's, with libvirt's error. */
static void snapshot_call(Call *c, gboolean revert) {
  GType type = G_TYPE_INVALID;
  gpointer h = handle_of(c->target, &type);
  const char *what = revert ? "Unable to revert to snapshot" : "Unable to delete snapshot";
  if (!h) {
    not_open(c, what);
    return;
  }
  int r = revert ? virDomainRevertToSnapshot(h, c->flags) : virDomainSnapshotDelete(h, c->flags);
  if (r == 0) c->ok = TRUE;
  else fail_naming(c, revert ? "Unable to revert to snapshot" : "Unable to delete snapshot", snapshot_name, h);
  drop_handle(type, h);
}

void gvir_op_revert_snapshot(Call *c) { snapshot_call(c, TRUE); }
void gvir_op_delete_snapshot(Call *c) { snapshot_call(c, FALSE); }
