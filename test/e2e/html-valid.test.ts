import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { HtmlValidate } from 'html-validate'
import { describe, expect, inject, it } from 'vitest'

/** Every page of the built site is valid HTML (html-validate, recommended rules). */
const { dist } = inject('e2e')
const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f)
    if (statSync(p).isDirectory()) return f === 'pagefind' ? [] : pages(p)
    return f.endsWith('.html') ? [p] : []
  })

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits these on purpose; they are not errors in HTML5.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'no-inline-style': 'off',
    'long-title': 'off',
    // Checkboxes sharing a name are one multi-valued field (topics=toms&topics=subprocessors).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
})

describe('valid HTML', () => {
  it('on every page', async () => {
    const problems: string[] = []
    for (const file of pages(dist)) {
      const report = await validator.validateFile(file)
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(
            `${path.relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`,
          )
    }
    expect(problems).toEqual([])
  })
})
