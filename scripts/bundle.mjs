// Builds everything the action ships in dist/:
//   dist/main/index.js, dist/post/index.js  - the action's entries (esbuild, ESM); shared code and the modes
//                                             loaded with import() in dist/chunks/
//   dist/neonctl/neonctl.mjs               - the pinned neonctl, minified (esbuild), with the edits listed in
//                                             scripts/neonctl-edits.mjs; what it loads only on some paths in
//                                             dist/neonctl/chunks/ (scripts/build-neonctl.mjs)
//   dist/neonctl/package.json              - name + version, read by neonctl for --version and its User-Agent
//   dist/package.json                      - {"type":"module"}
// Output is deterministic: CI rebuilds and runs `git diff --exit-code dist/`.
import { build } from 'esbuild'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildNeonctl, esbuildCommon as common } from './build-neonctl.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

const written = new Set()

/** Each file goes to a temporary name first and is renamed into place. */
async function writeAtomically(path, contents) {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, contents)
  await rename(temporary, path)
  written.add(path)
}

async function writeOutputs(result) {
  for (const file of result.outputFiles) await writeAtomically(file.path, file.contents)
}

/** Files left in dist/ from an earlier build that this one did not write. */
async function removeStale(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await removeStale(path)
    else if (!written.has(path)) {
      console.log(`removing stale ${relative(root, path)}`)
      await rm(path, { force: true })
    }
  }
}

// @actions/core imports @actions/http-client (and with it undici, ~0.4 MB) for getIDToken alone, which the action
// never calls. Packages without a `sideEffects` declaration are kept whole even when unused, so declare these
// free of side effects: unused, they drop out of the entry bundles; sweep, which uses them through Octokit, keeps them.
const sideEffectFreePackages = /^(@actions\/http-client|undici|tunnel)(\/|$)/
const dropUnusedToolkitHttp = {
  name: 'drop-unused-toolkit-http',
  setup(build) {
    build.onResolve({ filter: sideEffectFreePackages }, async (args) => {
      if (args.pluginData?.resolving) return undefined
      const { path, external, namespace, errors } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      })
      return errors.length > 0 ? { errors } : { path, external, namespace, sideEffects: false }
    })
  },
}

// main and post in one build: code they share, and anything the sources load with a dynamic import() (a mode
// only some runs need), goes to dist/chunks/, loaded only when used.
async function buildActionEntries() {
  const result = await build({
    ...common,
    entryPoints: ['main', 'post'].map((name) => ({ in: join(root, 'src', `${name}.ts`), out: `${name}/index` })),
    outdir: dist,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [dropUnusedToolkitHttp],
  })
  await writeOutputs(result)
}

async function buildShippedNeonctl() {
  for (const file of await buildNeonctl({ root, outdir: join(dist, 'neonctl') })) {
    await writeAtomically(file.path, file.contents)
  }
}

await writeAtomically(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
await Promise.all([buildActionEntries(), buildShippedNeonctl()])
await removeStale(dist)
