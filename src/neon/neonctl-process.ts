// Runs the shipped neonctl once: with the runner's own node binary, a throwaway config dir (removed afterwards),
// no analytics, the API key only in the environment, and a hard time limit.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { neonctlPath } from './neonctl-path.js'

export interface NeonctlProcessResult {
  exitCode: number | null
  stdout: string
  stderr: string
  /** Killed because the time limit passed. */
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
) => Promise<NeonctlProcessResult>

export interface NeonctlProcessSettings {
  apiKey: string
  apiHost?: string
  /** Defaults to the shipped neonctl (see neonctl-path.ts). */
  scriptPath?: string
  /** Defaults to the node binary running us: on a runner, its own node. */
  nodePath?: string
  /** Parent of the throwaway config dirs. Defaults to RUNNER_TEMP, else the OS temp dir. */
  tempDir?: string
  /** Node's module compile cache (Node >= 22.1 honours NODE_COMPILE_CACHE; older ones ignore it). */
  compileCacheDir?: string | false
}

function defaultTempDir(): string {
  return process.env.RUNNER_TEMP || tmpdir()
}

/** The environment neonctl runs with: ours, minus anything that could redirect it, plus what we need. */
export function neonctlEnv(settings: NeonctlProcessSettings): NodeJS.ProcessEnv {
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
  const cacheDir = settings.compileCacheDir ?? join(settings.tempDir ?? defaultTempDir(), 'neonctl-compile-cache')
  if (cacheDir) env.NODE_COMPILE_CACHE = cacheDir
  else delete env.NODE_COMPILE_CACHE
  return env
}

function isNeonHost(apiHost: string): boolean {
  try {
    return /(^|\.)neon\.tech$/.test(new URL(apiHost).hostname)
  } catch {
    return false
  }
}

export function createNeonctlInvoker(settings: NeonctlProcessSettings): NeonctlInvoker {
  const script = settings.scriptPath ?? neonctlPath()
  const node = settings.nodePath ?? process.execPath
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
      return await runProcess(
        node,
        [script, ...args, ...globalArgs],
        extraEnv ? { ...env, ...extraEnv } : env,
        timeoutMs,
      )
    } finally {
      await rm(configDir, { recursive: true, force: true })
    }
  }
}

function runProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<NeonctlProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    const timer = setTimeout(
      () => {
        timedOut = true
        child.kill('SIGKILL')
      },
      Math.max(1, timeoutMs),
    )
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
      })
    })
  })
}
