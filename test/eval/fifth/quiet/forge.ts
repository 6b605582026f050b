// Code-forge notifications in the style of GitHub and a self-hosted GitLab: issue and pull
// request comments, review requests, CI results and mentions on the projects of her lists.
import type { Random } from '../../prng.ts'
import { at, type QuietMail } from './kit.ts'

const PEOPLE = [
  'Kwame Boateng',
  'Jürgen Haberkorn',
  'Linnea Sjöberg',
  'Tomasz Wróblewski',
  'Gaëlle Marchetti',
]

const ISSUES: readonly [string, string, string][] = [
  ['tidepool/tidepool', 'Flaky test_backfill_window on ARM runners', 'Issue #2291'],
  ['tidepool/tidepool', 'Pass scheduler clock to workers', 'PR #2293'],
  ['tidepool/tidepool', 'Deprecation warning for Python 3.9', 'PR #2301'],
  ['quillsql/quill', 'Parquet export: keep UTC for TIMESTAMPTZ', 'Issue #877'],
  ['quillsql/quill', 'docs: make utc export example visible', 'PR #881'],
  ['pinemap/pinemap-native', 'Warn when mbtiles file is missing', 'Issue #1402'],
]

const COMMENTS = [
  'Thanks, I can confirm this on main as well.',
  'LGTM, one small nit inline.',
  'Could you add a test for the empty case?',
  'Rebased on main, CI is green now.',
  'Merging once the docs build passes.',
  'I think this also fixes #2287, can you check?',
]

export function forgeMail(rng: Random): QuietMail[] {
  const out: QuietMail[] = []
  for (let i = 0; i < 60; i++) {
    const [repo, title, kind] = ISSUES[i % ISSUES.length]!
    const who = rng.pick(PEOPLE)
    const comment = rng.pick(COMMENTS)
    const number = kind.replace(/\D/gu, '')
    out.push({
      at: at(rng.int(0, 20), rng.int(6, 23), rng.int(0, 59)),
      from: `${who} <notifications@github.com>`,
      subject: `Re: [${repo}] ${title} (${kind})`,
      body: `${comment}\n\n—\nReply to this email directly, view it on GitHub: https://github.com/${repo}/${kind.startsWith('PR') ? 'pull' : 'issues'}/${number}#issuecomment-${rng.int(1_000_000, 9_999_999)}\nYou are receiving this because you were mentioned.`,
      source: 'github',
      lang: 'en',
    })
  }
  const gitlab: readonly [string, string][] = [
    [
      'Lumen | Sharing dialog loses keyboard focus (#418)',
      'Linnea Sjöberg commented: I can reproduce with Orca on Firefox. Focus jumps to the body after closing the picker.',
    ],
    [
      'Lumen | Pipeline #90214 has failed for release-5',
      'Pipeline #90214 triggered by Femke Oyelaran has failed. Job i18n:check-placeholders failed in stage test.',
    ],
    [
      'Lumen | Pipeline #90219 has been fixed for release-5',
      'Pipeline #90219 triggered by Femke Oyelaran has succeeded.',
    ],
    [
      'Lumen | Review requested: Dutch strings for sharing dialog (!1290)',
      'Jürgen Haberkorn requested your review of !1290.',
    ],
    [
      'Re: Lumen | Dutch strings for sharing dialog (!1290)',
      'Jürgen Haberkorn: "Bestanden delen" reads better than "Delen van bestanden" here, otherwise approved.',
    ],
    [
      'Lumen | Merge request !1290 was merged',
      'Merge request !1290 "Dutch strings for sharing dialog" was merged by Linnea Sjöberg.',
    ],
    [
      'Lumen | You were mentioned in #422',
      'Ana Luísa Pires mentioned you: @femke do we use "partilhar" or "compartilhar" in pt-PT?',
    ],
    [
      'Re: Lumen | Glossary: workspace (#409)',
      'Gaëlle Marchetti: closing as decided on the list, thanks everyone.',
    ],
  ]
  gitlab.forEach(([subject, body], i) => {
    out.push({
      at: at(2 + i * 2, rng.int(8, 20), rng.int(0, 59)),
      from: 'GitLab <gitlab@git.lumen-project.example>',
      subject,
      body: `${body}\n\n—\nReply to this email directly or view it on GitLab.\nYou're receiving this email because of your account on git.lumen-project.example.`,
      source: 'gitlab',
      lang: 'en',
    })
  })
  return out
}
