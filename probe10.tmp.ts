import { stripMarkupNoise, prepareText } from './cms/domain/import/textSource'
import { readFileSync } from 'node:fs'
const t = readFileSync('test/fixtures/import/html-in-md/react-page.tsx.txt','utf8')
console.log(JSON.stringify(stripMarkupNoise(t)).slice(0,600))
