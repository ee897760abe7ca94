// Builds everything the action ships in dist/:
//   dist/main/index.js, dist/post/index.js  - the action's entries (esbuild, ESM)
//   dist/neonctl/neonctl.mjs               - the pinned neonctl as one minified file (esbuild)
//   dist/neonctl/package.json              - name + version, read by neonctl for its User-Agent
//   dist/package.json                      - {"type":"module"}
// Output is deterministic: CI rebuilds and runs `git diff --exit-code dist/`.
import { build } from 'esbuild'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

// ESM output that still contains CommonJS dependencies needs a real `require` for Node built-ins.
const requireBanner =
  "import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);"

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  banner: { js: requireBanner },
}

async function buildActionEntry(name) {
  await build({
    ...common,
    entryPoints: [join(root, 'src', `${name}.ts`)],
    outfile: join(dist, name, 'index.js'),
    sourcemap: false,
  })
}

// Never reached with the flags the action passes; left out so neonctl starts fast and dist/ stays small.
// Each is only loaded through a dynamic import(), so leaving it out cannot break start-up.
const neonctlExternals = [
  '@vercel/nft', // staging of Neon Functions (neon functions deploy)
  '@mapbox/node-pre-gyp', // only reachable through @vercel/nft
  '@napi-rs/keyring', // OS keyring for interactive auth; we pass the key in the environment
  'esbuild', // building Neon Functions
]

async function buildNeonctl() {
  const neonPkg = JSON.parse(await readFile(join(root, 'node_modules', 'neon', 'package.json'), 'utf8'))
  const shimPkg = JSON.parse(await readFile(join(root, 'node_modules', 'neonctl', 'package.json'), 'utf8'))
  if (neonPkg.version !== shimPkg.version) {
    throw new Error(`neonctl ${shimPkg.version} and neon ${neonPkg.version} differ; pin both to one version`)
  }
  const outdir = join(dist, 'neonctl')
  await build({
    ...common,
    entryPoints: [join(root, 'node_modules', 'neon', 'dist', 'cli.js')],
    outfile: join(outdir, 'neonctl.mjs'),
    mainFields: ['module', 'main'],
    external: neonctlExternals,
    // neonctl prints `neon` in messages and reads its version from the nearest package.json.
  })
  await writeFile(
    join(outdir, 'package.json'),
    JSON.stringify({ name: 'neonctl', version: neonPkg.version, type: 'module', private: true }, null, 2) + '\n',
  )
}

await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })
await writeFile(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
await Promise.all([buildActionEntry('main'), buildActionEntry('post'), buildNeonctl()])
