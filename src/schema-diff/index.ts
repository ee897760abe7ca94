// The schema diff step: compare the branch's schema with its parent's (through neonctl), show it in the log and the
// job summary, and with `schema_diff: comment` keep one pull request comment up to date. It is a review aid: when
// it fails (Neon, GitHub), the step says so in a warning and goes on; it never fails the step.
import * as log from '../log.js'
import type { Branch, NeonClient } from '../neon/client.js'
import type { RunContext } from '../run-context.js'
import { commentBody, commentMarker } from './comment-body.js'
import { hasChanges, parseSchemaDiff, type SchemaDiff } from './parse-diff.js'
import { upsertComment, type CommentOutcome, type UpsertOptions } from './pr-comment.js'
import { pullRequestOfRun } from './pull-request.js'
import { writeSummaryFailure, writeSummarySection, type DiffSubject } from './summary-section.js'

export type SchemaDiffSetting = 'off' | 'summary' | 'comment'

export interface SchemaDiffRequest {
  setting: Exclude<SchemaDiffSetting, 'off'>
  client: NeonClient
  projectId: string
  branch: Branch
  /** How to show the parent (its name when the caller knows it); the parent's id otherwise. */
  parent?: string
  database: string
  run: RunContext
  githubToken: string
  env?: NodeJS.ProcessEnv
  comment?: UpsertOptions
}

export interface SchemaDiffResult {
  /** undefined when no diff could be made */
  changed?: boolean
  comment?: CommentOutcome
}

export async function runSchemaDiff(request: SchemaDiffRequest): Promise<SchemaDiffResult> {
  const { branch, database } = request
  const subject: DiffSubject = { branchName: branch.name, parent: request.parent ?? branch.parentId ?? 'its parent' }
  log.info(`Comparing the schema of branch '${branch.name}' with its parent's (database '${database}')`)
  let diff: SchemaDiff
  try {
    const output = await request.client.schemaDiffWithParent(branch.id, database)
    diff = parseSchemaDiff(output, { database, branchId: branch.id })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    log.warning(`The schema diff could not be made: ${reason}`, 'Schema diff failed')
    await writeSummaryFailure(subject, reason)
    return {}
  }
  subject.parent = request.parent ?? diff.baseBranchId

  const changed = hasChanges(diff)
  if (changed) {
    log.info(`Schema changes: ${diff.added} lines added, ${diff.removed} removed`)
    await log.group('Schema diff', async () => log.info(diff.lines))
  } else {
    log.info('No schema changes: the branch has its parent’s schema')
  }
  await writeSummarySection(diff, subject)
  if (request.setting !== 'comment') return { changed }
  return { changed, comment: await comment(request, diff, subject) }
}

async function comment(
  request: SchemaDiffRequest,
  diff: SchemaDiff,
  subject: DiffSubject,
): Promise<CommentOutcome | undefined> {
  const env = request.env ?? process.env
  const pull = pullRequestOfRun(env)
  if (!pull) {
    log.info(
      `No pull request comment: this run (${env.GITHUB_EVENT_NAME || 'event unknown'}) is not for a pull request`,
    )
    return undefined
  }
  const { run } = request
  const body = commentBody(diff, {
    ...subject,
    projectId: request.projectId,
    branchId: request.branch.id,
    commitSha: pull.headSha ?? run.sha,
    runUrl: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}`,
    job: run.job,
  })
  const outcome = await upsertComment(
    { token: request.githubToken, apiUrl: run.apiUrl, repository: run.repository, pullNumber: pull.number },
    commentMarker(request.branch.name, diff.database),
    body,
    hasChanges(diff),
    request.comment,
  )
  const where = `pull request #${pull.number}`
  switch (outcome.kind) {
    case 'created':
    case 'updated':
      log.info(`Schema diff comment ${outcome.kind} on ${where}: ${outcome.url}`)
      break
    case 'unchanged':
      log.info(`The schema diff comment on ${where} is up to date: ${outcome.url}`)
      break
    case 'not-needed':
      log.info(`No comment on ${where}: no schema changes, and no earlier comment to bring up to date`)
      break
    case 'no-permission':
      log.notice(
        [
          `Could not comment the schema diff on ${where} (HTTP ${outcome.status}: ${outcome.message}).`,
          pull.fromFork
            ? 'The pull request comes from a fork, and such runs get a read-only token.'
            : 'Give the job `permissions: pull-requests: write` (and, if you pass github_token, a token that may comment).',
          'The diff is in the job summary.',
        ],
        'Schema diff not commented',
      )
      break
    case 'failed':
      log.warning(
        `Could not comment the schema diff on ${where}: ${outcome.message}. The diff is in the job summary.`,
        'Schema diff comment failed',
      )
      break
  }
  return outcome
}
