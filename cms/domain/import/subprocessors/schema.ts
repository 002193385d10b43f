import { z } from 'zod'
import { TRANSFER_SAFEGUARDS, type TransferSafeguard } from '../../safeguards'
import { noteFields } from '../../tom-schema'

/** One subprocessor read from an uploaded list; becomes a draft in the CMS once an editor confirms it. */
export const subprocessorDraftSchema = z.object({
  name: z.string().min(1),
  legalEntity: z.string().optional(),
  address: z.string().optional(),
  purpose: z.string(),
  locations: z.array(z.string().regex(/^[A-Z]{2}$/)),
  transferSafeguard: z.enum(
    TRANSFER_SAFEGUARDS.map((s) => s.value) as [TransferSafeguard, ...TransferSafeguard[]],
  ),
  /** The provider's website or the list's link for it. */
  url: z.string().optional(),
  /** What the list does not say about this entry; the preview flags it for the editor. */
  incomplete: z.array(z.enum(['purpose', 'locations', 'safeguard'])).optional(),
  /** Source line of the entry. */
  line: z.number().int().positive(),
})

export const subprocessorListImportSchema = z.object({
  format: z.enum(['csv', 'table', 'list', 'records']),
  entries: z.array(subprocessorDraftSchema),
  warnings: z.array(z.object({ line: z.number().int().positive(), ...noteFields })),
  /** Non-blank lines that are neither a header nor an entry. */
  unparsed: z.array(z.object({ line: z.number().int().positive(), text: z.string() })),
})

export type SubprocessorDraft = z.infer<typeof subprocessorDraftSchema>
export type SubprocessorListImport = z.infer<typeof subprocessorListImportSchema>
