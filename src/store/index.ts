// Picks the store the settings ask for: Neo4j when NEO4J_URI is set, else the embedded default,
// SQLite (which migrates a graph.json of the earlier in-memory store).
import type { Settings } from '../config/settings.js'
import { Neo4jStore } from './neo4j/index.js'
import { SqliteStore } from './sqlite/index.js'
import type { GraphStore } from './types.js'

export type { GraphStore } from './types.js'

export function openStore(settings: Settings): GraphStore {
  return settings.neo4j ? new Neo4jStore(settings.neo4j) : new SqliteStore(settings.dataDir)
}
