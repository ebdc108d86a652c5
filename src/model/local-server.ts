// What scripts/neo4j.mjs records of the project's own Neo4j (.neo4j/server.json): which process
// serves which ports from which home, so `kg ingest --bulk` knows whether NEO4J_URI is that server.
import { z } from 'zod'

export const LocalServerState = z.object({
  pid: z.number().int().positive(),
  bolt: z.number().int().min(1).max(65535),
  http: z.number().int().min(1).max(65535),
  /** The server's home (conf/, data/, logs/). */
  home: z.string().min(1),
})
export type LocalServerState = z.infer<typeof LocalServerState>
