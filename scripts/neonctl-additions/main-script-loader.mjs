// Runs neon's main chunk, which scripts/build-neonctl.mjs ships as a CommonJS-style script beside an ES module that
// calls this, from a V8 code cache when the action's runner passes one (src/neon/neonctl-code-cache.ts).
//
// Why: compiling the 0.34 MB chunk took neonctl's thread about 30 ms before its first request, on every run. The
// step's main thread has nothing to do while the thread starts, so it compiles the same script and hands over the
// cache; the thread then compiles in 2 to 3 ms. When the thread gets here first it waits for the cache, which is
// already being made and comes sooner than the thread could compile (up to CODE_CACHE_WAIT_MS). Without a cache
// (neonctl run on its own, or one that never came), the script compiles as any script does.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'
import { parentPort, receiveMessageOnPort } from 'node:worker_threads'

/** Where the runner's thread entry leaves the port the cache arrives on. */
const CODE_CACHE_PORT = Symbol.for('neon-ephemeral-branch.neonctl-code-cache')
/** ...and an Int32Array the runner sets to 1 once the cache is on that port, or will not come. */
const CODE_CACHE_READY = Symbol.for('neon-ephemeral-branch.neonctl-code-cache-ready')
/** Compiling takes this thread 30 to 45 ms; the runner started making the cache before the thread got here. */
const CODE_CACHE_WAIT_MS = 100

/**
 * @param {URL} scriptUrl the script (a function expression taking the parameters below)
 * @param {string} moduleUrl `import.meta.url` of the chunk the script was made from
 * @param {Record<string, unknown>} siblings the chunk's static imports of other chunks, by specifier
 */
export function runMainScript(scriptUrl, moduleUrl, siblings) {
  const filename = fileURLToPath(scriptUrl)
  const source = readFileSync(filename, 'utf8')
  /** @type {import('node:worker_threads').MessagePort | undefined} */
  const port = /** @type {any} */ (globalThis)[CODE_CACHE_PORT]
  /** @type {Int32Array | undefined} */
  const ready = /** @type {any} */ (globalThis)[CODE_CACHE_READY]
  if (port && ready) Atomics.wait(ready, 0, 0, CODE_CACHE_WAIT_MS)
  const cachedData = port && receiveMessageOnPort(port)?.message
  const script = new Script(source, { filename, cachedData })
  // to the runner, over the port neonctl's output goes over (src/neon/neonctl-thread.ts)
  if (port)
    parentPort?.postMessage({ codeCache: !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted' })
  const nodeRequire = createRequire(moduleUrl)
  const require = (/** @type {string} */ id) => (Object.hasOwn(siblings, id) ? siblings[id] : nodeRequire(id))
  const importRelative = (/** @type {string} */ specifier) =>
    import(specifier.startsWith('.') ? new URL(specifier, moduleUrl).href : specifier)
  const module = { exports: {} }
  script.runInThisContext()(module.exports, require, module, filename, dirname(filename), moduleUrl, importRelative)
}
