#!/usr/bin/env node
// The `kg` command: only imports the compiled CLI (run `npm run build` after changing src/).
import { main } from '../dist/cli/main.js'

process.exitCode = await main(process.argv)
