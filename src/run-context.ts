// What the runner tells every step about the workflow run, read once from the environment.

export interface RunContext {
  repository: string // owner/name, '' outside Actions
  runId: string
  runAttempt: string
  /** the job's id in the workflow (GITHUB_JOB) */
  job: string
  sha: string
  workspace: string
  apiUrl: string
  serverUrl: string
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return {
    repository: env.GITHUB_REPOSITORY ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    job: env.GITHUB_JOB ?? '',
    sha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
  }
}
