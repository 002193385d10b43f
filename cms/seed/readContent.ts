import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { type CompanyContent, companyContentSchema } from './contentSchema'

export interface CompanyContentFile {
  file: string
  company: CompanyContent
}

/** Reads and validates content/companies/*.yaml; one bad file fails all with its name and field. */
export async function readCompanyContent(contentDir: string): Promise<CompanyContentFile[]> {
  const dir = path.join(contentDir, 'companies')
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort()
  const out: CompanyContentFile[] = []
  for (const name of names) {
    const file = path.join(dir, name)
    const result = companyContentSchema.safeParse(parseYaml(await readFile(file, 'utf8')))
    if (!result.success) {
      const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n')
      throw new Error(`${file} is not valid company content:\n${issues}`)
    }
    out.push({ file, company: result.data })
  }
  return out
}
