// The no-network proof (scripts/check-network.ts) against the ways a change could slip a
// request past it: each evasion, added to the real build, makes the check fail.
import { existsSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { allowlistProblems, unreviewed, type Allowlist } from '../../scripts/network/allowlist.ts'
import { fileFindings, folderFindings, type FileFinding } from '../../scripts/network/scan.ts'

const allow = JSON.parse(readFileSync('network-allowlist.json', 'utf8')) as Allowlist
let built: Record<'chrome' | 'firefox', FileFinding[]>

beforeAll(() => {
  if (!existsSync('dist/chrome/manifest.json') || !existsSync('dist/firefox/manifest.json'))
    execFileSync('node', ['scripts/build.mjs'], { stdio: 'ignore' })
  built = {
    chrome: folderFindings('dist/chrome').findings,
    firefox: folderFindings('dist/firefox').findings,
  }
}, 120_000)

/** The check's problems for the real Chrome build with one more file in it. */
function withExtraFile(name: string, text: string): string[] {
  const extra = fileFindings(name, text).map((finding) => ({ ...finding, file: name }))
  return allowlistProblems([...built.chrome, ...extra], allow)
}

const SCRIPT_EVASIONS = [
  'fetch("https://collect.example/x")',
  'globalThis["fe"+"tch"](u)',
  'navigator["send"+"Beacon"](u,d)',
  'const g=globalThis;g[k](u)',
  'const{fetch:f}=self;f(u)',
  'window["fetch"](u)',
  'new XMLHttpRequest',
  'new WebSocket(u)',
  'new EventSource(u)',
  'navigator.sendBeacon(u,d)',
  'import(a+b)',
  'import("./chunk.js")',
  'import x from "https://cdn.example/x.js"',
  'new Worker(u)',
  'new SharedWorker(u,{type:"module"})',
  'navigator.serviceWorker.register(u)',
  'importScripts(u)',
  'window.open(u)',
  'open(u)',
  'e.ownerDocument.defaultView.open(u)',
  'location.href=u',
  'location=u',
  'top.location=u',
  'document.location.replace(u)',
  'location.assign(u)',
  'e.location.reload()',
  'document.createElement("img").src=u',
  'const s=document.createElement("script");document.head.append(s)',
  'document.createElement("iframe")',
  'document.createElement(tag)',
  'const l=document.createElement("link");l.rel="prefetch"',
  'e.setAttribute("src",u)',
  'e.setAttribute("href",u)',
  'e.setAttribute(name,u)',
  'e.setAttributeNS(null,"href",u)',
  'e[k]=u',
  'Object.assign(e,{src:u})',
  'Reflect.set(e,"src",u)',
  'e.innerHTML="<img src=x>"',
  'e.insertAdjacentHTML("beforeend",h)',
  'new DOMParser().parseFromString(h,"text/html")',
  'new Image().src=u',
  'new Audio(u)',
  'new FontFace("f",s)',
  'e.style.backgroundImage=v',
  'e.style.cssText=v',
  'e.style.setProperty("background",v)',
  'const css="a{background:url(https://t.example/p.png)}"',
  'const css="a{background:url(//t.example/p.png)}"',
  'const css="@import \\"x.css\\";"',
  'const css="a{background:url("+u+")}"',
  'const u="//t.example/p"',
  'const u="wss://t.example"',
  '(0,eval)(s)',
  'Function("return this")()',
  '[].constructor.constructor("return this")()',
  'setTimeout("fetch(u)",0)',
  'this.fetch(u)',
  'with(globalThis){x(u)}',
  'new(globalThis[k])(u)',
  'new RTCPeerConnection',
  'new WebTransport(u)',
  'fetchLater(u)',
  'form.requestSubmit()',
]

describe('no-network check of the build', () => {
  it('passes the real build of both browsers, every allowed site with a reason', () => {
    expect(allowlistProblems(built.chrome, allow)).toEqual([])
    expect(allowlistProblems(built.firefox, allow)).toEqual([])
    expect(unreviewed(allow)).toEqual([])
  })

  it.each(SCRIPT_EVASIONS)('fails the build with %s in a script', (code) => {
    expect(withExtraFile('assets/evil.js', code)).not.toEqual([])
  })

  it.each([
    'a{background:url(//t.example/p.png)}',
    'a{background:url("https://t.example/p.png")}',
    '@import "x.css";',
    '@import url(x.css);',
    'a{background:image-set("https://t.example/p.png" 1x)}',
    '@font-face{font-family:f;src:url(https://t.example/f.woff2)}',
  ])('fails the build with %s in a stylesheet', (css) => {
    expect(withExtraFile('assets/evil.css', css)).not.toEqual([])
  })

  it.each([
    '<link rel="prefetch" href="https://t.example/x">',
    '<link rel="preload" as="image" href="//t.example/x.png">',
    '<link rel="dns-prefetch" href="//t.example">',
    '<link rel="preconnect" href="https://t.example">',
    '<img src="https://t.example/p.png">',
    '<script src="//t.example/x.js"></script>',
    '<meta http-equiv="refresh" content="0;url=https://t.example">',
    '<script>fetch(u)</script>',
    '<div style="background:url(https://t.example/p.png)"></div>',
    '<style>a{background:url(//t.example/p.png)}</style>',
  ])('fails the build with %s in a page', (html) => {
    expect(withExtraFile('src/popup/evil.html', html)).not.toEqual([])
  })

  it('leaves code that reaches nothing alone', () => {
    const plain = [
      'const a={x:1};a.y=2;a["z"]=3',
      'document.createElement("div").setAttribute("data-relay-shield","relay")',
      'e.getAttribute("href")',
      'indexedDB.open("relay-shield",5)',
      'typeof window<"u"&&window.addEventListener("x",f)',
      'createElementNS("http://www.w3.org/2000/svg","svg")',
      'const css="a{background:url(data:image/gif;base64,R0lGOD)} b{mask:url(#m)}"',
    ]
    for (const code of plain) expect(fileFindings('x.js', code), code).toEqual([])
    expect(fileFindings('x.css', 'a{color:red;background:url(../icons/16.png)}')).toEqual([])
    expect(
      fileFindings('x.html', '<link rel="modulepreload" href="/assets/x.js"><script src="/a.js">'),
    ).toEqual([])
  })

  it('fails when the allowlist keeps a site the build no longer has', () => {
    const stale = { sites: [...allow.sites, { rule: 'x', detail: 'y', count: 1, reason: 'r' }] }
    expect(allowlistProblems(built.chrome, stale)).toContain(
      'x: y is allowed but no longer in the build',
    )
  })
})
