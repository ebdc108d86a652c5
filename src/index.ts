// The library entry point (`import { extract } from 'kg-police-news'`): extraction of Chinese news
// text into typed entities, relationships and figures, graph assembly, and the two stores.
export { extract, extractSource, loadUserLexicon, type ExtractOptions, type SourceText, type UserLexicon } from './extract/index.js'
export { readSource, listInputFiles, decodeBytes, type Source } from './ingest/index.js'
export { assembleArticle } from './resolve/assemble.js'
export { ingestPaths, type IngestOptions, type IngestReport } from './load/ingest.js'
export { openStore } from './store/index.js'
export * from './model/index.js'
export * from './errors.js'
