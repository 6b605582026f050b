// Mail the person caused. A burst: the person writes to 10–12 companies within an hour (data
// requests, support questions) at the company's own address, and each company's helpdesk answers
// a few minutes later, echoing the subject inside its wrapper, from its own domain, its hosted
// helpdesk (company.zendesk.com) or the helpdesk of another brand of the same group
// (otherbrand.freshdesk.com). And a single sign-up: one activation mail, nothing around it.
import { CompanyRegistry } from './companies.ts'
import type { Random } from './prng.ts'
import { fillFor, renderMail, senderLine, VICTIM } from './render.ts'
import type { EvalRecord, Lang, MailLabel } from './types.ts'
import { echoingHelpdesks, productsFor } from './wordings/index.ts'
import type { SenderShape } from './wordings/types.ts'

const MINUTE = 60_000

const SUBJECTS: Record<Lang, string[]> = {
  en: [
    'Request to delete my personal data (GDPR Art. 17)',
    'Subject access request',
    'Order 48213 never arrived',
    'Please close my account',
  ],
  de: [
    'Auskunftsersuchen nach Art. 15 DSGVO',
    'Löschung meiner Daten',
    'Kündigung meines Vertrags',
    'Rückfrage zu Rechnung 2026-0311',
  ],
  fr: [
    'Demande de suppression de mes données personnelles',
    'Droit d’accès RGPD',
    'Résiliation de mon abonnement',
  ],
  es: [
    'Solicitud de supresión de mis datos personales',
    'Derecho de acceso RGPD',
    'Baja de mi cuenta',
  ],
  pt: [
    'Pedido de eliminação dos meus dados pessoais',
    'Solicitação de acesso LGPD',
    'Cancelamento da minha conta',
  ],
  it: [
    'Richiesta di cancellazione dei miei dati personali',
    'Diritto di accesso GDPR',
    'Disdetta del mio abbonamento',
  ],
  nl: [
    'Verzoek tot verwijdering van mijn persoonsgegevens',
    'Inzageverzoek AVG',
    'Opzegging van mijn abonnement',
  ],
}

const TO_LOCAL = ['privacy', 'mail', 'support', 'datenschutz', 'info', 'dpo']

function hostedShape(host: string, name: string): SenderShape {
  return { shape: 'hosted', host, local: 'support', name }
}

export function ownBurst(random: Random, prefix: string, start: number, lang: Lang) {
  const registry = new CompanyRegistry(random)
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  const count = random.int(10, 12)
  for (let i = 0; i < count; i++) {
    const company = registry.draw(random.chance(0.7) ? lang : 'en')
    const subject = random.pick(SUBJECTS[company.lang])
    const sentAt = start + Math.floor(random.next() * 60 * MINUTE)
    const sentId = `${prefix}-sent${i}`
    records.push({
      id: sentId,
      date: new Date(sentAt).toISOString(),
      from: `Alex Morgan <${VICTIM}>`,
      subject,
      snippet: '',
      folder: 'sent',
      to: `${random.pick(TO_LOCAL)}@${company.domain}`,
      body: '',
    })
    labels.set(sentId, { label: 'own', lang: company.lang })
    const roll = random.next()
    const other = registry.draw(company.lang)
    const product = random.pick(echoingHelpdesks(company.lang))
    const shape: SenderShape =
      roll < 0.4
        ? hostedShape('zendesk.com', '{company}')
        : roll < 0.7
          ? hostedShape('freshdesk.com', '{company} Support')
          : random.pick(product.senders)
    const brand = roll >= 0.4 && roll < 0.7 ? other : company
    const text = random.pick(
      product.texts[company.lang]!.filter((t) => t.subject.includes('{payload}')),
    )
    const ackId = `${prefix}-ack${i}`
    const values = fillFor(random, product, brand, subject, 'Alex Morgan')
    records.push(
      renderMail(ackId, sentAt + random.int(1, 8) * MINUTE, senderLine(shape, brand), text, values),
    )
    labels.set(ackId, {
      label: 'own',
      lang: company.lang,
      family: 'helpdesk',
      product: product.product,
    })
  }
  return { records, labels }
}

/** One activation mail after the person signed up somewhere. */
export function singleSignUp(random: Random, prefix: string, date: number, lang: Lang) {
  const company = new CompanyRegistry(random).draw(lang)
  const product = random.pick(productsFor(['verification'], lang))
  const drawn = random.pick(product.texts[lang]!)
  // The English sign-up carries the subject of the reported case ("Activate your account").
  const text = lang === 'en' ? { ...drawn, subject: 'Activate your account' } : drawn
  const id = `${prefix}-signup`
  const record = renderMail(
    id,
    date,
    senderLine(random.pick(product.senders), company),
    text,
    fillFor(random, product, company, 'Alex', 'Alex'),
  )
  return {
    records: [record],
    labels: new Map<string, MailLabel>([
      [id, { label: 'own', lang, family: 'verification', product: product.product }],
    ]),
  }
}
