// Everyday look-alike texts: [subject, body] per language. Slots: {brand} {first} {name} {amount}
// {code} {ref} {date} {time} {link} {place} {sent} {device}.
import type { Lang } from '../../types.ts'

export type LookTexts = Record<Lang, readonly (readonly [string, string])[]>
