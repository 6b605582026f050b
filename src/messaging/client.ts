// Typed requests to the background over whatever transport the platform module provides.
import type { BackgroundMessageType, Envelope, RequestOf, ResponseOf } from './protocol.ts'

export type Transport = (message: Envelope) => Promise<unknown>

export function createClient(transport: Transport) {
  return function request<K extends BackgroundMessageType>(
    type: K,
    payload: RequestOf<K>,
  ): Promise<ResponseOf<K>> {
    // The worker of this same build answers with ResponseOf<K>: its handlers are typed against it.
    return transport({ type, payload }) as Promise<ResponseOf<K>>
  }
}

export type BackgroundClient = ReturnType<typeof createClient>
