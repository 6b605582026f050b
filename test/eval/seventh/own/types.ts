// The wording of a burst the person caused, in one language: what they sent (subjects and a
// body), how the companies' helpdesks acknowledge it (wrappers echoing the sent subject), the
// one sign-up they made, and the newsletters they subscribed to. Written for this set; the
// wrappers follow the common shapes of hosted helpdesks' acknowledgements, not one product's text.
export interface OwnWords {
  subjects: readonly string[]
  sentBody: string
  /** Acknowledgement subject and body; {subj} is the subject the person sent, {n} a number. */
  wrappers: readonly (readonly [string, string])[]
  signup: readonly [string, string]
  newsletter: readonly [string, string]
}
