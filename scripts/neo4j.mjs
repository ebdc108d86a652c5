#!/usr/bin/env node
// Installs and runs the real Neo4j 5.26 Community server without Docker: Maven fetches the server,
// Neo4j Browser, neo4j-admin and APOC core (scripts/neo4j/pom.xml) into .neo4j/lib, and plain `java`
// runs CommunityEntryPoint on a home in .neo4j/dbms, Bolt and HTTP on 127.0.0.1 only.
//   node scripts/neo4j.mjs start|stop|status
//   node scripts/neo4j.mjs admin <neo4j-admin arguments…>   (server stopped; e.g. database import full …)
// Settings: KG_NEO4J_BOLT_PORT (7687), KG_NEO4J_HTTP_PORT (7474), KG_NEO4J_HOME (.neo4j),
// KG_NEO4J_HEAP (1g), NEO4J_PASSWORD (kgpassword123; set once, on the first start).
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const pom = path.join(root, 'scripts', 'neo4j', 'pom.xml')
const home = path.resolve(process.env.KG_NEO4J_HOME ?? path.join(root, '.neo4j'))
const lib = path.join(home, 'lib')
const stampFile = path.join(home, 'build.stamp')
/** The server's own home: conf/, data/, logs/, plugins/. */
const dbms = path.join(home, 'dbms')
const conf = path.join(dbms, 'conf')
const plugins = path.join(dbms, 'plugins')
const logFile = path.join(dbms, 'logs', 'neo4j.log')
const consoleLog = path.join(dbms, 'logs', 'console.log')
/** Which process serves which ports: read by `kg ingest --bulk` to know the server is this one. */
const stateFile = path.join(home, 'server.json')
/** Where LOAD CSV and APOC's file procedures read and write (server.directories.import). */
const importDir = path.join(root, 'import')
/** The earlier launcher ran the embedded DBMS on this folder; its store is not carried over. */
const embeddedHome = path.join(home, 'server')

const boltPort = port('KG_NEO4J_BOLT_PORT', 7687)
const httpPort = port('KG_NEO4J_HTTP_PORT', 7474)
const password = process.env.NEO4J_PASSWORD ?? 'kgpassword123'
const boltUri = `bolt://127.0.0.1:${boltPort}`
const browserUrl = `http://127.0.0.1:${httpPort}/browser/`

class ScriptError extends Error {}

function fail(message) {
  throw new ScriptError(message)
}

function port(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (Number.isInteger(n) && n >= 1 && n <= 65535) return n
  console.error(`neo4j: ${name}=${raw} is not a port number (1–65535)`)
  process.exit(1)
}

function javaMajor() {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' })
  if (r.error) fail('Java is not installed: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)')
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr ?? '')
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0
  if (major < 17) fail(`Java ${major || '?'} found; Neo4j 5 needs Java 17 or newer`)
  return major
}

/** Fetches the jars when the POM changed or nothing is there yet; copies APOC into plugins/. */
function install() {
  const stamp = createHash('sha256').update(fs.readFileSync(pom)).digest('hex')
  const ready = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp
  if (!ready) {
    if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) fail('Maven is not installed: install it (e.g. apt-get install maven); it fetches Neo4j from Maven Central')
    console.log('neo4j: fetching Neo4j 5.26, Browser and APOC from Maven Central (first run only)…')
    fs.mkdirSync(home, { recursive: true })
    fs.rmSync(lib, { recursive: true, force: true })
    // The earlier launcher's compiled main; nothing reads it any more.
    fs.rmSync(path.join(home, 'classes'), { recursive: true, force: true })
    const mvn = spawnSync('mvn', ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    if (mvn.status !== 0) fail(`Maven could not fetch Neo4j:\n${(mvn.stdout + mvn.stderr).split('\n').filter((l) => /ERROR/.test(l)).slice(0, 8).join('\n')}`)
    fs.writeFileSync(stampFile, stamp)
  }
  fs.mkdirSync(plugins, { recursive: true })
  for (const jar of fs.readdirSync(lib).filter((f) => /^apoc-(core|common)-.*\.jar$/.test(f))) fs.copyFileSync(path.join(lib, jar), path.join(plugins, jar))
}

/**
 * neo4j.conf, written on every start so the ports follow the environment. Unknown settings stop
 * the server (strict validation), so only settings of 5.26 appear here.
 */
function configuration() {
  return [
    '# Written by scripts/neo4j.mjs on every start: edit that script, not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=127.0.0.1:${httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.import=${importDir}`,
    `server.directories.plugins=${plugins}`,
    'dbms.usage_report.enabled=false',
    // Browser would otherwise ask every new profile whether it may send usage data.
    'client.allow_telemetry=false',
    'dbms.security.procedures.unrestricted=apoc.*',
    'server.memory.pagecache.size=256m',
    'db.transaction.timeout=10m',
    // Browser fetches :play guides and :style sheets only from these hosts; `kg serve` serves ours.
    'browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,127.0.0.1',
    '',
  ].join('\n')
}

