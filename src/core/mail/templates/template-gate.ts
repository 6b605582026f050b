// The helpdesk templates of one field (subject or body), compiled so that a mail costs as few
// pattern tests as the answer needs: one combined test for most mail, which matches no template,
// and for the rest only the templates that can still change the answer.
import type { HelpdeskTemplate, TemplateKind } from './templates.ts'
import type { ReasonCode } from '../../types.ts'

interface Entry {
  template: HelpdeskTemplate
  /** Index of the template's reason in the gate's `reasons`. */
  reason: number
  rank: number
}

export interface Gate {
  /** Matches wherever any template of the field matches. */
  any: RegExp
  entries: Entry[]
  /** The reasons the field's templates give, each with a pattern matching wherever one does. */
  reasons: { code: ReasonCode; any: RegExp }[]
}

/** What the templates matched so far say: the best one, and the reasons in catalogue order. */
export interface Found {
  best: HelpdeskTemplate | null
  bestRank: number
  reasons: Set<ReasonCode>
}

export function reasonFor(template: HelpdeskTemplate): ReasonCode {
  if (template.kind === 'verification') return 'helpdesk-verification'
  return template.field === 'subject' ? 'helpdesk-subject' : 'helpdesk-body'
}

/** An acknowledgement outranks later notices; wording common to all notifications ranks last. */
const RANKS: Readonly<Record<TemplateKind, number>> = {
  ack: 5,
  verification: 4,
  cc: 3,
  update: 2,
  solved: 1,
  notice: 0,
}

/** One pattern matching wherever any of the templates matches. */
function combined(templates: readonly HelpdeskTemplate[]): RegExp {
  // An empty alternation would match everything: an empty catalogue matches nothing.
  const source = templates.map((template) => `(?:${template.pattern.source})`).join('|') || '(?!)'
  return new RegExp(source, 'iu')
}

export function gateFor(all: readonly HelpdeskTemplate[], field: HelpdeskTemplate['field']): Gate {
  const templates = all.filter((template) => template.field === field)
  const codes = [...new Set(templates.map(reasonFor))]
  return {
    any: combined(templates),
    entries: templates.map((template) => ({
      template,
      reason: codes.indexOf(reasonFor(template)),
      rank: RANKS[template.kind],
    })),
    reasons: codes.map((code) => ({
      code,
      any: combined(templates.filter((template) => reasonFor(template) === code)),
    })),
  }
}

/**
 * Adds the templates of one field that match `text` to `found`, in catalogue order. A template is
 * tested only when it can change the answer: when it would add a reason not yet found, or outrank
 * the best so far. Whether a reason has any match at all is settled by one combined test.
 */
export function matchGate(gate: Gate, text: string, found: Found): void {
  if (!gate.any.test(text)) return
  // Per reason of this gate: undefined (not tested yet), or whether any of its templates matches.
  const present: (boolean | undefined)[] = []
  for (const { template, reason, rank } of gate.entries) {
    const { code, any } = gate.reasons[reason]!
    const known = found.reasons.has(code)
    if (known && rank <= found.bestRank) continue
    if (!known && !(present[reason] ??= any.test(text))) continue
    if (!template.pattern.test(text)) continue
    found.reasons.add(code)
    if (rank > found.bestRank) {
      found.best = template
      found.bestRank = rank
    }
  }
}
