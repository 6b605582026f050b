// The account mail of the person's own bursts: an account-hygiene evening, a new phone, and
// credential stuffing (security alerts). Slots: {brand}, {code}, {link}, {place}, {time}, {amount}.
export const SECURITY_KEYS = [
  'breach',
  'reset',
  'code',
  'changed',
  'twofa',
  'newSignin',
  'recovery',
  'confirmed',
  'newDevice',
  'welcomeBack',
  'storeReceipt',
  'tried',
  'blocked',
  'failed',
  'wasThisYou',
] as const
export type SecurityKey = (typeof SECURITY_KEYS)[number]

/** Asked-for links and codes are the person's own; every notice is important. */
export const OWN_KEYS: readonly SecurityKey[] = ['reset', 'code']

export type SecurityTexts = Record<SecurityKey, [subject: string, body: string]>
