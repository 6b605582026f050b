// Every way to follow a link, tried with real input on an opened relay mail in a real browser:
// written once, driven through the scenario driver (driver.ts) in Chromium and Firefox. Each gesture gives a
// result word, so one run shows every gesture that got through (docs: README "link warning").
// Page functions must stand alone: they are serialised into the browser.
import type { Button, DriverPage } from './driver.ts'

/** What each gesture must give when the guard works. */
export const GUARDED_GESTURES = {
  beforeVerdict: 'warned',
  left: 'warned',
  middle: 'warned',
  ctrl: 'warned',
  meta: 'warned',
  shift: 'warned',
  enter: 'warned',
  contextMenu: 'no link menu',
  drag: 'no link dragged',
  area: 'warned',
  svg: 'warned',
  svgXlink: 'warned',
  addedLater: 'warned',
  addedLaterContextMenu: 'no link menu',
} as const

export type GestureResults = Record<keyof typeof GUARDED_GESTURES, string>

/**
 * An image map and two SVG links (href, xlink:href), appended to the opened mail's body. Each
 * opens in a new tab, as the webmails make every link of a mail do.
 */
export function gestureExtras(url: string): string {
  const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAUEBAAAACwAAAAAAQABAAACAkQBADs='
  return `<p><img src="${gif}" usemap="#rs-claim" width="160" height="40" alt="Claim" data-gesture="map"><map name="rs-claim"><area shape="rect" coords="0,0,160,40" href="${url}" target="_blank" alt="Claim"></map></p>
<p><svg width="160" height="40"><a href="${url}" target="_blank" data-gesture="svg"><rect width="160" height="40" fill="#1a73e8"></rect></a></svg></p>
<p><svg width="160" height="40"><a xlink:href="${url}" target="_blank" data-gesture="svg-xlink"><rect width="160" height="40" fill="#1a73e8"></rect></a></svg></p>`
}

/**
 * An inline script for the served page: the moment an opened mail's links are held for its
 * verdict, it clicks the first one, as a user would who clicks before Relay Shield has judged the
 * mail. Being in the page from the start, it acts before the content script's own observers.
 */
export const CLICK_BEFORE_VERDICT = `<script>(() => {
  const observer = new MutationObserver(() => {
    const link = document.querySelector('[data-relay-shield-hold] a');
    if (!link) return;
    observer.disconnect();
    window.__clickedBeforeVerdict = true;
    link.click();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-relay-shield-hold'] });
})()</script>`

type GestureDriver = Pick<DriverPage, 'evaluate' | 'waitFor' | 'mouse' | 'keyboard'>

/** How long a gesture may take to show the warning before it counts as not warned. */
const WARNING_DEADLINE_MS = 5_000

/** Whether `fn` turns true in the page within the deadline (a gesture's outcome, not a failure). */
function within<A>(page: GestureDriver, fn: (arg: A) => unknown, arg: A): Promise<boolean> {
  return page.waitFor(fn, arg, { timeout: WARNING_DEADLINE_MS }).then(
    () => true,
    () => false,
  )
}

const MAIN = '[data-relay-shield-guard] a:not([data-gesture])'
const TARGETS = {
  map: '[data-relay-shield-guard] img[data-gesture=map]',
  svg: '[data-relay-shield-guard] a[data-gesture=svg]',
  svgXlink: '[data-relay-shield-guard] a[data-gesture=svg-xlink]',
  late: '[data-relay-shield-guard] a[data-gesture=late]',
}

