// The element and attribute paths a gconfig class reaches through its typed accessors, read from
// the declaration defineElement keeps on each class (see /work/notes/gconfig-requests.md).

/** One declared property, as the coverage script sees it (gconfig/core/spec.ts's PropSpec and ListSpec). */
export interface DeclaredSpec {
  /** `prop` (scalar, flag, size or child view) or `list`. */
  readonly kind: string
  readonly path: string
  /** A child view's class. */
  readonly childClass?: DeclaredClass
  /** A size's unit attribute. */
  readonly unitAttr?: string
  /** A list's item name, or null when every element child of `path` is an item. */
  readonly itemTag?: string | null
  /** A list's item classes. */
  readonly classes?: readonly DeclaredClass[]
}

/** A class built by defineElement, as the coverage script sees it. */
export interface DeclaredClass {
  readonly tag?: string
  readonly spec?: Readonly<Record<string, DeclaredSpec>>
}

/** Drops XPath-like predicates (`feature[@name='x']`) so paths compare with the schema's. */
const plain = (seg: string): string => seg.replace(/\[.*\]$/, '')

/** `a/b/@c` under `/x` → `/x/a`, `/x/a/b`, `/x/a/b/@c`. */
function expand(prefix: string, path: string): string[] {
  if (path === '.' || path === '') return [prefix]
  const out: string[] = []
  let p = prefix
  for (const seg of path.split('/')) {
    p = `${p}/${plain(seg)}`
    out.push(p)
  }
  return out
}

/**
 * Every absolute path reachable from `cls` placed at `prefix`. Child classes are followed only
 * where the schema has the element (`known`), which also ends recursive classes.
 */
export function declaredPaths(cls: DeclaredClass, prefix: string, known: ReadonlySet<string>): Set<string> {
  const out = new Set<string>([prefix])
  const seen = new Set<string>()
  const walk = (c: DeclaredClass, at: string): void => {
    const key = `${at}\u0000${c.tag ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    for (const s of Object.values(c.spec ?? {})) {
      const paths = expand(at, s.path)
      for (const p of paths) out.add(p)
      const end = paths.at(-1) ?? at
      // The unit sits on the element holding the size, also when the size is an attribute.
      if (s.unitAttr !== undefined) out.add(`${end.replace(/\/@[^/]+$/, '')}/@${s.unitAttr}`)
      if (s.childClass !== undefined && known.has(end)) walk(s.childClass, end)
      if (s.kind !== 'list') continue
      for (const item of s.classes ?? []) {
        // children('host', C): the items are at the path; polyChildren('devices', …): below it.
        const p = s.itemTag === null || s.itemTag === undefined ? `${end}/${item.tag ?? '*'}` : end
        out.add(p)
        if (known.has(p)) walk(item, p)
      }
    }
  }
  walk(cls, prefix)
  return out
}
