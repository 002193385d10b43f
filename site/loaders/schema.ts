/** The schemas (and types) of what the loaders put into Astro's store; defined in the core. */
export * from '@trust-center/core/published-schema'
