// link.*: the registrable domain of a link's host, for the link warning. The Public Suffix List it
// needs stays out of the content script, which runs in every webmail tab.
import { siteDomain } from '../../core/sender/site-domain.ts'
import type { Handlers } from '../../messaging/router.ts'

export function linkHandlers(): Pick<Handlers, 'link.domain'> {
  return {
    'link.domain': async ({ host }) => ({ domain: siteDomain(host) }),
  }
}
