// The secrets the step knows (API key, tokens, the database password and URLs, in every encoding a tool may print),
// so text the runner does not mask itself (the job summary, the migration record) can be redacted too. Redact
// before cutting text short: a cut through a secret would leave a part no masker recognises.

const secrets = new Set<string>()

export function rememberSecrets(values: Iterable<string>): void {
  for (const value of values) if (value) secrets.add(value)
}

/** Every known secret (and each given extra one) replaced with ***, longest first. */
export function redact(text: string, extra: readonly string[] = []): string {
  const all = [...secrets, ...extra.filter(Boolean)].sort((a, b) => b.length - a.length)
  return all.reduce((out, secret) => (out.includes(secret) ? out.split(secret).join('***') : out), text)
}

/** The longest secret known, in characters: text held back at a cut must be at least this long. */
export function longestSecret(extra: readonly string[] = []): number {
  return Math.max(0, ...[...secrets, ...extra].map((s) => s.length))
}
