// A schema dump can hold secrets that are no secrets of this step, so redaction (src/redact.ts) does not know them:
// a foreign server's user mapping (`OPTIONS (password 'x')`), a connection string in a view or function
// (`postgresql://user:x@host`, `host=h password=x`). The diff goes to the job summary and to a pull request comment,
// which everyone who can read the repository sees, so such values are hidden before the diff is shown anywhere.

const OPTION =
  /((?:^|[\s(,])"?(?:password|passwd|pass|secret|token|api_?key|access_key|secret_key)"?\s+')((?:[^']|'')*)(')/gi
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s'"]*:)([^@\s'"/]+)(@)/gi
const KEYWORD_VALUE = /(\b(?:password|passwd|sslpassword)\s*=\s*)('(?:[^']|'')*'|[^\s'";)]+)/gi

/** The line with the values of password-like options and URL or key=value passwords replaced by ***. */
export function scrubSchemaSecrets(line: string): string {
  return line
    .replace(OPTION, (_, before: string, value: string, after: string) => (value ? `${before}***${after}` : _))
    .replace(URL_CREDENTIALS, '$1***$3')
    .replace(KEYWORD_VALUE, '$1***')
}
