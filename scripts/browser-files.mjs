#!/usr/bin/env node
// Writes the Neo4j Browser guide and style (src/query/browser.ts) to cypher/browser/, where the
// compose file's small web server publishes them on http://localhost:7480/neo4j-browser/ (`kg serve`
// builds the same at request time). A test checks the committed files are current.
//   npm run build && node scripts/browser-files.mjs
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { browserFilesFor } from '../dist/query/browser.js'
import { loadLibrary } from '../dist/query/library.js'

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'cypher', 'browser')
fs.mkdirSync(dir, { recursive: true })
for (const [name, text] of Object.entries(browserFilesFor(loadLibrary(), 'http://localhost:7480'))) fs.writeFileSync(path.join(dir, name), text)
console.log(`browser-files: wrote ${dir}`)
