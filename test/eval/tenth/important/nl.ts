// Dutch important notices (see kit.ts).
import type { NoticeTable } from './kit.ts'

export const NL: NoticeTable = [
  [
    'Polderbank <meldingen@polderbank.example>',
    'Betaling met pas van {a} goedgekeurd',
    'Met je betaalpas (…6612) is om {t} {a} betaald bij GROENTEBOER DE LINDE. Was jij dit niet? Blokkeer je pas.',
  ],
  [
    'Betaalvlot <hulp@betaalvlot.example>',
    'Je hebt {a} ontvangen van Sanne Kuipers',
    'Sanne Kuipers heeft je {a} gestuurd. Omschrijving: "etentje zaterdag". Kenmerk {r}.',
  ],
  [
    'Betaalvlot <hulp@betaalvlot.example>',
    'Betaalbewijs: {a} aan Waterbedrijf Vecht',
    'Je hebt {a} betaald aan Waterbedrijf Vecht. Kenmerk {r}. Bewaar dit betaalbewijs.',
  ],
  [
    'Account Duinzicht <beveiliging@duinzicht.example>',
    'Beveiligingsmelding: nieuwe aanmelding',
    'We zagen om {t} een nieuwe aanmelding vanaf {d}. Was jij dit niet? Beveilig dan direct je account.',
  ],
  [
    'Account Duinzicht <beveiliging@duinzicht.example>',
    'Je wachtwoord is gewijzigd',
    'Het wachtwoord van je Duinzicht-account is om {t} gewijzigd. Was jij dit niet? Stel het dan meteen opnieuw in.',
  ],
  [
    'Polderbank <meldingen@polderbank.example>',
    'Tweestapsverificatie ingeschakeld',
    'Voor je internetbankieren is om {t} tweestapsverificatie ingeschakeld.',
  ],
  [
    'Winkelhof <bestellingen@winkelhof.example>',
    'Bevestiging van je bestelling {r}',
    'Bedankt voor je bestelling {r}. Totaalbedrag: {a}. Verwachte levering: donderdag.',
  ],
  [
    'PakketSnel <track@pakketsnel.example>',
    'Je pakket {r} wordt vandaag bezorgd',
    'Je pakket {r} is onderweg en wordt tussen {t} en 18:00 bezorgd.',
  ],
]
