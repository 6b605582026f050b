// Labelled synthetic inboxes: relay waves, genuine tickets (hard negatives), a user-initiated
// burst of acknowledgements, app look-alikes, newsletters and transactional mail from the same
// brands, and important mail inside the waves. Three splits with disjoint brands and payloads:
// "dev" and "dev-b" were looked at while the rules were tuned; "heldout" never was.
import { genuineTicket, pick, RELAY_RENDERERS, rng, type Rendered, type Rng } from './render.ts'
import { DAY, DEV, DEV_B, HELDOUT, START, TITLES, type SplitSpec } from './specs.ts'

export type Label = 'relay' | 'genuine-helpdesk' | 'important' | 'other'

export interface LabelledMail {
  record: {
    id: string
    date: string
    from: string
    subject: string
    snippet: string
    folder?: 'inbox' | 'sent'
    to?: string
  }
  label: Label
  /** Which synthetic wave a relay mail belongs to. */
  wave?: string
}

export type SplitName = 'dev' | 'dev-b' | 'heldout'

export function buildSplit(name: SplitName): LabelledMail[] {
  const spec = { dev: DEV, 'dev-b': DEV_B, heldout: HELDOUT }[name]
  const random = rng(spec.seed)
  const mails: LabelledMail[] = []
  let serial = 0
  const add = (
    date: number,
    rendered: Rendered,
    label: Label,
    extra: Partial<LabelledMail> = {},
    folder?: 'sent',
    to?: string,
  ) => {
    serial++
    const record = {
      id: `${name}-${serial}`,
      date: new Date(date).toISOString(),
      ...rendered,
      ...(folder ? { folder, to } : {}),
    }
    mails.push({ record, label, ...extra })
  }
  spec.waves.forEach((wave, w) =>
    addWave(random, spec, START + (2 + w * 4) * DAY + random() * DAY, wave, `${name}-w${w}`, add),
  )
  addGenuineTickets(random, spec, add)
  addUserBurst(random, spec, add)
  addEverydayMail(random, spec, add)
  return mails
}

type Add = (
  date: number,
  rendered: Rendered,
  label: Label,
  extra?: Partial<LabelledMail>,
  folder?: 'sent',
  to?: string,
) => void

function addWave(
  random: Rng,
  spec: SplitSpec,
  start: number,
  wave: SplitSpec['waves'][number],
  id: string,
  add: Add,
): void {
  let time = start
  const payload = pick(random, spec.payloads)
  for (let i = 0; i < wave.size; i++) {
    const brand = pick(random, spec.brands)
    const render = pick(random, RELAY_RENDERERS)
    add(
      time,
      render(
        brand,
        random() < 0.7 ? payload : pick(random, spec.payloads),
        10_000 + Math.floor(random() * 90_000),
      ),
      'relay',
      { wave: id },
    )
    // The mail that matters, buried in the flood.
    if (i === Math.floor(wave.size / 2))
      add(
        time + 1_000,
        {
          subject: 'Your password was changed',
          snippet: 'If you did not make this change, secure your account now.',
          from: 'Security <no-reply@accounts.example.net>',
        },
        'important',
      )
    const [low, high] = wave.gapSeconds
    time += (low + random() * (high - low)) * 1_000
  }
}

function addGenuineTickets(random: Rng, spec: SplitSpec, add: Add): void {
  for (let i = 0; i < 40; i++) {
    const brand = pick(random, spec.brands)
    const opened = START + random() * 30 * DAY
    // Half are opened by mail (the Sent folder shows it), half through a web form (no trace).
    const title = `${pick(random, TITLES)} (${brand.name} ${i})`
    if (i % 2 === 0)
      add(
        opened - 120_000,
        {
          subject: title,
          snippet: 'Hello, I cannot log in since yesterday.',
          from: 'Me <me@example.org>',
        },
        'other',
        {},
        'sent',
        `support@${brand.host}`,
      )
    genuineTicket(brand, 30_000 + i, title).forEach((rendered, step) =>
      add(opened + step * (0.3 + random()) * DAY, rendered, 'genuine-helpdesk'),
    )
  }
}

function addUserBurst(random: Rng, spec: SplitSpec, add: Add): void {
  // A user sends data-deletion requests to twelve companies and gets twelve acknowledgements.
  const start = START + 20 * DAY + random() * DAY
  spec.brands.slice(0, 12).forEach((brand, i) => {
    add(
      start + i * 60_000,
      {
        subject: 'GDPR erasure request',
        snippet: 'Please delete all personal data you hold about me.',
        from: 'Me <me@example.org>',
      },
      'other',
      {},
      'sent',
      `privacy@${brand.host}`,
    )
    add(
      start + 30 * 60_000 + i * 90_000,
      {
        subject: `Request received: GDPR erasure request`,
        snippet: ZD_ACK(40_000 + i),
        from: `${brand.name} Privacy <privacy@${brand.host}>`,
      },
      'genuine-helpdesk',
    )
  })
}

const ZD_ACK = (ticket: number) =>
  `Your request (${ticket}) has been received and is being reviewed by our support staff.`

function addEverydayMail(random: Rng, spec: SplitSpec, add: Add): void {
  const everyday: [Rendered, Label][] = [
    [
      {
        subject: 'Your order #4411 has shipped',
        snippet: 'Track your parcel with the tracking number below.',
        from: 'Shop <orders@shop.example.com>',
      },
      'important',
    ],
    [
      {
        subject: 'New sign-in to your account',
        snippet: 'We noticed a new sign-in from Firefox on Linux.',
        from: 'Accounts <no-reply@accounts.example.net>',
      },
      'important',
    ],
    [
      {
        subject: 'Transaction alert',
        snippet: 'Your card was charged 42.00 EUR.',
        from: 'Bank <alerts@bank.example>',
      },
      'important',
    ],
    [
      {
        subject: 'Application received',
        snippet: 'Your application has been received and is being reviewed by our hiring team.',
        from: 'Jobs <jobs@careers.example.com>',
      },
      'other',
    ],
    [
      {
        subject: 'Lunch on Friday?',
        snippet: 'Are you free on Friday for lunch at noon?',
        from: 'Sam <sam@example.org>',
      },
      'other',
    ],
  ]
  for (let i = 0; i < 600; i++) {
    const date = START + random() * 40 * DAY
    if (i % 4 === 0) {
      const brand = pick(random, spec.brands)
      add(
        date,
        {
          subject: `${brand.name} news: what is new this month`,
          snippet: 'Read about our latest features. Unsubscribe at any time.',
          from: `${brand.name} <news@${brand.host.replace('.zendesk.com', '.example.com')}>`,
        },
        'other',
      )
      continue
    }
    const [rendered, label] = pick(random, everyday)
    add(date, rendered, label)
  }
}
