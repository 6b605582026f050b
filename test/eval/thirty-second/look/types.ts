// The fourteen look-alike classes: everyday mail the person wants that shares a wave's shapes.
// Slots: {brand} {first} {friend} {n} {code} {amount} {day} {subj} {ticket} {link}.
export const LOOK_CLASSES = [
  { name: 'newsletter', label: 'ham', sender: 'brand' },
  { name: 'social', label: 'ham', sender: 'brand' },
  { name: 'autoreply', label: 'ham', sender: 'person' },
  { name: 'code', label: 'own', sender: 'brand' },
  { name: 'ticket-reply', label: 'ham', sender: 'brand' },
  { name: 'shared', label: 'ham', sender: 'brand' },
  { name: 'appointment', label: 'ham', sender: 'brand' },
  { name: 'notice', label: 'ham', sender: 'brand' },
  { name: 'app', label: 'ham', sender: 'brand' },
  { name: 'people', label: 'ham', sender: 'person' },
  { name: 'receipt', label: 'important', sender: 'brand' },
  { name: 'bank', label: 'important', sender: 'brand' },
  { name: 'order', label: 'important', sender: 'brand' },
  { name: 'travel', label: 'important', sender: 'brand' },
] as const

export type LookClass = (typeof LOOK_CLASSES)[number]
export type LookName = LookClass['name']
/** [subject, body] */
export type LookText = readonly [string, string]
export type LookTexts = Record<LookName, readonly LookText[]>

/** How a third of the texts open: preheader, image alt text, browser link, logo or menu line. */
export const OPENERS =
  /^(\[|Logo |Preheader|Vorschau|Aperçu|Avance|Pré-visualização|Anteprima|Voorbeeld|[^.!?\n|]{1,40} \| )/u
