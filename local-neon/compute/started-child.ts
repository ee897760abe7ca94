// A server process's start-up: its stderr logged line by line under a label, until the line that says it is ready.
import type { ChildProcess } from 'node:child_process'

/** Resolves when `ready` matches the stderr read so far; rejects if the process fails to spawn or exits first. */
export function waitForReadyLine(
  child: ChildProcess,
  options: { ready: (output: string) => boolean; log: (line: string) => void; label: string; name: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    let started = false
    child.stderr!.setEncoding('utf8')
    child.stderr!.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) options.log(`[${options.label}] ${line}`)
      if (started) return
      output += chunk
      if (options.ready(output)) {
        started = true
        resolve()
      }
    })
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (!started)
        reject(new Error(`${options.name} exited during start-up (code ${code}, signal ${signal}): ${output}`))
    })
  })
}
