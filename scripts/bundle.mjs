// Builds everything the action ships in dist/:
//   dist/main/index.js, dist/post/index.js  - the action's entries (esbuild, ESM); shared code and the modes
//                                             loaded with import() in dist/chunks/
//   dist/neonctl/neonctl.mjs               - the pinned neonctl, minified (esbuild); what it loads only on some
//                                             paths in dist/neonctl/chunks/ and dist/neonctl/vendor/
//   dist/neonctl/package.json              - name + version, read by neonctl for its User-Agent
//   dist/package.json                      - {"type":"module"}
// Output is deterministic: CI rebuilds and runs `git diff --exit-code dist/`.
import { build } from 'esbuild'
import { createRequire } from 'node:module'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

// ESM output that still contains CommonJS dependencies needs a real `require` for Node built-ins.
const requireBanner = "import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);"

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
  write: false, // written by writeOutputs: atomically, so a build never pulls files from under a running test
}

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

// Never reached with the flags the action passes; left out so neonctl starts fast and dist/ stays small.
// Each is only loaded through a dynamic import(), so leaving it out cannot break start-up.
const neonctlExternals = [
  '@vercel/nft', // staging of Neon Functions (neon functions deploy)
  '@mapbox/node-pre-gyp', // only reachable through @vercel/nft
  '@napi-rs/keyring', // OS keyring for interactive auth; we pass the key in the environment
  'esbuild', // building Neon Functions
  'node-fetch', // only for analytics, which we turn off (--no-analytics); it drags in whatwg-url and tr46
]

// The commands the action runs. neonctl registers ~40 commands whose modules are all loaded at start-up; keeping
// only these makes the bundle 40% smaller and its start ~40% cheaper in CPU (docs/benchmarks.md). `auth` stays
// because the API-key middleware lives in that module.
const neonctlCommands = ['auth', 'api', 'branches', 'connection_string']

// Two small, guarded source patches to neon's API layer, applied only to the copy we ship. Without the
// environment variables below neonctl behaves exactly as published.
// - neonctl retries HTTP 423 five times, 3 s apart, inside one process. That eats the action's deadline and hides
//   the reason from our retry log, so our runner sets NEONCTL_LOCK_RETRY_COUNT=1 and NEONCTL_LOCK_RETRY_DELAY_MS=0
//   and retries 423 itself, with backoff and jitter, under one deadline.
// - neonctl's debug log (DEBUG=1) prints each response's status; we add the Retry-After header to that line so a
//   429 can be honoured.
const neonApiPatches = [
  ['const RETRY_COUNT = 5;', 'const RETRY_COUNT = Math.max(1, Number(process.env.NEONCTL_LOCK_RETRY_COUNT) || 5);'],
  [
    'const RETRY_DELAY = 3e3;',
    'const RETRY_DELAY = process.env.NEONCTL_LOCK_RETRY_DELAY_MS ? Math.max(0, Number(process.env.NEONCTL_LOCK_RETRY_DELAY_MS) || 0) : 3e3;',
  ],
  // undici (the npm package, ~0.5 MB) is only used when a proxy variable is set: load it only then. It is
  // CommonJS: its exports are the namespace's `default`, bundled or not.
  ['import { EnvHttpProxyAgent, setGlobalDispatcher } from "undici";\n', ''],
  [
    '].some((name) => process.env[name])) setGlobalDispatcher(new EnvHttpProxyAgent());',
    '].some((name) => process.env[name])) { const { EnvHttpProxyAgent, setGlobalDispatcher } = (await import("undici")).default; setGlobalDispatcher(new EnvHttpProxyAgent()); }',
  ],
  [
    'log.debug("%d %s", response.status, response.statusText);',
    'log.debug("%d %s%s", response.status, response.statusText, response.headers.has("retry-after") ? " retry-after=" + response.headers.get("retry-after") : "");',
  ],
]

