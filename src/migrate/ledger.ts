// The migration lock and the record of migration runs, in the branch's own database.
//
// One session-level advisory lock serialises every migration run on the database (a Neon branch is its own
// database); the session holds it for the whole run, so if the job dies the server releases it. Waiters block in
// pg_advisory_lock (no polling) and are woken the moment the holder's session ends.
// The record table lives in its own schema so it never mixes with the application's tables.
import pg from 'pg'
import { pgSettingsFromUrl } from './connection.js'

export const LEDGER_SCHEMA = 'neon_ephemeral_branch'
export const LEDGER_TABLE = `${LEDGER_SCHEMA}.migration_runs`
/** The advisory lock key: the ASCII bytes of "neonmigr" as one bigint. */
export const MIGRATION_LOCK_KEY = '7954894172483036530'
const APPLICATION_NAME_PREFIX = 'neon-ephemeral-branch migrate: '
const MAX_APPLICATION_NAME_BYTES = 63 // NAMEDATALEN - 1
const LOCK_NOT_AVAILABLE = '55P03'

export type RunStatus = 'running' | 'succeeded' | 'failed'

export interface RunRecord {
  key: string
  commitSha: string
  command: string
  status: RunStatus
  ranBy: string
  attempt: string
  exitCode?: number
  error?: string
  outputTail?: string
  startedAt: Date
  finishedAt?: Date
}

export type NewRun = Pick<RunRecord, 'key' | 'commitSha' | 'command' | 'ranBy' | 'attempt'>
export type StartedRun = NewRun & { startedAt: Date }
export type RunResult = Pick<RunRecord, 'exitCode' | 'error' | 'outputTail'> & { status: 'succeeded' | 'failed' }

export class MigrationLedger {
  private lostHandlers: Array<(error: Error) => void> = []
  private closing = false

  private constructor(private readonly client: pg.Client) {
    client.on('error', (error) => {
      if (!this.closing) for (const handler of this.lostHandlers) handler(error)
    })
  }

  /** Connects over the direct URL; a pooler (PgBouncer in transaction mode) would break session locks. */
  static async connect(directUrl: string, jobLabel: string): Promise<MigrationLedger> {
    const { config, plainFallback } = pgSettingsFromUrl(directUrl)
    const withName = {
      ...config,
      application_name: (APPLICATION_NAME_PREFIX + jobLabel).slice(0, MAX_APPLICATION_NAME_BYTES),
    }
    try {
      return await MigrationLedger.open(withName)
    } catch (error) {
      if (plainFallback && /does not support SSL/i.test(String(error))) {
        return MigrationLedger.open({ ...withName, ssl: false, enableChannelBinding: false })
      }
      throw error
    }
  }

  private static async open(config: pg.ClientConfig): Promise<MigrationLedger> {
    const client = new pg.Client(config)
    client.on('error', () => undefined) // until the ledger's own handler is attached
    try {
      await client.connect()
      // A role or database default must not cut the wait for the lock, or drop the holder's idle session while the
      // command runs (that would release the lock mid-run).
      await client.query(`SELECT set_config('statement_timeout', '0', false)`)
      await client.query(`SELECT set_config('idle_session_timeout', '0', false)`).catch(() => undefined) // PG >= 14
    } catch (error) {
      await client.end().catch(() => undefined)
      throw error
    }
    return new MigrationLedger(client)
  }

  /**
   * The file descriptor of the connection that holds the lock (TLS or not), for the command's supervisor to keep
   * open; undefined where there is none to share (Windows).
   */
  socketFd(): number | undefined {
    type Handle = { fd?: number; _parent?: Handle }
    const stream = (this.client as unknown as { connection?: { stream?: { _handle?: Handle } } }).connection?.stream
    const handle = stream?._handle
    const fd = handle?.fd ?? handle?._parent?.fd // a TLS socket's handle wraps the TCP one
    return typeof fd === 'number' && fd >= 0 ? fd : undefined
  }

  /** Called if the connection (and with it the lock) is lost. */
  onConnectionLost(handler: (error: Error) => void): void {
    this.lostHandlers.push(handler)
  }

