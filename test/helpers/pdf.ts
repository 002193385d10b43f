import { launchChromium } from './chromium'

interface PrintOptions {
  /** Running header and footer as Chromium's print templates (`<span class="pageNumber">` etc.). */
  header?: string
  footer?: string
}

/** Prints HTML to an A4 PDF with Chromium, as a person does with "Print → Save as PDF". */
export async function printToPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: Boolean(options.header || options.footer),
      headerTemplate: options.header ?? '<span></span>',
      footerTemplate: options.footer ?? '<span></span>',
      margin: { top: '2.5cm', bottom: '2cm', left: '2cm', right: '2cm' },
    })
    return new Uint8Array(pdf)
  } finally {
    await browser.close()
  }
}

/** A page of text as a picture only (what a scanner makes): a screenshot placed in a PDF as an image. */
export async function scannedPdf(text: string): Promise<Uint8Array> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 600, height: 300 } })
    await page.setContent(`<p style="font: 16px sans-serif">${text}</p>`)
    const png = (await page.screenshot()).toString('base64')
    await page.setContent(`<img src="data:image/png;base64,${png}" style="width: 15cm">`, {
      waitUntil: 'load',
    })
    return new Uint8Array(await page.pdf({ format: 'A4' }))
  } finally {
    await browser.close()
  }
}

/** A one-page PDF encrypted with the standard security handler and a user password nobody knows. */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + seed) & 255).toString(16).padStart(2, '0')).join(
      '',
    )
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 1)}> /U <${hex(32, 2)}> /P -44 >>`,
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Geheim) Tj ET\nendstream',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>] >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}
