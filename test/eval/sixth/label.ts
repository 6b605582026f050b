// The sixth set's label: the harness's MailLabel (so every shared measure applies) plus the mail's
// language when it is one of the held-out languages the harness type does not know, and the finer
// sender shape (an ESP sending on the company's behalf is `hosted` for the harness).
import type { MailLabel } from '../types.ts'
import { isHarnessLang, type SixthLang } from './langs.ts'

export type SenderShape = 'own' | 'helpdesk' | 'esp' | 'display'

export interface SixthLabel extends MailLabel {
  language?: SixthLang
  shape?: SenderShape
}

const HARNESS_SENDER: Record<SenderShape, MailLabel['sender']> = {
  own: 'own',
  helpdesk: 'hosted',
  esp: 'hosted',
  display: 'display',
}

/** A label with the language in both fields where the harness knows it. */
export function labelled(base: MailLabel, language: SixthLang, shape?: SenderShape): SixthLabel {
  const label: SixthLabel = { ...base, language }
  if (isHarnessLang(language)) label.lang = language
  if (shape) {
    label.shape = shape
    label.sender = HARNESS_SENDER[shape]
  }
  return label
}

export function sixthLabel(label: MailLabel): SixthLabel {
  return label as SixthLabel
}
