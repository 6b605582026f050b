// One everyday mail of the quiet inbox, placed at a time within the window.
export interface Everyday {
  at: number
  from: string
  subject: string
  body: string
  /** Where it comes from, for the failure lines (github, calendar, newsletter...). */
  source: string
  /** The person caused it (their own ticket): labelled `own`, not `ham`. */
  own?: boolean
  folder?: 'inbox' | 'sent'
}
