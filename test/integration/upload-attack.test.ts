import { readdirSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The upload attack replayed through Payload's real REST handlers: an editor posts an HTML file
 * dressed as an SVG logo, then the file is fetched the way an admin's browser would open its URL.
 */
let t: TestPayload
let POST: (req: Request, ctx: unknown) => Promise<Response>
let GET: (req: Request, ctx: unknown) => Promise<Response>
let editorToken = ''

const ATTACK = `<?xml version="1.0"?>
<?x <img src=x onerror="fetch('/api/users/1',{method:'PATCH',body:'{&quot;role&quot;:&quot;admin&quot;}'})"> ?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0b5cab"/></svg>`

async function upload(name: string, type: string, data: Buffer | string): Promise<Response> {
  const form = new FormData()
  form.append(
    'file',
    new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }),
    name,
  )
  form.append('_payload', JSON.stringify({ alt: 'Company logo' }))
  return POST(
    new Request('http://localhost/api/media', {
      method: 'POST',
      headers: { authorization: `JWT ${editorToken}` },
      body: form,
    }),
    { params: Promise.resolve({ slug: ['media'] }) },
  )
}
async function fetchFile(url: string): Promise<Response> {
  const pathname = new URL(url, 'http://localhost').pathname
  return GET(new Request(`http://localhost${pathname}`), {
    params: Promise.resolve({ slug: pathname.replace(/^\/api\//, '').split('/') }),
  })
}

beforeAll(async () => {
  t = await startTestPayload()
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  // Next's route handlers, called with plain Requests (their params type is Next's own).
  POST = routes.REST_POST(config) as never
  GET = routes.REST_GET(config) as never
  const editor = (await createUser(t.payload, 'editor')) as { email: string }
  editorToken = (
    await t.payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'correct horse battery' },
    })
  ).token!
})
afterAll(async () => t?.close())

describe('media uploads', () => {
  it('turns company-logo.svg.html with a script in a processing instruction into a PNG, served inert', async () => {
    const response = await upload('company-logo.svg.html', 'image/svg+xml', ATTACK)
    expect(response.status).toBe(201)
    const doc = (
      (await response.json()) as { doc: { filename: string; mimeType: string; url: string } }
    ).doc
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filename).toMatch(/^company-logo(-\d+)?\.png$/)
    const stored = readdirSync(path.join(t.dataDir, 'media'))
    expect(stored.every((f) => f.endsWith('.png'))).toBe(true)
    const served = await fetchFile(doc.url)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    const bytes = Buffer.from(await served.arrayBuffer())
    expect(bytes.includes('onerror')).toBe(false)
    expect((await sharp(bytes).metadata()).format).toBe('png')
  })

  it('refuses HTML, whatever name and type it claims', async () => {
    for (const [name, type] of [
      ['logo.png', 'image/png'],
      ['logo.svg', 'image/svg+xml'],
      ['page.html', 'text/html'],
    ] as const) {
      const response = await upload(
        name,
        type,
        '<html><body><script>alert(1)</script></body></html>',
      )
      expect(response.status, name).toBe(415)
      expect(JSON.stringify(await response.json())).toContain('PNG, JPEG, WebP and SVG')
    }
  })

  it('names a stored file after what it is: a JPEG called logo.png is stored as .jpg', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#333' } })
      .jpeg()
      .toBuffer()
    const response = await upload('logo.png', 'image/png', jpeg)
    expect(response.status).toBe(201)
    const doc = (
      (await response.json()) as { doc: { filename: string; mimeType: string; url: string } }
    ).doc
    expect(doc).toMatchObject({ mimeType: 'image/jpeg' })
    expect(doc.filename).toMatch(/^logo(-\d+)?\.jpg$/)
    const served = await fetchFile(doc.url)
    expect(served.headers.get('content-disposition')).toBeNull()
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
  })
})
