// Where the shipped neonctl lives. In the bundled action (dist/main/index.js, dist/post/index.js) it is
// dist/neonctl/neonctl.mjs, beside the bundle. Running from sources (tsx, jest) it is the same file under dist/
// when it has been built, else the neonctl installed in node_modules.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const candidates = [
  new URL('../neonctl/neonctl.mjs', import.meta.url), // dist/<entry>/index.js or dist/chunks/*.js -> dist/neonctl/
  new URL('../../dist/neonctl/neonctl.mjs', import.meta.url), // src/neon/ -> dist/neonctl/
  new URL('../../node_modules/neonctl/bin/cli.js', import.meta.url), // src/neon/ -> node_modules
]

/** Absolute path of the neonctl script to run with `process.execPath`. */
export function neonctlPath(): string {
  for (const candidate of candidates) {
    const path = fileURLToPath(candidate)
    if (existsSync(path)) return path
  }
  throw new Error('neonctl not found: run `npm run build` (it writes dist/neonctl/) or `npm ci`')
}
