import { defineElement } from '../core/index.js'

/** `<cookie>` (`/domainsnapshot/cookie`). */
export class DomainSnapshotCookie extends defineElement('cookie', {
}) {}
