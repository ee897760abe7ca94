// scripts/release.ts in a throwaway repository made of this working tree: it tags only a clean tree whose dist/
// matches the sources, and moves the major tag on the next release.
import { execFile, execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { repoRoot } from '../../support/runner-emulator.js'

let repo: string
const gitEnv = {
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.test',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.test',
}
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...gitEnv } }).trim()

function release(...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/release.ts', ...args, '--no-install'],
      { cwd: repo, env: { ...process.env, ...gitEnv, NODE_OPTIONS: '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    ),
  )
}

async function setVersion(version: string): Promise<void> {
  const pkgFile = path.join(repo, 'package.json')
  const pkg = JSON.parse(await fs.readFile(pkgFile, 'utf8')) as { version: string }
  pkg.version = version
  await fs.writeFile(pkgFile, JSON.stringify(pkg, null, 2) + '\n')
  const changelog = path.join(repo, 'CHANGELOG.md')
  await fs.writeFile(
    changelog,
    (await fs.readFile(changelog, 'utf8')).replace(
      '## [Unreleased]',
      `## [Unreleased]\n\n## [${version}] - 2030-01-02`,
    ),
  )
}

beforeAll(async () => {
  // inside the repository's .tmp/ (ignored): same file system, so node_modules can be hard-linked; a symlink would
  // change the paths esbuild sees, and with them its chunk names
  await fs.mkdir(path.join(repoRoot, '.tmp'), { recursive: true })
  repo = await fs.mkdtemp(path.join(repoRoot, '.tmp', 'release-test-'))
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean)
  for (const file of files) {
    const from = path.join(repoRoot, file)
    if (!(await fs.stat(from).catch(() => undefined))) continue // deleted in the working tree
    await fs.mkdir(path.dirname(path.join(repo, file)), { recursive: true })
    await fs.copyFile(from, path.join(repo, file))
  }
  execFileSync('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(repo, 'node_modules')])
  // the build without its type check (tsc takes most of a build, and types are not what this test is about)
  const pkgFile = path.join(repo, 'package.json')
  const pkg = JSON.parse(await fs.readFile(pkgFile, 'utf8')) as { scripts: Record<string, string> }
  pkg.scripts.build = 'node scripts/bundle.mjs'
  await fs.writeFile(pkgFile, JSON.stringify(pkg, null, 2) + '\n')
  git('init', '--quiet', '--initial-branch=main')
  git('add', '--all')
  git('commit', '--quiet', '--message', 'snapshot')
}, 60_000)

afterAll(async () => {
  await fs.rm(repo, { recursive: true, force: true })
})

it('refuses a dirty tree', async () => {
  await fs.writeFile(path.join(repo, 'stray.txt'), 'x')
  try {
    const result = await release('0.1.0')
    expect(result).toMatchObject({ code: 1 })
    expect(result.output).toContain('the working tree is not clean')
    expect(result.output).toContain('stray.txt')
  } finally {
    await fs.rm(path.join(repo, 'stray.txt'))
  }
  expect(git('tag', '--list')).toBe('')
})

it('refuses a version that package.json does not carry', async () => {
  const result = await release('7.0.0')
  expect(result.code).toBe(1)
  expect(result.output).toMatch(/package\.json says \S+: set "version": "7\.0\.0"/)
})

it('refuses a stale dist/ and leaves no tag', async () => {
  await setVersion('1.0.0')
  const main = path.join(repo, 'src/main.ts')
  const source = await fs.readFile(main, 'utf8')
  await fs.writeFile(main, `${source}\nconsole.log('changed without a build')\n`)
  git('commit', '--quiet', '--all', '--message', 'a change without its dist/')
  const result = await release('1.0.0')
  expect(result.code).toBe(1)
  expect(result.output).toContain('dist/ differs from a fresh build of the sources')
  expect(git('tag', '--list')).toBe('')
  git('reset', '--quiet', '--hard', 'HEAD~1')
}, 120_000)

it('tags vX.Y.Z and moves vX to it', async () => {
  const previous = git('rev-parse', 'HEAD')
  git('tag', 'v1', previous) // where an earlier v1.x release left the major tag
  await setVersion('1.0.0')
  git('commit', '--quiet', '--all', '--message', 'release 1.0.0')
  const result = await release('1.0.0')
  expect(result).toMatchObject({ code: 0, output: expect.stringContaining('Tagged') })
  const head = git('rev-parse', 'HEAD')
  expect(head).not.toBe(previous)
  expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(head)
  expect(git('rev-parse', 'v1^{commit}')).toBe(head)
  expect(git('cat-file', '-t', 'v1.0.0')).toBe('tag') // annotated
  expect(result.output).toContain('git push origin v1.0.0 && git push --force origin v1')
  expect((await release('1.0.0')).output).toContain('tag v1.0.0 exists already')
}, 120_000)
