import type { SanitizedRebuildOptions } from '../types'
import { type BuildProcess, startBuildCommand } from './targets'

/**
 * The standby build: the local build command started ahead (`rebuild.standby`), so a
 * publication finds it loaded (for the reference app: Node, Astro and its process up). One per
 * CMS process at most — a new one ends the one before — started when the CMS starts and after
 * each rebuild. It ends with the CMS: its stdin closes (targets.ts), and on exit it is killed.
 */
const SLOT = Symbol.for('trust-center.standbyBuild')
type Slot = { key: string; build: BuildProcess }
const globals = globalThis as { [SLOT]?: Slot }

const keyOf = (rebuild: SanitizedRebuildOptions) => JSON.stringify([rebuild.command, rebuild.cwd])

let exitHook = false
function killOnExit(): void {
  if (exitHook) return
  exitHook = true
  process.once('exit', () => globals[SLOT]?.build.discard())
}

/** Starts the standby for the next rebuild, ending an earlier one. */
export function startStandby(rebuild: SanitizedRebuildOptions): void {
  if (!rebuild.standby || !rebuild.command?.length) return
  globals[SLOT]?.build.discard()
  globals[SLOT] = { key: keyOf(rebuild), build: startBuildCommand(rebuild.command, rebuild.cwd) }
  killOnExit()
}

/** The standby for this command if one is waiting and alive, taken; else undefined. */
export function takeStandby(rebuild: SanitizedRebuildOptions): BuildProcess | undefined {
  const slot = globals[SLOT]
  delete globals[SLOT]
  if (slot && slot.key === keyOf(rebuild) && slot.build.usable()) return slot.build
  slot?.build.discard()
  return undefined
}
