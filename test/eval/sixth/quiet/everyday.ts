// Ordinary automated and personal mail of the quiet inbox's owner (a Swedish translator living in
// Kraków), written for this set: code-forge notifications, calendar invitations, newsletters she
// subscribed to long ago, parcel notices, forum digests, mailing-list replies, and a support
// ticket she opened through a web form with its later replies and solved notice.
import type { Random } from '../../prng.ts'

export interface Everyday {
  from: string
  subject: string
  body: string
  source: string
}

type Maker = (rng: Random, n: number) => Everyday

const PR = [
  'Fix plural forms for Polish',
  'Add Swedish glossary terms',
  'Update subtitle timing script',
  'Bump dependencies',
]
const LISTS = ['translators-l', 'subtitle-dev', 'sv-l10n']
const THREADS = [
  'CAT tool for subtitles?',
  'Rates for medical texts in 2027',
  'Terminology for heat pumps',
  'QA checks in OmegaT',
]

export const MAKERS: Record<string, { count: number; make: Maker }> = {
  github: {
    count: 24,
    make: (rng, n) => ({
      from: `${rng.pick(['kowalska-a', 'lindgren-dev', 'mtrzaska'])} <notifications@github.com>`,
      subject: `Re: [isandberg/termbase] ${rng.pick(PR)} (PR #${40 + (n % 9)})`,
      body: `${rng.pick(['Looks good to me.', 'Could you add a test for the Polish plural rule?', 'Merged, thanks!'])}\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because you authored the thread.`,
      source: 'github notification',
    }),
  },
  gitlab: {
    count: 10,
    make: (_rng, n) => ({
      from: 'GitLab <gitlab@git.lingwista.example>',
      subject: `subtitle-tools | Pipeline #${1200 + n} has ${n % 3 === 0 ? 'failed' : 'passed'} for main`,
      body: `Pipeline #${1200 + n} triggered by Ingrid Sandberg.\nCommit a${n}f3c2: Update timing script\nYou're receiving this email because of your account on git.lingwista.example.`,
      source: 'gitlab notification',
    }),
  },
  calendar: {
    count: 12,
    make: (rng, n) => ({
      from: `${rng.pick(['Agata Wójcik <agata.wojcik@biuro-tlumaczen.example>', 'Lars Ek <lars.ek@sprakbyran.example>'])}`,
      subject: `${rng.pick(['Invitation', 'Inbjudan', 'Zaproszenie', 'Updated invitation'])}: ${rng.pick(['Projektmöte', 'Weekly sync', 'Spotkanie z klientem'])} @ ${['mån', 'tis', 'ons', 'tors'][n % 4]} ${8 + (n % 14)} feb 2027 10:00 - 11:00 (CET)`,
      body: 'You have been invited to the following event.\nJoin with Google Meet\nView all guest info\nReply for ingrid.sandberg@brevlada.example: Yes / No / Maybe\nInvitation from Google Calendar',
      source: 'calendar invitation',
    }),
  },
  newsletter: {
    count: 14,
    make: (rng, n) => ({
      from: rng.pick([
        'Språkrådet <nyhetsbrev@sprakbrev.example>',
        'Tłumacze.pl <newsletter@tlumaczenia-news.example>',
        'The Localisation Letter <hello@l10nletter.example>',
      ]),
      subject: `${rng.pick(['Nyhetsbrev vecka', 'Przegląd tygodnia nr', 'Issue'])} ${5 + n}`,
      body: 'This week: new terminology lists, a conference in Gothenburg, and tools for subtitlers.\nYou are receiving this because you subscribed. Unsubscribe | Manage preferences',
      source: 'subscribed newsletter',
    }),
  },
  parcels: {
    count: 10,
    make: (rng, n) => ({
      from: rng.pick([
        'PaczkaPunkt <powiadomienia@paczkapunkt.example>',
        'Postnord-liknande Frakt <avisering@frakt-sv.example>',
      ]),
      subject: rng.pick([
        `Twoja paczka ${620_000 + n} jest w drodze`,
        `Paczka ${620_000 + n} czeka w automacie`,
        `Ditt paket ${620_000 + n} har levererats`,
      ]),
      body: `Numer przesyłki / Kollinummer: ${620_000 + n}. Śledź przesyłkę w aplikacji. Kod odbioru: ${rng.int(100_000, 999_999)}.`,
      source: 'parcel notice',
    }),
  },
  digest: {
    count: 8,
    make: (_rng, n) => ({
      from: 'Forum Tłumaczy <noreply@forum-tlumaczy.example>',
      subject: `[Forum Tłumaczy] Podsumowanie dnia (${n + 3} nowych wątków)`,
      body: 'Najpopularniejsze wątki: stawki za tłumaczenia przysięgłe, CAT tools, faktury dla klientów z UE.\nAby zmienić ustawienia powiadomień, odwiedź swój profil.',
      source: 'forum digest',
    }),
  },
  list: {
    count: 26,
    make: (rng) => ({
      from: rng.pick([
        'Piotr Lis <piotr.lis@tlumacz.example>',
        'Karin Berg <karin.berg@oversatt.example>',
        'Mats Nyström <mats@nystrom.example>',
      ]),
      subject: `[${rng.pick(LISTS)}] ${rng.pick(['Re: ', 'RE: ', 'SV: ', 'Odp: '])}${rng.pick(THREADS)}`,
      body: `${rng.pick(['I use Subtitle Edit for that.', 'Same here, rates went up about 5 %.', 'We call it värmepump, obviously.'])}\n\n> earlier message quoted\n_______________________________________________\nlist mailing list`,
      source: 'mailing list reply',
    }),
  },
}

/** The ticket she opened through a web form, in order: acknowledgement, replies, solved. */
export const TICKET: readonly Everyday[] = [
  {
    from: 'Kontorsmaskiner Support <support@kontorsmaskiner.example>',
    subject: '[#58213] Skrivaren skriver inte ut dubbelsidigt',
    body: 'Hej Ingrid,\n\nTack för ditt ärende. Vi har tagit emot det och återkommer inom två arbetsdagar.\n\nÄrende: Skrivaren skriver inte ut dubbelsidigt',
    source: 'own ticket',
  },
  {
    from: 'Nils på Kontorsmaskiner <support@kontorsmaskiner.example>',
    subject: 'Re: [#58213] Skrivaren skriver inte ut dubbelsidigt',
    body: 'Hej Ingrid,\n\nKan du skicka en bild på inställningarna under Utskrift > Duplex? Då kan vi se vad som är fel.\n\nNils',
    source: 'own ticket',
  },
  {
    from: 'Nils på Kontorsmaskiner <support@kontorsmaskiner.example>',
    subject: 'Re: [#58213] Skrivaren skriver inte ut dubbelsidigt',
    body: 'Tack för bilden! Uppdatera drivrutinen till version 4.2 så ska det fungera.\n\nNils',
    source: 'own ticket',
  },
  {
    from: 'Kontorsmaskiner Support <support@kontorsmaskiner.example>',
    subject: '[#58213] Ditt ärende har lösts',
    body: 'Ditt ärende "Skrivaren skriver inte ut dubbelsidigt" har markerats som löst. Svara på detta meddelande om du behöver mer hjälp.',
    source: 'own ticket',
  },
]
