import { parseSubprocessorList } from './cms/domain/import/subprocessors/parseSubprocessorList'
import { readFileSync } from 'node:fs'
for (const f of process.argv.slice(2)) {
  try {
    const r = parseSubprocessorList(readFileSync(f, 'utf8'), f)
    console.log('==', f, r.format)
    for (const e of r.entries) console.log(JSON.stringify(e))
    console.log('W', JSON.stringify(r.warnings))
    console.log('U', JSON.stringify(r.unparsed))
  } catch (e) {
    console.log(f, (e as Error).message)
  }
}
