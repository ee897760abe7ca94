// Runs the shipped neonctl once, in a worker thread of this process: with a throwaway config dir (removed
// afterwards), no analytics, the API key only in the thread's environment, and a hard time limit.
//
// A thread, not a child process: neonctl gets its own module graph, globals, argv and environment (its
// process.exit ends the thread only), without a second start of node, which cost every step about 70 ms
// (docs/benchmarks.md).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { MessageChannel } from 'node:worker_threads'
import { neonctlPath } from './neonctl-path.js'
import { takeThread } from './neonctl-thread.js'
import { codeCacheFor } from './neonctl-code-cache.js'

export interface NeonctlRunResult {
  exitCode: number | null
  stdout: string
  stderr: string
  /** Stopped because the time limit passed. */
  timedOut: boolean
  /** What became of the code cache handed to neonctl's main script (neonctl-code-cache.ts), if it said. */
  codeCache?: 'accepted' | 'rejected' | 'absent'
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

interface ThreadMessage {
  stdout?: string | Uint8Array
  stderr?: string | Uint8Array
  exit?: number
  codeCache?: NeonctlRunResult['codeCache']
}

const toBuffer = (chunk: string | Uint8Array) =>
  typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)

async function runInThread(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<NeonctlRunResult> {
  const worker = takeThread()
  worker.ref()
  const codeCache = new MessageChannel()
  // set to 1 once the cache is on its way (or will not come): the thread waits for it rather than compile
  const codeCacheReady = new Int32Array(new SharedArrayBuffer(4))
  const message = { script, url: pathToFileURL(script).href, args, env, codeCachePort: codeCache.port2, codeCacheReady }
  worker.postMessage(message, [codeCache.port2])
  // made after this function has returned its promise, while the thread starts (or at once when made before)
  setImmediate(() => {
    try {
      const cache = codeCacheFor(script)
      if (cache) codeCache.port1.postMessage(cache)
    } finally {
      Atomics.store(codeCacheReady, 0, 1)
      Atomics.notify(codeCacheReady, 0)
    }
  })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  let codeCacheOutcome: NeonctlRunResult['codeCache']
  let timedOut = false
  const timer = setTimeout(
    () => {
      timedOut = true
      void worker.terminate()
    },
    Math.max(1, timeoutMs),
  )
  // what reaches the streams rather than the port (a write that bypasses process.stdout.write)
  worker.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  worker.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  const exitCode = await new Promise<number>((resolve) => {
    // the thread's entry sends neonctl's output and then its exit code (see neonctl-thread.ts)
    worker.on('message', (message: ThreadMessage) => {
      if (message.stdout) stdout.push(toBuffer(message.stdout))
      if (message.stderr) stderr.push(toBuffer(message.stderr))
      if (message.codeCache) codeCacheOutcome = message.codeCache
      // a failure waits for the thread's end: an uncaught error's text comes with the thread's error event
      if (message.exit === 0) resolve(0)
    })
    // An error neonctl does not catch ends the thread with exit code 1; node would print it on stderr.
    worker.on('error', (error: unknown) => {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      stderr.push(Buffer.from(`${text}\n`))
    })
    // an error, the time limit or a thread that never ran: no code was sent (node delivers the port's messages first)
    worker.once('exit', resolve)
  })
  worker.unref() // its teardown, after neonctl's end, never holds the step
  codeCache.port1.close()
  clearTimeout(timer)
  return {
    exitCode,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
    timedOut,
    ...(codeCacheOutcome ? { codeCache: codeCacheOutcome } : {}),
  }
}
