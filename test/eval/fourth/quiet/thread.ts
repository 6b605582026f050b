// The shape of a mailing-list or code-hosting thread of the quiet inbox, and how reply subjects
// are formed (a prefix after the list's bracket tag, or before the whole subject).
export interface Post {
  author: string
  body: string
}

export interface Thread {
  /** How the first post's subject reads. */
  subject: string
  /** How a reply's subject reads, from the first subject. */
  reply: (subject: string) => string
  startDay: number
  posts: readonly Post[]
}

export const tagged = (tag: string, prefix: string) => (subject: string) =>
  subject.replace(`[${tag}] `, `[${tag}] ${prefix} `)
export const before = (prefix: string) => (subject: string) => `${prefix} ${subject}`
