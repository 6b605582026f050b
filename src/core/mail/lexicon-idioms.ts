// Everyday phrases that spell a stem and name none of its concept: "at any one time", "at one
// time" are no one-time code or sign-in. A stem is read as its concept unless the words just
// before it make such a phrase.

/** For a stem, the words that, just before it, make an everyday phrase of it. */
const BEFORE: ReadonlyMap<string, RegExp> = new Map([['one time', /(?:^|[^a-z])(?:any|at) $/u]])

/** How far back the words before a stem are looked at, in characters. */
const REACH = 5

/** The stem at `at` of the lexicon's text is part of an everyday phrase. */
export function inIdiom(text: string, at: number, stem: string): boolean {
  const before = BEFORE.get(stem)
  return before !== undefined && before.test(text.slice(Math.max(0, at - REACH), at))
}
