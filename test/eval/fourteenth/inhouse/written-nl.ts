// Hand-written Dutch in-house wordings: each is one made-up company's own text.
import type { Family, Wording } from '../wording.ts'

export const WRITTEN_NL: Record<Family, readonly Wording[]> = {
  helpdesk: [
    (c) => ({
      subject: `Automatisch antwoord: ${c.typed}`,
      body: `Goedendag,\n\nBedankt voor je mail! We zijn op werkdagen bereikbaar van 8.30 tot 17.00 uur en beantwoorden berichten op volgorde van binnenkomst. Gemiddelde reactietijd op dit moment: 2 werkdagen.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Klacht ${c.ref} in behandeling`,
      body: `Geachte ${c.name},\n\nWij hebben uw klacht ontvangen en in behandeling genomen. Volgens onze klachtenregeling ontvangt u binnen zes weken een inhoudelijke reactie. Bent u het daarna niet eens met onze beslissing, dan kunt u zich wenden tot de Geschillencommissie.\n\nHoogachtend,\nAfdeling Klachtenbehandeling\n${c.company} N.V., statutair gevestigd te Utrecht, KvK 00000000`,
    }),
    (c) => ({
      subject: `Top, ${c.name}! 🚲`,
      body: `Je bericht is binnen. We fietsen er vandaag nog even doorheen. Nummer: ${c.ref}\n\nTeam ${c.company}`,
    }),
    (c) => ({
      subject: `Contactformulier ${c.company}`,
      body: `Uw bericht is verzonden.\n\nNaam: ${c.name}\nOnderwerp: ${c.typed}\n\nWij nemen zo spoedig mogelijk contact met u op.`,
    }),
    (c) => ({
      subject: `#${c.ref}`,
      body: `Hoi ${c.name},\n\nWe hebben je vraag. Wil je nog iets toevoegen? Antwoord dan gewoon op deze mail, het nummer in het onderwerp houdt alles bij elkaar.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Thanks for contacting us`,
      body: `Beste ${c.name},\n\nje vraag "${c.typed}" ligt bij ons team (dossier ${c.ref}). Binnen twee dagen hoor je van ons.\n\n${c.company}`,
    }),
  ],
  verification: [
    (c) => ({
      subject: `${c.company}`,
      body: `Hoi ${c.name}, klik even op deze link om je adres te bevestigen: ${c.link}`,
    }),
    (c) => ({
      subject: `Welkom bij de club, ${c.name}!`,
      body: `Leuk dat je er bent.\n\nActiveer je ${c.company}-account via onderstaande knop:\n\n[ Account activeren ] ${c.link}\n\nDaarna kun je bestellingen volgen en je gegevens beheren.\n\nTeam ${c.company}\n\nAlgemene voorwaarden | Privacy | Cookies`,
    }),
    (c) => ({
      subject: `Registratie afronden`,
      body: `Geachte ${c.name},\n\nEr is een account op uw naam aangemaakt in ons klantportaal. Om uw identiteit te verifiëren vragen wij u uw e-mailadres binnen 72 uur te bevestigen:\n\n${c.link}\n\nZonder bevestiging wordt de registratie verwijderd.\n\n${c.company} B.V. – KvK 00000000`,
    }),
    (c) => ({
      subject: `Was jij dat?`,
      body: `Er is net een ${c.company}-account aangemaakt met dit adres. Als jij dat was: ${c.link}\n\nZo niet, dan hoef je niets te doen.`,
    }),
    (c) => ({
      subject: `Verificatiecode ${c.code}`,
      body: `Vul ${c.code} in om je registratie bij ${c.company} af te ronden. 20 minuten geldig.`,
    }),
    (c) => ({
      subject: `Activeer je forumaccount`,
      body: `Hoi ${c.name},\n\nbedankt voor je aanmelding op het ${c.company} forum. Activeer je account hier:\n${c.link}\n\nTot op het forum!`,
    }),
  ],
  subscription: [
    (c) => ({
      subject: `Bijna klaar!`,
      body: `Bevestig en ontvang elke vrijdag onze beste deals: ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Bevestiging van uw aanmelding voor de nieuwsbrief`,
      body: `Geachte ${c.name},\n\nU heeft zich aangemeld voor de nieuwsbrief van ${c.company}. Bevestig uw aanmelding via de volgende link:\n\n${c.link}\n\nConform de AVG kunt u zich op elk moment afmelden. Verwerkingsverantwoordelijke: ${c.company} B.V., Voorbeeldstraat 1, 1000 AA Amsterdam.`,
    }),
    (c) => ({
      subject: `Klopt dit?`,
      body: `Hoi ${c.name}, wil je echt onze nieuwtjes ontvangen? Klik dan hier: ${c.link}`,
    }),
    (c) => ({
      subject: `Je 10% korting staat klaar 🎁`,
      body: `Bevestig je e-mailadres en we sturen je welkomstcode:\n\n[ BEVESTIGEN ] ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `${c.company} – Persberichten`,
      body: `Er is gevraagd dit adres op te nemen in onze perslijst. Ter bevestiging: ${c.link}`,
    }),
    (c) => ({
      subject: `Confirm your subscription`,
      body: `Hoi ${c.name},\n\nbedankt voor je interesse in onze nieuwsbrief. Bevestig hier: ${c.link}\n\nDe redactie van ${c.company}`,
    }),
  ],
  reset: [
    (c) => ({
      subject: `${c.code}`,
      body: `${c.code} is je ${c.company}-code. Deel hem met niemand.`,
    }),
    (c) => ({
      subject: `Wachtwoord vergeten?`,
      body: `Hoi ${c.name},\n\ngeen probleem. Kies hier een nieuw wachtwoord:\n\n${c.link}\n\nDe link is een uur geldig.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Je inloglink`,
      body: `Hier is je link om zonder wachtwoord in te loggen bij ${c.company}:\n${c.link}\n\nDe link verloopt over 15 minuten.`,
    }),
    (c) => ({
      subject: `Herstel van uw inloggegevens voor internetbankieren`,
      body: `Geachte klant,\n\nEr is gevraagd uw inloggegevens te herstellen. Gebruik deze link binnen 30 minuten: ${c.link}\n\nHeeft u dit niet aangevraagd, neem dan direct contact met ons op.\n\n${c.company} vraagt nooit per e-mail naar uw wachtwoord.`,
    }),
    (c) => ({
      subject: `Inlogpoging`,
      body: `Hoi ${c.name}, je beveiligingscode is:\n\n    ${c.code}\n\nAangevraagd vanaf een browser op Android.`,
    }),
    (c) => ({
      subject: `Password reset`,
      body: `Hallo, je hebt een nieuw wachtwoord aangevraagd voor ${c.company}: ${c.link}`,
    }),
  ],
}
