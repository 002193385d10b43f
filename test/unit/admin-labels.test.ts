import { describe, expect, it } from 'vitest'
import type { Config } from 'payload'
import { trustCenterPlugin } from '../../cms/plugin/index'

/**
 * The German admin: every field, description, option and collection of the plugin has a German
 * and an English text, and descriptions (whole sentences) are really translated.
 */
const config = trustCenterPlugin({})({ collections: [] } as unknown as Config) as Config
const problems: string[] = []
const isPair = (v: unknown) =>
  Boolean(
    v &&
    typeof v === 'object' &&
    typeof (v as any).en === 'string' &&
    typeof (v as any).de === 'string' &&
    (v as any).de,
  )

function check(where: string, fields: any[]) {
  for (const f of fields) {
    const at = `${where}.${f.name ?? f.type}`
    if (f.name && f.type !== 'ui' && !isPair(f.label))
      problems.push(`${at}: label ${JSON.stringify(f.label)}`)
    const d = f.admin?.description
    if (d !== undefined && typeof d !== 'function' && (!isPair(d) || d.de === d.en))
      problems.push(`${at}: description not in German: ${JSON.stringify(d)}`)
    if (f.labels && (!isPair(f.labels.singular) || !isPair(f.labels.plural)))
      problems.push(`${at}: row labels ${JSON.stringify(f.labels)}`)
    for (const o of f.options ?? [])
      if (
        !isPair(typeof o === 'string' ? o : o.label) &&
        !/^(de|en)$/.test(o.value) &&
        !/\/ /.test(o.label)
      )
        problems.push(`${at}: option ${JSON.stringify(o)}`)
    if (f.fields) check(at, f.fields)
  }
}

describe('the plugin admin in German and English', () => {
  it('has a German and an English text for every label, description and option', () => {
    for (const c of config.collections ?? []) {
      if (!isPair(c.labels?.singular) || !isPair(c.labels?.plural))
        problems.push(`${c.slug}: collection labels`)
      check(c.slug, c.fields)
    }
    for (const g of config.globals ?? []) check(g.slug, g.fields)
    expect(problems).toEqual([])
  })

  it('says the statuses as people read them', () => {
    const versions = config.collections!.find((c) => c.slug === 'tom-versions')!
    const status = JSON.stringify(versions.fields)
    expect(status).toContain('{"label":{"en":"In review","de":"In Prüfung"},"value":"in-review"}')
  })
})
