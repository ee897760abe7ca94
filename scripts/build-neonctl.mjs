// Builds the neonctl the action ships (dist/neonctl/) from the pinned neon package, applying every edit of
// scripts/neonctl-edits.mjs. Used by scripts/bundle.mjs, and by the edits test to build a copy lacking one edit.
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { editsOf } from './neonctl-edits.mjs'

// ESM output that still contains CommonJS dependencies needs a real `require` for Node built-ins.
export const requireBanner =
  "import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);"

export const esbuildCommon = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  banner: { js: requireBanner },
  write: false, // the caller writes the output files (atomically, for dist/)
}

function applyHunks(file, contents, hunks) {
  for (const [from, to] of hunks) {
    if (contents.split(from).length !== 2)
      throw new Error(`neon/dist/${file} changed: cannot find \`${from}\` exactly once`)
    contents = contents.replace(from, to)
  }
  return contents
}

/** commands/index.js imports every command module and lists them; keep only `keep`. */
function keepCommands(file, source, keep) {
  const importLine = /^import \{ t as (\w+)_exports \} from "\.\/\w+\.js";$/
  const lines = source.split('\n')
  const imported = lines.map((line) => importLine.exec(line)?.[1]).filter(Boolean)
  for (const name of keep) {
    if (!imported.includes(name)) throw new Error(`neon/dist/${file} changed: no ${name} command`)
  }
  const kept = lines.filter((line) => {
    const name = importLine.exec(line)?.[1]
    return !name || keep.includes(name)
  })
  const list = /var commands_default = \[([^\]]*)\];/
  const joined = kept.join('\n')
  if (!list.test(joined)) throw new Error(`neon/dist/${file} changed: no commands_default list`)
  return joined.replace(list, () => `var commands_default = [${keep.map((n) => `${n}_exports`).join(', ')}];`)
}

const additionsDir = fileURLToPath(new URL('./neonctl-additions/', import.meta.url))
/** scripts/neonctl-additions/<name>.mjs */
const addition = (name) => join(additionsDir, `${name}.mjs`)
const requireFromScripts = createRequire(import.meta.url)

/**
 * What the edits import from us: `neon-ephemeral-branch:<name>` is scripts/neonctl-additions/<name>.mjs. What those
 * import from node-fetch 3 is bundled, although the `externals` row leaves out the node-fetch neon names (2.x).
 */
