// Runs the shipped neonctl once, in a worker thread of this process: with a throwaway config dir (removed
// afterwards), no analytics, the API key only in the thread's environment, and a hard time limit.
//
// A thread, not a child process: neonctl gets its own module graph, globals, argv and environment (its
// process.exit ends the thread only), without a second start of node, which cost every step about 70 ms
// (docs/benchmarks.md).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { neonctlPath } from './neonctl-path.js'

export interface NeonctlRunResult {
  exitCode: number | null
  stdout: string
  stderr: string
  /** Stopped because the time limit passed. */
  timedOut: boolean
}

/**
 * Runs neonctl with `args` (the global flags are added) and at most `timeoutMs`; `env`: variables for this run only
 * (our neonctl's switches). Tests substitute fakes.
 */
export type NeonctlInvoker = (
  args: string[],
  timeoutMs: number,
  env?: Record<string, string>,
) => Promise<NeonctlRunResult>

export interface NeonctlRunSettings {
  apiKey: string
  apiHost?: string
  /** Defaults to the shipped neonctl (see neonctl-path.ts). */
  scriptPath?: string
  /** Parent of the throwaway config dirs. Defaults to RUNNER_TEMP, else the OS temp dir. */
  tempDir?: string
}

function defaultTempDir(): string {
  return process.env.RUNNER_TEMP || tmpdir()
}

/** The environment neonctl runs with: ours, minus anything that could redirect it, plus what we need. */
export function neonctlEnv(settings: Pick<NeonctlRunSettings, 'apiKey' | 'apiHost'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of ['NEON_API_KEY', 'NEON_API_HOST', 'NEON_PROFILE', 'NEON_ORG_ID', 'NEON_PROJECT_ID'])
    delete env[name]
  env.NEON_API_KEY = settings.apiKey
  if (settings.apiHost) env.NEON_API_HOST = settings.apiHost
  env.CI = 'true' // never interactive
  env.DEBUG = '1' // neonctl then logs each request and response status on stderr: how failures are classified
  env.NO_COLOR = '1'
  // Our shipped neonctl retries 423 itself only when these are unset; we retry under our own deadline.
  env.NEONCTL_LOCK_RETRY_COUNT = '1'
  env.NEONCTL_LOCK_RETRY_DELAY_MS = '0'
  // Our shipped neonctl then prints the branch a name resolved to (see scripts/neonctl-edits.mjs).
  env.NEONCTL_PRINT_RESOLVED_BRANCH = '1'
  // A Neon-compatible API's hosts need not name the endpoint, so the pooled host cannot be derived: our shipped
  // neonctl's connection-string then asks for the pooled URI alongside its other requests.
  if (settings.apiHost && !isNeonHost(settings.apiHost)) env.NEONCTL_FETCH_POOLED_URI = '1'
  else delete env.NEONCTL_FETCH_POOLED_URI
  return env
}

function isNeonHost(apiHost: string): boolean {
  try {
    return /(^|\.)neon\.tech$/.test(new URL(apiHost).hostname)
  } catch {
    return false
  }
}

export function createNeonctlInvoker(settings: NeonctlRunSettings): NeonctlInvoker {
  const script = settings.scriptPath ?? neonctlPath()
  const env = neonctlEnv(settings)
  const parent = settings.tempDir ?? defaultTempDir()

  return async (args, timeoutMs, extraEnv) => {
    const configDir = await mkdtemp(join(parent, 'neonctl-config-'))
    try {
      const globalArgs = [
        '--no-analytics',
        '--no-color',
        '--config-dir',
        configDir,
        // An absent file: no `.neon` context from the working directory can fill in a project or branch.
        '--context-file',
        join(configDir, 'context.json'),
      ]
      return await runInThread(script, [...args, ...globalArgs], extraEnv ? { ...env, ...extraEnv } : env, timeoutMs)
    } finally {
      await rm(configDir, { recursive: true, force: true })
    }
  }
}

// The thread's entry: it waits for its run, then takes neonctl's environment and command line (neonctl reads them
// from process.env and process.argv, as when node runs it) and loads neonctl.
const THREAD_ENTRY = `
const { parentPort } = require('node:worker_threads')
parentPort.once('message', ({ script, url, args, env }) => {
  for (const [name, value] of Object.entries(env)) if (value !== undefined) process.env[name] = value
  process.argv = [process.execPath, script, ...args]
  import(url)
})
// while it waits: load node's undici (about 30 ms) for Request and Headers, which neon's SDK builds for every call
void new Headers()
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

function takeThread(): Worker {
  const worker = prestarted
  prestarted = undefined
  // a thread that is no longer running has the id -1
  return worker && worker.threadId !== -1 ? worker : startThread()
}

async function runInThread(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<NeonctlRunResult> {
  const worker = takeThread()
  worker.ref()
  worker.postMessage({ script, url: pathToFileURL(script).href, args, env })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  worker.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  worker.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  let timedOut = false
  const timer = setTimeout(
    () => {
      timedOut = true
      void worker.terminate()
    },
    Math.max(1, timeoutMs),
  )
  // An error neonctl does not catch ends the thread with exit code 1; node would print it on stderr.
  worker.on('error', (error: unknown) => {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    stderr.push(Buffer.from(`${text}\n`))
  })
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve))
  // what the thread wrote before it ended can arrive after its exit event
  const drained = (stream: NodeJS.ReadableStream) => finished(stream).catch(() => undefined)
  const [exitCode] = await Promise.all([exited, drained(worker.stdout), drained(worker.stderr)])
  clearTimeout(timer)
  return {
    exitCode,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
    timedOut,
  }
}
