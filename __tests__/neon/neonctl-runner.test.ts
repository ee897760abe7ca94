// The neonctl runner with stand-in scripts: what a thread hands back (argv, environment, output, exit code), and
// that a hung or crashing neonctl ends the call without taking the action with it.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFile } from 'node:child_process'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { Script } from 'node:vm'
import { MessageChannel, Worker } from 'node:worker_threads'
import { createNeonctlInvoker, neonctlEnv } from '../../src/neon/neonctl-runner.js'
import { prestartNeonctlThread } from '../../src/neon/neonctl-thread.js'
import { repoRoot } from '../../support/runner-emulator.js'

const execFileAsync = promisify(execFile)

let dir: string
let configParent: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'neonctl-runner-'))
  configParent = mkdtempSync(join(tmpdir(), 'neonctl-runner-config-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(configParent, { recursive: true, force: true })
})

function standIn(name: string, source: string): string {
  const path = join(dir, `${name}.mjs`)
  writeFileSync(path, source)
  return path
}

const invoker = (scriptPath: string) =>
  createNeonctlInvoker({
    apiKey: 'key-only-in-the-thread',
    apiHost: 'http://127.0.0.1:9/api/v2',
    scriptPath,
    tempDir: configParent,
  })

describe('neonctl in a worker thread', () => {
  it('gets its arguments plus the global flags as process.argv, and its own environment', async () => {
    const script = standIn(
      'echo',
      `process.stdout.write(JSON.stringify({ argv: process.argv.slice(2), key: process.env.NEON_API_KEY,
        host: process.env.NEON_API_HOST, extra: process.env.EXTRA, debug: process.env.DEBUG }))`,
    )
    const result = await invoker(script)(['branches', 'list', '--project-id', 'p'], 10_000, { EXTRA: 'x' })
    expect(result).toMatchObject({ exitCode: 0, timedOut: false })
    const seen = JSON.parse(result.stdout)
    expect(seen.argv.slice(0, 4)).toEqual(['branches', 'list', '--project-id', 'p'])
    expect(seen.argv).toEqual(expect.arrayContaining(['--no-analytics', '--config-dir', '--context-file']))
    expect(seen).toMatchObject({
      key: 'key-only-in-the-thread',
      host: 'http://127.0.0.1:9/api/v2',
      extra: 'x',
      debug: '1',
    })
    // the key never reaches this process's own environment
    expect(process.env.NEON_API_KEY).not.toBe('key-only-in-the-thread')
    expect(readdirSync(configParent)).toEqual([]) // the throwaway config dir is gone
  })

  it("hands back all output and process.exit's code; the exit ends the thread, not this process", async () => {
    const script = standIn(
      'exit',
      `process.stdout.write('o'.repeat(300000)); process.stderr.write('e'); process.exit(3)`,
    )
    const result = await invoker(script)([], 10_000)
    expect(result).toMatchObject({ exitCode: 3, stderr: 'e', timedOut: false })
    expect(result.stdout).toHaveLength(300000)
  })

  it('keeps bytes, write callbacks and what an exit listener writes last', async () => {
    const script = standIn(
      'late',
      `process.on('exit', () => process.stdout.write('late'))
process.stdout.write(Buffer.from('é'), () => process.stderr.write('written'))`,
    )
    const result = await invoker(script)([], 10_000)
    expect(result).toMatchObject({ exitCode: 0, stdout: 'élate', stderr: 'written' })
  })

  it('a natural end takes process.exitCode', async () => {
    const result = await invoker(standIn('code', `process.exitCode = 2`))([], 10_000)
    expect(result.exitCode).toBe(2)
  })

  it('an error neonctl does not catch ends the run with code 1 and the error on stderr', async () => {
    const script = standIn('crash', `setTimeout(() => { throw new TypeError('chunk must be a string') }, 1)`)
    const result = await invoker(script)([], 10_000)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('TypeError: chunk must be a string')
  })

  it('a run that hangs is stopped at the time limit', async () => {
    const script = standIn('hang', `process.stdout.write('started'); setInterval(() => {}, 1000)`)
    const result = await invoker(script)([], 300)
    expect(result).toMatchObject({ timedOut: true, stdout: 'started' })
    expect(result.exitCode).not.toBe(0)
    expect(readdirSync(configParent)).toEqual([])
  })
})

