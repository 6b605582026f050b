// The vocabulary of the no-network proof: every name through which built JavaScript could open
// a connection, load a resource or navigate. Kept apart from the walk so a reviewer reads the
// whole list in one place.

/** APIs that open a connection or load from an address, wherever the name appears. */
export const NETWORK_NAMES: ReadonlySet<string> = new Set([
  'fetch',
  'fetchLater',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'sendBeacon',
  'importScripts',
  'RTCPeerConnection',
  'webkitRTCPeerConnection',
  'WebTransport',
  'Worker',
  'SharedWorker',
  'serviceWorker',
  'Image',
  'Audio',
  'FontFace',
  'addModule',
  'navigate',
  'requestSubmit',
  'submit',
  'prefetch',
  'preload',
  'prerender',
  'preconnect',
  'modulepreload',
  'dns-prefetch',
  'setUninstallURL',
  'launchWebAuthFlow',
  'download',
  'insertAdjacentHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'replaceSync',
  'insertRule',
  'defaultView',
  'contentWindow',
  'contentDocument',
  'opener',
  'eval',
  'Function',
  'Reflect',
  'DOMParser',
  'parseFromString',
  'setAttributeNode',
  'setAttributeNodeNS',
  'createAttribute',
  'showModalDialog',
  'dangerouslySetInnerHTML',
])

/** Properties whose write (or object-literal key) names an address or markup that loads one. */
export const URL_PROPERTIES: ReadonlySet<string> = new Set([
  'src',
  'srcset',
  'srcdoc',
  'href',
  'action',
  'formAction',
  'formaction',
  'poster',
  'ping',
  'codebase',
  'background',
  'backgroundImage',
  'borderImage',
  'borderImageSource',
  'listStyleImage',
  'maskImage',
  'cssText',
  'innerHTML',
  'outerHTML',
  'url',
])

/**
 * Object-literal keys that set a URL when the object becomes an element's props or attributes
 * (JSX, Object.assign). `action` is left out: every message of the extension's protocol has one.
 */
export const URL_KEYS: ReadonlySet<string> = new Set(
  [...URL_PROPERTIES].filter((name) => name !== 'action'),
)

/** The global object under every name a script can reach it by, plus the objects that navigate. */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set([
  'globalThis',
  'window',
  'self',
  'top',
  'parent',
  'frames',
])

/** Roots whose members are only ever read by a static name. */
export const STATIC_ROOTS: ReadonlySet<string> = new Set([
  ...GLOBAL_OBJECTS,
  'navigator',
  'document',
  'location',
  'chrome',
  'browser',
])

/** Elements that load what their attributes name. */
export const LOADING_ELEMENTS: ReadonlySet<string> = new Set([
  'img',
  'image',
  'script',
  'iframe',
  'frame',
  'link',
  'embed',
  'object',
  'audio',
  'video',
  'source',
  'track',
  'input',
  'base',
  'meta',
  'form',
  'portal',
  'style',
  'use',
  'feimage',
])

/** Attribute names setAttribute may set: everything else goes through review. */
export const SAFE_ATTRIBUTE =
  /^(?:data-[\w-]+|aria-[\w-]+|role|class|id|title|hidden|tabindex|type|lang|dir|part|inert|disabled|draggable|name|value|for|open)$/u

/** Only the XML namespace names a renderer compares against: never fetched. */
export const NAMESPACE_ADDRESSES: ReadonlySet<string> = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
])

/** A web address (with a scheme, or protocol-relative) inside a string. */
export const ADDRESS = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\]*|^\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/giu
