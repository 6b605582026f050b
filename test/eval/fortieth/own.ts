// Bursts the person caused: sign-ups, newsletters and support requests they wrote themselves,
// several within an hour, with what follows days later (reminders for the links they forgot,
// welcomes for the ones they clicked, ticket reminders, solved notices, surveys). The follow-ups
// use the trail's own texts: the person's mail reads like the attackers'.
import type { Random } from '../prng.ts'
import { fill, numeric, token, type Mail } from '../nineteenth/records.ts'
import type { Lang } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { companyDomain, companyName, PERSONA_STEMS } from './companies.ts'
import type { Person } from './people.ts'
import { wordingFor, type Company, type Profile } from './roster.ts'
import { otherRow, pickKind, senderRow } from './senders.ts'
import { delayOf, stepMail, stepsFor, type Step } from './trail.ts'
import type { Family, FortiethLabel } from './types.ts'
import type { Labelled } from './waves.ts'

export type OwnType = 'signup' | 'newsletter' | 'ticket'

const REQUESTS: Record<Lang, readonly string[]> = {
  en: [
    'Invoice shows the wrong VAT number',
    'Charged twice for one order',
    'Cannot log in since the update',
  ],
  de: ['Rechnung mit falscher USt-IdNr.', 'Doppelt abgebucht', 'Login geht seit dem Update nicht'],
  fr: [
    'Facture avec un mauvais numéro de TVA',
    'Débité deux fois',
    'Connexion impossible depuis la mise à jour',
  ],
  es: ['Factura con NIF incorrecto', 'Cobro duplicado', 'No puedo entrar desde la actualización'],
  pt: ['Fatura com NIF errado', 'Cobrança em duplicado', 'Não consigo entrar desde a atualização'],
  it: [
    'Fattura con partita IVA errata',
    'Addebito doppio',
    'Non riesco ad accedere dopo l’aggiornamento',
  ],
  nl: [
    'Factuur met verkeerd btw-nummer',
    'Dubbel afgeschreven',
    'Kan niet inloggen sinds de update',
  ],
}

const FAMILY: Record<OwnType, Family> = {
  signup: 'verification',
  newsletter: 'subscription',
  ticket: 'helpdesk',
}

function ownCompany(rng: Random, person: Person, type: OwnType, n: number): Company {
  const stem = rng.pick(PERSONA_STEMS)
  const sector = n % 8
  const who = {
    stem,
    name: companyName(stem, person.lang, sector),
    domain: companyDomain(stem, person.lang, sector),
  }
  const family = FAMILY[type]
  const chosen = wordingFor(rng, person.lang, family)
  const profile: Profile =
    type === 'ticket'
      ? rng.pick(['ticket-full', 'ticket-solved', 'ticket-inactive'] as const)
      : 'none'
  return {
    id: `${stem}-${sector}`,
    lang: person.lang,
    ...who,
    family,
    ...chosen,
    row: senderRow(rng, who, family, pickKind(rng)),
    notice: otherRow(rng, who, 'notice'),
    marketing: otherRow(rng, who, 'marketing'),
    profile,
  }
}

/** What follows a sign-up or a newsletter: a welcome after the click, reminders if forgotten. */
function signupSteps(rng: Random, c: Company, type: OwnType, t0: number): Step[] {
  const clicked = rng.chance(0.65)
  if (clicked) {
    const click = t0 + rng.int(1, 10) * MINUTE
    const steps: Step[] = [
      { step: 'welcome', kind: 'welcome', at: click + rng.int(1, 5) * MINUTE, row: c.row },
    ]
    if (type === 'signup')
      steps.push({
        step: 'tips',
        kind: 'welcome',
        at: t0 + rng.int(20, 50) * HOUR,
        row: c.marketing,
      })
    return steps
  }
  if (type === 'newsletter')
    return [
      {
        step: 'confirm-reminder',
        kind: 'confirm-reminder',
        at: t0 + rng.int(20, 70) * HOUR,
        row: c.row,
      },
    ]
  return stepsFor(
    rng,
    { ...c, profile: rng.chance(0.5) ? 'remind-full' : 'remind-short' },
    t0,
    false,
  )
}

export interface OwnBurst {
  person: Person
  start: number
  prefix: string
  types: readonly OwnType[]
}

function label(
  person: Person,
  c: Company,
  type: OwnType,
  extra: Partial<FortiethLabel>,
): FortiethLabel {
  return {
    label: 'own',
    lang: person.lang,
    family: c.family,
    product: c.product?.product ?? 'in-house',
    source: `own:${person.persona}:${type}`,
    persona: person.persona,
    ...extra,
  }
}

/** One burst: the person's items 1-12 minutes apart, each with its first mail and follow-ups. */
export function ownBurst(rng: Random, burst: OwnBurst): Labelled[] {
  const { person } = burst
  const out: Labelled[] = []
  let at = burst.start
  burst.types.forEach((type, n) => {
    const c = ownCompany(rng, person, type, n)
    const id = `${burst.prefix}-${n}`
    const values: Record<string, string> = {
      company: c.name,
      ref: numeric(rng, 6),
      message: rng.pick(REQUESTS[person.lang]),
      name: person.first,
      link: `https://${c.domain}/confirm?t=${token(rng, 24)}`,
      code: numeric(rng, 6),
    }
    if (type === 'ticket') {
      const sent: Mail = {
        id: `${id}-sent`,
        at,
        from: `"${person.first} ${person.last}" <${person.address}>`,
        to: `support@${c.domain}`,
        subject: values.message!,
        body: `${values.message}.\n${person.first}`,
        sent: true,
      }
      out.push({ mail: sent, label: label(person, c, type, { ownStep: 'burst' }) })
    }
    const t0 = at + rng.int(20, 240) * 1000
    const first: Mail = {
      id,
      at: t0,
      from: c.row.from,
      subject: fill(c.wording.subject, values),
      body: fill(c.wording.body, values),
      to: person.address,
    }
    out.push({
      mail: first,
      label: label(person, c, type, { ownStep: 'burst', sender: c.row.kind }),
    })
    const steps = type === 'ticket' ? stepsFor(rng, c, t0, false) : signupSteps(rng, c, type, t0)
    steps.forEach((step, i) => {
      const extra = {
        ownStep: 'follow-up' as const,
        trail: step.kind,
        delay: delayOf(step.at - t0),
        sender: step.row.kind,
      }
      out.push({
        mail: stepMail(rng, step, c, values, `${id}-f${i}`, person.address),
        label: label(person, c, type, extra),
      })
    })
    at += rng.int(1, 12) * MINUTE
  })
  return out
}

/** The items of a burst: sign-ups, newsletters and support requests, at least one ticket. */
export function burstTypes(rng: Random): OwnType[] {
  const n = rng.int(3, 6)
  const list: OwnType[] = [
    'ticket',
    ...Array.from({ length: n - 1 }, () =>
      rng.pick(['signup', 'newsletter', 'ticket', 'signup'] as const),
    ),
  ]
  return rng.shuffle(list)
}
