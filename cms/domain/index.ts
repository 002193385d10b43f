/**
 * @trust-center/core: the trust center's domain logic without Payload, Astro, Next or React —
 * the Art. 32 taxonomy, the TOM document parser and importers, the version diff, notice periods
 * and the schemas of published data. Subpaths (`@trust-center/core/parser`, `/diff`, `/import`,
 * `/published-schema`, …) give the same modules one by one.
 */
export * from './taxonomy'
export * from './tom-schema'
export * from './published-schema'
export * from './version-content'
export * from './notice'
export * from './safeguards'
export * from './anchors'
export * from './coverage'
export * from './searchBundles'
export * from './parser/index'
export * from './diff/index'
export * from './import/index'
