// The welcome codes mail carried lately, and which companies carried each. A shop makes its welcome
// code for the person it sends it to, so a code a confirmation carried (a name field echoed in its
// greeting or subject), or that three or more companies carried, was typed into forms: it answers
// nothing, and an answer it made before that showed is withdrawn (answered.ts). Two shops may send
// the same broadcast code ("WELCOME10") to the person's two sign-ups: that alone stays an answer.
import { DAY_MS } from '../time.ts'

/** How long a code is remembered. */
const CODE_MEMORY_MS = DAY_MS
/** Companies carrying one code that make it typed in. */
const TYPED_IN_COMPANIES = 3

export interface CarriedCode {
  /** Per company that carried it, when it last did. */
  companies: Map<string, number>
  /** When any company last carried it. */
  last: number
  typedIn: boolean
  /** Called once when the code turns out typed in. */
  onTypedIn: (() => void)[]
}

export class CodeMemory {
  private readonly codes = new Map<string, CarriedCode>()

  /** A mail of `identity` carried `code` at `date` (date order); `asks`: it is a confirmation. */
  note(code: string, identity: string, date: number, asks: boolean): CarriedCode {
    let carried = this.codes.get(code)
    if (carried === undefined || date - carried.last > CODE_MEMORY_MS) {
      carried = { companies: new Map(), last: date, typedIn: false, onTypedIn: [] }
      this.codes.set(code, carried)
    }
    // Companies that carried it more than a day ago no longer count; a verdict once typed in stays.
    for (const [company, at] of carried.companies)
      if (date - at > CODE_MEMORY_MS) carried.companies.delete(company)
    carried.companies.set(identity, date)
    carried.last = date
    if (!carried.typedIn && (asks || carried.companies.size >= TYPED_IN_COMPANIES)) {
      carried.typedIn = true
      for (const withdraw of carried.onTypedIn.splice(0)) withdraw()
    }
    return carried
  }
}
