// Bundles bench/baselines/official-sequence.ts the way the official action ships: one ESM file, not minified (its
// dist/index.js is a 2.5 MB rollup bundle), with @actions/core, @actions/github and @neondatabase/api-client inside.
import { build } from 'esbuild'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../support/runner-emulator.js'

/** The official action's inputs and defaults (action.yml), for the runner emulator's `actionDir`. */
export const officialActionDir = join(repoRoot, 'bench/baselines/official')

export async function buildOfficialBaseline(outDir: string): Promise<{ file: string; bytes: number }> {
  const file = join(outDir, 'official-sequence.mjs')
  await build({
    entryPoints: [join(repoRoot, 'bench/baselines/official-sequence.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // CommonJS dependencies (tunnel, ...) call require(); an ESM bundle has none of its own
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);",
    },
  })
  return { file, bytes: statSync(file).size }
}
