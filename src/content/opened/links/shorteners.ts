// Known URL shorteners. A shortened address hides its destination until it is followed, so
// "Open anyway" never opens one from a relay or suspect mail: the user would be agreeing to a
// destination nobody has seen. Hosts of widely used public shorteners and of brand shorteners
// that anyone can create links on.

const SHORTENER_HOSTS = new Set([
  '1url.com',
  'adf.ly',
  'aka.ms',
  'amzn.to',
  'bit.do',
  'bit.ly',
  'bitly.com',
  'bl.ink',
  'buff.ly',
  'clck.ru',
  'cutt.ly',
  'dub.sh',
  'goo.gl',
  'is.gd',
  'j.mp',
  'lnkd.in',
  'ow.ly',
  'qrco.de',
  'rb.gy',
  'rebrand.ly',
  's.id',
  'short.gy',
  'shorturl.at',
  'snip.ly',
  'surl.li',
  't.co',
  't.ly',
  'tiny.cc',
  'tiny.one',
  'tinyurl.com',
  'tr.im',
  'trib.al',
  'u.to',
  'urlz.fr',
  'v.gd',
  'x.co',
])

/** True for a shortener's host or any host under it ("www.bit.ly", "on.bit.ly"). */
export function isShortener(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/u, '')
  const labels = name.split('.')
  for (let i = 0; i < labels.length - 1; i++)
    if (SHORTENER_HOSTS.has(labels.slice(i).join('.'))) return true
  return false
}
