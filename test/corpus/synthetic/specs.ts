// The three synthetic splits: disjoint brands, payloads and wave shapes per split.
import type { Brand } from './render.ts'

export interface SplitSpec {
  seed: number
  brands: Brand[]
  payloads: string[]
  waves: { size: number; gapSeconds: [number, number] }[]
}

const HOSTED = (name: string, i: number) =>
  i % 3 === 2 ? `${name.toLowerCase()}-help.example.com` : `${name.toLowerCase()}.zendesk.com`
const brandsFrom = (names: string[]): Brand[] =>
  names.map((name, i) => ({ name, host: HOSTED(name.replace(/\W/gu, ''), i) }))

export const DEV: SplitSpec = {
  seed: 11,
  brands: brandsFrom([
    'Discord',
    'Dropbox',
    'Tinder',
    'NordVPN',
    '2K',
    'Riot',
    'Kahoot',
    'Headspace',
    'Lime',
    'CompTIA',
    'Bugcrowd',
    'GMAC',
    'Capcom',
    'WaPo',
    'Acme',
    'Globex',
    'Initech',
    'Umbrella',
    'Hooli',
    'Vandelay',
    'Wonka',
    'Stark',
    'Wayne',
    'Tyrell',
  ]),
  payloads: [
    'TAKE DOWN ORDERS',
    'FREE DISCORD NITRO',
    '𝐅𝐑𝐄𝐄 𝐃𝐈𝐒𝐂𝐎𝐑𝐃 𝐍𝐈𝐓𝐑𝐎',
    'LAW ENFORCEMENT NOTICE',
    'action required: confirm receipt of your unclaimed eth coins',
    'ⓉⒶⓀⒺ ⒹⓄⓌⓃ',
    'hello',
  ],
  waves: [
    { size: 120, gapSeconds: [2, 10] },
    { size: 300, gapSeconds: [1, 5] },
    { size: 40, gapSeconds: [30, 90] },
    { size: 25, gapSeconds: [300, 900] },
    { size: 60, gapSeconds: [5, 20] },
    { size: 200, gapSeconds: [2, 8] },
  ],
}

export const DEV_B: SplitSpec = {
  seed: 97,
  brands: brandsFrom([
    'Zeta',
    'Orbit',
    'Pixelworks',
    'Nimbus',
    'Quanta',
    'Fjord',
    'Lumen',
    'Cobalt',
    'Vesta',
    'Ardent',
    'Brightpath',
    'Cinder',
    'Delphi',
    'Ember',
    'Falcon',
    'Granite',
    'Harbor',
    'Ivory',
    'Juniper',
    'Keystone',
    'Larkspur',
    'Meridian',
    'Northwind',
    'Opal',
    'Paragon',
    'Quill',
    'Redwood',
    'Summit',
  ]),
  payloads: [
    'URGENT DMCA COPYRIGHT TAKEDOWN',
    '𝔉𝔯𝔢𝔢 𝔤𝔦𝔣𝔱 𝔠𝔞𝔯𝔡',
    'Police report filed against you',
    'claim your btc airdrop now',
    'ＦＲＥＥ ＮＩＴＲＯ',
    'test',
    'Вы выиграли приз',
    'Order to remove content within 24 hours',
  ],
  waves: [
    { size: 500, gapSeconds: [1, 4] },
    { size: 80, gapSeconds: [10, 40] },
    { size: 30, gapSeconds: [240, 720] },
    { size: 150, gapSeconds: [3, 12] },
    { size: 45, gapSeconds: [60, 180] },
    { size: 250, gapSeconds: [1, 6] },
    { size: 20, gapSeconds: [20, 60] },
    { size: 100, gapSeconds: [4, 15] },
  ],
}

/** Natural ticket titles a person writes; each ticket adds its own detail. */
export const TITLES = [
  'Cannot log in',
  'Refund for my last order',
  'Billing question',
  'App crashes on start',
  'Change my email address',
  'Subscription renewal',
  'Missing invoice',
  'Delete my account',
]

export const HELDOUT: SplitSpec = {
  seed: 20_260_118,
  brands: brandsFrom([
    'Aurora',
    'Basalt',
    'Corvid',
    'Dunmore',
    'Elkhorn',
    'Foxglove',
    'Gallant',
    'Hawthorn',
    'Isobar',
    'Jetstream',
    'Kestrel',
    'Lodestar',
    'Magpie',
    'Nettle',
    'Oakmont',
    'Pinnacle',
    'Quasar',
    'Rowan',
    'Saffron',
    'Tamarack',
    'Umber',
    'Verdant',
    'Willow',
    'Xylem',
    'Yarrow',
    'Zephyr',
  ]),
  payloads: [
    'FINAL WARNING: your channel will be deleted',
    '𝕮𝖑𝖆𝖎𝖒 𝖞𝖔𝖚𝖗 𝖗𝖊𝖜𝖆𝖗𝖉',
    'Subpoena issued for account holder',
    'Congratulations winner',
    'check this out',
    'ＬＥＧＡＬ ＮＯＴＩＣＥ',
    'Ihr Konto wird gesperrt',
  ],
  waves: [
    { size: 350, gapSeconds: [1, 6] },
    { size: 35, gapSeconds: [120, 600] },
    { size: 90, gapSeconds: [8, 30] },
    { size: 220, gapSeconds: [2, 9] },
    { size: 15, gapSeconds: [30, 120] },
    { size: 60, gapSeconds: [40, 200] },
  ],
}

export const DAY = 86_400_000
export const START = Date.UTC(2026, 0, 1)
