// Everyday developer mail of the third set: GitHub, GitLab, Jira and Linear notifications.
import type { Random } from '../prng.ts'
import type { Person } from './people.ts'
import { ticketOf } from './render.ts'

export const REPOS = [
  'tidewell/routing-engine',
  'kelp-labs/snapshot-diff',
  'oxbow-dev/cli',
  'larkhill/tiles',
]
export const ISSUE_TITLES = [
  'Crash when config file has a BOM',
  'Support for ARM64 builds',
  'Flaky test in parser_spec',
  'Docs: clarify the --dry-run flag',
  'Memory grows on long imports',
  'Bump esbuild to 0.28',
  'Timezone off by one hour in exports',
  'Add retry to the upload step',
]
export const DEVS = [
  'Priya Raman',
  'Tomás Vidal',
  'Greta Lund',
  'Oskar Brenner',
  'Aiko Mori',
  'Femi Adeyemi',
]
export const JIRA_KEYS = ['PAY', 'OPS', 'WEB', 'DATA']
export const JIRA_TITLES = [
  'Checkout button misaligned on Safari',
  'Nightly export job times out',
  'Rotate API keys for staging',
  'Add audit log for role changes',
  'Customer CSV import drops umlauts',
]

export interface Mail {
  from: string
  subject: string
  body: string
  source: string
  folder?: 'sent'
  to?: string
}

export function github(rng: Random, person: Person): Mail {
  const repo = rng.pick(REPOS)
  const n = rng.int(12, 980)
  const title = rng.pick(ISSUE_TITLES)
  const dev = rng.pick(DEVS)
  const kind = rng.int(0, 3)
  if (kind === 0)
    return {
      from: `${dev} <notifications@github.com>`,
      subject: `Re: [${repo}] ${title} (Issue #${n})`,
      body: `${rng.pick(['I can reproduce this on main.', 'Fixed in the linked PR, can you confirm?', 'Closing as duplicate of #' + (n - 3) + '.'])}\n\n—\nReply to this email directly, view it on GitHub or unsubscribe.\nYou are receiving this because you were mentioned.`,
      source: 'github',
    }
  if (kind === 1)
    return {
      from: `${dev} <notifications@github.com>`,
      subject: `[${repo}] ${title} (PR #${n})`,
      body: `${dev.split(' ')[0]} requested your review on: ${repo}#${n}.\n\nFiles changed: 4\n\n—\nYou are receiving this because your review was requested.`,
      source: 'github',
    }
  if (kind === 2)
    return {
      from: 'GitHub <notifications@github.com>',
      subject: `[${repo}] Run failed: CI - main (${ticketOf(rng, '#######').replace(/\d/gu, (d) => 'abcdef0123'[Number(d)]!)})`,
      body: `CI: Some jobs were not successful\nlint succeeded, test (20.x) failed in 3m 12s.\nView workflow run`,
      source: 'github',
    }
  return {
    from: `${dev} <notifications@github.com>`,
    subject: `Re: [${repo}] ${title} (PR #${n})`,
    body: `@${person.first.toLowerCase()} ${rng.pick(['LGTM, merging after CI.', 'Left two nits inline.', 'Rebased on main.'])}\n\n—\nReply to this email directly or view it on GitHub.`,
    source: 'github',
  }
}

export function gitlab(rng: Random): Mail {
  const project = rng.pick(['infra / terraform-modules', 'web / storefront', 'data / pipelines'])
  const n = rng.int(3, 400)
  return rng.chance(0.5)
    ? {
        from: `${rng.pick(DEVS)} <gitlab@gitlab.example-corp.net>`,
        subject: `Re: ${project} | ${rng.pick(ISSUE_TITLES)} (#${n})`,
        body: `${rng.pick(DEVS)} commented: "I pushed a fix to the branch."\n\nReply to this email directly or view it on GitLab.`,
        source: 'gitlab',
      }
    : {
        from: 'GitLab <gitlab@gitlab.example-corp.net>',
        subject: `${project.replace(/ /gu, '')} | Pipeline #${rng.int(10000, 99999)} has ${rng.pick(['failed', 'been fixed', 'succeeded'])} for main`,
        body: `Pipeline #${n} triggered by ${rng.pick(DEVS)}\nCommit: ${rng.pick(ISSUE_TITLES)}\nYou're receiving this email because of your account on gitlab.example-corp.net.`,
        source: 'gitlab',
      }
}

export function jira(rng: Random): Mail {
  const key = `${rng.pick(JIRA_KEYS)}-${rng.int(100, 2400)}`
  const title = rng.pick(JIRA_TITLES)
  const dev = rng.pick(DEVS)
  const variants: Mail[] = [
    {
      from: `${dev} (Jira) <jira@oxbowdev.atlassian.net>`,
      subject: `[JIRA] (${key}) ${title}`,
      body: `${dev} changed the status to In Review.\n\n${key}: ${title}\nGet Jira notifications on your phone!`,
      source: 'jira',
    },
    {
      from: `${dev} (Jira) <jira@oxbowdev.atlassian.net>`,
      subject: `Re: [JIRA] (${key}) ${title}`,
      body: `${dev} mentioned you on ${key}: "can you check the logs from last night?"`,
      source: 'jira',
    },
    {
      from: `Jira <jira@oxbowdev.atlassian.net>`,
      subject: `[Jira] Updates for ${key}: ${title}`,
      body: `There are 3 updates on ${key}.\nAssignee: ${dev}\nPriority: Medium`,
      source: 'jira',
    },
  ]
  return rng.pick(variants)
}

export function linear(rng: Random): Mail {
  const key = `ENG-${rng.int(100, 900)}`
  const title = rng.pick(ISSUE_TITLES)
  return rng.pick([
    {
      from: 'Linear <notifications@linear.app>',
      subject: `[${key}] ${title}`,
      body: `${rng.pick(DEVS)} assigned ${key} to you.\nStatus: Todo · Priority: High\nView issue in Linear`,
      source: 'linear',
    },
    {
      from: `${rng.pick(DEVS)} via Linear <notifications@linear.app>`,
      subject: `Re: ${key} ${title}`,
      body: `New comment: "Moved to next cycle, blocked on infra."\nReply to comment or view in Linear.`,
      source: 'linear',
    },
  ])
}
