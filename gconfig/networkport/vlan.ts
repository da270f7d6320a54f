import { children, codec, defineElement, prop } from '../core/index.js'

/** `<tag>` (`/networkport/vlan/tag`). */
export class NetworkPortVlanTag extends defineElement('tag', {
  id: prop('@id', codec.uint),
  nativeMode: prop('@nativeMode', codec.enum('tagged', 'untagged')),
}) {}

/** `<vlan>` (`/networkport/vlan`). */
export class NetworkPortVlan extends defineElement('vlan', {
  trunk: prop('@trunk', codec.enum('yes')),
  tags: children('tag', NetworkPortVlanTag),
}) {}