describe('the thread started ahead (prestartNeonctlThread)', () => {
  it('runs the first neonctl with only the environment it is given', async () => {
    prestartNeonctlThread()
    const script = standIn('env', `process.stdout.write(JSON.stringify(Object.keys(process.env)))`)
    const result = await invoker(script)([], 10_000)
    expect(result.exitCode).toBe(0)
    const names: string[] = JSON.parse(result.stdout)
    const given = neonctlEnv({ apiKey: 'key-only-in-the-thread', apiHost: 'http://127.0.0.1:9/api/v2' })
    expect(names.sort()).toEqual(Object.keys(given).sort())
  })

  it('never keeps the process alive when it is not used', async () => {
    const thread = JSON.stringify(path.join(repoRoot, 'src/neon/neonctl-thread.ts'))
    const code = `import(${thread}).then((m) => { m.prestartNeonctlThread(); console.log('started') })`
    // tsx runs the TypeScript source; the child must end on its own, with nothing left to do
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', '-e', code], { timeout: 30_000 })
    expect(stdout.trim()).toBe('started')
  })
})

describe('the code cache for the shipped neonctl (neonctl-code-cache.ts)', () => {
  it("is made by this thread and taken by neonctl's main script", async () => {
    const result = await invoker(path.join(repoRoot, 'dist', 'neonctl', 'neonctl.mjs'))(['--version'], 30_000)
    expect(result).toMatchObject({ exitCode: 0, codeCache: 'accepted' })
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('is not there for a neonctl without a main script, which runs as before', async () => {
    const result = await invoker(standIn('plain', `process.stdout.write('ran')`))([], 10_000)
    expect(result).toEqual({ exitCode: 0, stdout: 'ran', stderr: '', timedOut: false })
  })
})

describe("neonctl's main script loader (scripts/neonctl-additions/main-script-loader.mjs)", () => {
  const loader = pathToFileURL(path.join(repoRoot, 'scripts/neonctl-additions/main-script-loader.mjs')).href
  const script =
    '(function (exports, require) { require("node:worker_threads").parentPort.postMessage({ ran: true }) })'

  /** Runs a stand-in main script in a thread set up as the runner's, handing it `cache` after `delayMs` (or never). */
  async function load(cacheAfterMs: number | undefined): Promise<unknown[]> {
    const scriptPath = join(dir, 'main.cjs')
    writeFileSync(scriptPath, script)
    const entry = standIn(
      'main',
      `import { runMainScript } from ${JSON.stringify(loader)}
runMainScript(new URL('./main.cjs', import.meta.url), import.meta.url, {})`,
    )
    const { port1, port2 } = new MessageChannel()
    const ready = new Int32Array(new SharedArrayBuffer(4))
    const thread = new Worker(
      `const { workerData } = require('node:worker_threads')
globalThis[Symbol.for('neon-ephemeral-branch.neonctl-code-cache')] = workerData.port
globalThis[Symbol.for('neon-ephemeral-branch.neonctl-code-cache-ready')] = workerData.ready
import(workerData.url)`,
      { eval: true, workerData: { port: port2, ready, url: pathToFileURL(entry).href }, transferList: [port2] },
    )
    const messages: unknown[] = []
    thread.on('message', (message) => messages.push(message))
    if (cacheAfterMs !== undefined) {
      setTimeout(() => {
        port1.postMessage(new Script(script, { filename: scriptPath }).createCachedData())
        Atomics.store(ready, 0, 1)
        Atomics.notify(ready, 0)
      }, cacheAfterMs)
    }
    await new Promise((resolve) => thread.once('exit', resolve))
    port1.close()
    return messages
  }

  it('waits for a cache that is on its way rather than compile', async () => {
    expect(await load(30)).toEqual([{ codeCache: 'accepted' }, { ran: true }])
  })

  it('compiles the script itself when no cache comes', async () => {
    expect(await load(undefined)).toEqual([{ codeCache: 'absent' }, { ran: true }])
  })
})
