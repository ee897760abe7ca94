// Databases for the migration tests: one per test, on the default branch of a local Neon server (real PostgreSQL,
// TLS and SCRAM as on Neon). The server already knows how to run PostgreSQL as root from a private folder, so these
// tests do too.
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { startNeonForTest } from '../../support/local-neon-for-test.js'

export interface TestPostgres {
  /** A URL (direct, sslmode=require) for a fresh database on this server. */
  createDatabase(name: string): Promise<string>
  query<T = Record<string, unknown>>(url: string, sql: string, params?: unknown[]): Promise<T[]>
  stop(): Promise<void>
}

const ROLE = 'neondb_owner'

export async function startTestPostgres(): Promise<TestPostgres> {
  // not about Neon's project lock: databases are created back to back
  const neon = await startNeonForTest({ locking: false })
  const ca = readFileSync(neon.caFile, 'utf8')
  // the job processes verify the server's certificate as node-postgres does for users
  process.env.NODE_EXTRA_CA_CERTS = neon.caFile
  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${neon.apiHost}/projects/${neon.projectId}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${neon.apiKey}`, 'content-type': 'application/json' },
    })
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }
  const { branches } = await api<{ branches: { id: string; default: boolean }[] }>('/branches')
  const main = branches.find((b) => b.default)
  if (!main) throw new Error('the local server has no default branch')

  return {
    async createDatabase(name) {
      await api(`/branches/${main.id}/databases`, {
        method: 'POST',
        body: JSON.stringify({ database: { name, owner_name: ROLE } }),
      })
      await neon.idle()
      const query = new URLSearchParams({ branch_id: main.id, database_name: name, role_name: ROLE })
      return (await api<{ uri: string }>(`/connection_uri?${query}`)).uri
    },
    async query(url, sql, params) {
      const withoutQuery = new URL(url)
      withoutQuery.search = ''
      const client = new pg.Client({ connectionString: withoutQuery.toString(), ssl: { ca } })
      await client.connect()
      try {
        return (await client.query(sql, params)).rows
      } finally {
        await client.end()
      }
    },
    stop: () => neon.stop(),
  }
}