/** commands/index.js imports every command module and lists them; keep only `neonctlCommands`. */
function keepCommands(source) {
  const importLine = /^import \{ t as (\w+)_exports \} from "\.\/\w+\.js";$/
  const lines = source.split('\n')
  const imported = lines.map((line) => importLine.exec(line)?.[1]).filter(Boolean)
  for (const name of neonctlCommands) {
    if (!imported.includes(name)) throw new Error(`neon/dist/commands/index.js changed: no ${name} command`)
  }
  const kept = lines.filter((line) => {
    const name = importLine.exec(line)?.[1]
    return !name || neonctlCommands.includes(name)
  })
  const list = /var commands_default = \[([^\]]*)\];/
  const joined = kept.join('\n')
  if (!list.test(joined)) throw new Error('neon/dist/commands/index.js changed: no commands_default list')
  return joined.replace(
    list,
    () => `var commands_default = [${neonctlCommands.map((n) => `${n}_exports`).join(', ')}];`,
  )
}

// With NEONCTL_PRINT_RESOLVED_BRANCH set, a branch name that neonctl resolves (exact match, every page) is also
// printed to stderr as JSON. `connection-string <name>` then tells us the branch as well as its connection, in one
// process and four requests (branch metadata only: no secrets are in it).
const enricherPatches = [
  [
    '\treturn branchData.id;\n};',
    '\tif (process.env.NEONCTL_PRINT_RESOLVED_BRANCH) process.stderr.write("DEBUG: resolved branch " + JSON.stringify(branchData) + "\\n");\n\treturn branchData.id;\n};',
  ],
]

function applyPatches(file, contents, patches) {
  for (const [from, to] of patches) {
    if (contents.split(from).length !== 2)
      throw new Error(`neon/dist/${file} changed: cannot find \`${from}\` exactly once`)
    contents = contents.replace(from, to)
  }
  return contents
}

// The `--agent` error rewriting pulls in add-mcp's agent tables (with yaml, toml and prompts) at every start; it is
// only consulted when a command fails, so load it then.
const indexPatches = [
  ['import { rewriteUnknownAgentArg } from "./init/plan.js";\n', ''],
  [
    'const rewritten = rewriteUnknownAgentArg({',
    'const rewritten = (await import("./init/plan.js")).rewriteUnknownAgentArg({',
  ],
]

// Packages neon imports statically but only uses off our path (YAML output, analytics, OAuth login, opening a
// browser, schema diffs, colours for help and tables). Each ships as its own CommonJS file in dist/neonctl/vendor/
// and the bundle gets a stand-in that loads it on first use, so a start reads and evaluates none of them.
const lazyVendorPackages = ['yaml', '@segment/analytics-node', 'openid-client', 'open', 'diff', 'chalk']
const vendorFile = (name) => `${name.replace(/^@/, '').replace(/\//g, '-')}.cjs`

