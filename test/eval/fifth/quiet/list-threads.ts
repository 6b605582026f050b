// Mailing-list threads of made-up open-source projects: who posts, in what order, and what they
// say. Replies carry the prefix their mail client writes (Re:, AW:, SV:, Odp:, Réf :).
export interface Poster {
  name: string
  address: string
  /** The reply prefix of this poster's mail client. */
  prefix: string
}

export interface Thread {
  list: string
  subject: string
  /** Poster index and text of each message; the first starts the thread. */
  posts: readonly [number, string][]
}

export const POSTERS: readonly Poster[] = [
  { name: 'Femke Oyelaran', address: 'femke.oyelaran@inbox.example', prefix: 'Re:' },
  { name: 'Jürgen Haberkorn', address: 'jh@haberkorn.example', prefix: 'AW:' },
  { name: 'Linnea Sjöberg', address: 'linnea.sjoberg@post.example', prefix: 'SV:' },
  { name: 'Tomasz Wróblewski', address: 'tomasz.w@poczta.example', prefix: 'Odp:' },
  { name: 'Gaëlle Marchetti', address: 'gaelle.marchetti@laposte.example', prefix: 'Réf :' },
  { name: 'Kwame Boateng', address: 'kwame@boateng.example', prefix: 'Re:' },
  { name: 'Ana Luísa Pires', address: 'analuisa.pires@correio.example', prefix: 'RE:' },
]

