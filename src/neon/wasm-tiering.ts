// Node's fetch (neonctl's, and Octokit's) parses HTTP with llhttp compiled to WebAssembly. After a few responses V8
// starts optimizing llhttp's one huge parser function on a background thread, and neither a worker thread nor the
// process can end before that compile is done: every neonctl run paid about 150–250 ms for it at its end, on code
// with nothing left to parse (docs/benchmarks.md). A tier-up budget no run reaches keeps wasm on V8's baseline
// compiler, which parses our few kilobytes of JSON just as well.
import { setFlagsFromString } from 'node:v8'

const NEVER = 2 ** 31 - 1

/** Process-wide, and read when a wasm module is instantiated: call it before any fetch or worker thread starts. */
export function keepWasmOnBaselineCompiler(): void {
  setFlagsFromString(`--wasm-tiering-budget=${NEVER}`)
}
