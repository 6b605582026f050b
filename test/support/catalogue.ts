// The real message catalogues as a `t` for component tests: placeholders filled in order.
import en from '../../public/_locales/en/messages.json' with { type: 'json' }
import de from '../../public/_locales/de/messages.json' with { type: 'json' }

type Catalogue = Record<string, { message: string }>

export function translator(catalogue: Catalogue) {
  return (key: string, substitutions: string[] = []): string => {
    const entry = catalogue[key]
    if (!entry) throw new Error(`missing message ${key}`)
    const queue = [...substitutions]
    return entry.message.replace(/\$[A-Z]+\$/gu, () => queue.shift() ?? '')
  }
}

export const tEn = translator(en as Catalogue)
export const tDe = translator(de as Catalogue)
