// Tags a release users can pin: `vX.Y.Z` on the current commit, and the moving major tag `vX` moved to it, as
// GitHub's guide to releasing actions recommends. Run from a clean checkout of the commit to release:
//
//   npm run release -- 1.2.0 [--push] [--no-install]
//
// It refuses a dirty tree, a version that package.json and CHANGELOG.md do not both carry, a tag that exists, and a
// dist/ that differs from what `npm run build` makes of the sources (after `npm ci`, so node_modules is the
// lockfile's). With --push it pushes both tags to origin (the major tag with --force: it moves).
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export class ReleaseError extends Error {}

const run = (command: string, args: string[], options: ExecFileSyncOptions = {}): string =>
  String(execFileSync(command, args, { cwd: root, encoding: 'utf8', ...options }) ?? '').trim()
const git = (...args: string[]) => run('git', args)

function checkVersion(version: string): { tag: string; major: string } {
  const match = /^(\d+)\.\d+\.\d+$/.exec(version)
  if (!match) throw new ReleaseError(`version must be X.Y.Z (no "v", no pre-release): ${version}`)
  const { version: packageVersion } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string
  }
  if (packageVersion !== version)
    throw new ReleaseError(`package.json says ${packageVersion}: set "version": "${version}" and commit first`)
  const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')
  if (!new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog))
    throw new ReleaseError(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move Unreleased there first`)
  return { tag: `v${version}`, major: `v${match[1]}` }
}

function checkClean(what: string): void {
  const status = git('status', '--porcelain', '--untracked-files=all')
  if (status) throw new ReleaseError(`${what}:\n${status}`)
}

export function release(
  version: string,
  options: { push?: boolean; install?: boolean; log?: (line: string) => void } = {},
): void {
  const log = options.log ?? ((line: string) => console.log(line))
  checkClean('the working tree is not clean; commit or stash first')
  const { tag, major } = checkVersion(version)
  if (git('tag', '--list', tag)) throw new ReleaseError(`tag ${tag} exists already`)

  const stdio: ExecFileSyncOptions['stdio'] = ['ignore', 'inherit', 'inherit']
  if (options.install !== false) {
    log('== npm ci')
    run('npm', ['ci', '--no-audit', '--no-fund'], { stdio })
  }
  log('== npm run build, and dist/ must not change')
  run('npm', ['run', '-s', 'build'], { stdio })
  checkClean('dist/ differs from a fresh build of the sources: run npm run build, commit dist/, release again')

  const commit = git('rev-parse', 'HEAD')
  git('tag', '--annotate', tag, '--message', `${tag}`, commit)
  git('tag', '--force', major, commit)
  log(`Tagged ${commit.slice(0, 12)} as ${tag} and moved ${major} to it.`)
  if (options.push) {
    git('push', 'origin', `refs/tags/${tag}`)
    git('push', '--force', 'origin', `refs/tags/${major}`)
    log(`Pushed ${tag} and ${major} to origin.`)
  } else {
    log(`Push with: git push origin ${tag} && git push --force origin ${major}`)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { push: { type: 'boolean', default: false }, 'no-install': { type: 'boolean', default: false } },
  })
  try {
    if (positionals.length !== 1) throw new ReleaseError('usage: npm run release -- X.Y.Z [--push] [--no-install]')
    release(positionals[0], { push: values.push, install: !values['no-install'] })
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error
    console.error(`release: ${error.message}`)
    process.exitCode = 1
  }
}
