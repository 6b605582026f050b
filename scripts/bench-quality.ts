// npm run bench:quality: detection quality, each part printed on its own and scanned through the
// same Scanner as the CLI. Prints measured figures only.
//  1. Leave-one-out hold-outs: the templates of one product, language or family are removed from
//     the engine, and waves rendered only in that product's, language's or family's wording are
//     measured: whether generic evidence alone still catches them.
//  2. Generic development wordings (test/corpus/synthetic/generic-wordings.ts), with every
//     template removed: development figures (the model was tuned on them).
//  3. False alarms on real everyday mail: SpamAssassin ham as a three-week quiet inbox.
//  4. Bursts the user caused (sent mail to the company's own domain, acks from helpdesks).
//  5. The synthetic template splits of earlier releases, for reference.
import { HELPDESK_TEMPLATES, type HelpdeskTemplate } from '../src/core/mail/templates/templates.ts'
import { FULL_CATALOGUE, templateCatalogue } from '../src/core/mail/templates/fingerprint.ts'
import { spamAssassinHam } from '../test/corpus/ham/spamassassin.ts'
import {
  RELAY_RENDERERS,
  RENDERER_TAGS,
  type RendererTag,
} from '../test/corpus/synthetic/render.ts'
import {
  brands,
  genericRenderers,
  userBurst,
  waveScenario,
} from '../test/corpus/synthetic/scenarios.ts'
import { buildSplit } from '../test/corpus/synthetic/splits.ts'
import { scanLabelled, type Measured } from './quality-run.ts'

const SHAPES = [
  { size: 60, gapSeconds: [2, 10] as [number, number] },
  { size: 30, gapSeconds: [20, 60] as [number, number] },
  { size: 40, gapSeconds: [60, 240] as [number, number] },
]
const COMPANIES = brands(60, 3)

function line(name: string, m: Measured): string {
  return `  ${name.padEnd(24)} recall ${m.recall.toFixed(4)}  precision ${m.precision.toFixed(4)}  latency(median) ${m.latencyMedian}  important pinned ${m.pinned}/${m.importantInside}  (${m.relay} relay mails)`
}

function holdOut(
  name: string,
  keep: (template: HelpdeskTemplate) => boolean,
  renders: (tag: RendererTag) => boolean,
): string {
  const renderers = RELAY_RENDERERS.filter((_, i) => renders(RENDERER_TAGS[i]!))
  const mails = waveScenario(name, 41, renderers, COMPANIES, SHAPES)
  return line(name, scanLabelled(mails, templateCatalogue(HELPDESK_TEMPLATES.filter(keep))))
}

console.log('\n1. Leave-one-out hold-outs (templates of the held-out part removed from the engine)')
for (const platform of ['zendesk', 'freshdesk', 'osticket', 'zammad', 'otrs'] as const)
  console.log(
    holdOut(
      `product ${platform}`,
      (t) => t.platform !== platform,
      (t) => t.platform === platform,
    ),
  )
for (const language of ['en', 'de', 'fr', 'es', 'it', 'pt'] as const)
  console.log(
    holdOut(
      `language ${language}`,
      (t) => t.language !== language,
      (t) => t.language === language,
    ),
  )
for (const family of ['ack', 'verification'] as const)
  console.log(
    holdOut(
      `family ${family}`,
      (t) => t.kind !== family,
      (t) => t.family === family,
    ),
  )
console.log(
  line(
    'all held out at once',
    scanLabelled(
      waveScenario('none', 43, RELAY_RENDERERS, COMPANIES, SHAPES),
      templateCatalogue([]),
    ),
  ),
)

console.log('\n2. Generic development wordings, no template known (development data, tuned on)')
const NO_TEMPLATES = templateCatalogue([])
for (const family of [
  'ack',
  'verify-email',
  'activate',
  'subscription',
  'password-reset',
  'sign-in-code',
  'welcome',
] as const) {
  const mails = waveScenario(
    `g-${family}`,
    51,
    genericRenderers((w) => w.family === family),
    COMPANIES,
    SHAPES,
  )
  console.log(line(family, scanLabelled(mails, NO_TEMPLATES)))
}
for (const language of ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] as const) {
  const mails = waveScenario(
    `l-${language}`,
    53,
    genericRenderers((w) => w.language === language),
    COMPANIES,
    SHAPES,
  )
  console.log(line(`language ${language}`, scanLabelled(mails, NO_TEMPLATES)))
}

console.log(
  '\n3. False alarms on real everyday mail (SpamAssassin ham, dated over three weeks of 2026)',
)
const ham = spamAssassinHam()
const quiet = scanLabelled(ham, FULL_CATALOGUE)
console.log(
  `  ${ham.length} mails: flagged (suspect or relay) ${quiet.flagged} = ${((100 * quiet.flagged) / ham.length).toFixed(2)} %   called relay ${quiet.calledRelay}   (targets <= 0.5 %, 0)`,
)

console.log(
  '\n4. Bursts the user caused (sent to company.example, acknowledged from helpdesk tenants)',
)
for (const count of [10, 12, 28]) {
  const burst = userBurst(`burst${count}`, 60 + count, count)
  const m = scanLabelled(burst, FULL_CATALOGUE)
  console.log(
    `  ${count} companies: acknowledgements called relay ${m.calledRelay}, suspect ${m.flagged - m.calledRelay} of ${count}   (target 0 relay)`,
  )
}

console.log('\n5. Synthetic template splits of earlier releases (templates known)')
for (const split of ['heldout', 'dev', 'dev-b'] as const)
  console.log(line(split, scanLabelled(buildSplit(split), FULL_CATALOGUE)))
