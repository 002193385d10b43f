import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory of a process and all its descendants (Linux /proc), in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(entry)
      const ppid = Number(fields[1])
      rss.set(pid, Number(fields[21]) * 4096)
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Samples the tree's RSS every `everyMs` until stopped; returns the peak. */
export function watchPeakRss(root: number, everyMs = 200): () => number {
  let peak = 0
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root))
  }, everyMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}
