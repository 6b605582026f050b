// The shape of a language's look-alike texts: reply and forward prefixes, conversation topics,
// and one [subject, body] per class (an empty subject is built from a prefix and a topic).
export type Pair = readonly [subject: string, body: string]

export interface LookText {
  reply: string
  forward: string
  topics: readonly string[]
  newsletter: Pair
  replyBody: Pair
  forwardBody: Pair
  calendar: Pair
  shared: Pair
  listReply: Pair
  ticketReply: Pair
  receipt: Pair
  invoice: Pair
  bank: Pair
  security: Pair
  password: Pair
}
