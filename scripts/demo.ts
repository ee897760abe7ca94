// `npm run demo`: the action as a user meets it, with no Neon account. Starts the local Neon server, runs the
// bundled action's main step, a later `run:` step that uses DATABASE_URL with psql, and the post step, through the
// same runner emulator the tests use, and prints what the Actions UI would show.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { createJob, repoRoot, type StepResult } from '../support/runner-emulator.js'
import { startNeonForTest } from '../support/local-neon-for-test.js'
import { ensureDebianPackages } from '../support/system-packages.js'

const exec = promisify(execFile)
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
const section = (title: string) => console.log(`\n${bold(`── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`)}`)

/** The summary is Markdown with HTML tables; show it as plain text. */
function summaryAsText(html: string): string {
  return html
    .replace(/<\/(th|td)>\s*<(th|td)>/g, ' | ')
    .replace(/<\/tr>/g, '\n')
    .replace(/<h3>(.*?)<\/h3>/g, '### $1\n')
    .replace(/<a href="([^"]*)">(.*?)<\/a>/g, '$2: $1')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function showStep(title: string, step: StepResult): void {
  section(`${title} (exit code ${step.exitCode})`)
  console.log(step.log.trimEnd())
}

async function main(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'dist', 'main', 'index.js'))) {
    console.log('dist/ is missing: building it first (npm run build)')
    await exec('npm', ['run', 'build'], { cwd: repoRoot })
  }
  // the `run: psql ...` step below needs psql (Debian's postgresql-client)
  await ensureDebianPackages(['postgresql-client'], 'npm run demo (its psql step)')
  console.log('Starting the local Neon server (real PostgreSQL behind a Neon-compatible API)...')
  const neon = await startNeonForTest()
  const job = await createJob({ repository: 'octo-org/shop', runId: '4242', env: neon.psqlEnv() })
  try {
    const workflow = `steps:
  - uses: your-org/neon-ephemeral-branch@v1
    with:
      api_key: \${{ secrets.NEON_API_KEY }}
      project_id: ${neon.projectId}
  - run: psql "$DATABASE_URL" -c 'select current_database(), current_user'`
    section('The workflow (api_host points at the local server)')
    console.log(workflow)

    const mainStep = await job.runMain({ inputs: neon.inputs() })
    showStep('Step 1: main', mainStep)

    section('Exported to the later steps (GITHUB_ENV), as the log shows them')
    for (const [name, value] of Object.entries(mainStep.env)) {
      const masked = mainStep.masks.some((mask) => mask && value.includes(mask))
      console.log(`${name}=${masked ? '***' : value}`)
    }
    section('Step outputs (nothing secret)')
    for (const [name, value] of Object.entries(mainStep.outputs)) console.log(`${name}=${value}`)

    if (mainStep.exitCode === 0) {
      const psql = await job.runShell(`psql "$DATABASE_URL" -c 'select current_database(), current_user'`)
      showStep(`Step 2: run: psql "$DATABASE_URL" ...`, psql)
    }

    const postStep = await job.runPost(mainStep)
    showStep('Post step (job end)', postStep)

    section('Job summary')
    console.log(summaryAsText(mainStep.summary + postStep.summary))
  } finally {
    await job.cleanup()
    await neon.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
})
