// The `kg` program: registers each command and turns every error into one line and an exit code.
import { Command, CommanderError } from 'commander'
import { KgError, QueryRefusedError, UsageError } from '../errors.js'
import { registerExport } from './export.js'
import { registerExtract } from './extract.js'
import { registerGraphCommands } from './graph.js'
import { registerIngest } from './ingest.js'
import { registerLoad } from './load.js'
import { registerQuery } from './query.js'
import { registerServe } from './serve.js'

export function buildProgram(): Command {
  const program = new Command('kg')
    .description('Build a knowledge graph from Chinese news about police, courts and local governance.')
    .option('--neo4j-uri <uri>', 'use the Neo4j at this Bolt URI (default: $NEO4J_URI; unset = embedded store)')
    .option('--data-dir <dir>', 'where the embedded store keeps its file (default: $KG_DATA_DIR or data/)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
  registerIngest(program)
  registerLoad(program)
  registerExtract(program)
  registerGraphCommands(program)
  registerQuery(program)
  registerServe(program)
  registerExport(program)
  return program
}

/** Runs the CLI and returns the exit code: 0 ok, 1 failed, 2 usage. */
export async function main(argv: readonly string[]): Promise<number> {
  // `kg extract seeds/ | head`: a reader that stops early is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  const program = buildProgram()
  try {
    await program.parseAsync([...argv])
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof UsageError || error instanceof QueryRefusedError) {
      process.stderr.write(`kg: ${error.message}\n`)
      return 2
    }
    if (error instanceof KgError) {
      process.stderr.write(`kg: ${error.message}\n`)
      return 1
    }
    process.stderr.write(`kg: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 1
  }
}
