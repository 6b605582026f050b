// Candidates of two companies in one window make each other suspect, whichever arrived first: the
// earlier one learns it only when the later one comes, so the mark is retroactive.

interface Identified {
  id: string
}

export class PairedCandidates {
  private readonly ids = new Set<string>()
  /** Candidates with a lower sequence number are already marked or out of every window. */
  private next = 0

  /**
   * Marks `candidates[from..]`; `dropped` is how many were trimmed from the front of the array.
   * Each candidate is marked at most once, so this is O(1) amortised per mail.
   */
  markWindow(candidates: readonly Identified[], from: number, dropped: number): void {
    for (let i = Math.max(from, this.next - dropped); i < candidates.length; i++)
      this.ids.add(candidates[i]!.id)
    this.next = dropped + candidates.length
  }

  has(id: string): boolean {
    return this.ids.has(id)
  }
}
