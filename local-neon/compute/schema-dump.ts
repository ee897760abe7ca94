// `GET .../branches/{b}/schema`: Neon answers with `pg_dump --schema-only` of the database; so do we, with Debian's
// pg_dump 15 (postgresql-client) against the branch's PostgreSQL 15, over the private admin socket.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { ensureDebianPackages } from '../../support/system-packages.js'
import { ADMIN_ROLE } from './initdb-template.js'
import type { PostgresCluster } from './postgres-cluster.js'

const run = promisify(execFile)

let installed: Promise<void> | undefined

/**
 * psql 15.14+ dumps carry `\restrict <random key>` lines; a fixed key keeps two dumps of the same schema equal, so
 * `neonctl branches schema-diff` shows only real changes.
 */
const RESTRICT_KEY = 'localneon'

export async function dumpSchema(cluster: PostgresCluster, database: string): Promise<string> {
  installed ??= ensureDebianPackages(['postgresql-client'], 'the local Neon server (branch schema)')
  await installed
  const { stdout } = await run(
    'pg_dump',
    [
      '--schema-only',
      `--restrict-key=${RESTRICT_KEY}`,
      '--host',
      cluster.socketDir,
      '--port',
      String(cluster.port),
      '--username',
      ADMIN_ROLE,
      '--dbname',
      database,
    ],
    { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PGCONNECT_TIMEOUT: '30' } },
  )
  return stdout
}
