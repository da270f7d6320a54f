/*
 * The libvirt calls the `gvir` CLI needs that libvirt-glib 4.0 does not make (a domain's
 * state reason, autostart, live memory and vCPU changes, device attach/detach with flags,
 * managed save removal, vCPU, memory, block and interface statistics, security labels; a
 * connection's host name, sysinfo, URI, library version and security model). Each goes
 * straight to libvirt through the object's "handle" property (libvirt's own virDomainPtr
 * or virConnectPtr, a reference of ours), on
 * gvir's worker thread like gvir_ops.c's operations; gvir_ops.c's table lists them.
 *
 * A failure carries libvirt's own message and code (no operation prefix), which is what
 * virsh prints after `error: `.
 */
#include "gvir_ops_virsh.h"
#include <libvirt-gobject/libvirt-gobject.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <string.h>

/* libvirt's last error on this thread as c's GError. */
static void fail(Call *c) {
  const char *msg = virGetLastErrorMessage();
  int code = virGetLastErrorCode();
  g_set_error(&c->error, gvir_libvirt_error_quark(), code, "%s", msg && *msg ? msg : "unknown error");
}

static void ok_text(Call *c, gchar *owned) {
  c->kind = RESULT_STRING;
  c->text = owned;
  c->ok = TRUE;
}

static void ok_row(Call *c, gboolean bigints, int n, const gint64 *values) {
  c->kind = RESULT_ROW;
  c->bigints = bigints;
  c->n_values = n;
  memcpy(c->values, values, sizeof(gint64) * (size_t) n);
  c->ok = TRUE;
}

static void ok_flag(Call *c, gboolean flag) {
  c->kind = RESULT_BOOLEAN;
  c->flag = flag;
  c->ok = TRUE;
}

static virDomainPtr domain_handle(Call *c) {
  virDomainPtr h = NULL;
  g_object_get(c->target, "handle", &h, NULL);
  if (!h) g_set_error(&c->error, gvir_libvirt_error_quark(), VIR_ERR_INVALID_DOMAIN, "invalid domain pointer");
  return h;
}

static virConnectPtr connection_handle(Call *c) {
  virConnectPtr h = NULL;
  g_object_get(c->target, "handle", &h, NULL);
  if (!h) g_set_error(&c->error, gvir_libvirt_error_quark(), VIR_ERR_INVALID_CONN, "invalid connection pointer");
  return h;
}

#define WITH_DOMAIN(...) do { \
    virDomainPtr d = domain_handle(c); \
    if (!d) return; \
    do { __VA_ARGS__; } while (0); /* a `break` in body ends it, not the release */ \
    g_boxed_free(GVIR_TYPE_DOMAIN_HANDLE, d); \
  } while (0)

#define WITH_CONNECTION(...) do { \
    virConnectPtr h = connection_handle(c); \
    if (!h) return; \
    do { __VA_ARGS__; } while (0); \
    g_boxed_free(GVIR_TYPE_CONNECTION_HANDLE, h); \
  } while (0)

/* ---- Domain ---- */

/* [state, reason] */
void gvir_virsh_domain_state(Call *c) {
  WITH_DOMAIN({
    int state = 0, reason = 0;
    if (virDomainGetState(d, &state, &reason, 0) < 0) fail(c);
    else { gint64 v[] = { state, reason }; ok_row(c, FALSE, 2, v); }
  });
}

void gvir_virsh_domain_get_autostart(Call *c) {
  WITH_DOMAIN({
    int on = 0;
    if (virDomainGetAutostart(d, &on) < 0) fail(c);
    else ok_flag(c, on != 0);
  });
}

/* The flag is the new setting. */
void gvir_virsh_domain_set_autostart(Call *c) {
  WITH_DOMAIN({
    if (virDomainSetAutostart(d, c->flags != 0) < 0) fail(c);
    else c->ok = TRUE;
  });
}

/* size: KiB; flags: virDomainMemoryModFlags. The flag-less forms where virsh uses them
 * (no --live/--config/--current): drivers without the Flags form accept those. */
void gvir_virsh_domain_set_memory(Call *c) {
  WITH_DOMAIN({
    unsigned long kib = (unsigned long) c->size;
    int r;
    if (c->flags == VIR_DOMAIN_MEM_MAXIMUM) r = virDomainSetMaxMemory(d, kib);
    else if (c->flags == 0) r = virDomainSetMemory(d, kib);
    else r = virDomainSetMemoryFlags(d, kib, c->flags);
    if (r < 0) fail(c);
    else c->ok = TRUE;
  });
}

