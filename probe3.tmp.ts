import { importDocument } from './cms/domain/import/index'
import { readFileSync } from 'node:fs'
const r = await importDocument(new Uint8Array(readFileSync(process.argv[2]!)), process.argv[2])
console.log(r.text); console.log(JSON.stringify(r.result.warnings, null, 0)); console.log(JSON.stringify(r.result.report))
console.log(JSON.stringify(r.result.document.sections.map(s=>[s.heading,s.category,s.controls.map(c=>[c.heading,c.category,c.measures.length,c.text?.slice(0,50)])])))
