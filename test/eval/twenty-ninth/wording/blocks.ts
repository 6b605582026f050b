// Building blocks the composer joins into a company's own wording: greeting, family sentence,
// next step, closing, and subject shapes. Each language has several words for "request" and
// "received" (pedido/solicitação/chamado, solicitud/consulta/petición, richiesta/segnalazione,
// aanvraag/verzoek/vraag).
import type { Lang } from '../../types.ts'
import type { Family } from '../products/types.ts'
import { BLOCKS_SOUTH } from './blocks-south.ts'
import { BLOCKS_WEST } from './blocks-west.ts'

type PerFamily = Record<Family, readonly string[]>

export interface Blocks {
  greeting: readonly string[]
  sentence: PerFamily
  step: PerFamily
  closing: readonly string[]
  subject: PerFamily
}

export const BLOCKS: Record<Lang, Blocks> = { ...BLOCKS_WEST, ...BLOCKS_SOUTH }
