// Code-forge notifications of the open-source projects the person follows: issue comments,
// pull-request reviews, CI failures, release notes, in the usual GitHub and GitLab shapes.
import type { Random } from '../../prng.ts'
import { dayTime, type Everyday } from './item.ts'

const REPOS = ['termfold/termfold', 'glossbridge/po-sync', 'verhulst/subtitle-tools'] as const
const PEOPLE = ['kaimori', 'lbrandt', 'ines-v', 'tomasz-k', 'rguidi'] as const
const TOPICS = [
  'Crash when the .po file has a BOM',
  'Add support for XLIFF 2.1',
  'Wrong plural forms for Portuguese',
  'Docs: clarify the --merge flag',
  'Timing drift after 90 minutes in long subtitles',
] as const

export function forgeMail(rng: Random, start: number, days: number): Everyday[] {
  const out: Everyday[] = []
  for (let i = 0; i < 40; i++) {
    const repo = rng.pick(REPOS)
    const who = rng.pick(PEOPLE)
    const topic = rng.pick(TOPICS)
    const n = rng.int(12, 480)
    const at = dayTime(rng, start, rng.int(0, days - 1))
    const gitlab = repo.startsWith('verhulst')
    const kind = rng.int(0, 3)
    if (gitlab)
      out.push({
        at,
        from: `${who} <gitlab@mg.gitlab.com>`,
        subject: `Re: ${repo.split('/')[1]} | ${topic} (#${n})`,
        body: `${who} commented:\n\nI can reproduce this on main, will look at it this week.\n\n—\nReply to this email directly or view it on GitLab.`,
        source: 'forge/gitlab',
      })
    else if (kind === 0)
      out.push({
        at,
        from: `${who} <notifications@github.com>`,
        subject: `Re: [${repo}] ${topic} (Issue #${n})`,
        body: `@${who} commented on this issue.\n\nThanks for the report — the fix is in #${n + 3}.\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because you were mentioned.`,
        source: 'forge/github',
      })
    else if (kind === 1)
      out.push({
        at,
        from: `${who} <notifications@github.com>`,
        subject: `Re: [${repo}] ${topic} (PR #${n})`,
        body: `@${who} approved this pull request.\n\nLooks good, one nit inline.\n\n—\nReply to this email directly or view it on GitHub.`,
        source: 'forge/github',
      })
    else if (kind === 2)
      out.push({
        at,
        from: `GitHub <notifications@github.com>`,
        subject: `[${repo}] Run failed: CI - main (${(n * 7919).toString(16).slice(0, 7)})`,
        body: `CI: Some jobs were not successful\n\ntest (ubuntu-latest) failed in 2m 14s\n\nView workflow run`,
        source: 'forge/github',
      })
    else
      out.push({
        at,
        from: `${who} <notifications@github.com>`,
        subject: `[${repo}] Release v${rng.int(1, 4)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
        body: `What's changed\n- ${topic}\n- Dependency updates\n\nFull changelog on GitHub.`,
        source: 'forge/github',
      })
  }
  return out
}
