import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml'
import { type CompanyContent, companyContentSchema } from './contentSchema'

export interface CompanyContentFile {
  file: string
  company: CompanyContent
}

/** The company files of content/companies/ (*.yaml, *.yml), sorted, as absolute paths. */
export async function listCompanyFiles(contentDir: string): Promise<string[]> {
  const dir = path.join(contentDir, 'companies')
  return (await readdir(dir))
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => path.join(dir, name))
}

/**
 * YAML 1.2's core schema: dates stay strings (the schema checks them), as do yes/no. js-yaml, not
 * the `yaml` package: ten times faster (1,000 company files at size L: 0.3 s against 3.4 s).
 */
function parseYaml(file: string, text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: file })
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    throw new Error(`${file}:${error.mark.line + 1}: not valid YAML: ${error.reason}`, {
      cause: error,
    })
  }
}

/** Reads and validates company files; one bad file fails all with its name and field. */
export async function readCompanyFiles(files: string[]): Promise<CompanyContentFile[]> {
  const out: CompanyContentFile[] = []
  for (const file of files) {
    const result = companyContentSchema.safeParse(parseYaml(file, await readFile(file, 'utf8')))
    if (!result.success) {
      const issues = result.error.issues
        .map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`)
        .join('\n')
      throw new Error(`${file} is not valid company content:\n${issues}`)
    }
    out.push({ file, company: result.data })
  }
  return out
}

/** Reads and validates content/companies/*.yaml. */
export async function readCompanyContent(contentDir: string): Promise<CompanyContentFile[]> {
  return readCompanyFiles(await listCompanyFiles(contentDir))
}
