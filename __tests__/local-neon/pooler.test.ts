// The pooled endpoint: a TLS + SCRAM(-PLUS) front, then PgBouncer in transaction mode, on its own port. What breaks
// behind Neon's pooler breaks here too (session SET across transactions, LISTEN, session advisory locks), while the
// direct port keeps them; psql and node-postgres connect with the URLs as Neon prints them (channel_binding=require).
import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { api, nodePostgresQuery, psql, waitForBranchReady } from './helpers.js'

let neon: NeonForTest
let direct: string
let pooled: string
let ca: string

beforeAll(async () => {
  neon = await startNeonForTest()
  const p = `/projects/${neon.projectId}`
  const created = await api(neon, 'POST', `${p}/branches`, {
    branch: { name: 'pooled' },
    endpoints: [{ type: 'read_write' }],
  })
  const details = created.body.connection_uris[0]
  direct = details.connection_uri
  pooled = direct.replace(details.connection_parameters.host, details.connection_parameters.pooler_host)
  await waitForBranchReady(neon, created.body.branch.id)
  await neon.idle()
  ca = readFileSync(neon.caFile, 'utf8')
})

afterAll(async () => {
  await neon?.stop()
})

/** A node-postgres client that verifies the local CA (the URL's sslmode would override `ssl`, so it is dropped). */
async function client(url: string): Promise<pg.Client> {
  const plain = new URL(url)
  plain.search = ''
  const c = new pg.Client({ connectionString: plain.toString(), ssl: { ca } })
  await c.connect()
  return c
}

async function both<T>(url: string, work: (a: pg.Client, b: pg.Client) => Promise<T>): Promise<T> {
  const [a, b] = await Promise.all([client(url), client(url)])
  try {
    return await work(a, b)
  } finally {
    await Promise.all([a.end(), b.end()])
  }
}

const value = async (c: pg.Client, sql: string) => Object.values((await c.query(sql)).rows[0])[0]

/** The command lines of the running PgBouncers that serve `port` (their config file is named after it). */
function pgbouncersFor(port: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
      } catch {
        return '' // the process ended meanwhile
      }
    })
    .filter((line) => /pgbouncer/.test(line) && line.includes(`pgbouncer-${port}.ini`))
}

describe('the pooled URL', () => {
  it('is served by a PgBouncer started with the compute, before any pooled client (as on Neon)', async () => {
    const port = new URL(pooled).port
    // started in the background once PostgreSQL is up: poll, without a time limit of our own
    while (pgbouncersFor(port).length === 0) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(pgbouncersFor(port).length).toBeGreaterThan(0)
  })

  it('connects with psql (TLS, SCRAM with channel binding) and node-postgres, on a port of its own', async () => {
    expect(new URL(pooled).port).not.toBe(new URL(direct).port)
    expect(pooled).toContain('channel_binding=require')
    expect(await psql(pooled, 'SELECT current_user || $$@$$ || current_database()')).toBe('neondb_owner@neondb')
    expect(await nodePostgresQuery(neon, pooled, 'SELECT 1 AS one')).toEqual([{ one: 1 }])
  })

  it('refuses a wrong password and a connection without TLS', async () => {
    const wrong = new URL(pooled)
    wrong.password = 'npg_wrongpassword'
    await expect(psql(wrong.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/)
    const plain = new URL(pooled)
    plain.search = '?sslmode=disable'
    await expect(psql(plain.toString(), 'SELECT 1')).rejects.toThrow(/insecure|sslmode/)
  })

  it('keeps transactions whole: SET LOCAL and a multi-statement transaction work', async () => {
    const result = await psql(pooled, "BEGIN; SET LOCAL app.x = 'inside'; SELECT current_setting('app.x'); COMMIT")
    expect(result).toContain('inside')
  })
})

describe('what breaks behind a transaction-mode pooler (and not on the direct URL)', () => {
  it('a session SET leaks into another client and is lost to its own', async () => {
    const run = (url: string) =>
      both(url, async (a, b) => {
        await a.query("SET app.owner = 'a'")
        await b.query('BEGIN') // takes the server connection a left idle
        const seenByB = await value(b, "SELECT current_setting('app.owner', true)")
        const seenByA = await value(a, "SELECT current_setting('app.owner', true)")
        await b.query('COMMIT')
        return { seenByA, seenByB }
      })
    expect(await run(direct)).toEqual({ seenByA: 'a', seenByB: null })
    const viaPooler = await run(pooled)
    expect(viaPooler.seenByA).not.toBe('a')
    expect(viaPooler.seenByB).toBe('a')
  })

  it('a session advisory lock is not the session’s: another client takes it too', async () => {
    const run = (url: string) =>
      both(url, async (a, b) => {
        expect(await value(a, 'SELECT pg_try_advisory_lock(42)')).toBe(true)
        const other = await value(b, 'SELECT pg_try_advisory_lock(42)')
        await a.query('SELECT pg_advisory_unlock_all()')
        await b.query('SELECT pg_advisory_unlock_all()')
        return other
      })
    expect(await run(direct)).toBe(false)
    expect(await run(pooled)).toBe(true)
  })

  it('LISTEN does not deliver: the notification goes to whoever holds the server connection', async () => {
    const run = (url: string) =>
      both(url, async (listener, notifier) => {
        const received: string[] = []
        listener.on('notification', (n) => received.push(n.payload ?? ''))
        await listener.query('LISTEN jobs')
        await notifier.query("NOTIFY jobs, 'ping'")
        await listener.query('SELECT 1') // a round trip in which a notification would arrive
        await new Promise((resolve) => setTimeout(resolve, 200))
        return received
      })
    expect(await run(direct)).toEqual(['ping'])
    expect(await run(pooled)).toEqual([])
  })
})
