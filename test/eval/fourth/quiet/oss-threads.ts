// Threads of open-source mailing lists and code-hosting notifications for the quiet inbox, with
// bracket tags and the reply prefixes of several mail clients (Re:, AW:, SV:, Odp:, Réf :, RES:,
// R:, RE:, Antw:). Written for this set; people and most projects are made up.
import { MORE_THREADS } from './oss-threads-more.ts'
import { before, tagged, type Thread } from './thread.ts'

const FIRST_THREADS: readonly Thread[] = [
  {
    subject: '[osm-be] Import van adressen Brussel-Hoofdstad',
    reply: tagged('osm-be', 'Re:'),
    startDay: 0,
    posts: [
      {
        author: 'Pieter Claes <pieter.claes@telenet.example>',
        body: 'Hallo allemaal,\n\nHet Gewest heeft een nieuwe versie van de adressenbank gepubliceerd. Zullen we de import van vorig jaar herhalen, of eerst de conflicten met bestaande huisnummers oplossen?\n\nPieter',
      },
      {
        author: 'Hélène Dubois <helene.dubois@skynet.example>',
        body: 'Bonjour Pieter,\n\nJe propose d’abord de traiter les conflits. Il en reste environ 1 200 à Schaerbeek.\n\n> Zullen we de import van vorig jaar herhalen',
      },
      {
        author: 'Pieter Claes <pieter.claes@telenet.example>',
        body: 'Akkoord. Ik maak een takenlijst in de tasking manager.\n\n> Je propose d’abord de traiter les conflits.',
      },
      {
        author: 'Imogen Blackwood <imogen.blackwood@mailbox.example>',
        body: 'Count me in for Ixelles, I know the streets there.\n\nImogen',
      },
      {
        author: 'Hélène Dubois <helene.dubois@skynet.example>',
        body: 'Merci Imogen ! La tâche Ixelles est à toi.',
      },
    ],
  },
  {
    subject: '[rust-i18n] Plural rules for Polish and Czech',
    reply: before('AW:'),
    startDay: 1,
    posts: [
      {
        author: 'Marta Nowicka <marta@nowicka.example>',
        body: 'Hi,\n\nThe plural selector returns "other" for 22 in Polish, but CLDR says "few". Is this a known issue?\n\nMarta',
      },
      {
        author: 'Florian Weiß <florian.weiss@posteo.example>',
        body: 'Hallo Marta,\n\nja, das ist bekannt – wir nutzen noch die alten CLDR-Daten. Ein Update ist in Arbeit.\n\nGruß\nFlorian\n\n-----Ursprüngliche Nachricht-----\nVon: Marta Nowicka\nBetreff: Plural rules for Polish and Czech',
      },
      {
        author: 'Marta Nowicka <marta@nowicka.example>',
        body: 'Thanks! Should I open an issue so it is tracked?\n\n> ja, das ist bekannt',
      },
      {
        author: 'Florian Weiß <florian.weiss@posteo.example>',
        body: 'Gern, und verlinke bitte den CLDR-Bericht.\n\nFlorian',
      },
      {
        author: 'Jana Dvořáková <jana.dvorakova@seznam.example>',
        body: 'Czech has the same problem with "many" for decimals. I can help test.',
      },
    ],
  },
  {
    subject: '[nordic-gis] Reprojection of ETRS89 tiles',
    reply: before('SV:'),
    startDay: 2,
    posts: [
      {
        author: 'Erik Lindqvist <erik.lindqvist@kartverk.example>',
        body: 'Hello list,\n\nWe see a 30 cm shift after reprojecting ETRS89 tiles to web mercator. Which transformation grid do you use?\n\nErik',
      },
      {
        author: 'Ingrid Solberg <ingrid.solberg@uib.example>',
        body: 'Hej Erik,\n\nWe use the NKG grid; without it the shift is expected.\n\nMvh Ingrid\n\nFrån: Erik Lindqvist\nSkickat: den 9 september 2026',
      },
      {
        author: 'Erik Lindqvist <erik.lindqvist@kartverk.example>',
        body: 'That fixed it, tack så mycket!',
      },
      {
        author: 'Imogen Blackwood <imogen.blackwood@mailbox.example>',
        body: 'Could one of you share the exact pipeline string? I have the same issue with Belgian Lambert.',
      },
      {
        author: 'Ingrid Solberg <ingrid.solberg@uib.example>',
        body: 'Sure, it is in the wiki under "Transformations". Belgian Lambert needs a different grid though.',
      },
    ],
  },
  {
    subject: '[pl-python] Problem z asyncio i sygnałami',
    reply: before('Odp:'),
    startDay: 4,
    posts: [
      {
        author: 'Tomasz Wójcik <tomasz.wojcik@onet.example>',
        body: 'Cześć,\n\nmój serwer na asyncio nie zamyka się po SIGTERM. Ktoś miał podobny problem?\n\nTomek',
      },
      {
        author: 'Agnieszka Krawczyk <a.krawczyk@wp.example>',
        body: 'Cześć Tomek,\n\nużyj loop.add_signal_handler zamiast signal.signal, wtedy handler działa w pętli.\n\nPozdrawiam\nAga',
      },
      {
        author: 'Tomasz Wójcik <tomasz.wojcik@onet.example>',
        body: 'Działa, dzięki!\n\n> użyj loop.add_signal_handler',
      },
      {
        author: 'Paweł Zieliński <pawel.zielinski@gmail.example>',
        body: 'Warto też anulować zadania w handlerze, inaczej czasem wiszą.',
      },
    ],
  },
  {
    subject: '[debian-l10n-french] [RFR] po://apt/fr.po 83t',
    reply: before('Réf :'),
    startDay: 5,
    posts: [
      {
        author: 'Jean-Baptiste Morel <jb.morel@free.example>',
        body: 'Bonjour,\n\nVoici la mise à jour de la traduction d’apt : 83 chaînes traduites. Merci d’avance pour vos relectures.\n\nJean-Baptiste',
      },
      {
        author: 'Sylvie Garnier <sylvie.garnier@laposte.example>',
        body: 'Bonjour,\n\nQuelques suggestions en pièce jointe (accords et espaces insécables).\n\nAmicalement,\nSylvie',
      },
      {
        author: 'Jean-Baptiste Morel <jb.morel@free.example>',
        body: 'Merci Sylvie, intégré. Je passe en LCFC demain.',
      },
      {
        author: 'Luc Martin <luc.martin@orange.example>',
        body: 'Relu aussi, rien à ajouter. Bon travail !',
      },
    ],
  },
  {
    subject: '[libvips] Memory growth when thumbnailing large TIFFs',
    reply: before('Re:'),
    startDay: 6,
    posts: [
      {
        author: 'Imogen Blackwood <imogen.blackwood@mailbox.example>',
        body: 'Hi all,\n\nThumbnailing a folder of 2 GB TIFFs makes RSS grow to 9 GB. Is there a setting for the operation cache I should change?\n\nThanks, Imogen',
      },
      {
        author: 'Kofi Mensah <kofi.mensah@fastmail.example>',
        body: 'Hi Imogen,\n\nTry setting the cache max to 0 and use sequential access. Random access on tiled TIFFs keeps a lot in memory.\n\nKofi',
      },
      {
        author: 'Imogen Blackwood <imogen.blackwood@mailbox.example>',
        body: 'That brought it down to 600 MB. Thanks a lot!',
      },
      {
        author: 'Kofi Mensah <kofi.mensah@fastmail.example>',
        body: 'Great. I’ll add a note to the docs.',
      },
    ],
  },
]

export const THREADS: readonly Thread[] = [...FIRST_THREADS, ...MORE_THREADS]
