// Shared set-up for the gobject specs: a domain XML for libvirt's test driver and a
// way to wait for the next value of an Observable.
import { firstValueFrom, timeout, type Observable } from 'rxjs'

let counter = 0

/** A unique domain name for one test. */
export function uniqueName(prefix = 'gvir-test'): string {
  return `${prefix}-${process.pid}-${++counter}`
}

/** A minimal domain the test driver accepts. */
export function domainXml(name = uniqueName()): string {
  return `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
}

/** The next value of `obs`, failing after `ms`. */
export function next<T>(obs: Observable<T>, ms = 5000): Promise<T> {
  return firstValueFrom(obs.pipe(timeout(ms)))
}
