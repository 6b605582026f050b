// Page functions that drive the popup from inside it, for the Outlook views scenario (the
// shared scenarios use the driver, driver.ts, instead). Each stands alone, as it is serialised
// into the page, and waits on the page's own changes (a MutationObserver), up to 10 s.

/** Clicks the button with exactly this text once there is one. */
export function pressButton(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const act = () => {
      const button = [...document.querySelectorAll('button')].find(
        (node) => node.textContent?.trim() === name,
      )
      button?.click()
      return Boolean(button)
    }
    if (act()) return resolve()
    const observer = new MutationObserver(() => act() && (stop(), resolve()))
    const timer = setTimeout(() => (stop(), reject(new Error(`no button "${name}"`))), 10_000)
    const stop = () => (observer.disconnect(), clearTimeout(timer))
    observer.observe(document, { subtree: true, childList: true, characterData: true })
  })
}

/** Waits for `selector` to contain `text`; returns the element's text. */
export function textOf([selector, text]: [string, string]): Promise<string> {
  return new Promise((resolve, reject) => {
    const found = () =>
      [...document.querySelectorAll(selector)].find((node) => node.textContent?.includes(text))
    const first = found()
    if (first) return resolve(first.textContent ?? '')
    const observer = new MutationObserver(() => {
      const node = found()
      if (!node) return
      stop()
      resolve(node.textContent ?? '')
    })
    const timer = setTimeout(
      () => (stop(), reject(new Error(`no "${text}" in ${selector}`))),
      10_000,
    )
    const stop = () => (observer.disconnect(), clearTimeout(timer))
    observer.observe(document, { subtree: true, childList: true, characterData: true })
  })
}

/** Presses Undo on the action log's line for this action (its name as the log writes it). */
export function undoInLog(action: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const act = () => {
      const line = [...document.querySelectorAll('ul.log li')].find((item) =>
        item.textContent?.startsWith(`${action}:`),
      )
      const button = [...(line?.querySelectorAll('button') ?? [])].find(
        (node) => node.textContent?.trim() === 'Undo',
      )
      button?.click()
      return Boolean(button)
    }
    if (act()) return resolve()
    const observer = new MutationObserver(() => act() && (stop(), resolve()))
    const timer = setTimeout(
      () => (stop(), reject(new Error(`no Undo for "${action}" in the log`))),
      10_000,
    )
    const stop = () => (observer.disconnect(), clearTimeout(timer))
    observer.observe(document, { subtree: true, childList: true, characterData: true })
  })
}

/** Waits up to `seconds` for the page to show `text`; the error tells what it showed instead. */
export function waitText([text, seconds]: readonly [string, number]): Promise<void> {
  return new Promise((resolve, reject) => {
    const shown = () => document.body.textContent?.includes(text) ?? false
    if (shown()) return resolve()
    const observer = new MutationObserver(() => shown() && (stop(), resolve()))
    const timer = setTimeout(() => {
      stop()
      const log = document.querySelector('ul.log')?.textContent ?? ''
      reject(
        new Error(`no "${text}" in: ${document.body.textContent?.slice(0, 300)} … log: ${log}`),
      )
    }, seconds * 1_000)
    const stop = () => (observer.disconnect(), clearTimeout(timer))
    observer.observe(document, { subtree: true, childList: true, characterData: true })
  })
}

/** A page that runs page functions: a Playwright page or a Puppeteer page. */
export interface ScenarioPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>
}

/** The name of the first company in the popup's list. */
export function firstBrand(): string {
  return document.querySelector('li[aria-setsize] .brand-name strong')?.textContent ?? ''
}

/** Presses the button with exactly this text on the first company of the popup's list. */
export function pressInFirstBrand(name: string): void {
  const button = [...document.querySelectorAll('li[aria-setsize] button')].find(
    (node) => node.textContent?.trim() === name,
  )
  if (!button) throw new Error(`no "${name}" on the first company`)
  ;(button as HTMLButtonElement).click()
}
