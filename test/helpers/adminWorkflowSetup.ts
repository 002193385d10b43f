import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { meaningfulContent } from '../../cms/domain/content-equality'
import { importTomVersion } from '../../cms/plugin/utilities/importTomVersion'
import { companyData } from './createData'
import type { TomVersion, User } from '../../cms/payload-types'

/** A user as the Local API's `user` option takes it. */
export type ReviewUser = User & { collection: 'users' }

/**
 * A realistic review situation: a company, an editor and two legal users (with names), and a real
 * TOM document (content/seeds/004, with groups and tables) imported by the editor and submitted
 * for review.
 */
export const PASSWORD = 'correct horse battery'
const CAPTURED_FORM = path.resolve(
  import.meta.dirname,
  '../fixtures/admin-save/publish-as-legal.json',
)
export const SOURCE_DOCUMENT = path.resolve(
  import.meta.dirname,
  '../../content/seeds/004_614166a4a244b079.txt',
)

export async function reviewSituation(payload: Payload) {
  const company = await payload.create({
    collection: 'companies',
    data: companyData({ name: 'Prüf GmbH', slug: 'pruef' }),
  })
  const mk = async (role: User['role'], name: string): Promise<ReviewUser> => ({
    ...(await payload.create({
      collection: 'users',
      data: {
        email: `${role}.${name.split(' ')[0]!.toLowerCase()}@example.test`,
        password: PASSWORD,
        role,
        name,
      },
    })),
    collection: 'users',
  })
  const editor = await mk('editor', 'Erika Editor')
  const legal = await mk('legal', 'Lena Legal')
  const otherLegal = await mk('legal', 'Lars Legal')
  const imported = await importTomVersion({
    payload,
    companyId: company.id,
    text: readFileSync(SOURCE_DOCUMENT, 'utf8'),
    filename: '004.txt',
    status: 'draft',
    effectiveDate: '2026-03-01',
    user: editor,
  })
  // The structure the admin form showed when its Save was captured (test/fixtures/admin-save): the
  // parser has learnt since (prose paragraphs are measures now), and the replayed form must send
  // back exactly what is stored, as a real form does.
  const captured = JSON.parse(readFileSync(CAPTURED_FORM, 'utf8')) as {
    payload: { sections: unknown }
  }
  await payload.update({
    collection: 'tom-versions',
    id: imported.id,
    data: {
      // the captured form's structure, as Payload validated it when the form saved it
      sections: meaningfulContent(captured.payload.sections) as TomVersion['sections'],
      status: 'in-review',
    },
    user: editor,
    overrideAccess: false,
  })
  return { company, editor, legal, otherLegal, versionId: imported.id }
}
