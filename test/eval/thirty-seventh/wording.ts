// The shape of a wave's wording: four families, the variants inside them (a helpdesk
// acknowledgement, a web form's copy of the message, a B2B demo or quote acknowledgement; an
// account sign-up, a forum sign-up; a newsletter opt-in; a password reset) and one text as
// "subject :: body" with {slots}: company, site, ref, link, code, email, name, subject, message.
export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export const VARIANTS = ['ticket', 'webcopy', 'b2b', 'signup', 'forum', 'optin', 'reset'] as const
export type Variant = (typeof VARIANTS)[number]

export const FAMILY_OF: Record<Variant, Family> = {
  ticket: 'helpdesk',
  webcopy: 'helpdesk',
  b2b: 'helpdesk',
  signup: 'verification',
  forum: 'verification',
  optin: 'subscription',
  reset: 'reset',
}

export const VARIANTS_OF: Record<Family, readonly Variant[]> = {
  helpdesk: ['ticket', 'webcopy', 'b2b'],
  verification: ['signup', 'forum'],
  subscription: ['optin'],
  reset: ['reset'],
}

export interface Wording {
  subject: string
  body: string
}

export function wording(line: string): Wording {
  const at = line.indexOf(' :: ')
  if (at < 0) throw new Error(`no subject separator in ${line.slice(0, 40)}`)
  return { subject: line.slice(0, at), body: line.slice(at + 4) }
}
