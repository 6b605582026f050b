// The link warning's domain, asked of the background worker (it holds the Public Suffix List).
// A worker that is stopped, restarting or gone answers late or never: after the deadline the
// warning shows without a domain and says so, rather than waiting while the user looks at nothing.
import type { BackgroundClient } from '../../../messaging/client.ts'

/** Long enough for a stopped worker to start; short enough not to feel stuck. */
export const NAME_DOMAIN_DEADLINE_MS = 2_000
const MAX_REMEMBERED = 200

export function domainNamer(
  request: BackgroundClient,
  deadlineMs = NAME_DOMAIN_DEADLINE_MS,
): (host: string) => Promise<string | null> {
  const known = new Map<string, string | null>()
  return async (host) => {
    if (known.has(host)) return known.get(host) ?? null
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), deadlineMs)
    })
    const asked = request('link.domain', { host })
      .then(({ domain }) => {
        if (known.size >= MAX_REMEMBERED) known.clear()
        known.set(host, domain)
        return domain
      })
      .catch(() => null)
    try {
      return await Promise.race([asked, late])
    } finally {
      clearTimeout(timer)
    }
  }
}
