/**
 * virsh 9.0's command groups (`virsh help`), each with its commands: `gvir help` groups its
 * commands the same way, and the spec counts how many of virsh's commands gvir has.
 * @module
 */

/** One group of `virsh help`: its title, its help keyword, and its commands. */
export interface VirshGroup {
  readonly title: string
  readonly keyword: string
  readonly commands: readonly string[]
}

/** The groups in `virsh help`'s order (virsh 9.0, `virsh help | grep keyword`). */
export const virshGroups: readonly VirshGroup[] = [
  { title: 'Domain Management', keyword: 'domain', commands: 'attach-device attach-disk attach-interface autostart blkdeviotune blkiotune blockcommit blockcopy blockjob blockpull blockresize change-media console cpu-stats create define desc destroy detach-device detach-device-alias detach-disk detach-interface domdisplay domfsfreeze domfsthaw domfsinfo domfstrim domhostname domid domif-setlink domiftune domjobabort domjobinfo domlaunchsecinfo domsetlaunchsecstate domname domrename dompmsuspend dompmwakeup domuuid domxml-from-native domxml-to-native dump dumpxml edit get-user-sshkeys inject-nmi iothreadinfo iothreadpin iothreadadd iothreadset iothreaddel send-key send-process-signal lxc-enter-namespace managedsave managedsave-remove managedsave-edit managedsave-dumpxml managedsave-define memtune perf metadata migrate migrate-setmaxdowntime migrate-getmaxdowntime migrate-compcache migrate-setspeed migrate-getspeed migrate-postcopy numatune qemu-attach qemu-monitor-command qemu-monitor-event qemu-agent-command guest-agent-timeout reboot reset restore resume save save-image-define save-image-dumpxml save-image-edit schedinfo screenshot set-lifecycle-action set-user-sshkeys set-user-password setmaxmem setmem setvcpus shutdown start suspend ttyconsole undefine update-device update-memory-device vcpucount vcpuinfo vcpupin emulatorpin vncdisplay guestvcpus setvcpu domblkthreshold guestinfo domdirtyrate-calc dom-fd-associate'.split(' ') },
  { title: 'Domain Monitoring', keyword: 'monitor', commands: 'domblkerror domblkinfo domblklist domblkstat domcontrol domif-getlink domifaddr domiflist domifstat dominfo dommemstat domstate domstats domtime list'.split(' ') },
  { title: 'Domain Events', keyword: 'events', commands: 'event'.split(' ') },
  { title: 'Host and Hypervisor', keyword: 'host', commands: 'allocpages capabilities cpu-baseline cpu-compare cpu-models domcapabilities freecell freepages hostname hypervisor-cpu-baseline hypervisor-cpu-compare maxvcpus node-memory-tune nodecpumap nodecpustats nodeinfo nodememstats nodesevinfo nodesuspend sysinfo uri version'.split(' ') },
  { title: 'Checkpoint', keyword: 'checkpoint', commands: 'checkpoint-create checkpoint-create-as checkpoint-delete checkpoint-dumpxml checkpoint-edit checkpoint-info checkpoint-list checkpoint-parent'.split(' ') },
  { title: 'Interface', keyword: 'interface', commands: 'iface-begin iface-bridge iface-commit iface-define iface-destroy iface-dumpxml iface-edit iface-list iface-mac iface-name iface-rollback iface-start iface-unbridge iface-undefine'.split(' ') },
  { title: 'Network Filter', keyword: 'filter', commands: 'nwfilter-define nwfilter-dumpxml nwfilter-edit nwfilter-list nwfilter-undefine nwfilter-binding-create nwfilter-binding-delete nwfilter-binding-dumpxml nwfilter-binding-list'.split(' ') },
  { title: 'Networking', keyword: 'network', commands: 'net-autostart net-create net-define net-destroy net-dhcp-leases net-dumpxml net-edit net-event net-info net-list net-name net-start net-undefine net-update net-uuid net-port-list net-port-create net-port-dumpxml net-port-delete'.split(' ') },
  { title: 'Node Device', keyword: 'nodedev', commands: 'nodedev-create nodedev-destroy nodedev-detach nodedev-dumpxml nodedev-list nodedev-reattach nodedev-reset nodedev-event nodedev-define nodedev-undefine nodedev-start nodedev-autostart nodedev-info'.split(' ') },
  { title: 'Secret', keyword: 'secret', commands: 'secret-define secret-dumpxml secret-event secret-get-value secret-list secret-set-value secret-undefine'.split(' ') },
  { title: 'Snapshot', keyword: 'snapshot', commands: 'snapshot-create snapshot-create-as snapshot-current snapshot-delete snapshot-dumpxml snapshot-edit snapshot-info snapshot-list snapshot-parent snapshot-revert'.split(' ') },
  { title: 'Backup', keyword: 'backup', commands: 'backup-begin backup-dumpxml'.split(' ') },
  { title: 'Storage Pool', keyword: 'pool', commands: 'find-storage-pool-sources-as find-storage-pool-sources pool-autostart pool-build pool-create-as pool-create pool-define-as pool-define pool-delete pool-destroy pool-dumpxml pool-edit pool-info pool-list pool-name pool-refresh pool-start pool-undefine pool-uuid pool-event pool-capabilities'.split(' ') },
  { title: 'Storage Volume', keyword: 'volume', commands: 'vol-clone vol-create-as vol-create vol-create-from vol-delete vol-download vol-dumpxml vol-info vol-key vol-list vol-name vol-path vol-pool vol-resize vol-upload vol-wipe'.split(' ') },
  { title: 'Virsh itself', keyword: 'virsh', commands: 'cd echo exit help pwd quit connect'.split(' ') },
]

