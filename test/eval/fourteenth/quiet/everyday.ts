// Everyday automated mail of a quiet inbox, written for this set: notifications, invitations,
// newsletters long subscribed to, shipping notices, digests, list replies, surveys, statements
// and reminders, in several languages. None of it was caused by an attacker.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'

export interface Everyday {
  from: string
  subject: string
  body: string
  lang: Lang
  source: string
}

type Maker = (r: Random) => Everyday

const n = (r: Random, lo: number, hi: number) => r.int(lo, hi)

export const EVERYDAY: readonly Maker[] = [
  (r) => ({
    from: 'Marnie Oakes <notifications@github.com>',
    subject: `Re: [quillkit/quillkit] Crash when saving empty draft (Issue #${n(r, 100, 999)})`,
    body: `I can reproduce this on 2.4.1 as well. The stack trace points at the autosave timer.\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because you were mentioned.`,
    lang: 'en',
    source: 'github',
  }),
  (r) => ({
    from: 'GitLab <gitlab@gitlab.example-forge.org>',
    subject: `quillkit | Pipeline #${n(r, 10000, 99999)} has failed for main`,
    body: `Pipeline #${n(r, 10000, 99999)} triggered by Gideon Marlowe had 1 failed job: test:unit.\n\nYou're receiving this email because of your account on gitlab.example-forge.org.`,
    lang: 'en',
    source: 'gitlab',
  }),
  (r) => ({
    from: 'Ruth Calder <ruth.calder@harbourworks.test>',
    subject: `Invitation: Quarterly planning @ Thu ${n(r, 1, 28)} Jun 2028 10:00 - 11:30 (BST)`,
    body: `Ruth Calder has invited you to Quarterly planning.\nWhen: Thursday 10:00 - 11:30\nJoining info: meet link\n\nReply for gideon.marlowe@inbox-home.test: Yes / No / Maybe\n\nInvitation from Google Calendar`,
    lang: 'en',
    source: 'calendar',
  }),
  () => ({
    from: 'Kalender <kalender@vereinsheim.test>',
    subject: `Einladung: Mitgliederversammlung Turnverein`,
    body: `Sie wurden zur Mitgliederversammlung eingeladen.\nWann: Freitag, 19:00 Uhr\nWo: Vereinsheim\n\nZusagen / Absagen / Vielleicht`,
    lang: 'de',
    source: 'calendar',
  }),
  (r) => ({
    from: 'The Weekly Tinker <hello@weeklytinker.test>',
    subject: `Issue #${n(r, 200, 400)}: soldering, sourdough and sea kayaks`,
    body: `This week: a beginner's guide to soldering, why your sourdough is flat, and three kayak routes.\n\nYou're receiving this because you subscribed in 2025. Unsubscribe | Update preferences`,
    lang: 'en',
    source: 'newsletter',
  }),
  () => ({
    from: 'Le Petit Jardinier <lettre@petitjardinier.test>',
    subject: `Au jardin cette semaine : semis d'été`,
    body: `C'est le moment de semer haricots et courgettes. Notre conseil de la semaine…\n\nVous êtes abonné à notre lettre depuis 2024. Se désabonner`,
    lang: 'fr',
    source: 'newsletter',
  }),
  () => ({
    from: 'Radtour-Brief <brief@radtouren.test>',
    subject: `Die schönsten Touren im Juni`,
    body: `Fünf Strecken entlang der Elbe, dazu ein Reparatur-Tipp.\n\nAbmelden | Einstellungen`,
    lang: 'de',
    source: 'newsletter',
  }),
  (r) => ({
    from: 'Larkspur Home <orders@larkspurhome.test>',
    subject: `Your order has shipped`,
    body: `Good news: order LH-${n(r, 100000, 999999)} is on its way with Swiftwing Parcels. Expected delivery: Thursday.`,
    lang: 'en',
    source: 'shipping',
  }),
  (r) => ({
    from: 'Taller Vértice <envios@tallervertice.test>',
    subject: `Tu pedido ya está en camino`,
    body: `El pedido TV${n(r, 10000, 99999)} ha salido de nuestro almacén. Llegará en 2-3 días.`,
    lang: 'es',
    source: 'shipping',
  }),
  (r) => ({
    from: 'Forum Baumwerk <digest@forum-baumwerk.test>',
    subject: `Zusammenfassung: ${n(r, 5, 30)} neue Beiträge in Holzbearbeitung`,
    body: `Neue Themen seit deinem letzten Besuch: Hobelbank selber bauen, Welches Öl für Eiche?\n\nDu erhältst diese Zusammenfassung wöchentlich.`,
    lang: 'de',
    source: 'forum digest',
  }),
  () => ({
    from: 'Retro Radios Forum <noreply@retroradios.test>',
    subject: `Weekly summary for Gideon`,
    body: `Popular topics this week: restoring a 1950s valve set; finding replacement dial cords.\n\nChange your email settings.`,
    lang: 'en',
    source: 'forum digest',
  }),
  () => ({
    from: 'Sanne Meijer <sanne.meijer@kookclub.test>',
    subject: `[kookclub] Re: recept voor stamppot`,
    body: `Ik doe er altijd wat mosterd door, dat maakt het af.\n\n> Heeft iemand een goed recept?\n\n-- \nkookclub mailing list`,
    lang: 'nl',
    source: 'list reply',
  }),
  () => ({
    from: 'Owen Price <owen.price@lists-mail.test>',
    subject: `[astro-club] Re: Perseids viewing spot`,
    body: `The hill behind the reservoir worked well last year, little light pollution.\n\n> Where shall we meet?\n\n_______________________________________________\nastro-club mailing list`,
    lang: 'en',
    source: 'list reply',
  }),
  () => ({
    from: 'Hotel Salgueiro <feedback@hotelsalgueiro.test>',
    subject: `Como foi a sua estadia?`,
    body: `Obrigado por ficar connosco. Conte-nos como correu: responda a 3 perguntas rápidas.\n\nHotel Salgueiro, Porto`,
    lang: 'pt',
    source: 'survey',
  }),
  () => ({
    from: 'Larkspur Home <care@larkspurhome.test>',
    subject: `How did we do?`,
    body: `You recently spoke with our customer care team. Would you rate your experience? It takes 30 seconds.`,
    lang: 'en',
    source: 'survey',
  }),
  (r) => ({
    from: 'Banca Lagunare <estratti@bancalagunare.it>',
    subject: `Estratto conto di maggio disponibile`,
    body: `Gentile cliente, l'estratto conto n. ${n(r, 10, 99)} è disponibile nella sua area riservata. Per sicurezza non alleghiamo documenti.`,
    lang: 'it',
    source: 'statement',
  }),
  () => ({
    from: 'Lindenmere Bank <statements@lindenmerebank.co.uk>',
    subject: `Your monthly statement is ready`,
    body: `Your current account statement for May is ready to view in online banking.`,
    lang: 'en',
    source: 'statement',
  }),
  () => ({
    from: 'Théâtre des Tilleuls <billetterie@theatre-tilleuls.test>',
    subject: `Rappel : votre spectacle demain à 20 h`,
    body: `Nous vous attendons demain pour « La Cerisaie ». Ouverture des portes à 19 h 30. Vos billets sont dans votre espace.`,
    lang: 'fr',
    source: 'event reminder',
  }),
  () => ({
    from: 'Museo Civico <eventi@museocivico.test>',
    subject: `Promemoria: visita guidata sabato`,
    body: `Ti ricordiamo la visita guidata di sabato alle 11:00. Punto d'incontro: biglietteria.`,
    lang: 'it',
    source: 'event reminder',
  }),
  () => ({
    from: 'Gemeente Voorbeeld <noreply@gemeente-voorbeeld.test>',
    subject: `Herinnering: afspraak paspoort`,
    body: `U heeft een afspraak op het stadskantoor op dinsdag om 10:15. Neem uw oude paspoort en een pasfoto mee.`,
    lang: 'nl',
    source: 'event reminder',
  }),
  (r) => ({
    from: 'Estúdio Caju <ola@estudiocaju.test>',
    subject: `Novidades de junho`,
    body: `Novas aulas de cerâmica às quintas, vagas limitadas. Edição n.º ${n(r, 30, 60)}.\n\nCancelar subscrição`,
    lang: 'pt',
    source: 'newsletter',
  }),
  () => ({
    from: 'Club Alpino <noticias@clubalpino.test>',
    subject: `Salidas del mes`,
    body: `Este mes: travesía por Gredos y taller de orientación.\n\nDarse de baja`,
    lang: 'es',
    source: 'newsletter',
  }),
]
