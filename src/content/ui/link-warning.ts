// The question shown before a guarded link opens: where it goes, named so that a look-alike
// cannot pass for the real thing (docs/DESIGN.md, "Links"), and "Open anyway", which opens what
// the webmail would have opened, redirectors included, or nothing when the link cannot be judged.
import { linkDestination } from '../opened/links/destination.ts'
import { addressShown, nameShown } from '../opened/links/display.ts'
import { ownHref } from '../opened/links/hold.ts'
import { refusal, type Refusal } from '../opened/links/policy.ts'
import { askInPage } from './dialog.ts'
import type { Translate } from './texts.ts'

export const LINK_WARNING_ATTRIBUTE = 'data-relay-shield-link-warning'

/**
 * Names the registrable domain of a host (the background worker holds the Public Suffix List);
 * null when it cannot, and then the warning says so and shows the full host.
 */
export type NameDomain = (host: string) => Promise<string | null>

const REFUSAL_TEXT: Record<Refusal, string> = {
  unseen: 'linkRefusedUnseen',
  scheme: 'linkRefusedScheme',
  shortener: 'linkRefusedShortener',
}

export async function showLinkWarning(
  doc: Document,
  link: Element,
  texts: Translate,
  nameDomain: NameDomain,
): Promise<void> {
  if (doc.querySelector(`[${LINK_WARNING_ATTRIBUTE}]`)) return
  const destination = linkDestination(
    ownHref(link) ?? '',
    link.getAttribute('data-saferedirecturl'),
  )
  const refused = refusal(destination)
  const host = destination.seen ? destination.host : ''
  const noDomain = texts(destination.seen ? 'linkWarningNoDomain' : 'linkWarningUnseen')
  // The domain is named by the worker; the warning shows at once, its domain a moment later.
  const domain = host
    ? nameDomain(host)
        .catch(() => null)
        .then((named) => (named ? nameShown(named) : texts('linkWarningDomainUnknown')))
    : null
  const open = await askInPage(doc, {
    attribute: LINK_WARNING_ATTRIBUTE,
    title: texts('linkWarningTitle'),
    lines: [
      texts('linkWarningWhy'),
      [texts('linkWarningDomain'), noDomain, 'prominent'],
      [texts('linkWarningHost'), host ? nameShown(host) : ''],
      [texts('linkWarningDestination'), addressShown(destination.url)],
    ],
    note: refused ? texts(REFUSAL_TEXT[refused]) : '',
    confirm: texts('linkOpenAnyway'),
    cancel: texts('linkCancel'),
    confirmDisabled: refused !== null,
    ...(domain ? { pending: { line: 1, value: domain } } : {}),
  })
  if (open && refused === null)
    doc.defaultView?.open(destination.opens, '_blank', 'noopener,noreferrer')
}
