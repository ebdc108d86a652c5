// `kg serve`: opens the configured store and serves the viewer and its JSON API until interrupted.
import type { Command } from 'commander'
import { UsageError } from '../errors.js'
import { startServer } from '../server/index.js'
import { openStore } from '../store/index.js'
import { processOutput, settingsFrom, type Output } from './context.js'
import { overridesOf } from './graph.js'

export interface ServeOptions {
  port: number
  host: string
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${value} is not a port number (0-65535)`)
  return port
}

/** Serves until SIGINT/SIGTERM, then closes the server and the store. */
export async function serve(options: ServeOptions, command: Command, output: Output = processOutput): Promise<void> {
  const store = openStore(settingsFrom(overridesOf(command)))
  try {
    // Fail now, with the store's own message, rather than on the first request.
    await store.stats()
    const running = await startServer(store, { port: options.port, host: options.host })
    output.out(`kg viewer on ${running.url}/ (store: ${store.describe()}); Ctrl-C to stop`)
    if (options.host !== '127.0.0.1' && options.host !== 'localhost' && options.host !== '::1') {
      output.err(`warning: listening on ${options.host}: anyone who can reach this address can read the graph`)
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await running.close()
  } finally {
    await store.close()
  }
}

export function registerServe(program: Command, output: Output = processOutput): void {
  program
    .command('serve')
    .description('serve the graph viewer and its read-only JSON API (http://127.0.0.1:8080/ by default)')
    .option('--port <port>', 'port to listen on (0 = any free port)', parsePort, 8080)
    .option('--host <host>', 'address to listen on; anything but 127.0.0.1 exposes the graph to the network', '127.0.0.1')
    .action(async (o: ServeOptions, command: Command) => serve(o, command, output))
}
