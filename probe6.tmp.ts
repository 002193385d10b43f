import { encryptedPdf, scannedPdf } from './test/helpers/pdf'
import { importDocument } from './cms/domain/import/index'
for (const [n, b] of [['enc', encryptedPdf()], ['scan', await scannedPdf('Zutrittskontrolle: Alarmanlage')], ['trunc', (await import('node:fs')).readFileSync('/tmp/imp/tom-de.pdf').subarray(0, 5000)]] as const) {
  const t = Date.now(); try { const r = await importDocument(new Uint8Array(b), 'x.pdf'); console.log(n, 'parsed', r.result.report.counts) } catch (e) { console.log(n, Date.now()-t, (e as Error).message) } }
