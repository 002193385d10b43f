/** Input that cannot be read as a TOM document; carries the 1-based line the problem is on. */
export class ParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`)
    this.name = 'ParseError'
  }
}