/**
 * AdminTool (neo4j-admin) on this home: `dbms set-initial-password`, `database import full`, …
 * A run lasts seconds: only the quick JIT compiler (C2 would spend the cores compiling code the run
 * is nearly done with), and the throughput collector.
 */
function admin(args, options = {}) {
  return spawnSync('java', ['-Xmx1g', '-XX:TieredStopAtLevel=1', '-XX:+UseParallelGC', '-cp', path.join(lib, '*'), 'org.neo4j.cli.AdminTool', ...args], {
    encoding: 'utf8',
    cwd: dbms,
    env: { ...process.env, NEO4J_HOME: dbms, NEO4J_CONF: conf },
    stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  })
}

/** The password is set before the first start only; afterwards it lives in the system database. */
function setInitialPassword() {
  if (fs.existsSync(path.join(dbms, 'data', 'databases', 'system'))) return
  if (password.length < 8) fail(`NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)`)
  const r = admin(['dbms', 'set-initial-password', password])
  if (r.status !== 0) fail(`neo4j-admin could not set the initial password:\n${(r.stdout + r.stderr).trim()}`)
}

function readState() {
  try {
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'))
    return Number.isInteger(state.pid) && state.pid > 0 ? state : undefined
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

/** True when the pid is a server of this home (a pid reused by another program is not). */
function ours(pid) {
  if (!alive(pid)) return false
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dbms)
  } catch {
    return true
  }
}

/** Linux: whether `pid` holds the listening socket on `port` (undefined where /proc cannot tell). */
function listensOn(pid, portNumber) {
  let inodes
  try {
    inodes = ['/proc/net/tcp', '/proc/net/tcp6']
      .filter((f) => fs.existsSync(f))
      .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').slice(1))
      .map((line) => line.trim().split(/\s+/))
      // local address is HEX_IP:HEX_PORT, state 0A is LISTEN, the socket's inode is column 10.
      .filter((cols) => cols.length > 9 && cols[3] === '0A' && parseInt(cols[1].split(':').pop(), 16) === portNumber)
      .map((cols) => cols[9])
  } catch {
    return undefined
  }
  if (inodes.length === 0) return false
  const link = (fd) => {
    try {
      return fs.readlinkSync(`/proc/${pid}/fd/${fd}`)
    } catch {
      return ''
    }
  }
  try {
    const sockets = new Set(fs.readdirSync(`/proc/${pid}/fd`).map(link))
    return inodes.some((inode) => sockets.has(`socket:[${inode}]`))
  } catch {
    return undefined
  }
}