async function buildVendor(outdir) {
  const exportsOf = new Map()
  for (const name of lazyVendorPackages) {
    const result = await build({
      ...common,
      format: 'cjs',
      // ESM packages that read import.meta.url (open does) get this file's URL
      banner: { js: "const __neb_meta_url=require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__neb_meta_url' },
      stdin: {
        contents: `module.exports = require(${JSON.stringify(name)})`,
        resolveDir: join(root, 'node_modules', 'neon'),
      },
      external: neonctlExternals,
      outfile: join(outdir, 'vendor', vendorFile(name)),
    })
    await writeOutputs(result)
    // what the package exports, so the stand-in can export the same names (an import of any other name fails the build)
    const loaded = createRequire(import.meta.url)(join(outdir, 'vendor', vendorFile(name)))
    exportsOf.set(
      name,
      Object.keys(loaded).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default'),
    )
  }
  return exportsOf
}

/** A stand-in module for `name`: every export is a proxy that loads the vendor file when first touched. */
function lazyStandIn(name, exportNames) {
  const lines = [
    'import { createRequire } from "node:module";',
    'let loaded;',
    `const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(`../vendor/${vendorFile(name)}`)}));`,
    'const lazy = (pick) => new Proxy(function () {}, {',
    '  get: (_, key) => Reflect.get(pick(), key),',
    '  has: (_, key) => Reflect.has(pick(), key),',
    '  apply: (_, self, args) => Reflect.apply(pick(), self, args),',
    '  construct: (_, args) => Reflect.construct(pick(), args),',
    '});',
    'export default lazy(() => { const m = load(); return "default" in m ? m.default : m; });',
    ...exportNames.map((key) => `export const ${key} = lazy(() => load()[${JSON.stringify(key)}]);`),
  ]
  return lines.join('\n')
}

const lazyVendor = (exportsOf) => ({
  name: 'lazy-vendor',
  setup(build) {
    const filter = new RegExp(`^(${lazyVendorPackages.map((n) => n.replace(/[/@]/g, '\\$&')).join('|')})$`)
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-vendor' }))
    build.onLoad({ filter: /.*/, namespace: 'lazy-vendor' }, (args) => ({
      contents: lazyStandIn(args.path, exportsOf.get(args.path)),
      loader: 'js',
    }))
  },
})

const patchNeon = {
  name: 'patch-neon',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]neon[\\/]dist[\\/]utils[\\/]enrichers\.js$/ }, async (args) => ({
      contents: applyPatches('utils/enrichers.js', await readFile(args.path, 'utf8'), enricherPatches),
      loader: 'js',
    }))
    build.onLoad({ filter: /[\\/]node_modules[\\/]neon[\\/]dist[\\/]index\.js$/ }, async (args) => ({
      contents: applyPatches('index.js', await readFile(args.path, 'utf8'), indexPatches),
      loader: 'js',
    }))
    build.onLoad({ filter: /[\\/]node_modules[\\/]neon[\\/]dist[\\/]commands[\\/]index\.js$/ }, async (args) => ({
      contents: keepCommands(await readFile(args.path, 'utf8')),
      loader: 'js',
    }))
    build.onLoad({ filter: /[\\/]node_modules[\\/]neon[\\/]dist[\\/]api\.js$/ }, async (args) => {
      return { contents: applyPatches('api.js', await readFile(args.path, 'utf8'), neonApiPatches), loader: 'js' }
    })
  },
}

async function buildNeonctl() {
  const neonPkg = JSON.parse(await readFile(join(root, 'node_modules', 'neon', 'package.json'), 'utf8'))
  const shimPkg = JSON.parse(await readFile(join(root, 'node_modules', 'neonctl', 'package.json'), 'utf8'))
  if (neonPkg.version !== shimPkg.version) {
    throw new Error(`neonctl ${shimPkg.version} and neon ${neonPkg.version} differ; pin both to one version`)
  }
  const outdir = join(dist, 'neonctl')
  const exportsOf = await buildVendor(outdir)
  const result = await build({
    ...common,
    entryPoints: [{ in: join(root, 'node_modules', 'neon', 'dist', 'cli.js'), out: 'neonctl' }],
    outdir,
    outExtension: { '.js': '.mjs' },
    // Whatever neon loads with import() (its JavaScript psql, our lazy patches above) goes to chunks/ and is only
    // read from disk when used.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    mainFields: ['module', 'main'],
    external: neonctlExternals,
    plugins: [patchNeon, lazyVendor(exportsOf)],
    metafile: true,
  })
  // the stand-ins find vendor/ as ../vendor/: they must all land in chunks/
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const hasStandIn = Object.keys(output.inputs).some((input) => input.startsWith('lazy-vendor:'))
    if (hasStandIn && !file.includes('/chunks/'))
      throw new Error(`a lazy vendor stand-in landed in ${file}, outside chunks/`)
  }
  await writeOutputs(result)
  await writeAtomically(
    join(outdir, 'package.json'),
    JSON.stringify({ name: 'neonctl', version: neonPkg.version, type: 'module', private: true }, null, 2) + '\n',
  )
}

await writeAtomically(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
await Promise.all([buildActionEntries(), buildNeonctl()])
await removeStale(dist)
