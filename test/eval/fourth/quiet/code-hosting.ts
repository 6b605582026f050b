// Code-hosting notifications of the quiet inbox: pull-request and issue threads in the manner of
// GitHub ("[owner/repo] Title (PR #n)", "Re: …") and GitLab ("project | Title (#n)"). Written for
// this set; repositories and people are made up.
import type { Thread } from './thread.ts'

const github = (name: string) => `${name} <notifications@github.com>`
const gitlab = (name: string) => `${name} <gitlab@mg.gitlab.com>`

const reply = (subject: string) => `Re: ${subject}`

export const CODE_THREADS: readonly Thread[] = [
  {
    subject: '[imogenb/trailmap] Add GPX export (PR #48)',
    reply,
    startDay: 1,
    posts: [
      {
        author: github('Stefan Krüger'),
        body: 'This adds a GPX export button to the route view. Tracks keep their elevation.\n\nYou can view, comment on, or merge this pull request online.\n\nFile changes: src/export/gpx.ts (+142), src/routes/view.tsx (+18 -3)',
      },
      {
        author: github('Imogen Blackwood'),
        body: '@stefankr looks great! Could you add a test for routes without elevation?',
      },
      {
        author: github('Stefan Krüger'),
        body: 'Done, added a fixture with a flat route.\n\n— Reply to this email directly or view it on GitHub.',
      },
      { author: github('ci-bot'), body: 'All checks have passed. 3 successful checks.' },
      { author: github('Imogen Blackwood'), body: 'Merged #48 into main.' },
    ],
  },
  {
    subject: '[openbikes/bikeshare-api] Station capacity is off by one (Issue #312)',
    reply,
    startDay: 3,
    posts: [
      {
        author: github('Lotte de Wit'),
        body: 'The capacity reported for station 1042 is 19, the dock has 20 slots. Looks like the broken-dock flag is subtracted twice.',
      },
      {
        author: github('Imogen Blackwood'),
        body: 'Confirmed on three stations in Brussels. I can send a fix if nobody is on it.',
      },
      {
        author: github('Mehdi Haddad'),
        body: 'Go ahead, assigned to you. The logic is in capacity.rs.',
      },
      {
        author: github('Imogen Blackwood'),
        body: 'Opened #315 with the fix and a regression test.',
      },
      { author: github('Mehdi Haddad'), body: 'Closed #312 as completed via #315.' },
    ],
  },
  {
    subject: '[openbikes/bikeshare-api] Release v2.8.0',
    reply,
    startDay: 14,
    posts: [
      {
        author: github('Mehdi Haddad'),
        body: 'v2.8.0\n\n- Fix station capacity (#315)\n- New endpoint for e-bike battery levels\n- Drop Node 18 support\n\nView release notes on GitHub.',
      },
    ],
  },
  {
    subject: 'trailmap | Tile cache eviction too aggressive (#57)',
    reply,
    startDay: 7,
    posts: [
      {
        author: gitlab('Aoife Byrne'),
        body: 'Aoife Byrne created an issue:\n\nOn mobile the tile cache is cleared every time the app goes to the background, so offline maps never work.',
      },
      {
        author: gitlab('Imogen Blackwood'),
        body: 'Imogen Blackwood commented:\n\nThe eviction runs on visibilitychange. We should only evict when the cache exceeds its budget.',
      },
      {
        author: gitlab('Aoife Byrne'),
        body: 'Aoife Byrne commented:\n\nMakes sense. I can test on an old Android phone.',
      },
      {
        author: gitlab('Imogen Blackwood'),
        body: 'Imogen Blackwood closed issue #57 via merge request !23.',
      },
    ],
  },
  {
    subject: 'trailmap | Fix tile cache eviction (!23)',
    reply,
    startDay: 10,
    posts: [
      {
        author: gitlab('Imogen Blackwood'),
        body: 'Imogen Blackwood opened merge request !23: Fix tile cache eviction\n\nCloses #57.',
      },
      { author: gitlab('Aoife Byrne'), body: 'Aoife Byrne approved this merge request.' },
      {
        author: gitlab('Pipeline'),
        body: 'Pipeline #88412 passed for !23 on branch fix/tile-eviction.',
      },
    ],
  },
]
