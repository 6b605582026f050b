// The look-alike classes: everyday mail the person wants that shares a wave's look (first-time
// brands, links, codes, ticket numbers, reply prefixes). Eight are `ham`, four `important`.
export const LOOK_CLASSES = [
  'newsletter',
  'colleague',
  'customer',
  'forward',
  'calendar',
  'shared-doc',
  'list-reply',
  'vendor-ticket',
  'receipt',
  'invoice',
  'bank-alert',
  'security-alert',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]

export const IMPORTANT_CLASSES: readonly LookClass[] = [
  'receipt',
  'invoice',
  'bank-alert',
  'security-alert',
]
export const EVERYDAY_CLASSES: readonly LookClass[] = LOOK_CLASSES.filter(
  (c) => !IMPORTANT_CLASSES.includes(c),
)

/** Where a look-alike sits: the quiet inbox, inside a wave from a known or a new sender, a known
 * sender's earlier mail, or the person's own sent mail that a vendor's ticket reply answers. */
export const PLACEMENTS = ['quiet', 'wave-known', 'wave-new', 'history', 'sent'] as const
export type Placement = (typeof PLACEMENTS)[number]

export type LookTexts = Record<LookClass, readonly string[]>
