// `npm run -s neon-local -- [--port N] [--data-dir DIR] [--no-locking] [--quiet]`: prints one JSON line on stdout when ready, logs to stderr,
// stops every PostgreSQL and exits 0 on SIGINT/SIGTERM.
import { parseArgs } from 'node:util'
import { startLocalNeon } from './server.js'

function parseOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      quiet: { type: 'boolean' },
      'no-locking': { type: 'boolean' },
    },
    strict: true,
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got ${values.port}`)
  return { port, dataDir: values['data-dir'], quiet: values.quiet ?? false, locking: !values['no-locking'] }
}

async function main(): Promise<void> {
  const options = parseOptions()
  const log = options.quiet ? () => undefined : (line: string) => process.stderr.write(`${line.trimEnd()}\n`)
  const server = await startLocalNeon({ port: options.port, dataDir: options.dataDir, locking: options.locking, log })
  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal}: stopping`)
    server.stop().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`stop failed: ${error.message}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.stdout.write(
    `${JSON.stringify({ api_host: server.apiHost, api_key: server.apiKey, project_id: server.projectId, ca_file: server.caFile })}\n`,
  )
}

main().catch((error: Error) => {
  process.stderr.write(`neon-local: ${error.message}\n`)
  process.exit(1)
})
