#!/usr/bin/env node
// Installs and runs a real Neo4j 5.26 Community server without Docker: Maven fetches the embedded
// DBMS, a small Java main (scripts/neo4j/) serves Bolt on 127.0.0.1. `start` is idempotent.
//   node scripts/neo4j.mjs start|stop|status
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const project = path.join(root, 'scripts', 'neo4j')
const home = path.resolve(process.env.KG_NEO4J_HOME ?? path.join(root, '.neo4j'))
const lib = path.join(home, 'lib')
const classes = path.join(home, 'classes')
const dataDir = path.join(home, 'server')
const pidFile = path.join(home, 'neo4j.pid')
const logFile = path.join(home, 'neo4j.log')
const stampFile = path.join(home, 'build.stamp')
const port = Number(process.env.KG_NEO4J_BOLT_PORT ?? 7687)
const password = process.env.NEO4J_PASSWORD ?? 'kgpassword123'
const uri = `bolt://127.0.0.1:${port}`

class ScriptError extends Error {}

function fail(message) {
  throw new ScriptError(message)
}

function javaMajor() {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' })
  if (r.error) fail('Java is not installed: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)')
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr ?? '')
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0
  if (major < 17) fail(`Java ${major || '?'} found; Neo4j 5 needs Java 17 or newer`)
  return major
}

/** Compiles the Java main and fetches Neo4j's jars, when the sources changed or nothing is there yet. */
function build() {
  const sources = ['pom.xml', 'src/main/java/kg/LocalNeo4j.java'].map((f) => fs.readFileSync(path.join(project, f)))
  const stamp = createHash('sha256').update(Buffer.concat(sources)).digest('hex')
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp && fs.existsSync(path.join(classes, 'kg', 'LocalNeo4j.class'))) return
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) fail('Maven is not installed: install it (e.g. apt-get install maven); it fetches Neo4j from Maven Central')
  console.log('neo4j: fetching Neo4j 5.26 from Maven Central and compiling the launcher (first run only)…')
  fs.mkdirSync(home, { recursive: true })
  fs.rmSync(lib, { recursive: true, force: true })
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-f', path.join(project, 'pom.xml'), 'compile', 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  )
  if (mvn.status !== 0) fail(`Maven could not build the launcher:\n${(mvn.stdout + mvn.stderr).split('\n').filter((l) => /ERROR/.test(l)).slice(0, 8).join('\n')}`)
  fs.rmSync(classes, { recursive: true, force: true })
  fs.cpSync(path.join(project, 'target', 'classes'), classes, { recursive: true })
  fs.writeFileSync(stampFile, stamp)
}

function readPid() {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8'))
    return pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function portOpen() {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/** True when Bolt answers a query with our credentials (the driver is in node_modules after npm ci). */
async function boltAnswers() {
  let neo4j
  try {
    neo4j = (await import('neo4j-driver')).default
  } catch {
    return portOpen()
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 })
  try {
    await driver.executeQuery('RETURN 1')
    return true
  } catch {
    return false
  } finally {
    await driver.close()
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function logTail(lines = 15) {
  try {
    return fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

async function start() {
  const running = readPid()
  if (running && alive(running)) {
    if (await boltAnswers()) {
      console.log(`neo4j: already running (pid ${running}) at ${uri}`)
      return
    }
  } else if (running) fs.rmSync(pidFile, { force: true })
  if (!running && (await portOpen())) fail(`port ${port} is already in use by another program: stop it, or set KG_NEO4J_BOLT_PORT`)
  javaMajor()
  build()
  if (!(running && alive(running))) {
    fs.mkdirSync(dataDir, { recursive: true })
    const log = fs.openSync(logFile, 'a')
    const child = spawn(
      'java',
      ['-Xms256m', `-Xmx${process.env.KG_NEO4J_HEAP ?? '1g'}`, '-XX:+UseG1GC', '-cp', `${classes}${path.delimiter}${path.join(lib, '*')}`, 'kg.LocalNeo4j', dataDir, String(port), password],
      { detached: true, stdio: ['ignore', log, log] },
    )
    child.unref()
    fs.writeFileSync(pidFile, String(child.pid))
  }
  const pid = readPid()
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (!alive(pid)) fail(`Neo4j exited while starting; the end of ${logFile}:\n${logTail()}`)
    if (await boltAnswers()) {
      console.log(`neo4j: running (pid ${pid}) at ${uri}, user neo4j, data in ${dataDir}`)
      return
    }
    await sleep(1000)
  }
  process.kill(pid, 'SIGKILL')
  fs.rmSync(pidFile, { force: true })
  fail(`Neo4j did not answer on ${uri} within 180 s; the end of ${logFile}:\n${logTail()}`)
}

async function stop() {
  const pid = readPid()
  if (!pid || !alive(pid)) {
    fs.rmSync(pidFile, { force: true })
    console.log('neo4j: not running')
    return
  }
  process.kill(pid, 'SIGTERM')
  for (let waited = 0; alive(pid) && waited < 60_000; waited += 250) await sleep(250)
  if (alive(pid)) process.kill(pid, 'SIGKILL')
  fs.rmSync(pidFile, { force: true })
  console.log(`neo4j: stopped (pid ${pid})`)
}

async function status() {
  const pid = readPid()
  if (pid && alive(pid) && (await boltAnswers())) {
    console.log(`neo4j: running (pid ${pid}) at ${uri}, data in ${dataDir}, log ${logFile}`)
    return 0
  }
  console.log(`neo4j: not running (${uri})`)
  return 3
}

const command = process.argv[2]
try {
  if (command === 'start') await start()
  else if (command === 'stop') await stop()
  else if (command === 'status') process.exitCode = await status()
  else fail('usage: node scripts/neo4j.mjs start|stop|status')
} catch (error) {
  console.error(`neo4j: ${error instanceof ScriptError ? error.message : error.stack}`)
  process.exitCode = 1
}