/** Runs every gesture on the opened, guarded mail and returns what each gave. */
export async function tryLinkGestures(page: GestureDriver, url: string): Promise<GestureResults> {
  const warned = () => outcome(page)
  const click = async (selector: string, button: Button = 'left', modifier?: string) => {
    const point = await centre(page, selector)
    if (!point) return 'no such link'
    const [x, y] = point
    await page.mouse.move(x, y)
    if (modifier) await page.keyboard.down(modifier)
    await page.mouse.down({ button })
    await page.mouse.up({ button })
    if (modifier) await page.keyboard.up(modifier)
    return warned()
  }
  // The click the page made while the mail waited for its verdict shows its warning once the
  // verdict is there.
  const beforeVerdict = (await within(page, clickedBeforeVerdict, null))
    ? await warned()
    : 'no click before the verdict'
  await within(page, guardedLink, MAIN)
  const results: Omit<GestureResults, 'addedLater' | 'addedLaterContextMenu'> = {
    beforeVerdict,
    left: await click(MAIN),
    middle: await click(MAIN, 'middle'),
    ctrl: await click(MAIN, 'left', 'Control'),
    meta: await click(MAIN, 'left', 'Meta'),
    shift: await click(MAIN, 'left', 'Shift'),
    enter: await enter(page, MAIN),
    contextMenu: await contextMenu(page, MAIN),
    drag: await drag(page, MAIN, url),
    area: await click(TARGETS.map),
    svg: await click(TARGETS.svg),
    svgXlink: await click(TARGETS.svgXlink),
  }
  await page.evaluate(addLink, url)
  return {
    ...results,
    addedLater: await click(TARGETS.late),
    addedLaterContextMenu: await contextMenu(page, TARGETS.late),
  }
}

/** Clicks the mail's link and then "Open anyway"; false when the warning did not show. */
export async function openAnyway(page: GestureDriver): Promise<boolean> {
  await page.evaluate(focus, MAIN)
  await page.keyboard.press('Enter')
  if (!(await within(page, warningShown, null))) return false
  await pressChoice(page, 'confirm')
  return within(page, warningGone, null)
}

/** 'warned' when the warning showed (it is then closed), else 'not warned'. */
async function outcome(page: GestureDriver): Promise<string> {
  if (!(await within(page, warningShown, null))) return 'not warned'
  await pressChoice(page, 'cancel')
  await within(page, warningGone, null)
  return 'warned'
}

/** Presses a button of the warning with the real mouse: the dialog ignores scripted clicks. */
async function pressChoice(page: GestureDriver, choice: 'cancel' | 'confirm'): Promise<void> {
  const point = await page.evaluate(choiceCentre, choice)
  if (!point) return
  await page.mouse.move(point[0], point[1])
  await page.mouse.down()
  await page.mouse.up()
}

function centre(page: GestureDriver, selector: string): Promise<[number, number] | null> {
  return page.evaluate(scrollToCentre, selector)
}

async function enter(page: GestureDriver, selector: string): Promise<string> {
  await page.evaluate(focus, selector)
  await page.keyboard.press('Enter')
  return outcome(page)
}

/** A real right click: the menu may show, but must offer no link to open. */
async function contextMenu(page: GestureDriver, selector: string): Promise<string> {
  const point = await centre(page, selector)
  if (!point) return 'no such link'
  const [x, y] = point
  await page.evaluate(recordContextMenu, null)
  await page.mouse.move(x, y)
  await page.mouse.down({ button: 'right' })
  await page.mouse.up({ button: 'right' })
  await within(page, recorded, 'menu')
  await page.keyboard.press('Escape')
  const menu = await page.evaluate(record, 'menu')
  return menu === 'link' ? 'link menu' : menu === 'none' ? 'no link menu' : 'no contextmenu event'
}

/** A real drag from the link across the page, which accepts drops: what would a drop carry? */
async function drag(page: GestureDriver, selector: string, url: string): Promise<string> {
  const point = await centre(page, selector)
  if (!point) return 'no such link'
  const [x, y] = point
  await page.evaluate(recordDrag, new URL(url).host)
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + 40, y + 40, { steps: 4 })
  await page.mouse.move(x + 160, y + 120, { steps: 8 })
  await page.mouse.up()
  await within(page, recorded, 'dragDone')
  const dragged = await page.evaluate(record, 'drag')
  await page.evaluate(() => getSelection()?.removeAllRanges(), null)
  return dragged === 'link' ? 'link dragged' : 'no link dragged'
}

