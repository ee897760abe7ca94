// Runs the user's migration command in a shell under the supervisor (supervisor.ts), turning its output into
// redacted lines as it arrives and keeping a bounded tail of them.
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { existsSync } from 'node:fs'
import { stripVTControlCharacters } from 'node:util'
import { supervisedInvocation, supervisorEnv } from './supervisor.js'

/** Keeps the last lines of everything appended, at most `capBytes` in all; counts what it dropped. */
export class OutputTail {
  private lines: string[] = []
  private size = 0
  droppedBytes = 0

  constructor(readonly capBytes: number) {}

  append(line: string): void {
    let kept = line
    let bytes = Buffer.byteLength(kept) + 1
    if (bytes > this.capBytes) {
      // one line longer than the cap: its end (the line is redacted already, so a cut cannot expose a secret)
      const buffer = Buffer.from(kept)
      kept = buffer
        .subarray(buffer.length - this.capBytes + 1)
        .toString('utf8')
        .replace(/^\uFFFD+/, '')
      this.droppedBytes += bytes - Buffer.byteLength(kept) - 1
      bytes = Buffer.byteLength(kept) + 1
    }
    this.lines.push(kept)
    this.size += bytes
    while (this.size > this.capBytes && this.lines.length > 1) {
      const first = this.lines.shift() as string
      const firstBytes = Buffer.byteLength(first) + 1
      this.size -= firstBytes
      this.droppedBytes += firstBytes
    }
  }

  text(): string {
    return this.lines.join('\n')
  }
}

/** The longest line passed on whole; a longer one is passed on in parts. */
const MAX_LINE_CHARS = 8192

/**
 * Splits a byte stream into lines (at \n, \r\n or a lone \r), strips terminal escape sequences, expands tabs and
 * redacts every line before anyone sees it. A line too long to hold is passed on in parts, but never cut inside a
 * secret: the end that could hold the start of one is kept back until the rest arrives.
 */
export class RedactedLines {
  private readonly decoder = new StringDecoder('utf8')
  private pending = ''

  constructor(
    private readonly redact: (text: string) => string,
    private readonly longestSecret: number,
    private readonly onLine: (line: string) => void,
  ) {}

  write(chunk: Buffer): void {
    this.take(this.decoder.write(chunk), false)
  }

  end(): void {
    this.take(this.decoder.end(), true)
  }

  private take(text: string, last: boolean): void {
    let rest = this.pending + text
    for (let at = rest.search(/\r\n|\n|\r/); at >= 0; at = rest.search(/\r\n|\n|\r/)) {
      if (!last && at === rest.length - 1 && rest[at] === '\r') break // maybe the first half of \r\n
      this.emit(rest.slice(0, at))
      rest = rest.slice(at + (rest.startsWith('\r\n', at) ? 2 : 1))
    }
    // A secret not yet complete at the end starts within the last (longest secret - 1) characters: keep those back.
    const hold = Math.max(this.longestSecret - 1, 0)
    while (rest.length > MAX_LINE_CHARS + hold) {
      const redacted = this.redact(rest)
      const cut = redacted.length - hold
      if (cut < MAX_LINE_CHARS) {
        rest = redacted
        break
      }
      this.emit(redacted.slice(0, cut), true)
      rest = redacted.slice(cut)
    }
    if (last && rest.length > 0) {
      this.emit(rest)
      rest = ''
    }
    this.pending = rest
  }

  private emit(line: string, redacted = false): void {
    const clean = expandTabs(stripVTControlCharacters(line))
    this.onLine(redacted ? clean : this.redact(clean))
  }
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line
  let out = ''
  for (const c of line) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c
  return out
}

export interface CommandOptions {
  command: string
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  /** Stops the command (the whole process group) when aborted. */
  signal?: AbortSignal
  outputCapBytes: number
  /** Redacts the command's output before anything keeps or shows it. */
  redact: (text: string) => string
  /** Length of the longest secret `redact` knows. */
  longestSecret: number
  /** Each line of output, redacted, as it arrives. */
  onLine: (line: string) => void
  /**
   * A file descriptor the supervisor keeps open until the command and everything it started are gone: the connection
   * holding the migration lock, so the lock outlives the action if need be, but never the command.
   */
  holdOpenFd?: number
}

export interface CommandResult {
  exitCode?: number
  signal?: string
  timedOut: boolean
  /** The abort reason, if the signal stopped it. */
  aborted?: string
  spawnError?: string
  /** Redacted output. */
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
  const onLine = (line: string) => {
    output.append(line)
    options.onLine(line)
  }
  // one splitter per stream: a partial line on one must not run into the other's
  const stdoutLines = new RedactedLines(options.redact, options.longestSecret, onLine)
  const stderrLines = new RedactedLines(options.redact, options.longestSecret, onLine)
  const [shell, args] = shellInvocation(options.command)
  const [node, supervisorArgs] = supervisedInvocation(KILL_GRACE_MS, shell, args)
  return new Promise((resolve) => {
    // The runner cancels the job: take the command down with us. Listen before spawning: the command can start (and
    // a cancellation arrive) before spawn() returns, and a SIGINT with no listener ends this process on the spot.
    // (A SIGKILL cannot be listened for: then the supervisor sees its lifeline close.)
    const onParentSignal = () => stop()
    process.on('SIGINT', onParentSignal).on('SIGTERM', onParentSignal)
    let child: ChildProcessByStdio<Writable, Readable, Readable>
    try {
      child = spawn(node, supervisorArgs, {
        cwd: options.cwd,
        env: supervisorEnv(options.env),
        stdio: ['pipe', 'pipe', 'pipe', ...(options.holdOpenFd !== undefined ? [options.holdOpenFd] : [])],
      }) as ChildProcessByStdio<Writable, Readable, Readable>
    } catch (error) {
      process.off('SIGINT', onParentSignal).off('SIGTERM', onParentSignal)
      throw error
    }
    child.stdin.on('error', () => undefined) // the supervisor may be gone already
    let timedOut = false
    let aborted: string | undefined
    let killTimer: NodeJS.Timeout | undefined
    let settled = false

    // Closing the lifeline makes the supervisor stop the command's group; if the supervisor itself hangs, kill it.
    const stop = () => {
      child.stdin.end()
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS + 3000)
    }
    const onAbort = () => {
      aborted = String(options.signal?.reason ?? 'aborted')
      stop()
    }
    const deadline = setTimeout(
      () => {
        timedOut = true
        stop()
      },
      Math.max(0, options.timeoutMs),
    )

    const finish = (result: Omit<CommandResult, 'output' | 'timedOut' | 'aborted'>) => {
      if (settled) return
      settled = true
      stdoutLines.end()
      stderrLines.end()
      clearTimeout(deadline)
      if (killTimer) clearTimeout(killTimer)
      options.signal?.removeEventListener('abort', onAbort)
      process.off('SIGINT', onParentSignal).off('SIGTERM', onParentSignal)
      resolve({ ...result, timedOut, aborted, output })
    }

    options.signal?.addEventListener('abort', onAbort, { once: true })
    if (options.signal?.aborted) onAbort()

    child.stdout.on('data', (chunk: Buffer) => stdoutLines.write(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderrLines.write(chunk))
    child.on('error', (error) => finish({ spawnError: error.message }))
    child.on('exit', (code, signal) => {
      clearTimeout(deadline)
      child.stdin.destroy()
      // Normally the pipes close with the supervisor; read what is there, then let go.
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
