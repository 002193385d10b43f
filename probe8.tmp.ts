import { parseTom } from './cms/domain/parser/index'
import { readFileSync, writeFileSync } from 'node:fs'
for (const f of process.argv.slice(2)) writeFileSync(`test/fixtures/golden/${f}.json`, JSON.stringify(parseTom(readFileSync(`content/seeds/${f}.txt`,'utf8')), null, 2) + '\n')
