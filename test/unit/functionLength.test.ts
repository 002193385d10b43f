import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * docs/architecture.md ("Functions that fit a screen"): no function over 80 lines unless a comment
 * at it says why, starting with `Long:`. A function inside one that says so is covered by it.
 * Tests are left out (a `describe` callback is a list of cases); so are generated files.
 */
const LIMIT = 80
const root = path.resolve(import.meta.dirname, '../..')
const GENERATED = /^cms\/(migrations\/|payload-types\.ts$)|\/importMap\.js$/
/** Reworked on another branch at the time this rule came in; the rule applies once it lands. */
const ELSEWHERE = new Set<string>([])

const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.name === 'node_modules'
      ? []
      : e.isDirectory()
        ? files(path.join(dir, e.name))
        : /\.(ts|tsx)$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
  )

/** The comments just above the function, or above the declaration or property that holds it. */
function saysWhy(fn: ts.Node, text: string): boolean {
  for (let n: ts.Node = fn; ; n = n.parent) {
    const comments = ts.getLeadingCommentRanges(text, n.pos) ?? []
    if (comments.some((c) => /(^|[\s*/])Long: /.test(text.slice(c.pos, c.end)))) return true
    if (ts.isStatement(n) || ts.isPropertyAssignment(n) || ts.isClassElement(n) || !n.parent)
      return false
  }
}

function longFunctions(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1
  const visit = (node: ts.Node, covered: boolean) => {
    let inside = covered
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = lineOf(node.getStart(source))
      const lines = lineOf(node.end) - first + 1
      if (lines > LIMIT) {
        inside = covered || saysWhy(node, text)
        if (!inside) found.push(`${file}:${first} (${lines} lines)`)
      }
    }
    ts.forEachChild(node, (child) => visit(child, inside))
  }
  visit(source, false)
  return found
}

describe('function length', () => {
  it(`finds a function over ${LIMIT} lines without a reason (the check itself)`, () => {
    const body = Array.from({ length: LIMIT }, (_, i) => `  const a${i} = ${i}`).join('\n')
    const check = (code: string) => {
      const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true)
      const fn = source.statements[0]!
      return saysWhy(ts.isVariableStatement(fn) ? fn.declarationList.declarations[0]! : fn, code)
    }
    expect(check(`function f() {\n${body}\n}`)).toBe(false)
    expect(check(`// Long: a table.\nfunction f() {\n${body}\n}`)).toBe(true)
    expect(
      check(`/**\n * Does f.\n * Long: a table.\n */\nexport const f = () => {\n${body}\n}`),
    ).toBe(true)
  })

  it(`no function in cms/, site/ or bench/ is over ${LIMIT} lines without a comment saying why`, () => {
    const offending = ['cms', 'site', 'bench']
      .flatMap(files)
      .filter((f) => !GENERATED.test(f) && !ELSEWHERE.has(f))
      .flatMap(longFunctions)
    expect(offending, 'split these, or say why at each in a comment starting with "Long:"').toEqual(
      [],
    )
  }, 60_000) // parses every source file: seconds on a loaded machine
})
