// Lists what gconfig's public face leaves undocumented, the way typedoc with warnings as errors
// would see it: every name exported by gconfig/index.ts, the members of exported classes and
// interfaces, every key of a defineElement/defineDocument declaration (its TSDoc is the
// accessor's), and an @example on every document class.
//   tsx scripts/gconfig-docs.ts        (exit code 1 when something is missing)
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/** The repository (the TypeScript sources), also when this runs compiled from dist/. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('dist')) {
    const up = dirname(dir)
    if (up === dir) throw new Error('package.json not found')
    dir = up
  }
  return dir
}

const root = repoRoot()

/** One missing piece of documentation. */
export interface DocGap {
  readonly where: string
  readonly what: string
}

function hasDoc(node: ts.Node): boolean {
  return ts.getJSDocCommentsAndTags(node).some((d) => ts.isJSDoc(d) && (d.comment !== undefined || (d.tags?.length ?? 0) > 0))
}

function docText(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .map((d) => d.getText())
    .join('\n')
}

/** The documentation gaps of `entry` (default gconfig/index.ts) and the number of public names. */
export function docGaps(entry = join(root, 'gconfig', 'index.ts')): { gaps: DocGap[]; names: number } {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  })
  const checker = program.getTypeChecker()
  const gaps: DocGap[] = []
  const where = (n: ts.Node): string => {
    const sf = n.getSourceFile()
    return `${relative(root, sf.fileName)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`
  }
  const seenLiterals = new Set<ts.Node>()
  const checkSpecLiteral = (lit: ts.ObjectLiteralExpression, owner: string): void => {
    if (seenLiterals.has(lit)) return
    seenLiterals.add(lit)
    for (const p of lit.properties) {
      if (ts.isSpreadAssignment(p)) {
        const sym = checker.getSymbolAtLocation(p.expression)
        const decl = sym?.valueDeclaration
        if (decl !== undefined && ts.isVariableDeclaration(decl) && decl.initializer !== undefined) {
          let init: ts.Expression = decl.initializer
          while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression
          if (ts.isObjectLiteralExpression(init)) checkSpecLiteral(init, owner)
        }
        continue
      }
      if (!hasDoc(p)) gaps.push({ where: where(p), what: `${owner}.${p.name?.getText() ?? '?'}` })
    }
  }
  const checkClass = (decl: ts.ClassDeclaration, name: string): void => {
    if (!hasDoc(decl)) gaps.push({ where: where(decl), what: `class ${name}` })
    for (const h of decl.heritageClauses ?? []) {
      for (const t of h.types) {
        const call = t.expression
        if (!ts.isCallExpression(call)) continue
        const fn = call.expression.getText()
        if (fn !== 'defineElement' && fn !== 'defineDocument') continue
        const spec = call.arguments[1]
        if (spec !== undefined && ts.isObjectLiteralExpression(spec)) checkSpecLiteral(spec, name)
        if (fn === 'defineDocument' && !/@example/.test(docText(decl))) gaps.push({ where: where(decl), what: `class ${name}: no @example` })
      }
    }
    for (const m of decl.members) {
      const mods = ts.getCombinedModifierFlags(m as ts.Declaration)
      if (mods & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue
      if (m.name !== undefined && ts.isPrivateIdentifier(m.name)) continue
      if (ts.isIndexSignatureDeclaration(m) || ts.isClassStaticBlockDeclaration(m) || ts.isSemicolonClassElement(m)) continue
      // A setter shares its getter's documentation.
      if (ts.isSetAccessorDeclaration(m) && decl.members.some((o) => ts.isGetAccessorDeclaration(o) && o.name.getText() === m.name.getText())) continue
      if (ts.isConstructorDeclaration(m) && m.parameters.length === 0) continue
      if (m.name !== undefined && ts.isComputedPropertyName(m.name)) continue
      if (!hasDoc(m)) gaps.push({ where: where(m), what: `${name}.${m.name?.getText() ?? 'constructor'}` })
    }
  }
  const checkInterface = (decl: ts.InterfaceDeclaration, name: string): void => {
    if (!hasDoc(decl)) gaps.push({ where: where(decl), what: `interface ${name}` })
    for (const m of decl.members) {
      if (ts.isCallSignatureDeclaration(m) || ts.isConstructSignatureDeclaration(m) || ts.isIndexSignatureDeclaration(m)) continue
      if (!hasDoc(m)) gaps.push({ where: where(m), what: `${name}.${m.name?.getText() ?? '?'}` })
    }
  }
  const entrySym = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!
  const exports = checker.getExportsOfModule(entrySym)
  const visitedModules = new Set<ts.Symbol>()
  const visit = (sym: ts.Symbol, name: string): void => {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym
    for (const decl of target.declarations ?? []) {
      if (ts.isClassDeclaration(decl)) checkClass(decl, name)
      else if (ts.isInterfaceDeclaration(decl)) checkInterface(decl, name)
      else if (ts.isSourceFile(decl) || ts.isModuleDeclaration(decl)) {
        // `export * as xml`: the namespace's own members.
        if (visitedModules.has(target)) continue
        visitedModules.add(target)
        for (const e of checker.getExportsOfModule(target)) visit(e, `${name}.${e.name}`)
      } else {
        const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl
        if (!hasDoc(node) && !hasDoc(decl)) gaps.push({ where: where(decl), what: name })
      }
    }
  }
  for (const e of exports) visit(e, e.name)
  return { gaps, names: exports.length }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { gaps, names } = docGaps()
  for (const g of gaps) console.log(`${g.where}  ${g.what}`)
  console.log(`${names} public names; ${gaps.length} without documentation`)
  if (gaps.length > 0) process.exitCode = 1
}
