import { describe, expect, it } from 'vitest'
import {
  WRITTEN_FOR,
  installedAstro,
  linkPageCache,
  refusal,
} from '../../cms/build/linkedPageCache.mjs'

/**
 * cms/build/linkedPageCache.mjs replaces three methods of Astro's incremental build cache. It was
 * written against one Astro; these fail when Astro or the replaced methods change, so that
 * someone reads the new code before the record in WRITTEN_FOR is moved on.
 */
describe('the linked page cache patch', () => {
  it('is written for the installed Astro and its methods as they read today', async () => {
    const installed = await installedAstro()
    expect(installed, 'astro/dist/core/build/incremental.js not found').not.toBeNull()
    expect({ astro: installed!.astro, methods: installed!.methods }).toEqual(WRITTEN_FOR)
  })

  it('refuses another Astro version, or changed methods, with a reason for the build log', () => {
    expect(refusal({ astro: '7.4.0', methods: WRITTEN_FOR.methods })).toBe(
      `written for Astro ${WRITTEN_FOR.astro}, this is Astro 7.4.0`,
    )
    expect(refusal({ astro: WRITTEN_FOR.astro, methods: 'f'.repeat(64) })).toBe(
      `Astro ${WRITTEN_FOR.astro}'s writeOutputFile, restoreOutputFile, deleteOutputFile are not the ones it was written for`,
    )
    expect(refusal({ ...WRITTEN_FOR })).toBeNull()
  })

  it('leaves Astro unpatched and says so when it refuses', async () => {
    const before = await installedAstro()
    const logged: string[] = []
    const active = await linkPageCache({
      writtenFor: { ...WRITTEN_FOR, astro: '0.0.0' },
      log: (line: string) => logged.push(line),
    })
    expect(active).toBe(false)
    expect(logged).toEqual([
      `Linked page cache off (written for Astro 0.0.0, this is Astro ${before!.astro}): Astro copies cached pages itself.`,
    ])
    expect((await installedAstro())!.methods).toBe(before!.methods)
  })

  it('patches the Astro it was written for', async () => {
    const logged: string[] = []
    expect(await linkPageCache({ log: (line: string) => logged.push(line) })).toBe(true)
    expect(logged).toEqual([])
    expect((await installedAstro())!.methods).not.toBe(WRITTEN_FOR.methods)
  })
})
