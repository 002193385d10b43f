import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENV_VARIABLES } from '../../cms/env'

const docs = readFileSync(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8')

/** The variables named in the first column of the tables of the environment section. */
function documentedVariables(): string[] {
  const start = docs.indexOf('## Environment variables')
  const section = docs.slice(start, docs.indexOf('\n## ', start + 1))
  const names = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!))
  return names
}

describe('docs/configuration.md', () => {
  it('lists exactly the variables the environment schema knows, each once', () => {
    const documented = documentedVariables()
    expect(new Set(documented).size).toBe(documented.length)
    expect([...documented].sort()).toEqual([...ENV_VARIABLES].sort())
  })
})
