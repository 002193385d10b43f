import { printToPdf } from './test/helpers/pdf'
import { importDocument } from './cms/domain/import/index'
import { readFileSync, writeFileSync } from 'node:fs'
const pdf = await printToPdf(readFileSync('test/fixtures/import/pdf/annex-ii-en.html','utf8'), { header: '<div style="font-size:8px;width:100%;text-align:right;padding-right:2cm">Data Processing Agreement – Annex II</div>', footer: '<div style="font-size:8px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>' })
writeFileSync('/tmp/imp/en.pdf', pdf)
const r = await importDocument(pdf, 'annex.pdf')
console.log(r.text); console.log(JSON.stringify(r.result.warnings)); 
for (const s of r.result.document.sections) { console.log('S', s.heading, s.category); for (const c of s.controls) console.log('  C', c.heading, c.category, JSON.stringify(c.measures.map(m=>m.text)), c.text ?? '') }
