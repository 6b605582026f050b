// Texts of the person's own bursts, per language: a job hunt, a sale night, a move, a new phone,
// a trip booked in one evening, event sign-ups. Slots: {first}, {brand}, {role}, {ref},
// {amount}, {items}, {day}, {code}, {link}, {event}, {device}.
export type Pair = readonly [subject: string, body: string]

export interface BurstTexts {
  roles: readonly string[]
  job: readonly Pair[]
  items: readonly string[]
  order: readonly Pair[]
  shipped: Pair
  /** Sector words of the companies the person tells about a move (bank, insurer, …). */
  sectors: readonly string[]
  move: readonly Pair[]
  /** Everyday mail those companies sent in the weeks before. */
  customer: readonly Pair[]
  code: Pair
  alert: Pair
  /** Flight, hotel, rental car, travel insurance, airport parking. */
  trip: readonly [Pair, Pair, Pair, Pair, Pair]
  events: readonly string[]
  event: readonly Pair[]
  confirmFirst: Pair
}

export const BURST_KINDS = ['job', 'sale', 'move', 'phone', 'trip', 'events'] as const
export type BurstKind = (typeof BURST_KINDS)[number]
