// Mail the person caused: they write to 8–12 companies within an hour (data-protection requests,
// cancellations, order questions), each acknowledgement arriving 1–10 minutes later and echoing the
// sent subject, from the company's domain, its hosted helpdesk, or the helpdesk of a sibling brand;
// days later a single sign-up confirmation with nothing around it.
import type { Random } from '../prng.ts'
import type { EvalRecord, Lang, MailLabel } from '../types.ts'
import { companies, slugOf, SUPPORT } from './companies.ts'
import type { Person } from './people.ts'
import { fill, record, ticketOf, tokenOf } from './render.ts'
import { productsFor } from './waves.ts'

const MINUTE = 60_000
const DAY = 86_400_000

const SENT: Record<
  Lang,
  { subjects: readonly string[]; body: string; mailboxes: readonly string[] }
> = {
  en: {
    subjects: [
      'Subject access request under Article 15 UK GDPR',
      'Request to erase my personal data',
      'Please cancel my membership',
      'Question about order 58213',
      'Withdrawal of marketing consent',
    ],
    body: 'Dear Sir or Madam,\n\nplease treat this email as my formal request. My account is registered to this address. I look forward to your reply within one month.\n\nKind regards',
    mailboxes: ['privacy', 'dpo', 'support', 'contact'],
  },
  de: {
    subjects: [
      'Auskunftsersuchen nach Art. 15 DSGVO',
      'Antrag auf Löschung meiner Daten',
      'Kündigung meines Vertrags',
      'Frage zu Bestellung 58213',
      'Widerruf der Werbeeinwilligung',
    ],
    body: 'Sehr geehrte Damen und Herren,\n\nbitte betrachten Sie diese E-Mail als mein förmliches Anliegen. Mein Konto ist unter dieser Adresse registriert. Ich bitte um Antwort innerhalb eines Monats.\n\nMit freundlichen Grüßen',
    mailboxes: ['datenschutz', 'privacy', 'service', 'kontakt'],
  },
  fr: {
    subjects: [
      'Demande d’accès à mes données (article 15 RGPD)',
      'Demande d’effacement de mes données',
      'Résiliation de mon abonnement',
      'Question sur la commande 58213',
      'Retrait de mon consentement marketing',
    ],
    body: 'Madame, Monsieur,\n\nMerci de considérer ce courriel comme ma demande formelle. Mon compte est enregistré à cette adresse. Je vous remercie de me répondre sous un mois.\n\nCordialement',
    mailboxes: ['dpo', 'rgpd', 'contact', 'service-client'],
  },
  es: {
    subjects: [
      'Solicitud de acceso a mis datos (art. 15 RGPD)',
      'Solicitud de supresión de mis datos',
      'Baja de mi suscripción',
      'Consulta sobre el pedido 58213',
      'Retirada del consentimiento comercial',
    ],
    body: 'Estimados señores:\n\nRuego consideren este correo como mi solicitud formal. Mi cuenta está registrada con esta dirección. Quedo a la espera de su respuesta en el plazo de un mes.\n\nAtentamente',
    mailboxes: ['protecciondedatos', 'privacidad', 'atencionalcliente', 'contacto'],
  },
  pt: {
    subjects: [
      'Pedido de acesso aos meus dados (art. 15.º RGPD)',
      'Pedido de apagamento dos meus dados',
      'Cancelamento da minha assinatura',
      'Dúvida sobre a encomenda 58213',
      'Retirada do consentimento de marketing',
    ],
    body: 'Exmos. Senhores,\n\nPeço que considerem este e-mail como o meu pedido formal. A minha conta está registada com este endereço. Aguardo a vossa resposta no prazo de um mês.\n\nCom os melhores cumprimentos',
    mailboxes: ['privacidade', 'dpo', 'apoio', 'contacto'],
  },
  it: {
    subjects: [
      'Richiesta di accesso ai dati (art. 15 GDPR)',
      'Richiesta di cancellazione dei miei dati',
      'Disdetta del mio abbonamento',
      'Domanda sull’ordine 58213',
      'Revoca del consenso al marketing',
    ],
    body: 'Gentili Signori,\n\nvi prego di considerare questa e-mail come la mia richiesta formale. Il mio account è registrato con questo indirizzo. Attendo un riscontro entro un mese.\n\nCordiali saluti',
    mailboxes: ['privacy', 'dpo', 'assistenza', 'info'],
  },
  nl: {
    subjects: [
      'Inzageverzoek op grond van artikel 15 AVG',
      'Verzoek tot verwijdering van mijn gegevens',
      'Opzegging van mijn abonnement',
      'Vraag over bestelling 58213',
      'Intrekking toestemming voor marketing',
    ],
    body: 'Geachte heer, mevrouw,\n\nBeschouw deze e-mail als mijn formele verzoek. Mijn account is op dit adres geregistreerd. Ik zie uw reactie binnen een maand graag tegemoet.\n\nMet vriendelijke groet',
    mailboxes: ['privacy', 'fg', 'klantenservice', 'info'],
  },
}

