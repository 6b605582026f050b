// The shape of an organisation's everyday mail type: who sends it (one of its tools or a person
// writing for the first time), its label, and one 'subject|body' text per language with {slots}.
import type { LabelClass, Lang } from '../types.ts'

/** tool: the organisation's own service; person: someone writing for the first time. */
export type OrgSender = 'tool' | 'person'

export interface OrgMailType {
  key: string
  label: Exclude<LabelClass, 'wave'>
  sender: OrgSender
  /** The tool's role, which picks its invented name (form, booking, payments ...). */
  role: string
  texts: Record<Lang, string>
}

export function splitText(text: string): { subject: string; body: string } {
  const bar = text.indexOf('|')
  return { subject: text.slice(0, bar), body: text.slice(bar + 1).replace(/\\n/gu, '\n') }
}
