// Mail the person caused: within an hour they write to 8–12 companies (privacy@, dpo@, support@,
// contact@ …) and each company's helpdesk acknowledges 1–10 minutes later, echoing the sent
// subject, from the company's domain, its hosted helpdesk, or a sibling brand's helpdesk. Days
// later, a lone sign-up confirmation with nothing around it.
import type { Random } from '../prng.ts'
import type { EvalRecord, Lang, MailLabel } from '../types.ts'
import { companies, slugOf } from './companies.ts'
import type { Person } from './people.ts'
import { fill, record, ticketOf, tokenOf } from './render.ts'
import { productsFor } from './waves.ts'

const MINUTE = 60_000
const DAY = 86_400_000

const SENT: Record<Lang, readonly { subject: string; body: string }[]> = {
  en: [
    {
      subject: 'Subject access request under UK GDPR Article 15',
      body: 'Dear Data Protection Officer,\n\nplease provide a copy of all personal data you hold about me, the purposes of processing and the recipients, within one month.\n\nRegards,\n{person}',
    },
    {
      subject: 'Request to erase my personal data',
      body: 'Hello,\n\nunder Article 17 I ask you to delete all personal data relating to me and to confirm the erasure in writing.\n\n{person}',
    },
  ],
  de: [
    {
      subject: 'Auskunftsersuchen nach Art. 15 DSGVO',
      body: 'Sehr geehrte Damen und Herren,\n\nbitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich speichern, zu welchem Zweck und an wen sie weitergegeben wurden.\n\nMit freundlichen Grüßen\n{person}',
    },
    {
      subject: 'Kündigung meines Kundenkontos',
      body: 'Hallo,\n\nhiermit kündige ich mein Kundenkonto zum nächstmöglichen Zeitpunkt und bitte um Löschung meiner Daten.\n\n{person}',
    },
  ],
  fr: [
    {
      subject: "Demande d'accès à mes données (article 15 RGPD)",
      body: "Madame, Monsieur,\n\nje vous prie de me communiquer l'ensemble des données personnelles me concernant que vous détenez, ainsi que leur finalité.\n\nCordialement,\n{person}",
    },
    {
      subject: 'Demande de suppression de compte',
      body: 'Bonjour,\n\nmerci de supprimer mon compte client et les données associées, et de me le confirmer.\n\n{person}',
    },
  ],
  es: [
    {
      subject: 'Ejercicio del derecho de acceso (art. 15 RGPD)',
      body: 'Estimados señores:\n\nsolicito una copia de los datos personales que tratan sobre mí, la finalidad y los destinatarios.\n\nAtentamente,\n{person}',
    },
    {
      subject: 'Solicitud de baja y supresión de datos',
      body: 'Hola:\n\nles pido que den de baja mi cuenta y supriman mis datos personales.\n\n{person}',
    },
  ],
  pt: [
    {
      subject: 'Pedido de acesso aos meus dados pessoais (RGPD)',
      body: 'Exmos. Senhores,\n\nsolicito cópia de todos os dados pessoais que tratam a meu respeito, bem como as finalidades.\n\nCumprimentos,\n{person}',
    },
    {
      subject: 'Pedido de eliminação de conta',
      body: 'Olá,\n\npeço que eliminem a minha conta de cliente e os dados associados.\n\n{person}',
    },
  ],
  it: [
    {
      subject: 'Richiesta di accesso ai dati personali ai sensi dell’art. 15 GDPR',
      body: 'Spettabile società,\n\nchiedo di conoscere quali dati personali trattate su di me, per quali finalità e a chi sono stati comunicati.\n\nCordiali saluti,\n{person}',
    },
    {
      subject: 'Richiesta di cancellazione account',
      body: 'Buongiorno,\n\nvi chiedo di chiudere il mio account e cancellare i dati collegati.\n\n{person}',
    },
  ],
  nl: [
    {
      subject: 'Inzageverzoek op grond van artikel 15 AVG',
      body: 'Geachte heer/mevrouw,\n\nGraag ontvang ik een overzicht van alle persoonsgegevens die u van mij verwerkt, met doel en ontvangers.\n\nMet vriendelijke groet,\n{person}',
    },
    {
      subject: 'Verzoek tot verwijdering van mijn account',
      body: 'Hallo,\n\nIk verzoek u mijn klantaccount en bijbehorende gegevens te verwijderen.\n\n{person}',
    },
  ],
}

