// Waits until the branch's database accepts connections (a new branch's compute may still be starting), bounded by
// the step's deadline. Error texts from the driver never carry the password, but we log only their message anyway.

import * as log from './log.js'
import pg from 'pg'
import type { SslMode } from './settings/index.js'
import type { Connection } from './neon/client.js'
import { splitHost } from './export/urls.js'

export interface ReadinessOptions {
  ssl: SslMode
  deadline: number // epoch ms
  /** injectable for tests */
  probe?: (connection: Connection, ssl: SslMode, timeoutMs: number) => Promise<void>
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

export async function probeWithNodePostgres(connection: Connection, ssl: SslMode, timeoutMs: number): Promise<void> {
  const { hostname, port } = splitHost(connection.host)
  const client = new pg.Client({
    host: hostname,
    port: port ? Number(port) : 5432,
    user: connection.role,
    password: connection.password,
    database: connection.database,
    // Neon requires TLS; the verify-* modes verify, the others (like libpq's require) only encrypt.
    ssl:
      ssl === 'disable'
        ? false
        : {
            rejectUnauthorized: ssl === 'verify-ca' || ssl === 'verify-full',
            servername: isIp(hostname) ? undefined : hostname,
          },
    connectionTimeoutMillis: Math.max(1000, Math.min(timeoutMs, 15_000)),
    query_timeout: Math.max(1000, Math.min(timeoutMs, 15_000)),
  })
  client.on('error', () => {}) // a dropped connection after connect is reported by query/end
  try {
    await client.connect()
    await client.query('SELECT 1')
  } finally {
    await client.end().catch(() => {})
  }
}

function isIp(host: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':')
}

/** Resolves once a connection succeeds; throws with the last error when the deadline passes. Returns attempts. */
export async function waitUntilReady(connection: Connection, options: ReadinessOptions): Promise<number> {
  const probe = options.probe ?? probeWithNodePostgres
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  // A new compute usually starts within a second: poll fast at first (a refused connection costs little), so the
  // step does not sit idle for most of a long fixed interval after the database is up.
  let delay = 50
  for (let attempt = 1; ; attempt++) {
    const remaining = options.deadline - now()
    try {
      await probe(connection, options.ssl, remaining)
      if (attempt > 1) log.info(`Database accepts connections (after ${attempt} attempts)`)
      return attempt
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      if (options.deadline - now() <= delay) {
        throw new Error(
          `The database did not accept connections before the timeout (${attempt} attempts; last error: ${reason}).`,
          { cause: error },
        )
      }
      // the first refusal and then every fifth go to the log; all of them to the debug log
      const line = `Database not ready yet (attempt ${attempt}: ${reason}); retrying in ${delay} ms`
      if (attempt === 1 || attempt % 5 === 0) log.info(line)
      else log.debug(line)
      await sleep(delay)
      delay = Math.min(Math.round(delay * 1.5), 2000)
    }
  }
}
