// The text disguises reported relay payloads use: mathematical bold letters (𝐅𝐑𝐄𝐄), fullwidth
// forms (ＦＲＥＥ), Cyrillic look-alikes mixed into Latin words, and zero-width characters.
export type Styling = 'plain' | 'bold' | 'fullwidth' | 'mixed-script' | 'zero-width'

function mapLetters(text: string, map: (code: number) => number | null): string {
  return [...text]
    .map((ch) => {
      const mapped = map(ch.codePointAt(0)!)
      return mapped === null ? ch : String.fromCodePoint(mapped)
    })
    .join('')
}

const CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  A: 'А',
  E: 'Е',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  H: 'Н',
  K: 'К',
  M: 'М',
  B: 'В',
}

export function style(text: string, styling: Styling): string {
  switch (styling) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, (c) =>
        c >= 65 && c <= 90
          ? 0x1d400 + c - 65
          : c >= 97 && c <= 122
            ? 0x1d41a + c - 97
            : c >= 48 && c <= 57
              ? 0x1d7ce + c - 48
              : null,
      )
    case 'fullwidth':
      return mapLetters(text, (c) =>
        c >= 0x21 && c <= 0x7e ? c + 0xfee0 : c === 0x20 ? 0x3000 : null,
      )
    case 'mixed-script':
      return [...text].map((ch, i) => (i % 2 === 0 ? (CYRILLIC[ch] ?? ch) : ch)).join('')
    case 'zero-width':
      return [...text].join('\u200b')
  }
}