const MAILBOXES = ['privacy', 'support', 'contact', 'dpo', 'datenschutz', 'service', 'help']
const GROUP: Record<Lang, string> = {
  en: 'Group',
  de: 'Gruppe',
  fr: 'Groupe',
  es: 'Grupo',
  pt: 'Grupo',
  it: 'Gruppo',
  nl: 'Groep',
}

export function buildOwn(rng: Random, lang: Lang, person: Person, start: number, prefix: string) {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  const count = rng.int(8, 12)
  const sent = rng.pick(SENT[lang])
  const helpdesks = productsFor(['helpdesk'], lang).filter((p) =>
    Object.values(p.texts[lang]!).some((t) => (t.subject + t.body).includes('{subject}')),
  )
  const hostedDesks = helpdesks.filter((p) => p.hosted)
  const taken = new Set<string>()
  companies(rng, lang, count, taken).forEach((company, i) => {
    const at = start + Math.floor(rng.next() * 55 * MINUTE)
    const mailbox =
      lang === 'de' ? rng.pick(MAILBOXES) : rng.pick(MAILBOXES.filter((x) => x !== 'datenschutz'))
    const sentId = `${prefix}-sent-${i}`
    // Most requests share the subject; a few are written afresh.
    const mail = rng.chance(0.8) ? sent : rng.pick(SENT[lang])
    records.push(
      record(
        sentId,
        at,
        `${person.name} <${person.address}>`,
        mail.subject,
        mail.body.replace('{person}', person.name),
        `${mailbox}@${company.domain}`,
        'sent',
      ),
    )
    labels.set(sentId, { label: 'own', lang, source: 'sent' })
    const shape = rng.pick(['own', 'hosted', 'sibling'] as const)
    const product = shape === 'own' ? rng.pick(helpdesks) : rng.pick(hostedDesks)
    const wording = rng.pick(
      product.texts[lang]!.filter((t) => (t.subject + t.body).includes('{subject}')),
    )
    const sibling = `${company.name.split(' ')[0]} ${GROUP[lang]}`
    const siblingSlug = slugOf(sibling)
    const from =
      shape === 'own'
        ? `${company.name} <${rng.pick(['support', 'noreply', 'privacy'])}@${company.domain}>`
        : shape === 'hosted'
          ? `${company.name} <${product.hosted!.replace('{slug}', company.slug)}>`
          : `${sibling} <${product.hosted!.replace('{slug}', siblingSlug)}>`
    const values = {
      company: shape === 'sibling' ? sibling : company.name,
      name: rng.chance(0.5) ? person.name : person.first,
      subject: mail.subject,
      ticket: ticketOf(rng, product.ticket),
      code: String(rng.int(100000, 999999)),
      token: tokenOf(rng),
      site: company.domain,
      slug: company.slug,
      email: person.address,
    }
    const ackId = `${prefix}-ack-${i}`
    records.push(
      record(
        ackId,
        at + rng.int(1, 10) * MINUTE + rng.int(0, 59) * 1000,
        from,
        fill(wording.subject, values),
        fill(wording.body, values),
        person.address,
      ),
    )
    labels.set(ackId, {
      label: 'own',
      lang,
      family: 'helpdesk',
      product: product.product,
      sender: shape === 'own' ? 'own' : 'hosted',
      source: `acknowledgement/${shape}`,
    })
  })
  // A lone sign-up confirmation, three to five days later.
  const signupProduct = rng.pick(productsFor(['verification'], lang))
  const company = companies(rng, lang, 1, taken)[0]!
  const wording = rng.pick(signupProduct.texts[lang]!)
  const values = {
    company: company.name,
    name: person.first,
    subject: '',
    ticket: ticketOf(rng),
    code: String(rng.int(100000, 999999)),
    token: tokenOf(rng),
    site: company.domain,
    slug: company.slug,
    email: person.address,
  }
  const signupId = `${prefix}-signup`
  records.push(
    record(
      signupId,
      start + rng.int(3, 5) * DAY + rng.int(1, 10) * 3_600_000,
      `${company.name} <no-reply@${company.domain}>`,
      fill(wording.subject, values),
      fill(wording.body, values),
      person.address,
    ),
  )
  labels.set(signupId, {
    label: 'own',
    lang,
    family: 'verification',
    product: signupProduct.product,
    source: 'lone sign-up',
  })
  return { records, labels }
}
