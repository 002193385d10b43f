/**
 * Legal Entity Identifier (ISO 17442): 18 alphanumeric characters and two check digits, valid
 * when the whole code, letters read as numbers (A = 10 … Z = 35), is 1 modulo 97 (ISO 7064 MOD 97-10).
 */
export function isValidLei(value: string): boolean {
  if (!/^[A-Z0-9]{18}[0-9]{2}$/.test(value)) return false
  let remainder = 0
  for (const ch of value) {
    const digits = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97
  }
  return remainder === 1
}

/** The two check digits for an 18-character base (to build test codes and explain errors). */
export function leiCheckDigits(base: string): string {
  let remainder = 0
  for (const ch of `${base}00`) {
    const digits = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97
  }
  return String(98 - remainder).padStart(2, '0')
}
