// A proxy that records every host the browser tries to reach and lets none through. The browser
// sends everything the tests do not answer themselves to it, so requests no page interception
// can see (Firefox's background page, extension pages) are recorded as well.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ProxyRecorder {
  port: number
  /** "host:port" of every connection attempt, in order. */
  reached: string[]
  close(): Promise<void>
}

export async function startProxyRecorder(): Promise<ProxyRecorder> {
  const reached: string[] = []
  const server: Server = createServer((request, response) => {
    // Plain HTTP through a proxy names the whole URL in the request line.
    reached.push(hostPort(request.url ?? '', request.headers.host ?? ''))
    response.writeHead(403).end()
  })
  server.on('connect', (request, socket) => {
    reached.push(request.url ?? '')
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    reached,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function hostPort(url: string, host: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || '80'}`
  } catch {
    return host
  }
}
