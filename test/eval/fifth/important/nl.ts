// Belangrijke mail in het Nederlands van verzonnen afzenders: kaartbetalingen, overboekingen,
// beveiligingsmeldingen, bestellingen, bezorging, reizen, belasting, rekeningen, verzekering en
// een doktersafspraak. Geschreven voor de vijfde set; formuleringen bewust gevarieerd.
import { amount, clock, lastDigits, ref, type ImportantMail } from './kit.ts'

export const IMPORTANT_NL: readonly ImportantMail[] = [
  (rng) => ({
    from: 'IJsselbank <meldingen@ijsselbank.nl>',
    subject: `Betaling van € ${amount(rng, 5, 340, 'comma')} met je pas`,
    body: `Met je betaalpas (eindigt op ${lastDigits(rng)}) is om ${clock(rng)} betaald bij ${rng.pick(['ALBERT HEIJN 1432', 'NS REIZIGERS', 'KRUIDVAT', 'SHELL A28'])}.\n\nHerken je dit niet? Blokkeer je pas in de app.`,
  }),
  (rng, p) => ({
    from: 'Deelpot <noreply@deelpot.nl>',
    subject: `${rng.pick(['Sanne', 'Bram', 'Fleur'])} heeft je betaald`,
    body: `Hoi ${p.first}, je hebt € ${amount(rng, 4, 120, 'comma')} ontvangen voor "${rng.pick(['bioscoop', 'boodschappen weekend', 'cadeau Mieke'])}". Het bedrag staat op je rekening.`,
  }),
  (rng) => ({
    from: 'IJsselbank <meldingen@ijsselbank.nl>',
    subject: 'Overboeking uitgevoerd',
    body: `Er is € ${amount(rng, 60, 1300, 'comma')} overgemaakt naar ${rng.pick(['VvE De Kade', 'Huisartsenpraktijk Stadshagen', 'M. de Wit'])}. Kenmerk ${ref(rng, '9999 9999 9999 9999')}.`,
  }),
  (rng) => ({
    from: 'Wolkwerk Account <beveiliging@wolkwerk.nl>',
    subject: 'Nieuwe aanmelding op je account',
    body: `Er is om ${clock(rng)} ingelogd vanaf ${rng.pick(['Chrome op Windows', 'een Android-telefoon', 'Safari op iPad'])} in de buurt van ${rng.pick(['Zwolle', 'Utrecht', 'Deventer'])}. Was jij dit niet? Wijzig dan direct je wachtwoord.`,
  }),
  () => ({
    from: 'Wolkwerk Account <beveiliging@wolkwerk.nl>',
    subject: 'Je wachtwoord is gewijzigd',
    body: 'Het wachtwoord van je Wolkwerk-account is zojuist gewijzigd. Heb je dit zelf gedaan, dan hoef je niets te doen. Zo niet, herstel dan meteen je wachtwoord.',
  }),
  () => ({
    from: 'Boekhoudbaas <account@boekhoudbaas.nl>',
    subject: 'Tweestapsverificatie ingeschakeld',
    body: 'Voor uw account is tweestapsverificatie ingeschakeld. Voortaan vragen we bij het inloggen op een nieuw apparaat om een code uit uw authenticator-app.',
  }),
  (rng) => ({
    from: 'Wonen bij Lotte <bestellingen@wonenbijlotte.nl>',
    subject: `Bedankt voor je bestelling ${ref(rng, '99999999')}`,
    body: `We gaan voor je aan de slag!\n\n${rng.pick(['Vloerkleed jute 160x230', 'Eettafellamp zwart', 'Dekbedovertrek katoen'])}\nTotaal: € ${amount(rng, 25, 280, 'comma')} (betaald met iDEAL)\n\nJe ontvangt een track & trace zodra het pakket onderweg is.`,
  }),
  (rng) => ({
    from: 'Pakketpost Snel <info@pakketpostsnel.nl>',
    subject: 'Je pakket wordt vandaag bezorgd',
    body: `Zending ${ref(rng, '3SAAA99999999')}: verwachte bezorging vandaag tussen ${rng.pick(['10:30 en 12:30', '14:00 en 16:00', '18:15 en 20:15'])}. Niet thuis? Kies een ander moment in de app.`,
  }),
  (rng) => ({
    from: 'Vliegveld Reizen <boekingen@vliegveldreizen.nl>',
    subject: `Boekingsbevestiging ${ref(rng, 'AAAAAA')} – Amsterdam → Lissabon`,
    body: `Vertrek ${rng.pick(['vr 13 nov', 'ma 16 nov', 'do 19 nov'])} om ${clock(rng)}. Totaalprijs € ${amount(rng, 90, 420, 'comma')}. Online inchecken kan vanaf 24 uur voor vertrek.`,
  }),
  () => ({
    from: 'Berichtenbox Overheid <noreply@berichtenbox.overheid.example>',
    subject: 'U heeft een nieuw bericht in uw Berichtenbox',
    body: 'Er staat een nieuw bericht over uw voorlopige aanslag 2027 voor u klaar. Log in met uw inlogmiddel om het te lezen. Wij vragen nooit per e-mail om betaalgegevens.',
  }),
  (rng) => ({
    from: 'Waterbedrijf Vecht en IJssel <klantenservice@wvij.nl>',
    subject: 'Uw nieuwe termijnbedrag',
    body: `Vanaf december betaalt u € ${amount(rng, 12, 45, 'comma')} per maand. Klantnummer ${ref(rng, '9999999')}. De jaarnota vindt u in Mijn Omgeving.`,
  }),
  (rng) => ({
    from: 'Zorgverzekeraar Vitaal <post@zorgvitaal.nl>',
    subject: 'Uw polis voor 2027 staat klaar',
    body: `Uw premie wordt € ${amount(rng, 135, 190, 'comma')} per maand. Wilt u overstappen of uw aanvullende verzekering wijzigen, dan kan dat tot 31 december.`,
  }),
  (rng, p) => ({
    from: 'Huisartsenpraktijk De Linde <afspraken@hapdelinde.nl>',
    subject: 'Bevestiging afspraak',
    body: `Beste ${p.first} ${p.last}, uw afspraak bij dokter ${rng.pick(['Van Dijk', 'Mulder', 'El Amrani'])} is op ${rng.pick(['dinsdag 17 november', 'donderdag 19 november', 'maandag 23 november'])} om ${clock(rng)}. Kunt u niet, meld u dan 24 uur van tevoren af.`,
  }),
]
