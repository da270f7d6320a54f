/**
 * The XML tree gconfig keeps as the single source of truth.
 *
 * Every node parsed from text remembers its source span. A node that has not been edited
 * since parsing (`dirty === false`) serialises as that exact slice of the source, so an
 * unmodified document or subtree comes back byte for byte and costs nothing to serialise.
 * An edit marks the edited element and its ancestors dirty; only those are re-written,
 * and even then their untouched attributes, children and end tags reuse their source text.
 *
 * Names are plain strings compared with `===`: `constructor` or `__proto__` are ordinary
 * names here, since nothing is ever keyed by name in a plain object.
 * @module
 */

/** Any node that can sit in an element's or a document's child list. */
export type XmlNode = XmlElement | XmlText | XmlComment | XmlCData | XmlProcessingInstruction | XmlDoctype

/** What can hold child nodes. */
export type XmlParent = XmlElement | XmlDocument

/** Marks `from` and every ancestor dirty, so the next serialisation re-writes them. */
export function markDirty(from: XmlParent | null): void {
  let p: XmlParent | null = from
  while (p !== null && !p.dirty) {
    p.dirty = true
    p = p.parent
  }
}

/** Character data. `value` is decoded (entities and character references resolved). */
export class XmlText {
  /** What kind of node this is, to tell the `XmlNode` union apart. */
  readonly kind = 'text' as const
  /** The containing element or document; null while detached. */
  parent: XmlParent | null = null
  /** Source text when it differs from what escaping `value` would give (entities, `\r`, `>`). */
  raw: string | undefined

  /**
   * A new text node, detached.
   * @param _value - The decoded text.
   * @param raw - Its source text, when it differs from the escaped value.
   */
  constructor(
    private _value: string,
    raw?: string,
  ) {
    this.raw = raw
  }

  /** The decoded text. */
  get value(): string {
    return this._value
  }

  /** Replaces the text; it is escaped afresh when the document is serialised. */
  set value(v: string) {
    this._value = v
    this.raw = undefined
    markDirty(this.parent)
  }

  /** True when the text is only XML whitespace (indentation). */
  get isWhitespace(): boolean {
    return /^[ \t\r\n]*$/.test(this._value)
  }
}

/** `<!--value-->`. */
export class XmlComment {
  /** What kind of node this is, to tell the `XmlNode` union apart. */
  readonly kind = 'comment' as const
  /** The containing element or document; null while detached. */
  parent: XmlParent | null = null
  /**
   * A new comment node, detached.
   * @param value - The comment text, between `<!--` and `-->`.
   */
  constructor(public readonly value: string) {}
}

/** `<![CDATA[value]]>`. */
export class XmlCData {
  /** What kind of node this is, to tell the `XmlNode` union apart. */
  readonly kind = 'cdata' as const
  /** The containing element or document; null while detached. */
  parent: XmlParent | null = null
  /**
   * A new cdata node, detached.
   * @param value - The section text, between `<![CDATA[` and `]]>`.
   */
  constructor(public readonly value: string) {}
}

/**
 * `<?target data?>`; the XML declaration is kept as one with target `xml`. `data` is everything
 * after the target, leading whitespace included, so the text comes back as written.
 */
export class XmlProcessingInstruction {
  /** What kind of node this is, to tell the `XmlNode` union apart. */
  readonly kind = 'pi' as const
  /** The containing element or document; null while detached. */
  parent: XmlParent | null = null
  /**
   * A new processinginstruction node, detached.
   * @param target - The target name (`xml` for the declaration).
   * @param data - Everything after the target, leading whitespace included.
   */
  constructor(
    public readonly target: string,
    public readonly data: string,
  ) {}
}

/** `<!DOCTYPE …>` without an internal subset, kept verbatim. */
export class XmlDoctype {
  /** What kind of node this is, to tell the `XmlNode` union apart. */
  readonly kind = 'doctype' as const
  /** The containing element or document; null while detached. */
  parent: XmlParent | null = null
  /**
   * A new doctype node, detached.
   * @param raw - The declaration, written back verbatim.
   */
  constructor(public readonly raw: string) {}
}

/** One attribute. `value` is decoded and normalised as XML prescribes. */
export class XmlAttribute {
  /** Source span (leading whitespace included) in the owner's `src`; -1 once edited or when new. */
  start = -1
  /** End offset of that span. */
  end = -1
  /** Whitespace written before the name and the quote used, kept when the value is edited. */
  pre = ' '
  /** The quote character the value is written with. */
  quote: "'" | '"' = "'"

  /**
   * A new attribute node, detached.
   * @param name - The attribute name.
   * @param value - The decoded value.
   */
  constructor(
    public readonly name: string,
    public value: string,
  ) {}
}

