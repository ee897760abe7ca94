// Runs an action entry (BENCH_ENTRY) with child_process.spawn instrumented: every neonctl process it starts is
// reported on stdout as a debug command, `::debug::bench neonctl <command> <ms> ms`, which the runner emulator
// collects as an annotation. Used by bench/run.ts only; the action itself prints nothing of the kind.
import { createRequire, syncBuiltinESMExports } from 'node:module'

const require = createRequire(import.meta.url)
const childProcess = require('node:child_process')
const spawn = childProcess.spawn
childProcess.spawn = function instrumentedSpawn(command, args, options) {
  const started = performance.now()
  const child = spawn.call(this, command, args, options)
  if (Array.isArray(args) && typeof args[0] === 'string' && /neonctl/.test(args[0])) {
    child.on('close', () => {
      process.stdout.write(`::debug::bench neonctl ${args[1]} ${Math.round(performance.now() - started)} ms\n`)
    })
  }
  return child
}
syncBuiltinESMExports() // the bundle's `import { spawn } from 'node:child_process'` now sees the wrapper

await import(process.env.BENCH_ENTRY)
