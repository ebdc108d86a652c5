// One source of truth for the data's shapes: zod schemas, with TypeScript types inferred from them.
export * from './extraction.js'
export * from './graph.js'
export * from './export.js'
export * from './rules.js'
export * from './limits.js'
export * from './api.js'
export * from './local-server.js'
export * from './acceptance.js'