/** An element. */
export class XmlElement {
  /** What kind of node this is, to tell the `XmlNode` union apart. */
  readonly kind = 'element' as const
  /** The containing element or document; null while detached. */
  parent: XmlParent | null = null
  /** The attributes, in document order. */
  readonly attributes: XmlAttribute[] = []
  /** Child nodes in document order, whitespace and comments included. */
  readonly children: XmlNode[] = []
  /** True when the element must be re-written rather than copied from `src`. */
  dirty = true
  /** Source text this element was parsed from, and its spans in it. */
  src: string | null = null
  /** Whole element, `<` to the end of its end tag. */
  start = 0
  /** End offset of that span. */
  end = 0
  /** End of the name or last attribute: what follows up to `>` or `/>` is the start tag's tail. */
  attrsEnd = 0
  /** Offset of `>` or `/>` closing the start tag. */
  tagClose = 0
  /** Offset of `</`, or -1 for `<x/>`. */
  closeStart = -1
  /** The gconfig view last made for this element (keeps `===` between two reads). */
  view: object | undefined = undefined

  /**
   * A new element node, detached.
   * @param name - The element name (prefix included).
   */
  constructor(public readonly name: string) {}

  /** The attribute named `name`, if present. */
  attribute(name: string): XmlAttribute | undefined {
    for (const a of this.attributes) if (a.name === name) return a
    return undefined
  }

  /** The decoded value of attribute `name`. */
  getAttribute(name: string): string | undefined {
    return this.attribute(name)?.value
  }

  /**
   * Sets attribute `name`; a new one goes before the first existing attribute listed after it
   * in `order`, else last. The caller has validated `value` (see `checkXmlChars`).
   */
  setAttribute(name: string, value: string, order?: readonly string[]): void {
    const a = this.attribute(name)
    if (a !== undefined) {
      if (a.value === value) return
      if (a.start >= 0 && this.src !== null) {
        const raw = this.src.slice(a.start, a.end)
        a.pre = raw.slice(0, raw.length - raw.trimStart().length)
        a.quote = raw.endsWith('"') ? '"' : "'"
      }
      a.value = value
      a.start = a.end = -1
      markDirty(this)
      return
    }
    const fresh = new XmlAttribute(name, value)
    let at = this.attributes.length
    const mine = order?.indexOf(name) ?? -1
    if (mine >= 0) {
      const later = this.attributes.findIndex((x) => order!.indexOf(x.name) > mine)
      if (later >= 0) at = later
    }
    this.attributes.splice(at, 0, fresh)
    markDirty(this)
  }

  /** Removes attribute `name`; returns whether it was there. */
  removeAttribute(name: string): boolean {
    const i = this.attributes.findIndex((a) => a.name === name)
    if (i < 0) return false
    this.attributes.splice(i, 1)
    markDirty(this)
    return true
  }

  /** Element children, in order. */
  elements(): XmlElement[] {
    const out: XmlElement[] = []
    for (const c of this.children) if (c.kind === 'element') out.push(c)
    return out
  }

  /** The first child element named `name`. */
  firstElement(name: string): XmlElement | undefined {
    for (const c of this.children) if (c.kind === 'element' && c.name === name) return c
    return undefined
  }

  /** Concatenated text and CDATA of the direct children. */
  get text(): string {
    let s = ''
    for (const c of this.children) if (c.kind === 'text' || c.kind === 'cdata') s += c.value
    return s
  }

  /**
   * Replaces the direct text and CDATA children by one text node holding `value`, where the
   * first of them was; element children and comments stay.
   */
  setText(value: string): void {
    let at = -1
    for (let i = this.children.length - 1; i >= 0; i--) {
      const c = this.children[i]!
      if (c.kind === 'text' || c.kind === 'cdata') {
        this.children.splice(i, 1)
        c.parent = null
        at = i
      }
    }
    if (value !== '') {
      const t = new XmlText(value)
      t.parent = this
      this.children.splice(Math.max(at, 0), 0, t)
    }
    markDirty(this)
  }

  /** True when it holds no attribute and nothing but whitespace text. */
  get isEmpty(): boolean {
    if (this.attributes.length > 0) return false
    for (const c of this.children) if (c.kind !== 'text' || !c.isWhitespace) return false
    return true
  }
}

/** A whole document: prolog, root element, epilog. */
export class XmlDocument {
  /** What kind of node this is, to tell the `XmlNode` union apart. */
  readonly kind = 'document' as const
  /** A document has no parent. */
  readonly parent = null
  /** Child nodes in document order, whitespace and comments included. */
  readonly children: XmlNode[] = []
  /** False while the document is exactly `src`. */
  dirty = true
  /** The text the document was parsed from. */
  src: string | null = null
  /** Whether the source started with a byte-order mark, written back when re-serialised. */
  bom = false

  /**
   * A new document node, detached.
   * @param root - The document element.
   */
  constructor(public root: XmlElement) {}
}
