// stats.*: the popup's counts per sender domain and per brand.
import type { Handlers } from '../../messaging/router.ts'
import { brandHistory } from '../../storage/brands-repo.ts'
import { countByDomain } from '../../storage/messages-repo.ts'
import type { HandlerContext } from './context.ts'

export function statsHandlers({
  getDb,
}: HandlerContext): Pick<Handlers, 'stats.domains' | 'stats.brands'> {
  return {
    'stats.domains': async (request) => {
      const counts = await countByDomain(await getDb(), request.account)
      const domains = [...counts.byDomain]
        .map(([domain, count]) => ({ domain, count }))
        .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain))
      return { total: counts.total, accounts: counts.accounts, domains }
    },
    'stats.brands': async ({ account, from, to }) => ({
      brands: await brandHistory(await getDb(), account, from, to),
    }),
  }
}
