/**
 * Where each rule explains itself: docs/rules/<id>.md, generated from the rule's meta and its file's
 * opening comment by `npm run docs` (tools/rule-docs.ts). The command line prints the path beside
 * every finding; the pane links each finding to it.
 */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}
