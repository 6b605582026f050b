// The company behind each brand (sender.ts brandIdentity), looked up once per brand: the Public
// Suffix lookup is costly and a wave repeats few brands.
import { brandIdentity } from '../sender/sender.ts'

export class Identities {
  private readonly known = new Map<string, string>()

  of(brand: string): string {
    let identity = this.known.get(brand)
    if (identity === undefined) this.known.set(brand, (identity = brandIdentity(brand)))
    return identity
  }
}
