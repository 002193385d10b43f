import { importDocument } from './cms/domain/import/index'
import { readFileSync } from 'node:fs'
for (const f of process.argv.slice(2)) { try {
const r = await importDocument(new Uint8Array(readFileSync(f)), f.replace(/\.txt$/, ''))
console.log('==', f, r.format, JSON.stringify(r.result.document.title), JSON.stringify(r.result.document.preamble)); console.log(JSON.stringify(r.result.warnings))
for (const s of r.result.document.sections) { console.log('S', s.heading, s.category); for (const c of s.controls) console.log('  C', c.implicit ? '(impl)' : c.heading, c.category, JSON.stringify(c.measures.map(m=>m.text + (m.prose ? ' [prose]' : ''))), c.text ?? '') }
} catch (e) { console.log(f, (e as Error).message) } }
