/*
 * The operations of gvir_ops_virsh.c (libvirt calls libvirt-glib does not make, for the
 * `gvir` CLI), listed in gvir_ops.c's table.
 */
#ifndef GVIR_OPS_VIRSH_H
#define GVIR_OPS_VIRSH_H

#include "gvir_thread.h"

void gvir_virsh_domain_state(Call *c);
void gvir_virsh_domain_get_autostart(Call *c);
void gvir_virsh_domain_set_autostart(Call *c);
void gvir_virsh_domain_set_memory(Call *c);
void gvir_virsh_domain_set_vcpus(Call *c);
void gvir_virsh_domain_attach_device(Call *c);
void gvir_virsh_domain_detach_device(Call *c);
void gvir_virsh_domain_managed_save_remove(Call *c);
void gvir_virsh_domain_os_type(Call *c);
void gvir_virsh_domain_vcpus(Call *c);
void gvir_virsh_domain_memory_stats(Call *c);
void gvir_virsh_domain_block_stats(Call *c);
void gvir_virsh_domain_interface_stats(Call *c);
void gvir_virsh_domain_security_label(Call *c);
void gvir_virsh_connection_hostname(Call *c);
void gvir_virsh_connection_sysinfo(Call *c);
void gvir_virsh_connection_uri(Call *c);
void gvir_virsh_connection_lib_version(Call *c);
void gvir_virsh_connection_security_model(Call *c);

#endif
