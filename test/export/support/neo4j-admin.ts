// neo4j-admin for the CSV round trip, without a Neo4j installation: the admin tool's jars from
// Maven Central (neo4j-admin.pom.xml, resolved once into .neo4j/admin-lib), the export's own
// import.sh run with NEO4J_ADMIN pointing at them, and a second embedded server (ServeDatabase.java)
// on the imported directory so the driver can read what was loaded. The same server with APOC's jars
// (apoc.pom.xml, resolved into .neo4j/apoc-lib) checks that apoc.import.graphml reads our GraphML.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../../..')
const LIB = path.join(root, '.neo4j', 'admin-lib')
const POM = path.join(import.meta.dirname, 'neo4j-admin.pom.xml')
const SERVER = path.join(import.meta.dirname, 'ServeDatabase.java')
const APOC_LIB = path.join(root, '.neo4j', 'apoc-lib')
const APOC_POM = path.join(import.meta.dirname, 'apoc.pom.xml')

/** The jars, fetched with Maven the first time (a few minutes). */
export async function adminClasspath(): Promise<string> {
  const ready = fs.existsSync(LIB) && fs.readdirSync(LIB).some((f) => f.startsWith('neo4j-import-tool-'))
  if (!ready) {
    try {
      await run('mvn', ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB}`], { cwd: root, timeout: 1_200_000, maxBuffer: 1 << 26 })
    } catch (error) {
      const e = error as { stderr?: string; message: string }
      throw new Error(`could not fetch the neo4j-admin jars with Maven into ${LIB}: ${(e.stderr || e.message).trim().slice(0, 500)}. Install Maven and Java 17+, or run mvn -f ${POM} dependency:copy-dependencies -DoutputDirectory=${LIB}`)
    }
  }
  return `${LIB}/*`
}

/** APOC core and its libraries, fetched with Maven the first time; a directory of jars. */
export async function apocPlugins(): Promise<string> {
  const ready = fs.existsSync(APOC_LIB) && fs.readdirSync(APOC_LIB).some((f) => f.startsWith('apoc-common-'))
  if (!ready) {
    try {
      await run('mvn', ['-B', '-q', '-f', APOC_POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${APOC_LIB}`], { cwd: root, timeout: 1_200_000, maxBuffer: 1 << 26 })
    } catch (error) {
      const e = error as { stderr?: string; message: string }
      throw new Error(`could not fetch APOC with Maven into ${APOC_LIB}: ${(e.stderr || e.message).trim().slice(0, 500)}. Install Maven and Java 17+, or run mvn -f ${APOC_POM} dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=${APOC_LIB}`)
    }
  }
  return APOC_LIB
}

/** Runs the export directory's import.sh into a new Neo4j home; returns the tool's output. */
export async function importWithAdmin(exportDir: string, home: string): Promise<string> {
  const classpath = await adminClasspath()
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true })
  fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), '')
  const admin = path.join(home, 'neo4j-admin')
  fs.writeFileSync(admin, `#!/bin/sh\nexec java -Xmx512m -cp '${classpath}' org.neo4j.cli.AdminTool "$@"\n`, { mode: 0o755 })
  const { stdout, stderr } = await run('sh', [path.join(exportDir, 'import.sh'), 'neo4j'], {
    env: { ...process.env, NEO4J_ADMIN: admin, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    // neo4j-admin writes import.report into its working directory: keep it out of the repository.
    cwd: home,
    timeout: 300_000,
    maxBuffer: 1 << 26,
  })
  return `${stdout}\n${stderr}`
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface ServedDatabase {
  uri: string
  stop: () => Promise<void>
}

/**
 * Starts an embedded Neo4j (no auth) on the home's databases; stop it when done. With `apoc`, APOC's
 * jars are on the classpath (its extensions load from there when embedded) and in the plugin
 * directory (its procedures load from there), and `apoc.conf` allows imports.
 */
export async function serveDatabase(home: string, options: { apoc?: boolean } = {}): Promise<ServedDatabase> {
  const admin = await adminClasspath()
  const plugins = options.apoc ? await apocPlugins() : undefined
  if (plugins) {
    fs.mkdirSync(path.join(home, 'conf'), { recursive: true })
    fs.writeFileSync(path.join(home, 'conf', 'apoc.conf'), 'apoc.import.file.enabled=true\n')
  }
  const classpath = plugins ? `${admin}:${plugins}/*` : admin
  const port = await freePort()
  const child: ChildProcess = spawn('java', ['-Xmx512m', '-cp', classpath, SERVER, home, String(port), ...(plugins ? [plugins] : [])], { stdio: ['pipe', 'pipe', 'pipe'] })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Neo4j on ${home} did not start in 180 s: ${output.slice(-2000)}`)), 180_000)
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString()
      if (output.includes('ready bolt://')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr!.on('data', (d: Buffer) => void (output += d.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the Neo4j on ${home} exited with ${code}: ${output.slice(-2000)}`))
    })
  })
  return {
    uri: `bolt://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.stdin!.end()
        setTimeout(() => child.kill('SIGTERM'), 30_000).unref()
      }),
  }
}
