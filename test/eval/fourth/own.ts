// A burst the person caused: they write to 8–12 companies within an hour (sent folder); each
// acknowledgement arrives 1–10 minutes later, echoing the subject in a helpdesk wording of the
// language, from the company's domain, its hosted helpdesk, or a sibling brand's helpdesk;
// three to six days later one company sends a lone sign-up confirmation.
import type { Random } from '../prng.ts'
import type { EvalRecord, Lang, MailLabel } from '../types.ts'
import type { Part } from './background.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { companies, siblingOf, type Company } from './companies.ts'
import { ERRANDS } from './own-errands.ts'
import { displayOf, type Person } from './people.ts'
import { productMail, usernameOf } from './product-mail.ts'
import { mailHelpdesks, productsOf } from './products/index.ts'
import type { Product } from './products/product.ts'
import { fill, fromLine, record } from './render.ts'
import type { SenderShape } from './senders.ts'

function ackSender(
  rng: Random,
  product: Product,
  company: Company,
): { from: string; shape: SenderShape } {
  const roll = rng.next()
  if (roll < 0.4 || !product.hosted) {
    const local = rng.pick(['support', 'service', 'noreply', 'info', 'help'])
    return { from: fromLine(company.name, `${local}@${company.domain}`), shape: 'own' }
  }
  if (roll < 0.75) return { from: fromLine(company.name, product.hosted(company)), shape: 'hosted' }
  const sibling = siblingOf(company)
  return {
    from: fromLine(rng.chance(0.5) ? sibling.name : company.name, product.hosted(sibling)),
    shape: 'hosted',
  }
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const errand = ERRANDS[lang]
  const helpdesks = mailHelpdesks()
  const addressees = companies(rng, lang, rng.int(8, 12), new Set())
  const sentAt = addressees
    .map(() => start + Math.floor(rng.next() * 55 * MINUTE))
    .sort((a, b) => a - b)
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  addressees.forEach((company, i) => {
    const subject = rng.chance(0.8) ? errand.subject : `${errand.subject} – ${company.name}`
    const body = fill(errand.body, { company: company.name })
    const sentId = `${prefix}-sent-${i}`
    const to = `${rng.pick(errand.locals)}@${company.domain}`
    records.push(record(sentId, sentAt[i]!, displayOf(person), subject, body, to, 'sent'))
    labels.set(sentId, { label: 'own', lang, source: 'sent' })
    const product = rng.pick(helpdesks)
    const sender = ackSender(rng, product, company)
    const fields = {
      title: subject,
      message: body,
      name: person.first,
      user: person.first,
      email: person.address,
    }
    const ack = productMail(rng, product, company, fields)
    const ackId = `${prefix}-ack-${i}`
    const ackAt = sentAt[i]! + rng.int(1, 9) * MINUTE + rng.int(0, 59) * 1000
    records.push(record(ackId, ackAt, sender.from, ack.subject, ack.body, person.address))
    labels.set(ackId, {
      label: 'own',
      lang,
      family: 'helpdesk',
      product: product.product,
      sender: sender.shape,
    })
  })
  // Days later: the person signs up with one of the companies.
  const company = rng.pick(addressees)
  const product = rng.pick(productsOf('verification'))
  const fields = {
    title: '',
    message: '',
    name: `${person.first} ${person.last}`,
    user: usernameOf(rng, `${person.first}${rng.int(10, 99)}`),
    email: person.address,
  }
  const signup = productMail(rng, product, company, fields)
  const signupAt = start + rng.int(3, 6) * DAY + rng.int(1, 10) * HOUR
  const id = `${prefix}-signup`
  records.push(
    record(
      id,
      signupAt,
      fromLine(company.name, `noreply@${company.domain}`),
      signup.subject,
      signup.body,
      person.address,
    ),
  )
  labels.set(id, {
    label: 'own',
    lang,
    family: 'verification',
    product: product.product,
    sender: 'own',
  })
  return { records, labels }
}
