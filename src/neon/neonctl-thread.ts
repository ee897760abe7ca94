// The worker thread neonctl runs in (src/neon/neonctl-runner.ts), and its start ahead of the run.
//
// A module of its own, importing nothing but node:worker_threads: the entries start the thread before anything else
// loads, and every module in an entry's static imports is loaded before the entry's first line runs.
import { Worker } from 'node:worker_threads'

// The thread's entry: it waits for its run, then takes neonctl's environment and command line (neonctl reads them
// from process.env and process.argv, as when node runs it) and loads neonctl. neonctl's output and then its exit code
// come back over the thread's port, in the order written: the run is over when the code arrives, without waiting for
// the thread's teardown (10 to 20 ms after neonctl's last write).
const THREAD_ENTRY = `
const { parentPort } = require('node:worker_threads')
parentPort.once('message', ({ script, url, args, env, codeCachePort, codeCacheReady }) => {
  for (const [name, value] of Object.entries(env)) if (value !== undefined) process.env[name] = value
  // where neonctl's main script takes its code cache from (scripts/neonctl-additions/main-script-loader.mjs)
  globalThis[Symbol.for('neon-ephemeral-branch.neonctl-code-cache')] = codeCachePort
  globalThis[Symbol.for('neon-ephemeral-branch.neonctl-code-cache-ready')] = codeCacheReady
  process.argv = [process.execPath, script, ...args]
  for (const name of ['stdout', 'stderr']) {
    process[name].write = (chunk, encoding, callback) => {
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
      parentPort.postMessage({ [name]: typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8').toString() : chunk })
      if (callback) process.nextTick(callback)
      return true
    }
  }
  // after every 'exit' listener neonctl has (one may still write)
  const emit = process.emit
  process.emit = function (event, ...rest) {
    const result = emit.call(this, event, ...rest)
    if (event === 'exit') parentPort.postMessage({ exit: rest[0] })
    return result
  }
  import(url)
})
`

function startThread(): Worker {
  // no environment until its run: nothing of ours, and no key, in a thread that may never be used
  const worker = new Worker(THREAD_ENTRY, { eval: true, env: {}, stdin: false, stdout: true, stderr: true })
  worker.unref() // a thread not (yet) running neonctl never keeps the step's process alive
  return worker
}

let prestarted: Worker | undefined

/**
 * Starts the thread for the first neonctl run now, so that its start overlaps the loading of the rest of the action
 * (the entries call this first). Unused, it costs nothing but the start: it never keeps the process alive.
 */
export function prestartNeonctlThread(): void {
  if (prestarted) return
  prestarted = startThread()
  prestarted.on('error', () => undefined) // it failed to start: the run starts another one
}

/** The thread started ahead if it still runs, else a new one. */
export function takeThread(): Worker {
  const worker = prestarted
  prestarted = undefined
  // a thread that is no longer running has the id -1
  return worker && worker.threadId !== -1 ? worker : startThread()
}
