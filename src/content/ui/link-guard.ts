// Links inside a relay or suspect message do not navigate at once: a click (mouse, middle button,
// or Enter, which browsers turn into a click) first shows where the link really goes.
import { linkDestination } from '../links.ts'
import { askInPage } from './dialog.ts'
import type { Translate } from './texts.ts'

export const LINK_WARNING_ATTRIBUTE = 'data-relay-shield-link-warning'
/** Set on the body of a message whose links are guarded. */
export const GUARD_ATTRIBUTE = 'data-relay-shield-guard'

export function installLinkGuard(doc: Document, texts: Translate, signal: AbortSignal): void {
  const intercept = (event: MouseEvent) => {
    if (event.type === 'click' && event.button !== 0) return
    const target = event.target as Element | null
    const link = target?.closest?.('a[href]') as HTMLAnchorElement | null
    if (!link || !link.closest(`[${GUARD_ATTRIBUTE}]`)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    void warn(doc, link, texts)
  }
  for (const type of ['click', 'auxclick'] as const)
    doc.addEventListener(type, intercept, { capture: true, signal })
}

async function warn(doc: Document, link: HTMLAnchorElement, texts: Translate): Promise<void> {
  if (doc.querySelector(`[${LINK_WARNING_ATTRIBUTE}]`)) return
  const destination = linkDestination(
    link.getAttribute('href') ?? '',
    link.getAttribute('data-saferedirecturl'),
  )
  const open = await askInPage(doc, {
    attribute: LINK_WARNING_ATTRIBUTE,
    title: texts('linkWarningTitle'),
    lines: [
      texts('linkWarningWhy'),
      [texts('linkWarningDomain'), destination.host || texts('linkWarningNoDomain')],
      [texts('linkWarningDestination'), destination.url],
    ],
    confirm: texts('linkOpenAnyway'),
    cancel: texts('linkCancel'),
  })
  if (open) doc.defaultView?.open(destination.url, '_blank', 'noopener,noreferrer')
}