/* size: the count; flags: virDomainVcpuFlags. */
void gvir_virsh_domain_set_vcpus(Call *c) {
  WITH_DOMAIN({
    int r = c->flags == 0 ? virDomainSetVcpus(d, (unsigned int) c->size) : virDomainSetVcpusFlags(d, (unsigned int) c->size, c->flags);
    if (r < 0) fail(c);
    else c->ok = TRUE;
  });
}

/* xml: the device; flags: libvirt's device modify flags (none: the flag-less call, as virsh). */
void gvir_virsh_domain_attach_device(Call *c) {
  WITH_DOMAIN({
    int r = c->flags == 0 ? virDomainAttachDevice(d, c->xml_in) : virDomainAttachDeviceFlags(d, c->xml_in, c->flags);
    if (r < 0) fail(c);
    else c->ok = TRUE;
  });
}

void gvir_virsh_domain_detach_device(Call *c) {
  WITH_DOMAIN({
    int r = c->flags == 0 ? virDomainDetachDevice(d, c->xml_in) : virDomainDetachDeviceFlags(d, c->xml_in, c->flags);
    if (r < 0) fail(c);
    else c->ok = TRUE;
  });
}

void gvir_virsh_domain_managed_save_remove(Call *c) {
  WITH_DOMAIN({
    if (virDomainManagedSaveRemove(d, c->flags) < 0) fail(c);
    else c->ok = TRUE;
  });
}

void gvir_virsh_domain_os_type(Call *c) {
  WITH_DOMAIN({
    char *t = virDomainGetOSType(d);
    if (!t) fail(c);
    else { ok_text(c, g_strdup(t)); free(t); }
  });
}

/* Lines "number state cpuTime cpu affinity" (affinity as y/- per host CPU); state, cpuTime
 * and cpu are -1 for an inactive domain, whose affinity comes from its config. */
void gvir_virsh_domain_vcpus(Call *c) {
  WITH_DOMAIN({
    virConnectPtr conn = virDomainGetConnect(d);
    int maxcpu = virNodeGetCPUMap(conn, NULL, NULL, 0);
    virDomainInfo info;
    if (maxcpu < 0 || virDomainGetInfo(d, &info) < 0) { fail(c); break; }
    int n = info.nrVirtCpu;
    int maplen = VIR_CPU_MAPLEN(maxcpu);
    unsigned char *maps = g_malloc0((gsize) n * (gsize) maplen);
    virVcpuInfoPtr vcpus = g_new0(virVcpuInfo, n);
    GString *out = g_string_new(NULL);
    int got = virDomainIsActive(d) == 1 ? virDomainGetVcpus(d, vcpus, n, maps, maplen) : -1;
    gboolean live = got >= 0;
    if (!live) {
      virResetLastError();
      got = virDomainGetVcpuPinInfo(d, n, maps, maplen, VIR_DOMAIN_AFFECT_CONFIG);
    }
    if (got < 0) {
      fail(c);
    } else {
      for (int i = 0; i < got; i++) {
        if (live)
          g_string_append_printf(out, "%u %d %llu %d ", vcpus[i].number, vcpus[i].state, vcpus[i].cpuTime, vcpus[i].cpu);
        else
          g_string_append_printf(out, "%d -1 -1 -1 ", i);
        for (int cpu = 0; cpu < maxcpu; cpu++) g_string_append_c(out, VIR_CPU_USABLE(maps, maplen, i, cpu) ? 'y' : '-');
        g_string_append_c(out, '\n');
      }
      ok_text(c, g_strdup(out->str));
    }
    g_string_free(out, TRUE);
    g_free(vcpus);
    g_free(maps);
  });
}

/* Lines "tag value", tag as virDomainMemoryStatTags' number. */
void gvir_virsh_domain_memory_stats(Call *c) {
  WITH_DOMAIN({
    virDomainMemoryStatStruct stats[VIR_DOMAIN_MEMORY_STAT_NR];
    int n = virDomainMemoryStats(d, stats, VIR_DOMAIN_MEMORY_STAT_NR, 0);
    if (n < 0) { fail(c); break; }
    GString *out = g_string_new(NULL);
    for (int i = 0; i < n; i++) g_string_append_printf(out, "%d %llu\n", stats[i].tag, stats[i].val);
    ok_text(c, g_string_free(out, FALSE));
  });
}

/* xml: the disk (target or path, or nothing for all). Lines "field value" with libvirt's
 * typed parameter names; from the old call (its five fields, under the same names) on
 * drivers without the typed one. */
