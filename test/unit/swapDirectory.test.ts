import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { setAside, swapDirectory } from '../../cms/build/swapDirectory'

function site(dir: string, pages: number, text: string): void {
  for (let i = 0; i < pages; i++) {
    mkdirSync(path.join(dir, `p${i}`), { recursive: true })
    writeFileSync(path.join(dir, `p${i}`, 'index.html'), text)
  }
}

async function until(condition: () => boolean, ms = 15_000): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() - start > ms) throw new Error('timed out')
  }
}

describe('swapping the built site in', () => {
  it('puts the new site in place at once and removes the old one, and what a crash left, afterwards', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'trust-center-swap-'))
    const [dist, staging] = [path.join(parent, 'dist'), path.join(parent, 'dist-staging-1')]
    site(dist, 500, 'old')
    site(path.join(parent, 'dist-previous-999-1'), 3, 'left by a crash')
    site(staging, 2, 'new')
    await swapDirectory(staging, dist)
    expect(readFileSync(path.join(dist, 'p1/index.html'), 'utf8')).toBe('new')
    expect(existsSync(path.join(dist, 'p2'))).toBe(false)
    await until(() => readdirSync(parent).length === 1)
    expect(readdirSync(parent)).toEqual(['dist'])
  })

  it('swaps in a first site where there was none', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'trust-center-swap-'))
    site(path.join(parent, 'staging'), 1, 'first')
    await swapDirectory(path.join(parent, 'staging'), path.join(parent, 'dist'))
    expect(readdirSync(parent)).toEqual(['dist'])
    expect(readFileSync(path.join(parent, 'dist/p0/index.html'), 'utf8')).toBe('first')
  })

  it('sets a folder aside at once and deletes it afterwards; a missing one is no error', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'trust-center-swap-'))
    site(path.join(parent, 'dist'), 1, 'live')
    site(path.join(parent, 'dist-staging'), 300, 'left by a build that died')
    await setAside(path.join(parent, 'dist-staging'), path.join(parent, 'dist'))
    expect(existsSync(path.join(parent, 'dist-staging'))).toBe(false)
    await until(() => readdirSync(parent).length === 1)
    expect(readdirSync(parent)).toEqual(['dist'])
    await setAside(path.join(parent, 'dist-staging'), path.join(parent, 'dist'))
    expect(readdirSync(parent)).toEqual(['dist'])
  })

  it('keeps the old site when the new one cannot be moved in', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'trust-center-swap-'))
    site(path.join(parent, 'dist'), 1, 'old')
    await expect(
      swapDirectory(path.join(parent, 'missing-staging'), path.join(parent, 'dist')),
    ).rejects.toThrow(/ENOENT/)
    expect(readFileSync(path.join(parent, 'dist/p0/index.html'), 'utf8')).toBe('old')
    expect(readdirSync(parent)).toEqual(['dist'])
  })
})
