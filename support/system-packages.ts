// Debian packages that the tests, the demo and the local Neon server need (psql, alembic, PgBouncer...): installed
// when missing and we are root with apt-get, otherwise one line that says what to run.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export class MissingPackagesError extends Error {
  constructor(
    readonly packages: string[],
    purpose: string,
    why: string,
  ) {
    super(
      `Missing Debian packages for ${purpose}: ${packages.join(' ')} (${why}). Run: sudo apt-get install -y ${packages.join(' ')}`,
    )
    this.name = 'MissingPackagesError'
  }
}

async function isInstalled(name: string): Promise<boolean> {
  try {
    const { stdout } = await run('dpkg-query', ['-W', '-f=${Status}', name])
    return stdout.trim() === 'install ok installed'
  } catch {
    return false
  }
}

/** The packages of `names` that dpkg does not list as installed. */
export async function missingPackages(names: readonly string[]): Promise<string[]> {
  const installed = await Promise.all(names.map(isInstalled))
  return names.filter((_, i) => !installed[i])
}

/**
 * Installs whatever of `names` is missing. Throws MissingPackagesError (one line: what and how) when it cannot:
 * not root, no apt-get, or the install failed.
 */
export async function ensureDebianPackages(
  names: readonly string[],
  purpose: string,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<void> {
  const missing = await missingPackages(names)
  if (missing.length === 0) return
  if (process.getuid?.() !== 0) throw new MissingPackagesError(missing, purpose, 'not root, so not installing them')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  log(`Installing Debian packages for ${purpose}: ${missing.join(' ')}`)
  try {
    await run('apt-get', ['update', '-qq'], { env, maxBuffer: 64 * 1024 * 1024 })
    await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1) ?? (error as Error).message
    throw new MissingPackagesError(missing, purpose, `apt-get failed: ${detail}`)
  }
  const still = await missingPackages(missing)
  if (still.length > 0) throw new MissingPackagesError(still, purpose, 'apt-get did not install them')
}
