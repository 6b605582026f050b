// Page functions that read and drive the popup in either browser (they are serialised into the
// page, so each stands alone).

/** Waits up to 10 s for a button with exactly this text, then clicks it. */
export async function pressButton(name: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const button = [...document.querySelectorAll('button')].find(
      (node) => node.textContent?.trim() === name,
    )
    if (button) return void button.click()
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`no button "${name}"`)
}

/** Waits up to 10 s for `selector` to contain `text`; returns the element's text. */
export async function textOf([selector, text]: [string, string]): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const found = [...document.querySelectorAll(selector)].find((node) =>
      node.textContent?.includes(text),
    )
    if (found) return found.textContent ?? ''
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`no "${text}" in ${selector}`)
}

/** Waits up to `seconds` for the page to show `text`; the error tells what it showed instead. */
export async function waitText([text, seconds]: readonly [string, number]): Promise<void> {
  for (let i = 0; i < seconds * 20; i++) {
    if (document.body.textContent?.includes(text)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const log = document.querySelector('ul.log')?.textContent ?? ''
  throw new Error(`no "${text}" in: ${document.body.textContent?.slice(0, 300)} … log: ${log}`)
}

/** What the popup shows at a glance, once the lists below the chart are drawn (up to 10 s). */
export async function popupSummary(): Promise<{
  status: string
  figures: string
  important: string
  brands: number
  rendered: number
  firstBrandMails: number
}> {
  for (let i = 0; i < 400 && !performance.getEntriesByName('relay-shield:lists-drawn').length; i++)
    await new Promise((resolve) => setTimeout(resolve, 25))
  const first = document.querySelector('li[aria-setsize] .count')?.textContent ?? ''
  return {
    status: document.querySelector('#status-title')?.textContent ?? '',
    figures: document.querySelector('.status-card p')?.textContent ?? '',
    important: document.querySelector('.important')?.textContent ?? '',
    brands: Number(document.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize') ?? 0),
    rendered: document.querySelectorAll('li[aria-setsize]').length,
    firstBrandMails: Number(/\d+/u.exec(first)?.[0] ?? 0),
  }
}

/** Ticks the first company, then "only the selected companies" once the page enabled it. */
export async function selectFirstCompany(): Promise<void> {
  document.querySelector<HTMLInputElement>('li[aria-setsize] input[type=checkbox]')!.click()
  for (let i = 0; i < 400; i++) {
    const only = [...document.querySelectorAll('label')]
      .find((label) => label.textContent?.includes('Only the selected companies (1)'))
      ?.querySelector('input')
    if (only && !only.disabled) return void only.click()
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error('"only the selected companies" never became available')
}

/** Presses Undo on the action log's line for this action (its name as the log writes it). */
export async function undoInLog(action: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const line = [...document.querySelectorAll('ul.log li')].find((item) =>
      item.textContent?.startsWith(`${action}:`),
    )
    const button = [...(line?.querySelectorAll('button') ?? [])].find(
      (node) => node.textContent?.trim() === 'Undo',
    )
    if (button) return void button.click()
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`no Undo for "${action}" in the log`)
}

/**
 * Presses an export button and returns the file's name and text, caught where the popup hands the
 * file to the browser (its object URL); the download itself is left to the browser.
 */
export async function exportedFile(name: string): Promise<{ file: string; text: string }> {
  const blobs: Blob[] = []
  const names: string[] = []
  const create = URL.createObjectURL.bind(URL)
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) blobs.push(blob)
    return create(blob)
  }
  const click = HTMLAnchorElement.prototype.click
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download)
  }
  try {
    const button = [...document.querySelectorAll('button')].find(
      (node) => node.textContent?.trim() === name,
    )
    if (!button) throw new Error(`no button "${name}"`)
    button.click()
    for (let i = 0; i < 200 && blobs.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 25))
    if (!blobs[0]) throw new Error(`"${name}" made no file`)
    return { file: names[0] ?? '', text: await blobs[0].text() }
  } finally {
    URL.createObjectURL = create
    HTMLAnchorElement.prototype.click = click
  }
}
