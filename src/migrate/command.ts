// Runs the user's migration command in a shell, streaming its output and keeping a bounded tail of it.
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable } from 'node:stream'
import { existsSync } from 'node:fs'

/** Keeps the last `capBytes` bytes of everything appended; counts what it dropped. */
export class OutputTail {
  private chunks: Buffer[] = []
  private size = 0
  droppedBytes = 0

  constructor(readonly capBytes: number) {}

  append(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.size += chunk.length
    while (this.size > this.capBytes) {
      const first = this.chunks[0]
      const excess = this.size - this.capBytes
      if (first.length <= excess) {
        this.chunks.shift()
        this.size -= first.length
        this.droppedBytes += first.length
      } else {
        this.chunks[0] = first.subarray(excess)
        this.size -= excess
        this.droppedBytes += excess
      }
    }
  }

  /** The kept text; a character cut in half at the front is dropped. */
  text(): string {
    return Buffer.concat(this.chunks)
      .toString('utf8')
      .replace(/^\uFFFD+/, '')
  }
}

export interface CommandOptions {
  command: string
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  /** Stops the command (the whole process group) when aborted. */
  signal?: AbortSignal
  outputCapBytes: number
  onOutput: (chunk: Buffer) => void
}

export interface CommandResult {
  exitCode?: number
  signal?: string
  timedOut: boolean
  /** The abort reason, if the signal stopped it. */
  aborted?: string
  spawnError?: string
  output: OutputTail
}

const KILL_GRACE_MS = 5000
const DRAIN_AFTER_EXIT_MS = 2000

/** GitHub's default shell for `run:` steps on Linux and macOS, so a multi-line command stops at its first failure. */
export function shellInvocation(command: string): [string, string[]] {
  if (existsSync('/bin/bash')) return ['/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command]]
  return ['/bin/sh', ['-e', '-c', command]]
}

export function runCommand(options: CommandOptions): Promise<CommandResult> {
  const output = new OutputTail(options.outputCapBytes)
  const [shell, args] = shellInvocation(options.command)
  return new Promise((resolve) => {
    // The runner cancels the job: take the command down with us. Listen before spawning: the command can start (and
    // a cancellation arrive) before spawn() returns, and a SIGINT with no listener ends this process on the spot,
    // leaving the command running and nothing recorded. The listener itself runs later, from the event loop.
    const onParentSignal = () => stopGroup()
    process.on('SIGINT', onParentSignal).on('SIGTERM', onParentSignal)
    // detached: its own process group, so a timeout stops the tools it started too
    let child: ChildProcessByStdio<null, Readable, Readable>
    try {
      child = spawn(shell, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    } catch (error) {
      process.off('SIGINT', onParentSignal).off('SIGTERM', onParentSignal)
      throw error
    }
    let timedOut = false
    let aborted: string | undefined
    let killTimer: NodeJS.Timeout | undefined
    let settled = false

    const stopGroup = () => {
      signalGroup('SIGTERM')
      killTimer ??= setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS)
    }
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    const onAbort = () => {
      aborted = String(options.signal?.reason ?? 'aborted')
      stopGroup()
    }
    const deadline = setTimeout(
      () => {
        timedOut = true
        stopGroup()
      },
      Math.max(0, options.timeoutMs),
    )

    const finish = (result: Omit<CommandResult, 'output' | 'timedOut' | 'aborted'>) => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      if (killTimer) clearTimeout(killTimer)
      options.signal?.removeEventListener('abort', onAbort)
      process.off('SIGINT', onParentSignal).off('SIGTERM', onParentSignal)
      resolve({ ...result, timedOut, aborted, output })
    }

    options.signal?.addEventListener('abort', onAbort, { once: true })
    if (options.signal?.aborted) onAbort()

    const onData = (chunk: Buffer) => {
      output.append(chunk)
      options.onOutput(chunk)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', (error) => finish({ spawnError: error.message }))
    child.on('exit', (code, signal) => {
      clearTimeout(deadline)
      // A background process started by the command may keep the pipes open: read what is there, then let go.
      const drained = setTimeout(() => {
        child.stdout.destroy()
        child.stderr.destroy()
        finish({ exitCode: code ?? undefined, signal: signal ?? undefined })
      }, DRAIN_AFTER_EXIT_MS)
      child.on('close', () => {
        clearTimeout(drained)
        finish({ exitCode: code ?? undefined, signal: signal ?? undefined })
      })
    })
  })
}
