import { children, codec, defineElement, prop } from '../core/index.js'

/** `<tag>` (`/networkport/vlan/tag`). */
export class NetworkPortVlanTag extends defineElement('tag', {
  /** Identifier: `@id` in `<tag>`. */
  id: prop('@id', codec.uint),
  /** Native mode: `@nativeMode` in `<tag>`. */
  nativeMode: prop('@nativeMode', codec.enum('tagged', 'untagged')),
}) {}

/** `<vlan>` (`/networkport/vlan`). */
export class NetworkPortVlan extends defineElement('vlan', {
  /** Trunk mode: `@trunk` in `<vlan>`. */
  trunk: prop('@trunk', codec.enum('yes')),
  /** The `<tag>` elements (`tag`), as a live list. */
  tags: children('tag', NetworkPortVlanTag),
}) {}
