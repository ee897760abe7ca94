// Runs an action entry (BENCH_ENTRY) with worker_threads.Worker instrumented and reports, as debug commands the runner
// emulator collects as annotations (the action itself prints nothing of the kind):
//   ::debug::bench neonctl <command> <ms> ms       every neonctl run (a worker thread) the action starts, and how long it ran
//   ::debug::bench first-spawn <ms> ms              when the first neonctl was started (since this process began)
//   ::debug::bench neonctl-first-request <ms> ms    how long the first neonctl took to send its first API request
//                                                   (its start-up: node, its code, argument parsing, auth set-up)
//   ::debug::bench readiness <ms> ms                from "Waiting until ... accepts connections" to the export
//   ::debug::bench process <ms> ms                  this process's own time at exit
// Used by bench/run.ts only.
import { createRequire, syncBuiltinESMExports } from 'node:module'

const require = createRequire(import.meta.url)
const workerThreads = require('node:worker_threads')
const report = (line) => process.stdout.write(`::debug::bench ${line}\n`)
let firstSpawn
let firstRequestMs
// The action runs neonctl in a worker thread (src/neon/neonctl-runner.ts), started ahead and told its run with a
// message naming the script: a run starts with that message.
workerThreads.Worker = class InstrumentedWorker extends workerThreads.Worker {
  postMessage(message, ...rest) {
    if (/neonctl/.test(String(message?.script)) && Array.isArray(message.args)) this.track(message.args)
    return super.postMessage(message, ...rest)
  }

  track(args) {
    const started = performance.now()
    // neonctl's output and exit code come over the thread's port (src/neon/neonctl-thread.ts)
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      report(`neonctl ${args[1]} ${Math.round(performance.now() - started)} ms`)
    }
    this.on('message', (message) => {
      if (message?.exit !== undefined) end()
    })
    this.on('exit', end)
    if (firstSpawn === undefined) {
      firstSpawn = started
      // neonctl logs each request on stderr (the action runs it with DEBUG=1): the first one ends its start-up
      const onMessage = (message) => {
        const text =
          typeof message?.stderr === 'string' ? message.stderr : message?.stderr && Buffer.from(message.stderr)
        if (!text || !/^DEBUG: (GET|POST|PATCH|PUT|DELETE) /m.test(String(text))) return
        firstRequestMs = performance.now() - started
        this.off('message', onMessage)
      }
      this.on('message', onMessage)
    }
  }
}
syncBuiltinESMExports() // the bundle's `import { Worker } from 'node:worker_threads'` now sees the wrapper

let waitingSince
let readinessMs
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = (chunk, ...rest) => {
  const text = String(chunk)
  if (/^Waiting until .* accepts connections/m.test(text)) waitingSince = performance.now()
  if (waitingSince !== undefined && readinessMs === undefined && /^Exported to later steps/m.test(text)) {
    readinessMs = performance.now() - waitingSince
  }
  return write(chunk, ...rest)
}
process.on('exit', () => {
  if (firstSpawn !== undefined) report(`first-spawn ${Math.round(firstSpawn)} ms`)
  if (firstRequestMs !== undefined) report(`neonctl-first-request ${Math.round(firstRequestMs)} ms`)
  if (readinessMs !== undefined) report(`readiness ${Math.round(readinessMs)} ms`)
  report(`process ${Math.round(performance.now())} ms`)
})

await import(process.env.BENCH_ENTRY)
