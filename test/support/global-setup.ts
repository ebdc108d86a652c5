// Finds a real Neo4j 5 for the run, once: NEO4J_URI when set; else a testcontainers Neo4j when a
// container engine answers; else the project's own local server (scripts/neo4j.mjs). It never
// skips: a run with no Neo4j fails here, loudly, naming what was tried.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'
import type { Neo4jTestSettings } from './neo4j.js'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

async function fromContainer(): Promise<{ settings: Neo4jTestSettings; stop: () => Promise<void> } | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers')
  try {
    await getContainerRuntimeClient()
  } catch {
    return undefined
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j')
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('kgpassword123').withApoc().start()
  return {
    settings: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword(), database: 'neo4j', browser: `${container.getHttpUri()}/browser/`, via: 'testcontainers' },
    stop: async () => void (await container.stop()),
  }
}

async function localRunning(): Promise<boolean> {
  try {
    await run('node', ['scripts/neo4j.mjs', 'status'], { cwd: root })
    return true
  } catch {
    return false
  }
}

/** Browser is served on the HTTP port: NEO4J_BROWSER_URL when given, else that port on the Bolt host. */
function browserOf(uri: string): string {
  if (process.env.NEO4J_BROWSER_URL) return process.env.NEO4J_BROWSER_URL
  return `http://${new URL(uri).hostname}:${process.env.KG_NEO4J_HTTP_PORT ?? '7474'}/browser/`
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      browser: browserOf(process.env.NEO4J_URI),
      via: 'NEO4J_URI',
    })
    return async () => {}
  }
  const container = await fromContainer()
  if (container) {
    project.provide('neo4j', container.settings)
    return container.stop
  }
  const wasRunning = await localRunning()
  try {
    await run('node', ['scripts/neo4j.mjs', 'start'], { cwd: root, timeout: 600_000 })
  } catch (error) {
    const e = error as { stderr?: string; message: string }
    throw new Error(
      `No Neo4j for the tests: NEO4J_URI is unset, no container engine answered, and the local server did not start (${(e.stderr || e.message).trim()}). ` +
        'Set NEO4J_URI, or install Java 17+ and Maven and run `npm run neo4j:start`.',
    )
  }
  const uri = `bolt://127.0.0.1:${process.env.KG_NEO4J_BOLT_PORT ?? '7687'}`
  project.provide('neo4j', {
    uri,
    user: 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'kgpassword123',
    database: 'neo4j',
    browser: browserOf(uri),
    via: 'scripts/neo4j.mjs',
  })
  return async () => {
    if (!wasRunning) await run('node', ['scripts/neo4j.mjs', 'stop'], { cwd: root })
  }
}
