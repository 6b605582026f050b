// Ordinary bursts the person caused: 2-4 items 1-12 minutes apart, a support request they wrote
// (their mail in the sent folder, the company's acknowledgement 1-10 minutes later), sign-ups
// (a verify link, a welcome after the click) and newsletter subscriptions (the confirmation,
// then a first issue days later). The companies answer in the same wordings as the waves.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from '../nineteenth/clock.ts'
import {
  emptyPart,
  fill,
  numeric,
  put,
  token,
  type Mail,
  type Part,
} from '../nineteenth/records.ts'
import { BURST_BLOCKS } from './burst-blocks.ts'
import { capital, companyDomain, OWN_STEMS } from './companies.ts'
import type { Person } from './people.ts'
import type { FortySecondLabel, PerLang, Wording } from './types.ts'
import { chooseWording } from './wording.ts'

const REQUESTS: PerLang<readonly Wording[]> = {
  en: [
    {
      subject: 'Question about my order',
      body: 'Hello,\nmy order hasn’t shipped yet although the page said two days. Could you check?\nThanks',
    },
    {
      subject: 'Change of address',
      body: 'Hi,\nplease update my delivery address to the new one in my profile. Thank you',
    },
  ],
  de: [
    {
      subject: 'Frage zu meiner Bestellung',
      body: 'Hallo,\nmeine Bestellung ist noch nicht verschickt, obwohl zwei Tage angegeben waren. Können Sie nachsehen?\nDanke',
    },
    {
      subject: 'Adressänderung',
      body: 'Guten Tag,\nbitte ändern Sie meine Lieferadresse auf die neue in meinem Profil. Danke',
    },
  ],
  fr: [
    {
      subject: 'Question sur ma commande',
      body: 'Bonjour,\nma commande n’est pas encore partie alors que le site indiquait deux jours. Pouvez-vous vérifier ?\nMerci',
    },
    {
      subject: 'Changement d’adresse',
      body: 'Bonjour,\nmerci de mettre à jour mon adresse de livraison avec celle de mon profil.',
    },
  ],
  es: [
    {
      subject: 'Consulta sobre mi pedido',
      body: 'Hola,\nmi pedido aún no ha salido aunque ponía dos días. ¿Podéis mirarlo?\nGracias',
    },
    {
      subject: 'Cambio de dirección',
      body: 'Hola,\nactualizad por favor mi dirección de envío con la nueva de mi perfil. Gracias',
    },
  ],
  pt: [
    {
      subject: 'Dúvida sobre a minha encomenda',
      body: 'Olá,\na minha encomenda ainda não foi enviada, apesar de indicarem dois dias. Podem verificar?\nObrigado',
    },
    {
      subject: 'Alteração de morada',
      body: 'Olá,\npor favor atualizem a morada de entrega para a nova do meu perfil. Obrigado',
    },
  ],
  it: [
    {
      subject: 'Domanda sul mio ordine',
      body: 'Buongiorno,\nil mio ordine non è ancora partito anche se erano indicati due giorni. Potete controllare?\nGrazie',
    },
    {
      subject: 'Cambio di indirizzo',
      body: 'Salve,\nvi chiedo di aggiornare l’indirizzo di consegna con quello nuovo del profilo. Grazie',
    },
  ],
  nl: [
    {
      subject: 'Vraag over mijn bestelling',
      body: 'Hallo,\nmijn bestelling is nog niet verzonden, terwijl er twee dagen stond. Kunnen jullie kijken?\nBedankt',
    },
    {
      subject: 'Adreswijziging',
      body: 'Hoi,\nwillen jullie mijn bezorgadres aanpassen naar het nieuwe in mijn profiel? Dank je',
    },
  ],
}

interface Ctx {
  rng: Random
  part: Part
  person: Person
  id: string
  label: FortySecondLabel
}

function putOwn(ctx: Ctx, mail: Omit<Mail, 'to'> & { to?: string }, source: string): void {
  put(ctx.part, { to: ctx.person.address, ...mail }, { ...ctx.label, source })
}

function values(rng: Random, stem: string, lang: Lang, person: Person, message: string) {
  return {
    company: capital(stem),
    service: capital(stem),
    name: person.first,
    first: person.first,
    message,
    email: person.address,
    ref: numeric(rng, 6),
    code: numeric(rng, 6),
    link: `https://${companyDomain(stem, lang)}/c/${token(rng, 20)}`,
  }
}

function support(ctx: Ctx, stem: string, at: number): void {
  const { rng, person } = ctx
  const domain = companyDomain(stem, person.lang)
  const request = rng.pick(REQUESTS[person.lang])
  const mine = `${person.first} ${person.last} <${person.address}>`
  const sent = {
    id: `${ctx.id}-req`,
    at,
    from: mine,
    to: `support@${domain}`,
    ...request,
    sent: true,
  }
  putOwn(ctx, sent, 'own:ordinary:sent')
  const ack = chooseWording(rng, 'helpdesk', person.lang)
  const v = values(rng, stem, person.lang, person, request.subject)
  const from = `${capital(stem)} <${rng.pick(['support', 'service', 'help'])}@${domain}>`
  const when = at + rng.int(1, 10) * MINUTE
  const mail = {
    id: `${ctx.id}-ack`,
    at: when,
    from,
    subject: fill(ack.subject, v),
    body: fill(ack.body, v),
  }
  putOwn(ctx, mail, 'own:ordinary:ack')
}

function signUp(ctx: Ctx, stem: string, at: number, newsletter: boolean): void {
  const { rng, person } = ctx
  const v = values(rng, stem, person.lang, person, '')
  const from = `${capital(stem)} <${newsletter ? 'news' : 'no-reply'}@${companyDomain(stem, person.lang)}>`
  const first = newsletter
    ? chooseWording(rng, 'subscription', person.lang)
    : BURST_BLOCKS[person.lang].verify
  const mail = (id: string, when: number, t: Wording) => ({
    id,
    at: when,
    from,
    subject: fill(t.subject, v),
    body: fill(t.body, v),
  })
  putOwn(
    ctx,
    mail(`${ctx.id}-a`, at, first),
    newsletter ? 'own:ordinary:subscribe' : 'own:ordinary:verify',
  )
  const later = newsletter
    ? {
        when: at + rng.int(2, 8) * DAY + rng.int(0, 6) * HOUR,
        t: BURST_BLOCKS[person.lang].newsletter,
      }
    : { when: at + rng.int(1, 8) * MINUTE, t: BURST_BLOCKS[person.lang].welcome }
  if (newsletter || rng.chance(0.6))
    putOwn(ctx, mail(`${ctx.id}-b`, later.when, later.t), 'own:ordinary:follow-up')
}

/** 2-4 items; stems from the last forty of OWN_STEMS, shifted by `offset`. */
export function buildOrdinary(
  rng: Random,
  person: Person,
  start: number,
  burstId: string,
  offset: number,
): Part {
  const part = emptyPart()
  const n = rng.int(2, 4)
  const label: FortySecondLabel = {
    label: 'own',
    lang: person.lang,
    burstKind: 'ordinary',
    burstId,
    burstSize: n,
    persona: person.persona,
  }
  let at = start
  for (let i = 0; i < n; i++) {
    const ctx = { rng, part, person, id: `${burstId}-i${i}`, label }
    const stem = OWN_STEMS[60 + ((offset + i) % 40)]!
    if (i === 0 && rng.chance(0.6)) support(ctx, stem, at)
    else signUp(ctx, stem, at, rng.chance(0.35))
    at += rng.int(1, 12) * MINUTE
  }
  return part
}
