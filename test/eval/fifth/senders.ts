// How a sender row looks: the company's own domain (varied local parts and subdomains, with or
// without a display name), the product's hosted sender or tenant (shared form senders carry the
// company in the display name), or a display name alone with no address, as Outlook shows it.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'
import type { Family, Product } from './product.ts'

export type SenderShape = 'own' | 'hosted' | 'display'

const TEAM: Record<Lang, Record<Family, readonly string[]>> = {
  en: {
    helpdesk: ['Support', 'Customer Care', 'Help Desk'],
    verification: ['Accounts', 'Team', 'Community'],
    subscription: ['Newsletter', 'News', 'Updates'],
    reset: ['Accounts', 'Security', 'Team'],
  },
  de: {
    helpdesk: ['Kundenservice', 'Support', 'Kundendienst'],
    verification: ['Team', 'Community', 'Konto'],
    subscription: ['Newsletter', 'Neuigkeiten'],
    reset: ['Sicherheit', 'Konto', 'Team'],
  },
  fr: {
    helpdesk: ['Service client', 'Support', 'Relation client'],
    verification: ['Équipe', 'Communauté', 'Compte'],
    subscription: ['Newsletter', 'Actualités', 'La lettre'],
    reset: ['Sécurité', 'Compte', 'Équipe'],
  },
  es: {
    helpdesk: ['Atención al cliente', 'Soporte', 'Ayuda'],
    verification: ['Equipo', 'Comunidad', 'Cuentas'],
    subscription: ['Boletín', 'Newsletter', 'Novedades'],
    reset: ['Seguridad', 'Cuentas', 'Equipo'],
  },
  pt: {
    helpdesk: ['Atendimento', 'Apoio ao Cliente', 'Suporte'],
    verification: ['Equipe', 'Comunidade', 'Conta'],
    subscription: ['Newsletter', 'Novidades'],
    reset: ['Segurança', 'Conta', 'Equipe'],
  },
  it: {
    helpdesk: ['Assistenza', 'Servizio clienti', 'Supporto'],
    verification: ['Team', 'Community', 'Account'],
    subscription: ['Newsletter', 'Novità'],
    reset: ['Sicurezza', 'Account', 'Team'],
  },
  nl: {
    helpdesk: ['Klantenservice', 'Support', 'Helpdesk'],
    verification: ['Team', 'Community', 'Account'],
    subscription: ['Nieuwsbrief', 'Nieuws'],
    reset: ['Beveiliging', 'Account', 'Team'],
  },
}

export function pickShape(rng: Random, product: Product): SenderShape {
  const r = rng.next()
  if (product.hosted && r < 0.38) return 'hosted'
  return r < 0.8 ? 'own' : 'display'
}

function displayName(rng: Random, product: Product, company: Company): string {
  return rng.chance(0.5)
    ? company.name
    : `${company.name} ${rng.pick(TEAM[company.lang][product.family])}`
}

/** The From line of one company's mails with this product, in the given shape. */
export function fromLine(
  rng: Random,
  shape: SenderShape,
  product: Product,
  company: Company,
): string {
  if (shape === 'hosted' && product.hosted) return product.hosted(company)
  if (shape === 'display') return displayName(rng, product, company)
  const address = `${rng.pick(product.locals)}@${rng.pick(product.subdomains)}${company.domain}`
  return rng.chance(0.12) ? address : `${displayName(rng, product, company)} <${address}>`
}
