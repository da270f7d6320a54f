/**
 * The lines the details pane shows for a domain config's disks and NICs, and the
 * memory/vCPU edit applied to a gconfig Domain. Pure: tested without a display.
 * @module
 */
import type { Domain as DomainConfig } from '../../gconfig/index.js'

const MiB = 1024 * 1024

/** `vda · disk · /var/lib/images/a.qcow2` for each disk. */
export function diskLines(config: DomainConfig): string[] {
  return [...config.disks].map((disk) => {
    const src = disk.source
    const where = src?.file ?? src?.dev ?? src?.dir ?? (src?.pool ? `${src.pool}/${src.volume ?? ''}` : undefined) ?? src?.name ?? 'no media'
    return [disk.targetDev ?? '?', disk.device ?? 'disk', where].join(' · ')
  })
}

/** `network default · virtio · 52:54:00:…` for each NIC. */
export function nicLines(config: DomainConfig): string[] {
  return [...config.interfaces].map((nic) => {
    const src = nic.source
    const where = src?.network ?? src?.bridge ?? src?.dev ?? ''
    return [`${nic.type ?? 'interface'}${where ? ` ${where}` : ''}`, nic.modelType, nic.macAddress].filter(Boolean).join(' · ')
  })
}

/** The boot memory in MiB (libvirt keeps KiB; gconfig gives bytes). */
export function memoryMiB(config: DomainConfig): number {
  return Math.round((config.memory ?? 0) / MiB)
}

/** What the user edits. */
export interface ResourceEdit {
  readonly memoryMiB: number
  readonly vcpus: number
}

/**
 * Applies the edit to `config` the way Boxes does: boot and current memory both become
 * the new size, the vCPU count becomes the maximum, and an online count above it is lowered.
 * Values are checked first, so a bad edit throws a RangeError and changes nothing.
 */
export function applyEdit(config: DomainConfig, edit: ResourceEdit): void {
  if (!Number.isSafeInteger(edit.memoryMiB) || edit.memoryMiB < 1) throw new RangeError(`memory must be a whole number of MiB ≥ 1, not ${edit.memoryMiB}`)
  if (!Number.isSafeInteger(edit.vcpus) || edit.vcpus < 1) throw new RangeError(`vCPUs must be a whole number ≥ 1, not ${edit.vcpus}`)
  const bytes = edit.memoryMiB * MiB
  config.memory = bytes
  config.currentMemory = bytes
  config.vcpu = edit.vcpus
  if (config.vcpuCurrent !== undefined && config.vcpuCurrent > edit.vcpus) config.vcpuCurrent = edit.vcpus
}
