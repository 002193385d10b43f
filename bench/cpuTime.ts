import { readdirSync, readFileSync } from 'node:fs'

/**
 * CPU time (user + system, in ms) of the processes whose environment holds `marker` (e.g.
 * `TRUSTCENTER_DATA_DIR=/tmp/…`, unique to one bench run) — the server started for the run,
 * whatever wrapper (npx, next start) sits around it. Read from /proc, so Linux only; processes
 * of other users or already gone are skipped.
 */
const TICKS_PER_SECOND = 100 // USER_HZ, the unit of /proc/<pid>/stat on Linux

export function cpuMsOf(marker: string): number {
  let ticks = 0
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(marker)) continue
      ticks += ticksOf(readFileSync(`/proc/${pid}/stat`, 'latin1'))
    } catch {
      // not ours to read, or ended meanwhile
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND
}

/** utime + stime of one /proc/<pid>/stat line; the command name may hold spaces and parentheses. */
export function ticksOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // After the name: state is field 3 of the line, utime and stime fields 14 and 15.
  return Number(fields[14 - 3]) + Number(fields[15 - 3])
}
