// The texts of the season's bursts the person caused, per language: a coupon evening, a guest
// checkout day, event registrations and a travel booking day. First line subject, {slots} filled
// per mail; orders, shipping, delivery and the person's support mail reuse the look-alike texts.
export const BURST_KINDS = ['coupon', 'checkout', 'events', 'travel'] as const
export type BurstKind = (typeof BURST_KINDS)[number]

export const TRAVEL_KINDS = ['flight', 'hotel', 'car', 'rail'] as const
export type TravelKind = (typeof TRAVEL_KINDS)[number]

export interface BurstTexts {
  couponConfirm: string
  couponCode: string
  welcome: readonly string[]
  /** "Activate your account", "Set your password", "Verify your email" after a guest checkout. */
  account: readonly string[]
  payment: string
  review: string
  /** The shop's acknowledgement of the person's own support mail, its subject in a wrapper. */
  supportAck: readonly string[]
  eventConfirm: string
  tickets: string
  invite: string
  reminder: string
  travelVerify: string
  booking: Record<TravelKind, string>
  travelPayment: string
  events: readonly string[]
  cities: readonly string[]
  venues: readonly string[]
}