function additions() {
  return {
    name: 'neonctl-additions',
    setup(build) {
      build.onResolve({ filter: /^neon-ephemeral-branch:/ }, (args) => ({
        path: addition(args.path.slice(args.path.indexOf(':') + 1)),
      }))
      build.onResolve({ filter: /^node-fetch\/src\// }, (args) =>
        args.importer.startsWith(additionsDir) ? { path: requireFromScripts.resolve(args.path) } : undefined,
      )
      build.onResolve({ filter: /^node:http$/ }, (args) =>
        /[\\/]node-fetch[\\/]src[\\/]/.test(args.importer) ? { path: addition('node-http-required') } : undefined,
      )
    },
  }
}

/** An esbuild plugin that applies the source and commands rows to the files of neon/dist they name. */
function patchNeon(without) {
  const byFile = new Map()
  for (const edit of editsOf('source', without)) {
    for (const { file, hunks } of [edit, ...(edit.alsoIn ?? [])]) {
      byFile.set(file, [...(byFile.get(file) ?? []), ...hunks])
    }
  }
  const commands = editsOf('commands', without)
  return {
    name: 'patch-neon',
    setup(build) {
      additions().setup(build)
      build.onLoad({ filter: /[\\/]node_modules[\\/]neon[\\/]dist[\\/].*\.js$/ }, async (args) => {
        const file = args.path.split(/[\\/]node_modules[\\/]neon[\\/]dist[\\/]/)[1].replace(/\\/g, '/')
        const hunks = byFile.get(file)
        const keep = commands.find((edit) => edit.file === file)?.keep
        if (!hunks && !keep) return undefined
        let contents = await readFile(args.path, 'utf8')
        if (hunks) contents = applyHunks(file, contents, hunks)
        if (keep) contents = keepCommands(file, contents, keep)
        return { contents, loader: 'js' }
      })
    },
  }
}

/**
 * neon's main chunk (what its cli.js imports) as a script, so that the action's runner can hand neonctl's thread a V8
 * code cache for it (scripts/neonctl-additions/main-script-loader.mjs): V8 takes one for scripts, not for ES
 * modules. The chunk becomes `<name>.cjs`, one function expression of the chunk's code with its imports turned into
 * `require` (esbuild's CommonJS output keeps a live view of each), and `<name>.mjs` an ES module that imports the
 * chunks the script requires and runs it. The chunk shares no state with the others (they hold esbuild's helpers
 * and a few stateless functions), and has no top-level await (a script cannot).
 */
async function asScript(files, metafile, mainEntry) {
  const [mainPath, main] =
    Object.entries(metafile.outputs).find(([, output]) => output.entryPoint && mainEntry.endsWith(output.entryPoint)) ??
    []
  if (!main) throw new Error(`no chunk for ${mainEntry}`)
  const file = files.find((f) => f.path.endsWith(mainPath.split('/').slice(-2).join('/')))
  const name = basename(file.path, '.mjs')
  const siblings = main.imports
    .filter((i) => i.kind === 'import-statement' && !i.external)
    .map((i) => `./${basename(i.path)}`)
  const dynamic = main.imports.filter((i) => i.kind === 'dynamic-import').length
  // A chunk that cannot be a script stays a module (a build without some edit may have a top-level await, an eval,
  // or `import(` in a string); the shipped one is tested to run from a code cache (__tests__/neon/neonctl-runner).
  const keep = (reason) => {
    console.warn(`neonctl: ${name} stays an ES module (${reason}); no code cache for it`)
    return files
  }
  let converted
  try {
    converted = await build({
      stdin: {
        contents: Buffer.from(file.contents).toString('utf8'),
        resolveDir: dirname(file.path),
        sourcefile: `${name}.mjs`,
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      // everything stays where the first build put it: node's modules, the other chunks, what that build left out
      plugins: [
        {
          name: 'all-external',
          setup: (b) => b.onResolve({ filter: /.*/ }, (args) => ({ path: args.path, external: true })),
        },
      ],
      define: { 'import.meta.url': '__nebModuleUrl' },
      logLevel: 'silent',
      write: false,
    })
  } catch (error) {
    return keep(error.errors?.[0]?.text ?? String(error))
  }
  if (converted.warnings.length > 0) return keep(converted.warnings[0].text)
  let code = converted.outputFiles[0].text
  // a script's import() needs a callback vm does not take without a flag: the loader passes its own
  const imports = code.split('import(').length - 1
  if (imports !== dynamic) return keep(`${imports} \`import(\` for ${dynamic} dynamic imports`)
  code = code.replaceAll('import(', '__nebImport(')
  const script = `(function(exports,require,module,__filename,__dirname,__nebModuleUrl,__nebImport){${code}\n})`
  const loader = await build({
    ...esbuildCommon,
    stdin: {
      contents:
        `import { runMainScript } from 'neon-ephemeral-branch:main-script-loader'\n` +
        siblings.map((s, i) => `import * as s${i} from ${JSON.stringify(s)}\n`).join('') +
        `runMainScript(new URL('./${name}.cjs', import.meta.url), import.meta.url, {` +
        siblings.map((s, i) => `${JSON.stringify(s)}: s${i}`).join(', ') +
        `})\n`,
      resolveDir: dirname(file.path),
      sourcefile: `${name}.mjs`,
    },
    external: ['./*'],
    plugins: [additions()],
  })
  return [
    ...files.filter((f) => f !== file),
    { path: file.path, contents: loader.outputFiles[0].contents },
    { path: join(dirname(file.path), `${name}.cjs`), contents: Buffer.from(script) },
  ]
}

/**
 * The output files of dist/neonctl/ for the neon in `<root>/node_modules`, as `{ path, contents }` under `outdir`.
 * `without`: ids of rows of the edits table to leave out; `external`: more packages to leave out (what a build
 * without the `commands` row needs to complete).
 */
export async function buildNeonctl({ root, outdir, without = [], external = [] }) {
  const neonPkg = JSON.parse(await readFile(join(root, 'node_modules', 'neon', 'package.json'), 'utf8'))
  const shimPkg = JSON.parse(await readFile(join(root, 'node_modules', 'neonctl', 'package.json'), 'utf8'))
  if (neonPkg.version !== shimPkg.version) {
    throw new Error(`neonctl ${shimPkg.version} and neon ${neonPkg.version} differ; pin both to one version`)
  }
  const result = await build({
    ...esbuildCommon,
    entryPoints: [{ in: join(root, 'node_modules', 'neon', 'dist', 'cli.js'), out: 'neonctl' }],
    outdir,
    outExtension: { '.js': '.mjs' },
    // Whatever neon loads with import() (its JavaScript psql, the lazy loads of the edits) goes to chunks/ and is
    // only read from disk when used.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    mainFields: ['module', 'main'],
    external: [...editsOf('externals', without).flatMap((edit) => edit.packages), ...external],
    inject: editsOf('inject', without).map((edit) => addition(edit.module)),
    plugins: [patchNeon(without)],
    metafile: true,
  })
  const files = await asScript(
    result.outputFiles.map((file) => ({ path: file.path, contents: file.contents })),
    result.metafile,
    join(root, 'node_modules', 'neon', 'dist', 'index.js'),
  )
  if (editsOf('version', without).length > 0) {
    files.push({
      path: join(outdir, 'package.json'),
      contents:
        JSON.stringify({ name: 'neonctl', version: neonPkg.version, type: 'module', private: true }, null, 2) + '\n',
    })
  }
  return files
}
