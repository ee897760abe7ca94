// Rule ids as the disable_rules input and the CLI's --disable take them: separated by commas or white space
// (one per line included). No imports: inputs.ts parses with it without loading the doctor.

export function parseRuleList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean)
}
