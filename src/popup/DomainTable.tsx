import type { DomainCount } from '../messaging/protocol.ts'
import type { Translate } from './i18n.ts'

export function DomainTable({ domains, t }: { domains: DomainCount[]; t: Translate }) {
  return (
    <table>
      <caption>{t('popupDomainsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('popupDomainHeader')}</th>
          <th scope="col" class="count">
            {t('popupCountHeader')}
          </th>
        </tr>
      </thead>
      <tbody>
        {domains.map(({ domain, count }) => (
          <tr key={domain} data-domain={domain}>
            <td>{domain}</td>
            <td class="count">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
