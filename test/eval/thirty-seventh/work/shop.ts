// The shop owner's work mail: the shop's contact form and a form builder (`ham`), new orders from
// the shop platform and payouts from the payment provider (`important`), marketplace buyer
// messages, weekly summaries from SaaS tools and supplier newsletters (`ham`).
import type { Random } from '../../prng.ts'
import { fill, numeric, token } from '../../nineteenth/records.ts'
import { wording } from '../wording.ts'
import { TOOLS, toolDomain, type Person } from '../people.ts'
import { AGENT_TEXTS } from './agent-texts.ts'
import { list, money, slug, weighted, type WorkItem } from './common.ts'
import { SHOP_TEXTS, type ShopTexts } from './shop-texts.ts'

type ShopClass = keyof Omit<ShopTexts, 'subjects' | 'messages' | 'items' | 'forms'>

const CLASSES: readonly (readonly [ShopClass, number])[] = [
  ['contact', 25],
  ['form', 10],
  ['order', 28],
  ['payout', 5],
  ['buyer', 12],
  ['saas', 12],
  ['supplier', 8],
]

const IMPORTANT: ReadonlySet<ShopClass> = new Set(['order', 'payout'])

function values(rng: Random, person: Person): Record<string, string> {
  const t = SHOP_TEXTS[person.lang]
  const visitor = rng.pick(list(AGENT_TEXTS[person.lang].customers))
  const items = rng.shuffle(list(t.items)).slice(0, rng.int(1, 3))
  return {
    shop: person.company,
    site: person.domain,
    vsubject: rng.pick(list(t.subjects)),
    visitor,
    vemail: `${slug(visitor)}@${rng.pick(['gmail.com', 'icloud.com', 'gmx.net', 'hotmail.com'])}`,
    vmessage: rng.pick(list(t.messages)),
    form: rng.pick(list(t.forms)),
    phone: `+${rng.int(30, 49)} ${numeric(rng, 3)} ${numeric(rng, 6)}`,
    order: numeric(rng, 5),
    amount: money(rng, person.lang, 18, 420),
    items: items.join(', '),
    item: items[0]!,
    platform: TOOLS.platform,
    pay: TOOLS.pay,
    market: TOOLS.market,
    buyer: visitor.split(' ')[0]!,
    tool: rng.pick(TOOLS.saas),
    supplier: rng.pick(TOOLS.suppliers),
    first: person.first,
    last4: numeric(rng, 4),
    link: `https://${rng.pick(['admin', 'app', 'my'])}.${toolDomain(TOOLS.platform)}/${token(rng, 12)}`,
  }
}

function sender(cls: ShopClass, person: Person, v: Record<string, string>): string {
  switch (cls) {
    case 'contact':
      return `${person.domain} <wordpress@${person.domain}>`
    case 'form':
      return `${TOOLS.saas[0]} Forms <notifications@${toolDomain(TOOLS.saas[0]!)}>`
    case 'order':
      return `${TOOLS.platform} <orders@${toolDomain(TOOLS.platform)}>`
    case 'payout':
      return `${TOOLS.pay} <payouts@${toolDomain(TOOLS.pay)}>`
    case 'buyer':
      return `${TOOLS.market} <messages@${toolDomain(TOOLS.market)}>`
    case 'saas':
      return `${v.tool} <hello@${toolDomain(v.tool!)}>`
    default:
      return `${v.supplier} <news@${toolDomain(v.supplier!)}>`
  }
}

export function shopMail(rng: Random, person: Person, at: number, id: string): WorkItem {
  const cls = weighted(rng, CLASSES)
  const v = values(rng, person)
  const text = wording(SHOP_TEXTS[person.lang][cls])
  return {
    mail: {
      id,
      at,
      from: sender(cls, person, v),
      subject: fill(text.subject, v),
      body: fill(text.body, v),
      to: person.address,
    },
    label: IMPORTANT.has(cls) ? 'important' : 'ham',
    cls,
  }
}
