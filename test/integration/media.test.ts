import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/** Company logos: uploaded, resized by sharp, linked from the company. */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

describe('logos', () => {
  it('stores an upload, makes a logo size with sharp, and links it to a company', async () => {
    const png = await sharp({
      create: { width: 1200, height: 400, channels: 3, background: '#0b5cab' },
    })
      .png()
      .toBuffer()
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: 'Acme logo' },
      file: { data: png, mimetype: 'image/png', name: 'acme.png', size: png.length },
    })
    const sizes = (
      media as unknown as { sizes: { logo: { width: number; height: number; filename: string } } }
    ).sizes
    expect(sizes.logo).toMatchObject({ width: 320, height: 107 })
    expect(existsSync(path.join(t.dataDir, 'media', sizes.logo.filename))).toBe(true)
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Acme', slug: 'acme', logo: media.id }),
      depth: 1,
    })
    expect((company.logo as { alt: string }).alt).toBe('Acme logo')
  })

  it('refuses a file that is not an image', async () => {
    const text = Buffer.from('not an image')
    await expect(
      t.payload.create({
        collection: 'media',
        data: { alt: 'x' },
        file: { data: text, mimetype: 'text/plain', name: 'x.txt', size: text.length },
      }),
    ).rejects.toThrow()
  })
})
