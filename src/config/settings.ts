// Settings for every command: the interface, its defaults, validation and resolution from the
// environment and flags, in one place. Errors name the setting and say how to fix it.
import path from 'node:path'
import { z } from 'zod'
import { ConfigError } from '../errors.js'

const Neo4jSettings = z.object({
  uri: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:7687 or neo4j://host:7687'),
  user: z.string().min(1),
  password: z.string().min(1, 'is empty: set NEO4J_PASSWORD'),
  database: z.string().min(1),
})

export const Settings = z.object({
  /** Absent: the embedded store under `dataDir` is used. */
  neo4j: Neo4jSettings.optional(),
  dataDir: z.string().min(1),
  /** User lexicon files (KG_LEXICONS, separated by the platform's path delimiter, plus --lexicon). */
  lexicons: z.array(z.string()),
})
export type Settings = z.infer<typeof Settings>

export const DEFAULT_SETTINGS = {
  neo4jUser: 'neo4j',
  neo4jDatabase: 'neo4j',
  dataDir: 'data',
} as const

/** Flags a command may pass; they win over the environment. */
export interface SettingsOverrides {
  neo4jUri?: string
  dataDir?: string
  lexicons?: string[]
}

export function resolveSettings(env: NodeJS.ProcessEnv = process.env, overrides: SettingsOverrides = {}): Settings {
  const uri = overrides.neo4jUri ?? env.NEO4J_URI
  const candidate = {
    neo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER ?? DEFAULT_SETTINGS.neo4jUser,
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE ?? DEFAULT_SETTINGS.neo4jDatabase,
        }
      : undefined,
    dataDir: overrides.dataDir ?? env.KG_DATA_DIR ?? DEFAULT_SETTINGS.dataDir,
    lexicons: [...(env.KG_LEXICONS ? env.KG_LEXICONS.split(path.delimiter).filter(Boolean) : []), ...(overrides.lexicons ?? [])],
  }
  const parsed = Settings.safeParse(candidate)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const key = settingName(issue?.path ?? [])
    throw new ConfigError(`invalid setting ${key}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}

function settingName(issuePath: readonly PropertyKey[]): string {
  const names: Record<string, string> = {
    'neo4j.uri': 'NEO4J_URI',
    'neo4j.user': 'NEO4J_USER',
    'neo4j.password': 'NEO4J_PASSWORD',
    'neo4j.database': 'NEO4J_DATABASE',
    dataDir: 'KG_DATA_DIR',
    lexicons: 'KG_LEXICONS',
  }
  const key = issuePath.map(String).join('.')
  return names[key] ?? key
}
