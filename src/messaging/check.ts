// Small typed validators for every message between the contexts (docs/architecture.md,
// "Messaging"). A check takes an unknown value and returns it typed, or throws RejectedMessage.
// One rule everywhere: bad input is refused, never repaired. The one exception is `clipped`:
// text read from a mail (subject, sender, snippet) is cut to a bound, because a long subject is
// real mail whose start is all the rules read; an identifier is never cut, since a cut id names
// another mail.
export class RejectedMessage extends Error {
  override name = 'RejectedMessage'
}

export type Check<T> = (value: unknown) => T
/** A check whose field may be absent (or undefined) in an object. */
export type OptionalCheck<T> = Check<T | undefined> & { readonly optional: true }
export type Checked<C> = C extends Check<infer T> ? T : never

export function reject(why: string): never {
  throw new RejectedMessage(why)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An id, account, brand or host: a non-empty string of at most `max` characters. */
export function identifier(max: number): Check<string> {
  return (value) =>
    typeof value === 'string' && value !== '' && value.length <= max
      ? value
      : reject('missing or oversized field')
}

/** Text read from a mail, cut to `max` characters (the one place a string is cut). */
export function clipped(max: number): Check<string> {
  return (value) => (typeof value === 'string' ? value.slice(0, max) : reject('not text'))
}

export const finite: Check<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? value : reject('not a finite number')

export const boolean: Check<boolean> = (value) =>
  typeof value === 'boolean' ? value : reject('not a boolean')

export function literal<const T extends string | boolean>(expected: T): Check<T> {
  return (value) => (value === expected ? expected : reject(`not ${String(expected)}`))
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (value) => values.find((known) => known === value) ?? reject('unknown value')
}

/** A value the check accepts that also passes `holds`. */
export function where<T>(check: Check<T>, holds: (value: T) => boolean, why: string): Check<T> {
  return (value) => {
    const checked = check(value)
    return holds(checked) ? checked : reject(why)
  }
}

export function listOf<T>(item: Check<T>, max: number): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return reject('missing or oversized list')
    return value.map(item)
  }
}

/** A record keyed by identifiers of at most `keyMax` characters, at most `max` entries. */
export function recordOf<T>(keyMax: number, item: Check<T>, max: number): Check<Record<string, T>> {
  const key = identifier(keyMax)
  return (value) => {
    if (!isRecord(value)) return reject('not a record')
    const entries = Object.entries(value)
    if (entries.length > max) return reject('oversized record')
    // fromEntries defines own properties: a key named "__proto__" stays data.
    return Object.fromEntries(entries.map(([name, entry]) => [key(name), item(entry)]))
  }
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value) => (value === null ? null : check(value))
}

export function optional<T>(check: Check<T>): OptionalCheck<T> {
  return Object.assign((value: unknown) => (value === undefined ? undefined : check(value)), {
    optional: true as const,
  })
}

type Shape = Record<string, Check<unknown>>
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalCheck<unknown> ? K : never
}[keyof S]
type Flat<T> = { [K in keyof T]: T[K] }
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Checked<S[K]>, undefined>
  }
>

/** An object with these fields, each checked; other fields are left out, absent optional ones too. */
export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  return (value) => {
    const given = value === undefined ? {} : value
    if (!isRecord(given)) return reject('not an object')
    const checked: Record<string, unknown> = {}
    for (const [name, check] of Object.entries(shape)) {
      const field = check(Object.hasOwn(given, name) ? given[name] : undefined)
      if (field !== undefined) checked[name] = field
    }
    // Every field of the shape was checked above; only its optional fields may be missing.
    return checked as ObjectOf<S>
  }
}
