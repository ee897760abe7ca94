// Which pull request a branch belongs to, read from its name.
//
// The pattern: `pr-<digits>` as a whole segment of the name, where segments are separated by `/`, `-`, `_` or `.`,
// case-insensitive. `ci/pr-123`, `preview/pr-123/api`, `ci/app-pr-123`, `pr-123-run-9` all belong to PR 123.
// `ci/pr123`, `ci/sprint-pr-12x` and `ci/pr-` carry no number. A name with two different PR numbers
// (`ci/pr-1/pr-2`) is ambiguous and treated as carrying none, so the closed-PR rule never guesses.
const PR_SEGMENT = /(?:^|[/._-])pr-(\d+)(?=$|[/._-])/gi

export function prNumberFromBranchName(name: string): number | undefined {
  const numbers = new Set<number>()
  for (const match of name.matchAll(PR_SEGMENT)) {
    const n = Number(match[1])
    if (Number.isSafeInteger(n) && n > 0) numbers.add(n)
  }
  return numbers.size === 1 ? [...numbers][0] : undefined
}