function portOpen(portNumber) {
  return new Promise((resolve) => {
    const socket = net.connect(portNumber, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/** 'ok' when Bolt answers a query with our credentials, 'auth' when it refuses them, else 'down'. */
async function boltAnswers() {
  let neo4j
  try {
    neo4j = (await import('neo4j-driver')).default
  } catch {
    return (await portOpen(boltPort)) ? 'ok' : 'down'
  }
  const driver = neo4j.driver(boltUri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 })
  try {
    await driver.executeQuery('RETURN 1')
    return 'ok'
  } catch (error) {
    return /Unauthorized|authentication/i.test(String(error.code ?? '') + String(error.message)) ? 'auth' : 'down'
  } finally {
    await driver.close()
  }
}

async function browserAnswers() {
  try {
    const response = await fetch(browserUrl, { signal: AbortSignal.timeout(2000) })
    return response.ok
  } catch {
    return false
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function logTail(lines = 15) {
  const tail = (file) => {
    try {
      return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n')
    } catch {
      return ''
    }
  }
  return [tail(logFile), tail(consoleLog)].filter(Boolean).join('\n') || '(no log)'
}

/** The server of this home, when one runs and holds both ports of this environment. */
async function running() {
  const state = readState()
  if (!state || !ours(state.pid)) return undefined
  if (state.bolt !== boltPort || state.http !== httpPort) {
    fail(`the server of ${dbms} runs (pid ${state.pid}) on Bolt ${state.bolt} and HTTP ${state.http}, not on the ports asked for (${boltPort}, ${httpPort}): stop it first, or set KG_NEO4J_BOLT_PORT and KG_NEO4J_HTTP_PORT to its ports`)
  }
  return state
}

function announce(pid) {
  console.log(`neo4j: running (pid ${pid})\n  Bolt     ${boltUri}  (user neo4j)\n  Browser  ${browserUrl}\n  data in ${dbms}, log ${logFile}`)
}

async function waitUntilReady(pid) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (!alive(pid)) fail(`Neo4j exited while starting; the end of its log:\n${logTail()}`)
    const bolt = await boltAnswers()
    if (bolt === 'auth') fail(`Neo4j at ${boltUri} refuses the password in NEO4J_PASSWORD: the password was set on this home's first start; use that one (or delete ${dbms} to start afresh)`)
    // Both ports must be this process's, or we would be talking to someone else's server.
    if (bolt === 'ok' && (await browserAnswers()) && listensOn(pid, boltPort) !== false && listensOn(pid, httpPort) !== false) return
    await sleep(1000)
  }
  process.kill(pid, 'SIGKILL')
  fs.rmSync(stateFile, { force: true })
  fail(`Neo4j did not answer on ${boltUri} and ${browserUrl} within 180 s; the end of its log:\n${logTail()}`)
}

async function start() {
  const current = await running()
  if (current) {
    await waitUntilReady(current.pid)
    console.log('neo4j: already running')
    announce(current.pid)
    return
  }
  fs.rmSync(stateFile, { force: true })
  for (const [portNumber, name, variable] of [[boltPort, 'Bolt', 'KG_NEO4J_BOLT_PORT'], [httpPort, 'HTTP', 'KG_NEO4J_HTTP_PORT']]) {
    if (await portOpen(portNumber)) fail(`port ${portNumber} (${name}) is already in use by another program, not this project's server: stop that program, or choose another port with ${variable}`)
  }
  javaMajor()
  install()
  if (fs.existsSync(embeddedHome)) {
    console.log(`neo4j: ${embeddedHome} holds the database of the earlier embedded launcher, which is not carried over: this server keeps its data in ${dbms} (ingest again there; delete ${embeddedHome} when you no longer need it)`)
  }
  for (const dir of [conf, path.join(dbms, 'logs'), importDir]) fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), configuration())
  setInitialPassword()
  const log = fs.openSync(consoleLog, 'a')
  const child = spawn(
    'java',
    [
      '-Xms256m',
      `-Xmx${process.env.KG_NEO4J_HEAP ?? '1g'}`,
      // The throughput collector: loading allocates fast, and on a machine of few cores G1's
      // concurrent threads and barriers cost more than the short pauses this one takes.
      '-XX:+UseParallelGC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      path.join(lib, '*'),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${dbms}`,
      `--config-dir=${conf}`,
    ],
    { cwd: dbms, detached: true, stdio: ['ignore', log, log] },
  )
  child.unref()
  fs.writeFileSync(stateFile, JSON.stringify({ pid: child.pid, bolt: boltPort, http: httpPort, home: dbms }))
  await waitUntilReady(child.pid)
  announce(child.pid)
}

async function stop() {
  const state = readState()
  if (!state || !ours(state.pid)) {
    fs.rmSync(stateFile, { force: true })
    console.log('neo4j: not running')
    return
  }
  const started = Date.now()
  process.kill(state.pid, 'SIGTERM')
  // A clean shutdown checkpoints the store; give it time rather than risk a recovery on next start.
  while (alive(state.pid) && Date.now() - started < 120_000) await sleep(250)
  if (alive(state.pid)) {
    process.kill(state.pid, 'SIGKILL')
    console.log(`neo4j: killed (pid ${state.pid}) after 120 s without a clean shutdown; the next start recovers the store`)
  } else console.log(`neo4j: stopped (pid ${state.pid}, clean shutdown in ${((Date.now() - started) / 1000).toFixed(1)} s)`)
  fs.rmSync(stateFile, { force: true })
}

async function status() {
  const state = await running()
  if (state && (await boltAnswers()) === 'ok') {
    announce(state.pid)
    return 0
  }
  console.log(`neo4j: not running (${boltUri}, ${browserUrl})`)
  return 3
}

function adminCommand(args) {
  const state = readState()
  if (state && ours(state.pid)) fail(`the server runs (pid ${state.pid}): stop it first (npm run neo4j:stop); neo4j-admin works on a stopped database`)
  javaMajor()
  install()
  fs.mkdirSync(conf, { recursive: true })
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), configuration())
  return admin(args, { inherit: true }).status ?? 1
}

const [command, ...rest] = process.argv.slice(2)
try {
  if (command === 'start') await start()
  else if (command === 'stop') await stop()
  else if (command === 'status') process.exitCode = await status()
  else if (command === 'admin') process.exitCode = adminCommand(rest)
  else fail('usage: node scripts/neo4j.mjs start|stop|status|admin <neo4j-admin arguments…>')
} catch (error) {
  console.error(`neo4j: ${error instanceof ScriptError ? error.message : error.stack}`)
  process.exitCode = 1
}
