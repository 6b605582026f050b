// Made-up services that send the important notices; none is meant to be a real business.
import type { ImportantKind } from './types.ts'

export const IMPORTANT_SENDERS: Record<ImportantKind, string> = {
  receipt: 'Plenvo Store <receipts@plenvo-store.com>',
  'payment-sent': 'Tarrowpay <service@tarrowpay.com>',
  'payment-received': 'Tarrowpay <service@tarrowpay.com>',
  'card-alert': 'Quenfield Bank <alerts@quenfieldbank.com>',
  'security-alert': 'Vossly Account <no-reply@accounts.vossly.com>',
  'password-changed': 'Vossly Account <no-reply@accounts.vossly.com>',
  '2fa-change': 'Cloudmere <security@cloudmere.io>',
  order: 'Harbeck Home <orders@harbeck-home.com>',
  delivery: 'Swiftcourier <tracking@swiftcourier-parcels.com>',
}
