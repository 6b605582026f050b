// The reviewed sites of network-allowlist.json. A finding passes only when its rule and detail
// are listed and the build holds exactly as many of them as listed: one more is a site nobody
// reviewed, one fewer is room left for one. An entry the build no longer needs is an error too.
import type { FileFinding } from './scan.ts'

export interface AllowedSite {
  rule: string
  detail: string
  /** How many such sites each build target holds. */
  count: number
  /** Why this site opens no connection the README does not own up to. */
  reason: string
}

export interface Allowlist {
  sites: AllowedSite[]
}

/** Problems of one build target against the allowlist, as printable lines. */
export function allowlistProblems(findings: readonly FileFinding[], allow: Allowlist): string[] {
  const groups = new Map<string, FileFinding[]>()
  for (const finding of findings) {
    const key = `${finding.rule}: ${finding.detail}`
    groups.set(key, [...(groups.get(key) ?? []), finding])
  }
  const problems: string[] = []
  for (const [key, group] of groups) {
    const site = allow.sites.find((entry) => `${entry.rule}: ${entry.detail}` === key)
    if (site && group.length === site.count) continue
    const sites = group.map((finding) => `${finding.file}:${finding.line}`)
    const where = [...new Set(sites)].slice(0, 8).join(', ') + (sites.length > 8 ? ', …' : '')
    problems.push(`${key} (${group.length}, allowed ${site?.count ?? 0}) at ${where}`)
  }
  for (const site of allow.sites)
    if (!groups.has(`${site.rule}: ${site.detail}`))
      problems.push(`${site.rule}: ${site.detail} is allowed but no longer in the build`)
  return problems
}

/** Entries without a reason are not reviewed. */
export function unreviewed(allow: Allowlist): string[] {
  return allow.sites
    .filter((site) => site.reason.trim().length < 20)
    .map((site) => `${site.rule}: ${site.detail} has no reason`)
}
