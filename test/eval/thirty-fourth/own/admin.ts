// The administrator of a small domain: daily DMARC aggregate reports from 5-15 receivers, TLS
// reports, monitoring alerts in bursts during outages (20-40 DOWN/UP mails in 15 minutes),
// certificate-expiry notices and the cloud provider's bills (important). Written for this set.
import type { Random } from '../../prng.ts'
import { emptyPart, numeric, put, type Part } from '../../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { SERVICES } from '../companies.ts'
import type { Person } from '../people.ts'

const RECEIVERS = [
  ['google.com', 'noreply-dmarc-support@google.com'],
  ['Outlook.com', 'dmarcreport@microsoft.com'],
  ['Yahoo', 'dmarchelp@yahooinc.com'],
  ['web.de', 'dmarc_agg@web.de'],
  ['GMX', 'dmarc_agg@gmx.net'],
  ['orange.fr', 'dmarc.rua@orange.fr'],
  ['Mail.Ru', 'dmarc_support@corp.mail.ru'],
  ['Fastmail', 'dmarc-reports@fastmail.com'],
  ['comcast.net', 'dmarc_reports@comcast.net'],
  ['Mimecast', 'dmarc-reports@mimecast.org'],
  ['zoho.com', 'noreply-dmarc@zoho.com'],
  ['seznam.cz', 'dmarc@seznam.cz'],
  ['ziggo.nl', 'dmarc@ziggo.nl'],
  ['libero.it', 'dmarc@libero.it'],
  ['protonmail.ch', 'postmaster@protonmail.ch'],
] as const

const label = (source: string) => ({
  label: 'ham' as const,
  lang: 'en' as const,
  source: `admin:${source}`,
})

export function adminMail(
  rng: Random,
  person: Person,
  domain: string,
  start: number,
  days: number,
): Part {
  const part = emptyPart()
  const monitor = `${SERVICES.monitor} Alerts <alerts@${SERVICES.monitor.toLowerCase()}.io>`
  for (let d = 0; d < days; d++) {
    const day = start + d * DAY
    for (const [i, [org, from]] of rng.shuffle(RECEIVERS).slice(0, rng.int(5, 15)).entries()) {
      const id = numeric(rng, 19)
      put(
        part,
        {
          id: `q34-dmarc-${d}-${i}`,
          at: day + rng.int(0, 9) * HOUR + rng.int(0, 59) * MINUTE,
          from: `${org} <${from}>`,
          subject: `Report domain: ${domain} Submitter: ${org} Report-ID: ${id}`,
          body: `This is an aggregate report from ${org}. Report-ID: ${id}. Attachment: ${org.toLowerCase()}!${domain}!${Math.floor(day / 1000)}.xml.gz`,
          to: `dmarc@${domain}`,
        },
        label('dmarc'),
      )
    }
    for (const [i, org] of ['google.com', 'microsoft.com'].entries())
      if (rng.chance(0.8))
        put(
          part,
          {
            id: `q34-tls-${d}-${i}`,
            at: day + rng.int(1, 6) * HOUR,
            from: `${org} <noreply-smtp-tls-reporting@${org}>`,
            subject: `Report Domain: ${domain} Submitter: ${org} Report-ID: <${new Date(day).toISOString().slice(0, 10)}T00:00:00Z_${domain}@${org}>`,
            body: `SMTP TLS report for ${domain}. Successful sessions: ${rng.int(10, 300)}, failed: 0.`,
            to: `tls-reports@${domain}`,
          },
          label('tls'),
        )
  }
  for (const [o, outage] of [start + 6 * DAY + 14 * HOUR, start + 19 * DAY + 3 * HOUR].entries()) {
    const n = rng.int(20, 40)
    for (let i = 0; i < n; i++) {
      const up = i % 2 === 1
      const host = rng.pick(['www', 'shop', 'mail', 'api'])
      put(
        part,
        {
          id: `q34-mon-${o}-${i}`,
          at: outage + Math.floor((i / n) * 15 * MINUTE),
          from: monitor,
          subject: `[${SERVICES.monitor}] ${up ? 'UP' : 'DOWN'}: ${host}.${domain} ${up ? 'is back up' : '(HTTP 502)'}`,
          body: `Monitor ${host}.${domain} is ${up ? 'UP again after' : 'DOWN since'} ${new Date(outage).toISOString()}. Reason: ${up ? '200 OK' : 'Bad Gateway'}.`,
          to: person.address,
        },
        label('monitor'),
      )
    }
  }
  for (const [i, days] of [30, 14, 3].entries())
    put(
      part,
      {
        id: `q34-cert-${i}`,
        at: start + (4 + i * 8) * DAY + 7 * HOUR,
        from: `${SERVICES.certs} <expiry@${SERVICES.certs.toLowerCase()}.org>`,
        subject: `Certificate for shop.${domain} expires in ${days} days`,
        body: `The certificate for shop.${domain} will expire. Renew it to avoid warnings in browsers.`,
        to: person.address,
      },
      label('cert'),
    )
  for (const [i, d] of [2, 26].entries())
    put(
      part,
      {
        id: `q34-bill-${i}`,
        at: start + d * DAY + 5 * HOUR,
        from: `${SERVICES.cloud} Billing <billing@${SERVICES.cloud.toLowerCase()}.com>`,
        subject: `Your ${SERVICES.cloud} invoice ${numeric(rng, 8)} is available`,
        body: `Amount due: $${rng.int(12, 60)}.00 for ${domain}. It will be charged to your card ending 2290.`,
        to: person.address,
      },
      { label: 'important', lang: 'en', source: 'admin:billing' },
    )
  return part
}
