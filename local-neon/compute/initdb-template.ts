// initdb costs 1-3 s of CPU; its output depends only on the binaries and the flags. Servers share one pristine
// initdb result per (binaries, flags) in their base directory and copy it instead (about 0.1 s on tmpfs).
import { createHash } from 'node:crypto'
import { mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import type { OsUser } from './os-user.js'
import { postgresBinaries } from './postgres-binaries.js'

export const ADMIN_ROLE = 'cloud_admin'

const INITDB_FLAGS = [
  '-U',
  ADMIN_ROLE,
  '--auth=trust',
  '-E',
  'UTF8',
  '--locale=C.UTF-8',
  '--wal-segsize=1',
  '--no-sync',
  '--no-instructions',
]

export type Runner = (command: string, args: string[], user: OsUser) => Promise<void>

/** Path of a ready initdb result under `cacheDir`, creating it (race-free across processes) when missing. */
export async function initdbTemplate(
  cacheDir: string,
  user: OsUser,
  runToEnd: Runner,
  chownTo: (file: string) => Promise<void>,
): Promise<string> {
  const { initdb, postgres } = await postgresBinaries()
  const binary = await stat(postgres)
  const key = createHash('sha256')
    .update(JSON.stringify([postgres, binary.size, binary.mtimeMs, INITDB_FLAGS, user]))
    .digest('hex')
    .slice(0, 16)
  const template = path.join(cacheDir, `local-neon-initdb-${key}`)
  const ready = async () =>
    stat(path.join(template, 'PG_VERSION')).then(
      () => true,
      () => false,
    )
  if (await ready()) return template

  const building = `${template}.${process.pid}.${Date.now()}`
  await mkdir(building, { mode: 0o700 })
  await chownTo(building)
  await runToEnd(initdb, ['-D', building, ...INITDB_FLAGS], user)
  try {
    await rename(building, template)
  } catch (error) {
    // Another process finished first: use theirs.
    const { rm } = await import('node:fs/promises')
    await rm(building, { recursive: true, force: true })
    if (!(await ready())) throw error
  }
  return template
}
