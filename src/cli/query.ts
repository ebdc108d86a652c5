// `kg query`: runs a named query of the Cypher library against Neo4j and prints a table.
import type { Command } from 'commander'
import { UsageError } from '../errors.js'
import { bindParams, findQuery, formatTable, loadLibrary, runLibraryQuery } from '../query/library.js'
import { Neo4jStore } from '../store/neo4j/index.js'
import { processOutput, settingsFrom, withStore, type Output } from './context.js'
import { overridesOf } from './graph.js'

export function registerQuery(program: Command, output: Output = processOutput): void {
  program
    .command('query')
    .description('run a named query from cypher/queries (Neo4j store) and print a table')
    .argument('[name]', 'query name; see --list')
    .option('--list', 'list the queries with their parameters')
    .option('--param <k=v>', 'set a parameter (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--json', 'print rows as JSON Lines')
    .action(async (name: string | undefined, o: { list?: boolean; param: string[]; json?: boolean }, command: Command) => {
      const library = loadLibrary()
      if (o.list || !name) {
        for (const q of library) {
          output.out(`${q.name}${q.params.length ? ` (${q.params.map((p) => `${p.name}=${p.default}`).join(', ')})` : ''}`)
          output.out(`    ${q.description}`)
        }
        return
      }
      const query = findQuery(name, library)
      const params = bindParams(query, o.param)
      await withStore(settingsFrom(overridesOf(command)), async (store) => {
        if (!(store instanceof Neo4jStore)) {
          throw new UsageError('kg query runs Cypher, so it needs Neo4j: set NEO4J_URI (see README, "Using Neo4j")')
        }
        const rows = await runLibraryQuery(store.driver, store.settings.database, query, params)
        for (const line of o.json ? rows.map((r) => JSON.stringify(r)) : formatTable(rows)) output.out(line)
      })
    })
}
