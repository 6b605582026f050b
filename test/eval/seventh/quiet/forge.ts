// Code-forge notifications of a translator who keeps glossaries and a subtitle tool on GitHub
// and a GitLab instance: issue and pull-request comments, reviews, CI failures. Shapes follow
// GitHub's and GitLab's notification mails (subject tags, "Reply to this email directly").
import type { Random } from '../../prng.ts'
import type { Everyday } from './types.ts'

const REPOS = ['lanzoni/glossari-medici', 'subtitle-kit/subkit', 'open-termbase/termbase']
const TITLES = [
  'Add Dutch medical abbreviations',
  'SRT export drops the last cue',
  'Support for Portuguese (Brazil) plural rules',
  'Typo in cardiology glossary',
  'Timing offset when frame rate is 23.976',
  'CI: lint job fails on Node 22',
  'Import TBX 3 files',
]
const PEOPLE = ['mkovacs', 'j-verhaegen', 'anapaula-dev', 'tschulze', 'rdelacroix']

export function forgeMail(rng: Random, at: () => number): Everyday[] {
  const out: Everyday[] = []
  for (let i = 0; i < 34; i++) {
    const repo = rng.pick(REPOS)
    const title = rng.pick(TITLES)
    const who = rng.pick(PEOPLE)
    const n = rng.int(12, 340)
    const pr = rng.chance(0.4)
    out.push({
      at: at(),
      from: `${who} <notifications@github.com>`,
      subject: `${rng.chance(0.6) ? 'Re: ' : ''}[${repo}] ${title} (${pr ? 'PR' : 'Issue'} #${n})`,
      body: `${who} left a comment (${repo}#${n})\n\n${rng.pick(['Thanks, looks good to me.', 'I can reproduce this on main.', 'Could you add a test for the edge case?', 'Merged, thank you!', 'Closing as duplicate of an older issue.'])}\n\n—\nReply to this email directly, view it on GitHub: https://github.com/${repo}/${pr ? 'pull' : 'issues'}/${n}\nYou are receiving this because you are subscribed to this thread.`,
      source: 'github',
    })
  }
  for (let i = 0; i < 10; i++) {
    const n = rng.int(3, 90)
    const failed = rng.chance(0.4)
    out.push({
      at: at(),
      from: 'GitLab <gitlab@git.verbaline.example>',
      subject: failed
        ? `Failed pipeline for main | subtitle-pipeline | ${rng.int(1000, 9999)}`
        : `subtitle-pipeline | ${rng.pick(TITLES)} (#${n})`,
      body: failed
        ? 'Your pipeline has failed.\nProject: translators / subtitle-pipeline\nBranch: main\nJob: test (exit code 1)'
        : `${rng.pick(PEOPLE)} commented on issue #${n}:\n\nI pushed a fix to the branch, please check.\n\nReply to this email directly or view it on GitLab.`,
      source: 'gitlab',
    })
  }
  return out
}
