// PgBouncer in transaction mode in front of one compute, as Neon runs one beside each compute. It listens only on a
// Unix socket in the server's private socket directory: clients reach it through the pooler's front
// (pooler-front.ts), which has already authenticated them, so it trusts its socket and learns roles with auth_query.
import { spawn, type ChildProcess } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ensureDebianPackages } from '../../support/system-packages.js'
import { ADMIN_ROLE } from './initdb-template.js'
import type { OsUser } from './os-user.js'
import { setprivPath } from './postgres-binaries.js'
import { waitForReadyLine } from './started-child.js'

const PGBOUNCER = '/usr/sbin/pgbouncer'
const READY_LINE = /process up: PgBouncer/

let installed: Promise<void> | undefined

/** PgBouncer comes from Debian's package (1.18 on bookworm); installed on first use when we can. */
export function ensurePgBouncer(log: (line: string) => void): Promise<void> {
  installed ??= ensureDebianPackages(['pgbouncer'], 'the local Neon server (pooled endpoints)', log)
  return installed
}

export interface PgBouncerSettings {
  /** Directory of the Unix sockets (PostgreSQL's and PgBouncer's). */
  socketDir: string
  /** Where its configuration file goes (a directory the OS user can read). */
  configDir: string
  /** Its socket is `.s.PGSQL.<listenPort>` in socketDir: a number no other server there uses. */
  listenPort: number
  postgresPort: number
  osUser: OsUser
  label: string
  log: (line: string) => void
}

/** Neon's published pooler settings where 1.18 has them (transaction mode, 64 per user and database, 120 s wait). */
function config(s: PgBouncerSettings): string {
  return `[databases]
* = host=${s.socketDir} port=${s.postgresPort}

[pgbouncer]
listen_addr =
listen_port = ${s.listenPort}
unix_socket_dir = ${s.socketDir}
unix_socket_mode = 0700
auth_type = trust
auth_user = ${ADMIN_ROLE}
auth_query = SELECT rolname::text, rolpassword FROM pg_catalog.pg_authid WHERE rolname = $1 AND rolcanlogin
pool_mode = transaction
max_client_conn = 1000
default_pool_size = 64
query_wait_timeout = 120
server_login_retry = 1
ignore_startup_parameters = extra_float_digits
log_connections = 0
log_disconnections = 0
`
}

export class PgBouncer {
  private child: ChildProcess | undefined
  private starting: Promise<void> | undefined
  private exited: Promise<void> = Promise.resolve()

  constructor(private readonly settings: PgBouncerSettings) {}

  get socket(): string {
    return path.join(this.settings.socketDir, `.s.PGSQL.${this.settings.listenPort}`)
  }

  get running(): boolean {
    return this.child !== undefined
  }

  /** Starts it once; concurrent callers share the start. */
  start(): Promise<void> {
    this.starting ??= this.spawn().catch((error: Error) => {
      this.starting = undefined
      throw error
    })
    return this.starting
  }

  private async spawn(): Promise<void> {
    await ensurePgBouncer(this.settings.log)
    const file = path.join(this.settings.configDir, `pgbouncer-${this.settings.listenPort}.ini`)
    await writeFile(file, config(this.settings), { mode: 0o644 })
    const [command, args] = setprivPath
      ? [setprivPath, ['--pdeathsig', 'SIGTERM', '--', PGBOUNCER, file]]
      : [PGBOUNCER, [file]]
    const child = spawn(command, args, { ...this.settings.osUser, stdio: ['ignore', 'ignore', 'pipe'] })
    this.child = child
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()))
    child.once('exit', () => {
      if (this.child !== child) return
      this.child = undefined
      this.starting = undefined
    })
    await waitForReadyLine(child, {
      ready: (output) => READY_LINE.test(output),
      log: this.settings.log,
      label: this.settings.label,
      name: 'pgbouncer',
    })
  }

  async stop(): Promise<void> {
    const child = this.child
    if (!child) return
    child.kill('SIGTERM') // immediate shutdown (SIGINT would wait for clients)
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await this.exited
    clearTimeout(kill)
  }

  killNow(): void {
    this.child?.kill('SIGKILL')
  }
}
