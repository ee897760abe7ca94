// One pull request comment kept up to date through @actions/github's Octokit, against a loopback GitHub fake that
// pages comments with Link headers as GitHub does.
import { afterEach, describe, expect, it } from '@jest/globals'
import { upsertComment, type CommentTarget } from '../../src/schema-diff/pr-comment.js'
import { startGitHubFake, type GitHubFake, type GitHubFakeOptions } from '../sweep/github-fake.js'

const REPO = 'acme/shop'
const MARKER = '<!-- neon-ephemeral-branch:schema-diff:0123456789abcdef -->'
const BOT = { login: 'github-actions[bot]', type: 'Bot' as const }
const HUMAN = { login: 'mallory', type: 'User' as const }
let github: GitHubFake | undefined

afterEach(async () => {
  await github?.close()
  github = undefined
})

async function start(options: GitHubFakeOptions): Promise<CommentTarget> {
  github = await startGitHubFake(REPO, {}, options)
  return { token: 'ghs_token', apiUrl: github.url, repository: REPO, pullNumber: 7 }
}
const filler = (n: number, user: { login: string; type: 'Bot' | 'User' } = HUMAN) =>
  Array.from({ length: n }, (_, i) => ({ body: `comment ${i}`, user }))
const writes = () => github!.requests.filter((r) => !r.startsWith('GET'))
const fast = { retryDelayMs: 1 }

describe('upsertComment', () => {
  it('creates the comment when there is none, then edits that one in place', async () => {
    const target = await start({ comments: { 7: filler(3) } })
    const first = await upsertComment(target, MARKER, `${MARKER}\nfirst`, true, fast)
    expect(first).toMatchObject({ kind: 'created', url: expect.stringContaining('/pull/7#issuecomment-') })
    const second = await upsertComment(target, MARKER, `${MARKER}\nsecond`, true, fast)
    expect(second).toEqual({ kind: 'updated', url: first.kind === 'created' ? first.url : '' })
    const ours = github!.commentsOn(7).filter((c) => c.body.startsWith(MARKER))
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toBe(`${MARKER}\nsecond`)
  })

  it('finds its comment on the third page (250 comments before it) and edits it: no second comment', async () => {
    const target = await start({ comments: { 7: [...filler(250), { body: `${MARKER}\nold`, user: BOT }] } })
    const outcome = await upsertComment(target, MARKER, `${MARKER}\nnew`, true, fast)
    expect(outcome.kind).toBe('updated')
    const lists = github!.requests.filter((r) => r.startsWith('GET /repos/acme/shop/issues/7/comments'))
    expect(lists).toHaveLength(3) // per_page=100: pages 1, 2, 3 through the Link header
    expect(lists[2]).toContain('page=3')
    expect(github!.commentsOn(7)).toHaveLength(251)
    expect(github!.commentsOn(7).at(-1)!.body).toBe(`${MARKER}\nnew`)
  })

  it('makes no request that writes when the comment already says the same', async () => {
    const target = await start({ comments: { 7: [{ body: `${MARKER}\nsame`, user: BOT }] } })
    expect((await upsertComment(target, MARKER, `${MARKER}\nsame`, true, fast)).kind).toBe('unchanged')
    expect(writes()).toEqual([])
  })

  it('no schema change and no comment yet: nothing is posted; an earlier comment is still brought up to date', async () => {
    const target = await start({ comments: { 7: [] } })
    expect(await upsertComment(target, MARKER, `${MARKER}\nno changes`, false, fast)).toEqual({ kind: 'not-needed' })
    expect(writes()).toEqual([])
    await upsertComment(target, MARKER, `${MARKER}\nchanges`, true, fast)
    expect((await upsertComment(target, MARKER, `${MARKER}\nno changes`, false, fast)).kind).toBe('updated')
    expect(github!.commentsOn(7).map((c) => c.body)).toEqual([`${MARKER}\nno changes`])
  })

  it('a marker pasted into a comment by someone else is not ours: never edited, our own comment is made', async () => {
    const target = await start({ comments: { 7: [{ body: `${MARKER}\nforged: no changes!`, user: HUMAN }] } })
    expect((await upsertComment(target, MARKER, `${MARKER}\nreal`, true, fast)).kind).toBe('created')
    expect(github!.commentsOn(7).map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${MARKER}\nforged: no changes!`],
      ['github-actions[bot]', `${MARKER}\nreal`],
    ])
    expect(github!.requests).toContain('GET /user') // asked who it is: a bot token cannot say (403)
  })

  it('with a personal access token, its own user’s comment is found again', async () => {
    const target = await start({
      comments: { 7: [{ body: `${MARKER}\nmallory's`, user: HUMAN }] },
      identities: { pat_ci: { login: 'ci-user', type: 'User', write: true } },
    })
    const pat = { ...target, token: 'pat_ci' }
    expect((await upsertComment(pat, MARKER, `${MARKER}\none`, true, fast)).kind).toBe('created')
    expect((await upsertComment(pat, MARKER, `${MARKER}\ntwo`, true, fast)).kind).toBe('updated')
    expect(github!.commentsOn(7).map((c) => c.user.login)).toEqual(['mallory', 'ci-user'])
  })

  it('a read-only token (fork pull requests, no pull-requests: write): no-permission with GitHub’s message', async () => {
    const target = await start({
      comments: { 7: [] },
      identities: { ro: { login: 'github-actions[bot]', type: 'Bot', write: false } },
    })
    const outcome = await upsertComment({ ...target, token: 'ro' }, MARKER, `${MARKER}\nx`, true, fast)
    expect(outcome).toEqual({
      kind: 'no-permission',
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    })
    expect(github!.commentsOn(7)).toEqual([])
  })

  it('an unknown pull request is no-permission (404); an empty token is refused before any request', async () => {
    const target = await start({ comments: {} })
    expect(await upsertComment(target, MARKER, 'x', true, fast)).toMatchObject({ kind: 'no-permission', status: 404 })
    github!.requests.length = 0
    expect(await upsertComment({ ...target, token: '' }, MARKER, 'x', true, fast)).toMatchObject({
      kind: 'no-permission',
    })
    expect(github!.requests).toEqual([])
  })

  it('GitHub unreachable: failed after the retries, never thrown', async () => {
    const target = await start({ comments: { 7: [] } })
    await github!.close()
    github = undefined
    const outcome = await upsertComment(target, MARKER, 'x', true, { retryDelayMs: 1, attempts: 2 })
    expect(outcome.kind).toBe('failed')
  })
})
