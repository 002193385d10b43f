/**
 * A sender such as `Trust Center <trust-center@example.com>` → its name and address, the two
 * parts Payload's e-mail adapters state the default sender as. A bare address has no name.
 */
export function splitFrom(from: string): { name: string; address: string } {
  const match = from.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/)
  return match
    ? { name: match[1]!.trim(), address: match[2]!.trim() }
    : { name: '', address: from.trim() }
}
