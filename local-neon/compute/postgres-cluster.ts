// One PostgreSQL cluster (one branch): create it with initdb, start/stop it, and clone it online into a new data
// directory (low-level backup API + file copy + backup_label), so branching never needs the parent's clients to
// disconnect.
import { spawn, type ChildProcess } from 'node:child_process'
import { appendFile, chown, copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { ADMIN_ROLE, initdbTemplate } from './initdb-template.js'
import { postgresBinaries, setprivPath } from './postgres-binaries.js'
import type { OsUser } from './os-user.js'
import { waitForReadyLine } from './started-child.js'
import type { TlsFiles } from './tls.js'

export { ADMIN_ROLE }

export interface ClusterEnvironment {
  tls: TlsFiles
  /** Short directory for the Unix sockets (admin access, trust); only root and the postgres user can enter it. */
  socketDir: string
  osUser: OsUser
  /** Where pristine initdb results are kept and shared between servers. */
  templateCacheDir: string
  log: (line: string) => void
}

export interface OwnerSetup {
  role: string
  password: string
  database: string
}

let cloneCounter = 0

const READY_LINE = 'database system is ready to accept connections'

// Directories whose contents a base backup leaves out (PostgreSQL docs, "Making a Base Backup Using the Low Level
// API"); pg_wal is copied separately after pg_backup_stop.
const EMPTY_IN_COPY = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
])
const LEFT_OUT = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'backup_label.old',
  'tablespace_map',
  'current_logfiles',
])

function conf(tls: TlsFiles): string {
  return `
# local-neon
listen_addresses = '127.0.0.1'
ssl = on
ssl_cert_file = '${tls.certFile}'
ssl_key_file = '${tls.keyFile}'
password_encryption = 'scram-sha-256'
max_connections = 60
shared_buffers = 16MB
fsync = off
# a commit returns once its WAL is written, as on Neon: an LSN read after it (pg_current_wal_lsn) covers it
synchronous_commit = on
wal_level = replica
max_wal_senders = 0
max_replication_slots = 100
min_wal_size = 2MB
max_wal_size = 64MB
checkpoint_timeout = 1h
jit = off
# in the data directory (pg_dynshmem/), not /dev/shm: a cluster killed without shutting down leaks nothing there
dynamic_shared_memory_type = mmap
lc_messages = 'C'
# failed statements may carry role passwords (CREATE/ALTER ROLE ... PASSWORD): keep them out of the log
log_min_error_statement = panic
# every branch keeps its WAL (wal-history.ts) in the directory named by the file ${ARCHIVE_FILE}, for point-in-time
archive_mode = on
archive_command = 'd=$(cat ${ARCHIVE_FILE}) && cp %p "$d/%f.tmp" && mv "$d/%f.tmp" "$d/%f"'
`
}

/** A file in each data directory naming where its cluster archives WAL. */
export const ARCHIVE_FILE = 'local_neon_archive'

/** Neon-like configuration of a data directory copied from the initdb template (TLS, SCRAM, archiving). */
export async function configureDataDir(dataDir: string, tls: TlsFiles): Promise<void> {
  await appendFile(path.join(dataDir, 'postgresql.conf'), conf(tls))
  await writeFile(path.join(dataDir, 'pg_hba.conf'), HBA)
}

// Neon-like access: TLS + SCRAM over TCP only, the admin role only through the private Unix socket.
const HBA = `
local     all  all                      trust
hostssl   all  ${ADMIN_ROLE}  all       reject
hostssl   all  all          127.0.0.1/32  scram-sha-256
hostssl   all  all          ::1/128       scram-sha-256
hostnossl all  all          all           reject
`

export class PostgresCluster {
  private process: ChildProcess | undefined
  private starting: Promise<void> | undefined
  private exited: Promise<void> = Promise.resolve()

  constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly env: ClusterEnvironment,
    private readonly label: string,
  ) {}

  /** initdb + Neon-like configuration + start + the owner role and database. */
  /** The pristine initdb result this cluster was copied from (the first cluster's history starts there). */
  createdFrom: string | undefined

  /**
   * initdb (a copy of the cached result) + Neon-like configuration + start + the owner role and database.
   * `beforeStart` runs once the data directory exists, before PostgreSQL first starts.
   */
  static async create(
    dataDir: string,
    port: number,
    env: ClusterEnvironment,
    label: string,
    owner: OwnerSetup,
    beforeStart: (dataDir: string) => Promise<unknown> = async () => undefined,
  ) {
    const template = await initdbTemplateFor(env)
    await runAs('cp', ['-a', '--', template, dataDir], env.osUser)
    await configureDataDir(dataDir, env.tls)
    await beforeStart(dataDir)
    const cluster = new PostgresCluster(dataDir, port, env, label)
    cluster.createdFrom = template
    await cluster.start()
    await cluster.withAdmin('postgres', async (client) => {
      const role = client.escapeIdentifier(owner.role)
      await client.query(`CREATE ROLE neon_superuser NOLOGIN CREATEDB CREATEROLE BYPASSRLS
        IN ROLE pg_read_all_data, pg_write_all_data, pg_signal_backend`)
      await client.query(
        `CREATE ROLE ${role} LOGIN CREATEDB CREATEROLE IN ROLE neon_superuser PASSWORD ${client.escapeLiteral(owner.password)}`,
      )
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(owner.database)} OWNER ${role}`)
    })
    return cluster
  }

  get running(): boolean {
    return this.process !== undefined
  }

  /** Where its Unix socket is (admin access, trust). */
  get socketDir(): string {
    return this.env.socketDir
  }

  /** Starts PostgreSQL (once; concurrent callers share the start). */
  start(): Promise<void> {
    this.starting ??= this.spawn().catch((error: Error) => {
      this.starting = undefined
      throw error
    })
    return this.starting
  }

  private async spawn(): Promise<void> {
    const { postgres } = await postgresBinaries()
    const args = ['-D', this.dataDir, '-p', String(this.port), '-k', this.env.socketDir]
    const [command, argv] = setprivPath
      ? [setprivPath, ['--pdeathsig', 'SIGQUIT', '--', postgres, ...args]]
      : [postgres, args]
    const child = spawn(command, argv, {
      ...this.env.osUser,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    })
    this.process = child
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()))
    child.once('exit', () => {
      if (this.process !== child) return
      this.process = undefined
      this.starting = undefined
    })
    await waitForReadyLine(child, {
      ready: (output) => output.includes(READY_LINE),
      log: this.env.log,
      label: this.label,
      name: `postgres for ${this.label}`,
    })
  }

  /** Fast shutdown (clients disconnected); escalates if PostgreSQL does not stop. */
  async stop(): Promise<void> {
    const child = this.process
    if (!child) return
    child.kill('SIGINT')
    const escalate = setTimeout(() => child.kill('SIGQUIT'), 10_000)
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await this.exited
    clearTimeout(escalate)
    clearTimeout(kill)
  }

  /** For process exit handlers: immediate shutdown, synchronously signalled. */
  killNow(): void {
    this.process?.kill('SIGQUIT')
  }

  async withAdmin<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ host: this.env.socketDir, port: this.port, user: ADMIN_ROLE, database })
    client.on('error', () => undefined)
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end().catch(() => undefined)
    }
  }

  /**
   * Copy this running cluster into `targetDir` as it is now, while its clients keep working: pg_backup_start,
   * copy the files, pg_backup_stop, copy the WAL the backup needs, write backup_label. Returns the backup's LSN.
   */
  async cloneInto(targetDir: string): Promise<string> {
    return this.withAdmin('postgres', async (client) => {
      const t0 = performance.now()
      // Without WAL archiving nothing keeps the backup's WAL from being recycled by other checkpoints (concurrent
      // clones each force one): a temporary slot, reserved now and dropped with this session, keeps it.
      await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [
        `local_neon_clone_${process.pid}_${cloneCounter++}`,
      ])
      await client.query('SELECT pg_backup_start($1, true)', [`local-neon ${path.basename(targetDir)}`])
      const t1 = performance.now()
      let stopped = false
      try {
        await copyDataDir(this.dataDir, targetDir, this.env.osUser)
        const t2 = performance.now()
        const { rows } = await client.query<{
          lsn: string
          labelfile: string
          spcmapfile: string | null
          walfile: string
        }>('SELECT lsn, labelfile, spcmapfile, pg_walfile_name(lsn) AS walfile FROM pg_backup_stop(false)')
        stopped = true
        const { lsn, labelfile, spcmapfile, walfile } = rows[0]
        const startWal = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(labelfile)?.[1]
        if (!startWal) throw new Error(`unexpected backup label: ${labelfile}`)
        await copyWal(
          path.join(this.dataDir, 'pg_wal'),
          path.join(targetDir, 'pg_wal'),
          startWal,
          walfile,
          this.env.osUser,
        )
        await writeOwnedFile(path.join(targetDir, 'backup_label'), labelfile, this.env.osUser)
        if (spcmapfile) await writeOwnedFile(path.join(targetDir, 'tablespace_map'), spcmapfile, this.env.osUser)
        const ms = (a: number, b: number) => Math.round(b - a)
        this.env.log(
          `[${this.label}] cloned into ${path.basename(targetDir)}: backup start ${ms(t0, t1)} ms, copy ${ms(t1, t2)} ms, stop + WAL ${ms(t2, performance.now())} ms`,
        )
        return lsn
      } finally {
        if (!stopped) await client.query('SELECT pg_backup_stop(false)').catch(() => undefined)
      }
    })
  }

  /** The current WAL insert position, Neon's `parent_lsn` form (`0/16B3748`). */
  currentLsn(): Promise<string> {
    return this.withAdmin(
      'postgres',
      async (client) => (await client.query('SELECT pg_current_wal_lsn() AS lsn')).rows[0].lsn,
    )
  }

  /** Empty every user table in every database (schema-only branches). */
  async truncateAllTables(): Promise<void> {
    const databases = await this.withAdmin('postgres', async (client) =>
      (
        await client.query<{ datname: string }>(
          'SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate',
        )
      ).rows.map((r) => r.datname),
    )
    for (const database of databases) {
      await this.withAdmin(database, async (client) => {
        const { rows } = await client.query<{ tables: string | null }>(`
          SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ') AS tables
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`)
        if (rows[0].tables) await client.query(`TRUNCATE ${rows[0].tables} RESTART IDENTITY CASCADE`)
      })
    }
  }
}

export async function chownTo(file: string, user: OsUser): Promise<void> {
  if (user.uid !== undefined && user.gid !== undefined) await chown(file, user.uid, user.gid)
}

export async function writeOwnedFile(file: string, content: string, user: OsUser): Promise<void> {
  await writeFile(file, content, { mode: 0o600 })
  await chownTo(file, user)
}

/**
 * Copy a live data directory: one `cp -a` (run as the cluster's OS user, so ownership is right) for everything but
 * the directories a base backup leaves empty. Files that vanish mid-copy are fine: WAL replay recreates them.
 */
async function copyDataDir(from: string, to: string, user: OsUser): Promise<void> {
  await mkdir(to, { mode: 0o700 })
  await chownTo(to, user)
  const entries = await readdir(from, { withFileTypes: true })
  const copied: string[] = []
  for (const entry of entries) {
    if (entry.isDirectory() && EMPTY_IN_COPY.has(entry.name)) {
      await mkdir(path.join(to, entry.name), { mode: 0o700 })
      await chownTo(path.join(to, entry.name), user)
    } else if (!LEFT_OUT.has(entry.name) && !entry.name.startsWith('pgsql_tmp')) {
      copied.push(path.join(from, entry.name))
    }
  }
  for (const sub of ['archive_status', 'summaries']) {
    await mkdir(path.join(to, 'pg_wal', sub), { mode: 0o700 })
    await chownTo(path.join(to, 'pg_wal', sub), user)
  }
  const { code, output } = await run('cp', ['-a', '--', ...copied, `${to}/`], user)
  const problems = output.split('\n').filter((line) => line.trim() && !line.includes('No such file or directory'))
  if (code !== 0 && problems.length > 0) throw new Error(`copying ${from} failed: ${problems.join('; ')}`)
}

async function copyOwned(source: string, target: string, user: OsUser): Promise<void> {
  try {
    await copyFile(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return // dropped while we copied; WAL replay recreates it
    throw error
  }
  await chownTo(target, user)
}

async function copyWal(from: string, to: string, firstSegment: string, lastSegment: string, user: OsUser) {
  const names = await readdir(from)
  const first = firstSegment.slice(8)
  const last = lastSegment.slice(8)
  await Promise.all(
    names
      .filter(
        (name) =>
          name.endsWith('.history') || (/^[0-9A-F]{24}$/.test(name) && name.slice(8) >= first && name.slice(8) <= last),
      )
      .map((name) => copyOwned(path.join(from, name), path.join(to, name), user)),
  )
}

function run(command: string, args: string[], user: OsUser): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...user,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    })
    let output = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, output }))
  })
}

/** Runs a command as the clusters' OS user; rejects with its output if it fails. */
export async function runAs(command: string, args: string[], user: OsUser): Promise<void> {
  const { code, output } = await run(command, args, user)
  if (code !== 0) throw new Error(`${path.basename(command)} failed (${code}): ${output}`)
}

/** The cached initdb result for this environment (made on first use). */
export function initdbTemplateFor(env: ClusterEnvironment): Promise<string> {
  return initdbTemplate(env.templateCacheDir, env.osUser, runAs, (file) => chownTo(file, env.osUser))
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 })
}
