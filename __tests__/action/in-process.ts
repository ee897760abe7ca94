// Runs a piece of the action inside the test process with real @actions/core writing to temp file-command files,
// then restores process.env and process.exitCode (core.setFailed sets it; core.exportVariable sets process.env).
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { parseFileCommands } from '../../support/runner-emulator.js'

export interface InProcessResult {
  stdout: string
  env: Record<string, string>
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  exitCode: number | undefined
  error?: unknown
}

export async function inProcess(
  fn: () => Promise<void>,
  options: { inputs?: Record<string, string>; state?: Record<string, string> } = {},
): Promise<InProcessResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'action-unit-'))
  const files = { GITHUB_ENV: 'env', GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' }
  const savedEnv = { ...process.env }
  const savedExitCode = process.exitCode
  const writes: string[] = []
  const originalWrite = process.stdout.write.bind(process.stdout)
  let error: unknown
  try {
    for (const [name, file] of Object.entries(files)) {
      await fs.writeFile(path.join(dir, file), '')
      process.env[name] = path.join(dir, file)
    }
    for (const [name, value] of Object.entries(options.inputs ?? {})) process.env[`INPUT_${name.toUpperCase()}`] = value
    for (const [name, value] of Object.entries(options.state ?? {})) process.env[`STATE_${name}`] = value
    process.exitCode = undefined
    // core.summary caches the summary file's path on first use
    ;(core.summary as unknown as { _filePath?: string })._filePath = undefined
    core.summary.emptyBuffer()
    process.stdout.write = ((chunk: string | Uint8Array) => {
      writes.push(String(chunk))
      return true
    }) as typeof process.stdout.write
    try {
      await fn()
    } catch (e) {
      error = e
    }
  } finally {
    process.stdout.write = originalWrite
  }
  const read = (file: string) => fs.readFile(path.join(dir, file), 'utf8')
  const result: InProcessResult = {
    stdout: writes.join(''),
    env: parseFileCommands(await read('env')),
    outputs: parseFileCommands(await read('output')),
    state: parseFileCommands(await read('state')),
    summary: await read('summary'),
    exitCode: process.exitCode === undefined ? undefined : Number(process.exitCode),
    error,
  }
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
  process.exitCode = savedExitCode
  await fs.rm(dir, { recursive: true, force: true })
  return result
}
