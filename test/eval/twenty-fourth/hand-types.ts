// A hand-written in-house text: its style (for the breakdown in review), subject and body.
export interface Hand {
  style: string
  subject: string
  body: string
}