export function buildOwn(rng: Random, lang: Lang, person: Person, start: number, prefix: string) {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  const { subjects, body, mailboxes } = SENT[lang]
  const batch = rng.pick(subjects)
  const helpdesks = productsFor(['helpdesk'], lang)
  const hostedHelpdesks = helpdesks.filter((p) => p.hosted)
  const taken = new Set<string>()
  const targets = companies(rng, lang, rng.int(8, 12), taken)
  const sentTimes = targets
    .map(() => start + rng.int(0, 59) * MINUTE + rng.int(0, 59_999))
    .sort((a, b) => a - b)
  targets.forEach((company, i) => {
    const subject = rng.chance(0.7) ? batch : rng.pick(subjects)
    const sentId = `${prefix}-sent-${i}`
    const mailbox = rng.pick(mailboxes)
    records.push(
      record(
        sentId,
        sentTimes[i]!,
        `${person.name} <${person.address}>`,
        subject,
        `${body}\n${person.name}`,
        `${mailbox}@${company.domain}`,
        'sent',
      ),
    )
    labels.set(sentId, { label: 'own', lang })
    const roll = rng.next()
    const shape =
      hostedHelpdesks.length === 0 || roll < 0.4 ? 'own' : roll < 0.75 ? 'hosted' : 'sibling'
    const product = shape === 'own' ? rng.pick(helpdesks) : rng.pick(hostedHelpdesks)
    const sibling = `${company.name.split(' ')[0]} ${rng.pick(['Group', 'Holding', 'Brands'])}`
    const host = shape === 'sibling' ? slugOf(sibling) : company.slug
    const display =
      shape === 'sibling' ? `${sibling} ${SUPPORT[lang]}` : `${company.name} ${SUPPORT[lang]}`
    const from =
      shape === 'own'
        ? `${display} <${rng.pick([mailbox, 'support', 'noreply'])}@${company.domain}>`
        : `${display} <${product.hosted!.replace('{slug}', host)}>`
    const wording = rng.pick(product.texts[lang]!)
    const values = {
      company: shape === 'sibling' ? sibling : company.name,
      name: person.name,
      subject,
      ticket: ticketOf(rng, product.ticket),
      code: String(rng.int(100000, 999999)),
      token: tokenOf(rng),
      site: company.domain,
      slug: host,
      email: person.address,
    }
    const ackId = `${prefix}-ack-${i}`
    records.push(
      record(
        ackId,
        sentTimes[i]! + rng.int(1, 10) * MINUTE + rng.int(0, 59_999),
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
      source: `own/${shape}`,
    })
  })
  // A single sign-up, days later, nothing around it.
  const [company] = companies(rng, lang, 1, taken)
  const product = rng.pick(productsFor(['verification'], lang))
  const wording = rng.pick(product.texts[lang]!)
  const values = {
    company: company!.name,
    name: person.first,
    subject: '',
    ticket: ticketOf(rng, product.ticket),
    code: String(rng.int(100000, 999999)),
    token: tokenOf(rng),
    site: company!.domain,
    slug: company!.slug,
    email: person.address,
  }
  const signupId = `${prefix}-signup`
  records.push(
    record(
      signupId,
      start + 3 * DAY + rng.int(9, 20) * 3_600_000,
      `${company!.name} <noreply@${company!.domain}>`,
      fill(wording.subject, values),
      fill(wording.body, values),
      person.address,
    ),
  )
  labels.set(signupId, {
    label: 'own',
    lang,
    family: 'verification',
    product: product.product,
    sender: 'own',
    source: 'own/signup',
  })
  return { records, labels }
}
