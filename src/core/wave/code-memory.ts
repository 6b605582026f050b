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
  /** First carried at. */
  date: number
  companies: Set<string>
  typedIn: boolean
  /** Called once when the code turns out typed in. */
  onTypedIn: (() => void)[]
}

export class CodeMemory {
  private readonly codes = new Map<string, CarriedCode>()

  /** A mail of `identity` carried `code` at `date`; `asks`: the mail is a confirmation. */
  note(code: string, identity: string, date: number, asks: boolean): CarriedCode {
    let carried = this.codes.get(code)
    if (carried === undefined || date - carried.date > CODE_MEMORY_MS) {
      carried = { date, companies: new Set(), typedIn: false, onTypedIn: [] }
      this.codes.set(code, carried)
    }
    carried.companies.add(identity)
    if (!carried.typedIn && (asks || carried.companies.size >= TYPED_IN_COMPANIES)) {
      carried.typedIn = true
      for (const withdraw of carried.onTypedIn.splice(0)) withdraw()
    }
    return carried
  }
}
