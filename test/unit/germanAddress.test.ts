import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import type { Config } from 'payload'
import { de } from '@payloadcms/translations/languages/de'
import { trustCenterPlugin } from '../../cms/plugin/index'
import { PAYLOAD_GERMAN_FORMAL } from '../../cms/plugin/translations/payloadGermanFormal'

/**
 * One form of address in the German admin, "Sie": Payload's own texts as the plugin overrides
 * them, and every text in the plugin's source. A text saying "du", "dein…", or an informal
 * imperative ("Bitte gib …", "Wähle …") fails, naming where it is.
 */
const word = (words: string, flags: string) => new RegExp(`(?<!\\p{L})(${words})(?!\\p{L})`, flags)
const PRONOUNS_AND_VERBS = word(
  'du|dich|dir|dein|deine|deinen|deinem|deiner|deines|bist|hast|wirst|kannst|musst|möchtest|' +
    'willst|solltest|warst|wurdest|erhältst|siehst',
  'iu',
)
const IMPERATIVES =
  'gib|gehe|wähle|klicke|überprüfe|versuche|ändere|kopiere|ignoriere|verifiziere|speichere|' +
  'verwerfe|erstelle|ziehe|zeichne|passe|setze|verknüpfe|lade|füge|prüfe|melde|öffne|nutze|' +
  'verwende|beachte|trage|bestätige|aktualisiere|entferne|lies|sieh'
// Capitalised, an imperative starts a sentence; "Versuche" is also the noun ("attempts").
const CAPITALISED = IMPERATIVES.split('|')
  .filter((w) => w !== 'versuche')
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .join('|')
const INFORMAL = {
  test: (text: string) =>
    PRONOUNS_AND_VERBS.test(text) ||
    word(IMPERATIVES, 'u').test(text) ||
    word(CAPITALISED, 'u').test(text),
}

type Groups = Record<string, Record<string, string>>
const informalIn = (groups: Groups) =>
  Object.entries(groups).flatMap(([group, texts]) =>
    Object.entries(texts)
      .filter(([, text]) => INFORMAL.test(text))
      .map(([key, text]) => `${group}:${key}: ${text}`),
  )

/** Every string literal, template part and JSX text of a source file. */
function textsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const texts: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node))
      texts.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return texts
}

const PLUGIN = path.resolve(import.meta.dirname, '../../cms/plugin')
const sources = (readdirSync(PLUGIN, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => path.join(PLUGIN, f))

describe('the German admin says "Sie" throughout', () => {
  const config = trustCenterPlugin({})({ collections: [] } as unknown as Config) as Config
  const merged = config.i18n?.translations?.de as unknown as Groups

  it("Payload's German texts, with the plugin's overrides, say Sie", () => {
    const payload = de.translations as unknown as Groups
    const effective = Object.fromEntries(
      Object.entries(payload).map(([group, texts]) => [group, { ...texts, ...merged[group] }]),
    )
    expect(informalIn(effective)).toEqual([])
    // without the overrides, Payload says "du" (what this test guards against)
    expect(informalIn(payload).length).toBeGreaterThan(50)
  })

  it('each override keeps its original key, placeholders and tags', () => {
    const payload = de.translations as unknown as Groups
    const marks = (text: string) => (text.match(/\{\{\w+\}\}|<\/?\d+>|<a [^>]*>/g) ?? []).sort()
    const problems: string[] = []
    for (const [group, texts] of Object.entries(PAYLOAD_GERMAN_FORMAL as Groups))
      for (const [key, text] of Object.entries(texts)) {
        const original = payload[group]?.[key]
        if (original === undefined) problems.push(`${group}:${key} is not a Payload text`)
        else if (marks(original).join() !== marks(text).join())
          problems.push(`${group}:${key}: ${marks(text).join()} ≠ ${marks(original).join()}`)
      }
    expect(problems).toEqual([])
  })

  it("the plugin's own texts say Sie", () => {
    expect(sources.length).toBeGreaterThan(50)
    const found = sources.flatMap((file) =>
      textsOf(file)
        .filter((text) => INFORMAL.test(text))
        .map((text) => `${path.relative(PLUGIN, file)}: ${text}`),
    )
    expect(found).toEqual([])
  })

  it('the check sees an informal text', () => {
    for (const text of ['Bitte gib deine E-Mail an.', 'Du hast keine Rechte.', 'Wähle ein Feld'])
      expect(INFORMAL.test(text), text).toBe(true)
    for (const text of ['Bitte geben Sie Ihre E-Mail an.', 'Sie haben keine Rechte.', 'Dienst'])
      expect(INFORMAL.test(text), text).toBe(false)
  })
})