  async tryLock(): Promise<boolean> {
    const { rows } = await this.client.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [MIGRATION_LOCK_KEY])
    return rows[0].locked === true
  }

  /** Blocks until the lock is free; false if timeoutMs passed first. */
  async waitForLock(timeoutMs: number): Promise<boolean> {
    await this.client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${Math.max(1, Math.ceil(timeoutMs))}ms`])
    try {
      await this.client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY])
      return true
    } catch (error) {
      if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) return false
      throw error
    } finally {
      await this.client.query(`SELECT set_config('lock_timeout', '0', false)`)
    }
  }

  /** The job label of the session that holds the lock, from its application_name (63 bytes at most; the full
   * label is taken from the holder's "running" record when the name was cut). */
  async lockHolder(): Promise<string | undefined> {
    const { rows } = await this.client.query(
      `SELECT a.application_name
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.classid = ($1::bigint >> 32)::oid AND l.objid = ($1::bigint & 4294967295)::oid`,
      [MIGRATION_LOCK_KEY],
    )
    const name: string | undefined = rows[0]?.application_name
    if (!name?.startsWith(APPLICATION_NAME_PREFIX)) return undefined
    const label = name.slice(APPLICATION_NAME_PREFIX.length)
    if (Buffer.byteLength(name) < MAX_APPLICATION_NAME_BYTES) return label
    const full = await this.client
      .query(
        `SELECT ran_by FROM ${LEDGER_TABLE}
        WHERE status = 'running' AND left(ran_by, length($1)) = $1 ORDER BY started_at DESC LIMIT 1`,
        [label],
      )
      .catch(() => ({ rows: [] as { ran_by: string }[] })) // no table yet
    return full.rows[0]?.ran_by ?? `${label}…`
  }

  /** Creates the schema and table if missing. Call only while holding the lock (concurrent CREATE ... IF NOT
   * EXISTS can fail on the catalog's unique index). */
  async ensureTable(): Promise<void> {
    const { rows } = await this.client.query('SELECT to_regclass($1) IS NOT NULL AS present', [LEDGER_TABLE])
    if (rows[0].present) return
    await this.client.query(`
      CREATE SCHEMA IF NOT EXISTS ${LEDGER_SCHEMA};
      COMMENT ON SCHEMA ${LEDGER_SCHEMA} IS 'neon-ephemeral-branch GitHub Action: record of migration runs';
      CREATE TABLE IF NOT EXISTS ${LEDGER_TABLE} (
        key          text PRIMARY KEY,
        commit_sha   text NOT NULL,
        command      text NOT NULL,
        status       text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
        ran_by       text NOT NULL,
        attempt      text NOT NULL,
        exit_code    integer,
        error        text,
        output_tail  text,
        started_at   timestamptz NOT NULL,
        finished_at  timestamptz
      )`)
  }

  async read(key: string): Promise<RunRecord | undefined> {
    const { rows } = await this.client.query(`SELECT * FROM ${LEDGER_TABLE} WHERE key = $1`, [key])
    const row = rows[0]
    if (!row) return undefined
    return {
      key: row.key,
      commitSha: row.commit_sha,
      command: row.command,
      status: row.status,
      ranBy: row.ran_by,
      attempt: row.attempt,
      exitCode: row.exit_code ?? undefined,
      error: row.error ?? undefined,
      outputTail: row.output_tail ?? undefined,
      startedAt: row.started_at,
      finishedAt: row.finished_at ?? undefined,
    }
  }

  /** Records (committed at once, so other jobs can see it) that this session is running the migration. */
  async markRunning(run: NewRun): Promise<StartedRun> {
    const { rows } = await this.client.query(
      `INSERT INTO ${LEDGER_TABLE} (key, commit_sha, command, status, ran_by, attempt, started_at)
       VALUES ($1, $2, $3, 'running', $4, $5, now())
       ON CONFLICT (key) DO UPDATE SET status = 'running', ran_by = excluded.ran_by, attempt = excluded.attempt,
         exit_code = NULL, error = NULL, output_tail = NULL, started_at = now(), finished_at = NULL
       RETURNING started_at`,
      [run.key, run.commitSha, run.command, run.ranBy, run.attempt],
    )
    return { ...run, startedAt: rows[0].started_at }
  }

  /** Records the result. Upserts, recreating the table if the command dropped it (a "reset" that drops every
   * schema), so the other jobs still see the result instead of running the command again. */
  async markFinished(run: StartedRun, result: RunResult): Promise<void> {
    await this.ensureTable()
    await this.client.query(
      `INSERT INTO ${LEDGER_TABLE} (key, commit_sha, command, status, ran_by, attempt, exit_code, error, output_tail,
                                    started_at, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
       ON CONFLICT (key) DO UPDATE SET status = excluded.status, exit_code = excluded.exit_code,
         error = excluded.error, output_tail = excluded.output_tail, finished_at = excluded.finished_at`,
      [
        run.key,
        run.commitSha,
        run.command,
        result.status,
        run.ranBy,
        run.attempt,
        result.exitCode ?? null,
        result.error ?? null,
        result.outputTail ?? null,
        run.startedAt,
      ],
    )
  }

  /** Ends the session, which releases the lock. */
  async close(): Promise<void> {
    this.closing = true
    await this.client.end().catch(() => undefined)
  }
}
