// A V8 code cache for the shipped neonctl's main script, made by the step's main thread while neonctl's thread starts
// (scripts/neonctl-additions/main-script-loader.mjs uses it): compiling the script took that thread about 30 ms
// before its first request; with the cache, 2 to 3 ms. The main thread has nothing else to do meanwhile.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Script } from 'node:vm'

const caches = new Map<string, Buffer | undefined>()

/** The script neon's main chunk runs as (scripts/build-neonctl.mjs): the one `.cjs` beside neonctl's chunks. */
function mainScript(neonctl: string): string | undefined {
  const chunks = join(dirname(neonctl), 'chunks')
  const scripts = readdirSync(chunks).filter((name) => name.endsWith('.cjs'))
  return scripts.length === 1 ? join(chunks, scripts[0]) : undefined
}

/** The cache for `neonctl`'s main script, made once per process; undefined when there is no such script. */
export function codeCacheFor(neonctl: string): Buffer | undefined {
  if (!caches.has(neonctl)) {
    let cache: Buffer | undefined
    try {
      const file = mainScript(neonctl)
      if (file) cache = new Script(readFileSync(file, 'utf8'), { filename: file }).createCachedData()
    } catch {
      // no cache: the thread compiles the script itself
    }
    caches.set(neonctl, cache)
  }
  return caches.get(neonctl)
}
