// Punycode decoding (RFC 3492), so the warning can show an IDN host's Unicode form beside the
// "xn--" form the browser's URL parser gives. Pages have no decoder of their own (Node's
// url.domainToUnicode is not in browsers), and a look-alike host is the reason to show both.

const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128
const MAX_INT = 0x7fffffff

/** The Unicode form of a host; labels that are not valid punycode make it null. */
export function hostToUnicode(host: string): string | null {
  const labels = host
    .split('.')
    .map((label) => (/^xn--/iu.test(label) ? decodeLabel(label.slice(4).toLowerCase()) : label))
  return labels.includes(null) ? null : labels.join('.')
}

/** RFC 3492 section 6.2, for one label without its "xn--" prefix. */
export function decodeLabel(input: string): string | null {
  const output: number[] = []
  const delimiter = input.lastIndexOf('-')
  const basic = Math.max(delimiter, 0)
  for (let j = 0; j < basic; j++) {
    const code = input.charCodeAt(j)
    if (code >= 0x80) return null
    output.push(code)
  }
  let n = INITIAL_N
  let i = 0
  let bias = INITIAL_BIAS
  for (let index = delimiter + 1; index < input.length;) {
    const before = i
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return null
      const digit = digitOf(input.charCodeAt(index++))
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return null
      i += digit * w
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
      if (digit < t) break
      if (w > Math.floor(MAX_INT / (BASE - t))) return null
      w *= BASE - t
    }
    const length = output.length + 1
    bias = adapt(i - before, length, before === 0)
    n += Math.floor(i / length)
    i %= length
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null
    output.splice(i++, 0, n)
  }
  // An "xn--" label of ASCII only is not an IDN (IDNA 2008): nothing to show beside it.
  return output.some((code) => code >= 0x80) ? String.fromCodePoint(...output) : null
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22 // "0".."9" are 26..35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 // "a".."z" are 0..25
  return BASE
}

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1
  d += Math.floor(d / points)
  let k = 0
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW))
}