export const THREADS: readonly Thread[] = [
  {
    list: 'tidepool-dev',
    subject: 'Flaky scheduler test after the 2.4 upgrade',
    posts: [
      [
        0,
        'Since 2.4.0 test_backfill_window fails about one run in five on CI. It looks like the clock mock is not applied to the worker threads. Anyone else seeing this?',
      ],
      [
        1,
        'Yes, same here on ARM runners. Pinning freezegun to 1.4 makes it pass, so I suspect the new version changed how threads pick up the patched time.',
      ],
      [2, 'I can reproduce locally with -n 4. Opened issue #2291 with a minimal case.'],
      [0, 'Thanks both. I will try the pin and report back on the issue.'],
      [
        3,
        'Patch is up in PR #2293: the worker now receives the clock from the scheduler instead of calling time.time() directly.',
      ],
    ],
  },
  {
    list: 'tidepool-dev',
    subject: 'Proposal: drop Python 3.9 in 2.6',
    posts: [
      [
        5,
        '3.9 reaches end of life this year. Dropping it would let us use match statements and the newer typing syntax. Objections?',
      ],
      [
        4,
        'Pas d’objection de mon côté, mais annonçons-le dans les notes de version 2.5 pour laisser le temps aux utilisateurs.',
      ],
      [1, '+1, with a deprecation warning in 2.5.'],
      [5, 'Agreed, I will add the warning and a line in the changelog.'],
    ],
  },
  {
    list: 'quillsql-users',
    subject: 'Query planner slow with nested CTEs',
    posts: [
      [
        6,
        'Planning a query with 6 nested CTEs takes 4 seconds on 0.18, execution only 200 ms. Is that expected?',
      ],
      [
        2,
        'Try setting cte_inline_threshold = 0; the planner then treats them as materialised and stops exploring join orders inside each one.',
      ],
      [6, 'That brought planning down to 300 ms, thanks! Should this be the default?'],
      [3, 'There is an open discussion about it for 0.19, see the roadmap thread.'],
      [0, 'We hit the same thing in our dashboards. Setting it per session works well for us.'],
    ],
  },
  {
    list: 'quillsql-users',
    subject: 'Parquet export loses timezone',
    posts: [
      [
        0,
        'Exporting a TIMESTAMPTZ column to Parquet writes it as a naive timestamp. Is there an option to keep UTC?',
      ],
      [
        5,
        "Use EXPORT ... WITH (timestamp_unit = 'us', utc = true). It is documented under Formats, but easy to miss.",
      ],
      [0, 'Works, thank you. I will send a docs PR to make the example more visible.'],
    ],
  },
  {
    list: 'lumen-i18n',
    subject: 'pt-PT vs pt-BR: translating "workspace"',
    posts: [
      [
        6,
        'In pt-BR we use "espaço de trabalho". For pt-PT I would keep the same, but some users asked for "área de trabalho". Opinions?',
      ],
      [
        0,
        'I would keep "espaço de trabalho": "área de trabalho" is the desktop in most OS translations.',
      ],
      [4, 'Même débat en français : nous avons gardé « espace de travail » pour la même raison.'],
      [6, 'Decided: "espaço de trabalho" in both. Updating the glossary.'],
    ],
  },
  {
    list: 'lumen-i18n',
    subject: 'Dutch strings for release 5 frozen',
    posts: [
      [2, 'String freeze for release 5 is Friday. Dutch is at 94 %, Swedish at 100 %.'],
      [0, 'I will finish the remaining Dutch strings tonight, mostly the new sharing dialog.'],
      [1, 'German is at 98 %, the last ones are legal texts waiting for review.'],
      [2, 'Great, thanks all. Reminder: do not translate placeholder names like {count}.'],
    ],
  },
  {
    list: 'pinemap-discuss',
    subject: 'Offline vector tiles on Android',
    posts: [
      [
        3,
        'Has anyone bundled an MBTiles file in an Android app with pinemap-native 3? The style loads but tiles stay blank.',
      ],
      [5, 'The URL must be mbtiles:///absolute/path, three slashes. Relative paths silently fail.'],
      [3, 'That was it. Maybe the error could be louder?'],
      [1, 'Good point, I opened an issue to log a warning when the file is not found.'],
      [0, 'Thanks for this thread, saved me an afternoon.'],
    ],
  },
  {
    list: 'pinemap-discuss',
    subject: 'Community call on Thursday',
    posts: [
      [
        5,
        'Next community call Thursday 17:00 UTC. Agenda: 3.1 roadmap, globe view, docs sprint. Add topics in the wiki.',
      ],
      [4, 'Je ne pourrai pas être là, mais j’ai ajouté deux points sur la documentation.'],
      [2, 'I will take notes and post them here afterwards.'],
      [
        2,
        'Notes from today: 3.1 beta in December, globe view behind a flag, docs sprint in January.',
      ],
    ],
  },
  {
    list: 'tidepool-users',
    subject: 'Retry policy for HTTP sources',
    posts: [
      [6, 'How do I retry only on 429 and 503 but not on 500?'],
      [1, 'Pass retry_on=[429, 503] to HttpSource; the default retries every 5xx.'],
      [6, 'Perfect, thanks.'],
    ],
  },
  {
    list: 'quillsql-dev',
    subject: 'Benchmark results for the new hash join',
    posts: [
      [
        3,
        'New hash join is 1.8x faster on TPC-H q9 at SF10, no regressions elsewhere. Full table attached.',
      ],
      [5, 'Impressive. Memory use?'],
      [3, 'About 12 % higher peak; spilling kicks in earlier if you set work_mem.'],
      [1, 'Can we get numbers on the ARM box too before merging?'],
      [3, 'Running now, will post tomorrow.'],
      [3, 'ARM: 1.6x faster, same memory profile. I think we are good.'],
    ],
  },
]

export const ANNOUNCEMENTS: readonly [string, string, string][] = [
  [
    'tidepool-announce',
    'Tidepool 2.4.1 released',
    'Tidepool 2.4.1 is out. Fixes: scheduler clock in worker threads (#2291), S3 source pagination, docs typos. Upgrade with pip install -U tidepool.',
  ],
  [
    'quillsql-announce',
    'QuillSQL 0.19.0',
    'Highlights: faster hash join, CTE inlining threshold, Parquet UTC option, 41 bug fixes. Full release notes on the website.',
  ],
  [
    'pinemap-announce',
    'pinemap-native 3.0.4',
    'Bug-fix release: blank offline tiles now log a warning, iOS memory leak in symbol layer fixed.',
  ],
  [
    'lumen-announce',
    'Lumen 5.0 – release candidate 1',
    'RC1 is available for testing. New sharing dialog, 23 languages complete. Please report regressions before 1 December.',
  ],
  [
    'tidepool-announce',
    'Tidepool 2.5.0b1 (beta)',
    'First beta of 2.5: deprecation warning for Python 3.9, new retry_on option, async sinks. Please test and report.',
  ],
  [
    'quillsql-announce',
    'QuillSQL 0.19.1 (security)',
    'Fixes a crash when parsing malformed CSV headers. All users of 0.19.0 should upgrade.',
  ],
]
