/**
 * Every gconfig class and every declared property, found by walking the static `spec` of the
 * exported classes and of the classes their child views and lists name (as
 * scripts/coverage/declared.ts does), for tests that must cover every setter.
 * @module
 */
import * as gconfig from '../../../gconfig/index.js'
import { ConfigObject, type AnySpec, type Codec, type ConfigClass } from '../../../gconfig/core/index.js'

/** A class defined with defineElement/defineDocument. */
export type DefinedClass = ConfigClass<ConfigObject> & { readonly spec: Readonly<Record<string, AnySpec>>; fromXml(xml: string): ConfigObject }

/** One scalar property (not a child view, not a list) of one class. */
export interface DeclaredProp {
  readonly cls: DefinedClass
  readonly key: string
  readonly path: string
  /** Set for `size()` declarations. */
  readonly unitAttr?: string
  /** Set for `size()` declarations of a memory limit, which take `Infinity` (libvirt's unlimited). */
  readonly unlimited?: boolean
  /** The codec of a `prop()` declaration. */
  readonly codec?: Codec<unknown>
}

const isDefined = (v: unknown): v is DefinedClass =>
  typeof v === 'function' && (v as { prototype?: unknown }).prototype instanceof ConfigObject && typeof (v as { spec?: unknown }).spec === 'object' && (v as { tag?: string }).tag !== ''

function collect(): DefinedClass[] {
  const seen = new Set<DefinedClass>()
  const visit = (cls: DefinedClass): void => {
    if (seen.has(cls)) return
    seen.add(cls)
    for (const s of Object.values(cls.spec)) {
      if (s.kind === 'prop' && s.childClass !== undefined && isDefined(s.childClass)) visit(s.childClass)
      if (s.kind === 'list') for (const c of s.classes) if (isDefined(c)) visit(c)
    }
  }
  for (const v of Object.values(gconfig)) if (isDefined(v)) visit(v)
  return [...seen].sort((a, b) => a.name.localeCompare(b.name))
}

/** Every defined class, exported or reachable, sorted by name. */
export const allClasses: readonly DefinedClass[] = collect()

/** Every scalar property of every class. */
export const allProps: readonly DeclaredProp[] = allClasses.flatMap((cls) =>
  Object.entries(cls.spec)
    .filter(([, s]) => s.kind === 'prop' && s.childClass === undefined)
    .map(([key, s]) => ({
      cls,
      key,
      path: s.path,
      ...(s.kind === 'prop' && s.unitAttr !== undefined ? { unitAttr: s.unitAttr } : {}),
      ...(s.kind === 'prop' && s.unlimited === true ? { unlimited: true } : {}),
      ...(s.kind === 'prop' && s.codec !== undefined ? { codec: s.codec } : {}),
    })),
)

/** Element names and attribute names, depth first: the structure of a subtree. */
export function shape(el: { name: string; attributes: readonly { name: string }[]; elements(): readonly unknown[] }): string {
  const kids = el.elements() as (typeof el)[]
  return `${el.name}[${el.attributes.map((a) => a.name).join(',')}](${kids.map(shape).join('')})`
}