// ---- page functions ----

function clickedBeforeVerdict(): boolean {
  return (window as unknown as { __clickedBeforeVerdict?: boolean }).__clickedBeforeVerdict === true
}

function guardedLink(selector: string): boolean {
  return document.querySelector(selector) !== null
}

function warningShown(): boolean {
  return document.querySelector('[data-relay-shield-link-warning]') !== null
}

function warningGone(): boolean {
  return document.querySelector('[data-relay-shield-link-warning]') === null
}

/** The centre of one of the warning's buttons, in page coordinates. */
function choiceCentre(choice: string): [number, number] | null {
  const host = document.querySelector('[data-relay-shield-link-warning]')
  const button = host?.shadowRoot?.querySelector(`[data-choice=${choice}]`)
  if (!button) return null
  const box = button.getBoundingClientRect()
  return [box.left + box.width / 2, box.top + box.height / 2]
}

function scrollToCentre(selector: string): [number, number] | null {
  const element = document.querySelector(selector)
  if (!element) return null
  element.scrollIntoView({ block: 'center' })
  const box = element.getBoundingClientRect()
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]
}

function focus(selector: string): void {
  ;(document.querySelector(selector) as HTMLElement | null)?.focus()
}

function addLink(url: string): void {
  const link = document.createElement('a')
  link.href = url
  link.target = '_blank'
  link.setAttribute('data-gesture', 'late')
  link.textContent = 'A link added later'
  const paragraph = document.createElement('p')
  paragraph.append(link)
  document.querySelector('[data-relay-shield-guard]')?.append(paragraph)
}

type Records = Record<string, string>

function record(name: string): string | null {
  return (window as unknown as { __gestures?: Records }).__gestures?.[name] ?? null
}

function recorded(name: string): boolean {
  return Boolean((window as unknown as { __gestures?: Records }).__gestures?.[name])
}

/** Records whether the next context menu would offer a link: its target still had an address. */
function recordContextMenu(): void {
  const store = (window as unknown as { __gestures: Records }).__gestures ?? {}
  ;(window as unknown as { __gestures: Records }).__gestures = store
  delete store.menu
  addEventListener(
    'contextmenu',
    (event) => {
      const link = (event.target as Element).closest('a, area')
      const address =
        link?.getAttribute('href') ?? link?.getAttributeNS('http://www.w3.org/1999/xlink', 'href')
      store.menu = address && !event.defaultPrevented ? 'link' : 'none'
    },
    { once: true },
  )
}

/** Makes the page a drop target and records whether a drag carried the link's address. */
function recordDrag(host: string): void {
  const store = (window as unknown as { __gestures: Records }).__gestures ?? {}
  ;(window as unknown as { __gestures: Records }).__gestures = store
  delete store.drag
  delete store.dragDone
  const carries = (data: DataTransfer | null) =>
    ['text/uri-list', 'text/plain', 'text/x-moz-url'].some((type) =>
      (data?.getData(type) ?? '').includes(host),
    )
  const controller = new AbortController()
  const options = { signal: controller.signal }
  const done = () => {
    store.dragDone = 'yes'
    controller.abort()
  }
  addEventListener(
    'dragstart',
    (event: DragEvent) => {
      if (!event.defaultPrevented && carries(event.dataTransfer)) store.drag = 'link'
    },
    options,
  )
  addEventListener('dragover', (event) => event.preventDefault(), options)
  addEventListener(
    'drop',
    (event: DragEvent) => {
      event.preventDefault()
      if (carries(event.dataTransfer)) store.drag = 'link'
      done()
    },
    options,
  )
  addEventListener('dragend', done, options)
  addEventListener('mouseup', done, options)
}
