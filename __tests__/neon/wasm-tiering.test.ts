// keepWasmOnBaselineCompiler on the node that runs the action (each jest project's runner node): a hot wasm function
// stays on Liftoff, V8's baseline compiler. Without the call the same function is optimized in the background, which
// is what every neonctl run waited for at its end (src/neon/wasm-tiering.ts).
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { repoRoot, runnerNode } from '../../support/runner-emulator.js'

const execFileAsync = promisify(execFile)

// (func (export "sum") (param i32) (result i32) (local i32): adds n, n-1, ..., 1 in a loop
const SUM_MODULE = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 115, 117, 109, 0, 0, 10, 27, 1, 25,
  1, 1, 127, 3, 64, 32, 1, 32, 0, 106, 33, 1, 32, 0, 65, 1, 107, 34, 0, 13, 0, 11, 32, 1, 11,
]

/** Runs a hot wasm function on the runner node; prints its tier once optimized or after `settleMs`. */
const script = (callFirst: boolean, settleMs: number) => `
const { keepWasmOnBaselineCompiler } = await import(${JSON.stringify(pathToFileURL(join(repoRoot, 'src/neon/wasm-tiering.ts')).href)})
if (${callFirst}) keepWasmOnBaselineCompiler()
const { instance } = await WebAssembly.instantiate(new Uint8Array(${JSON.stringify(SUM_MODULE)}))
const sum = instance.exports.sum
if (sum(100) !== 5050) throw new Error('the wasm module computes the wrong sum')
for (let i = 0; i < 3000; i++) sum(1000)
const optimized = new Function('f', 'return %IsTurboFanFunction(f)')
const until = Date.now() + ${settleMs}
while (!optimized(sum) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
console.log(optimized(sum) ? 'turbofan' : 'liftoff')
`

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wasm-tiering-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function tierAfterHotLoop(callFirst: boolean, settleMs: number): Promise<string> {
  const file = join(dir, `hot-${callFirst}.mjs`)
  writeFileSync(file, script(callFirst, settleMs))
  const { stdout } = await execFileAsync(runnerNode(), ['--allow-natives-syntax', '--import', 'tsx', file], {
    cwd: repoRoot,
    timeout: 30_000,
  })
  return stdout.trim()
}

describe('keepWasmOnBaselineCompiler', () => {
  it('keeps a hot wasm function on the baseline compiler', async () => {
    expect(await tierAfterHotLoop(true, 1000)).toBe('liftoff')
  })

  it('is what keeps it there: without the call the same loop gets the function optimized', async () => {
    expect(await tierAfterHotLoop(false, 10_000)).toBe('turbofan')
  })
})