void gvir_virsh_domain_block_stats(Call *c) {
  WITH_DOMAIN({
    const char *disk = c->xml_in ? c->xml_in : "";
    int n = 0;
    GString *out = g_string_new(NULL);
    if (virDomainBlockStatsFlags(d, disk, NULL, &n, 0) == 0 && n > 0) {
      virTypedParameterPtr params = g_new0(virTypedParameter, n);
      if (virDomainBlockStatsFlags(d, disk, params, &n, 0) < 0) {
        fail(c);
      } else {
        for (int i = 0; i < n; i++) {
          if (params[i].type == VIR_TYPED_PARAM_LLONG) g_string_append_printf(out, "%s %lld\n", params[i].field, params[i].value.l);
          else if (params[i].type == VIR_TYPED_PARAM_ULLONG) g_string_append_printf(out, "%s %llu\n", params[i].field, params[i].value.ul);
          else if (params[i].type == VIR_TYPED_PARAM_INT) g_string_append_printf(out, "%s %d\n", params[i].field, params[i].value.i);
          else if (params[i].type == VIR_TYPED_PARAM_UINT) g_string_append_printf(out, "%s %u\n", params[i].field, params[i].value.ui);
        }
        ok_text(c, g_strdup(out->str));
      }
      virTypedParamsClear(params, n);
      g_free(params);
    } else {
      virResetLastError();
      virDomainBlockStatsStruct s;
      if (virDomainBlockStats(d, disk, &s, sizeof s) < 0) {
        fail(c);
      } else {
        g_string_append_printf(out, "rd_operations %lld\nrd_bytes %lld\nwr_operations %lld\nwr_bytes %lld\nerrs %lld\n",
                               s.rd_req, s.rd_bytes, s.wr_req, s.wr_bytes, s.errs);
        ok_text(c, g_strdup(out->str));
      }
    }
    g_string_free(out, TRUE);
  });
}

/* xml: the interface (target or MAC). [rxBytes, rxPackets, rxErrs, rxDrop, txBytes, txPackets, txErrs, txDrop] */
void gvir_virsh_domain_interface_stats(Call *c) {
  WITH_DOMAIN({
    virDomainInterfaceStatsStruct s;
    if (virDomainInterfaceStats(d, c->xml_in ? c->xml_in : "", &s, sizeof s) < 0) { fail(c); break; }
    gint64 v[] = { s.rx_bytes, s.rx_packets, s.rx_errs, s.rx_drop, s.tx_bytes, s.tx_packets, s.tx_errs, s.tx_drop };
    ok_row(c, TRUE, G_N_ELEMENTS(v), v);
  });
}

/* "label\x1fenforcing" (1 or 0), or "" when the domain has none. */
void gvir_virsh_domain_security_label(Call *c) {
  WITH_DOMAIN({
    virSecurityLabel label;
    memset(&label, 0, sizeof label);
    if (virDomainGetSecurityLabel(d, &label) < 0) fail(c);
    else ok_text(c, *label.label ? g_strdup_printf("%s\x1f%d", label.label, label.enforcing) : g_strdup(""));
  });
}

/* ---- Connection ---- */

void gvir_virsh_connection_hostname(Call *c) {
  WITH_CONNECTION({
    char *s = virConnectGetHostname(h);
    if (!s) fail(c);
    else { ok_text(c, g_strdup(s)); free(s); }
  });
}

void gvir_virsh_connection_sysinfo(Call *c) {
  WITH_CONNECTION({
    char *s = virConnectGetSysinfo(h, 0);
    if (!s) fail(c);
    else { ok_text(c, g_strdup(s)); free(s); }
  });
}

void gvir_virsh_connection_uri(Call *c) {
  WITH_CONNECTION({
    char *s = virConnectGetURI(h);
    if (!s) fail(c);
    else { ok_text(c, g_strdup(s)); free(s); }
  });
}

/* [the library's version, the version of the library the daemon runs] */
void gvir_virsh_connection_lib_version(Call *c) {
  WITH_CONNECTION({
    unsigned long lib = 0, daemon = 0;
    if (virGetVersion(&lib, NULL, NULL) < 0 || virConnectGetLibVersion(h, &daemon) < 0) fail(c);
    else { gint64 v[] = { (gint64) lib, (gint64) daemon }; ok_row(c, FALSE, 2, v); }
  });
}

/* "model\x1fdoi", or "" when the host has no security model. */
void gvir_virsh_connection_security_model(Call *c) {
  WITH_CONNECTION({
    virSecurityModel m;
    memset(&m, 0, sizeof m);
    if (virNodeGetSecurityModel(h, &m) < 0) fail(c);
    else ok_text(c, *m.model ? g_strdup_printf("%s\x1f%s", m.model, m.doi) : g_strdup(""));
  });
}
