// More mailing-list threads for the quiet inbox (Spanish, Portuguese, Italian, German and Dutch
// lists). Written for this set; people and lists are made up.
import { before, tagged, type Thread } from './thread.ts'

export const MORE_THREADS: readonly Thread[] = [
  {
    subject: '[python-es] Duda con dataclasses y slots',
    reply: before('RE:'),
    startDay: 8,
    posts: [
      {
        author: 'Sergio Paredes <sergio.paredes@correo.example>',
        body: 'Hola lista,\n\n¿Alguien sabe por qué una dataclass con slots=True no admite valores por defecto en una subclase?\n\nSaludos',
      },
      {
        author: 'Marina Costa <marina.costa@gmail.example>',
        body: 'Hola Sergio,\n\nEs una limitación conocida: los slots se crean en una clase nueva. Usa field(default=...) en la clase base.\n\nUn saludo',
      },
      {
        author: 'Sergio Paredes <sergio.paredes@correo.example>',
        body: 'Perfecto, gracias Marina.',
      },
      {
        author: 'Andrés Olmedo <andres.olmedo@uv.example>',
        body: 'En Python 3.13 esto mejoró un poco, por cierto.',
      },
    ],
  },
  {
    subject: '[pt-dev] Proposta de encontro em Lisboa',
    reply: before('RES:'),
    startDay: 9,
    posts: [
      {
        author: 'Rafael Souza <rafael.souza@uol.example>',
        body: 'Olá pessoal,\n\nQue tal um encontro presencial em Lisboa em novembro? Posso tratar da sala.\n\nAbraço',
      },
      {
        author: 'Inês Carvalho <ines.carvalho@sapo.example>',
        body: 'Boa ideia! Sugiro um sábado de manhã.\n\nInês',
      },
      {
        author: 'Rafael Souza <rafael.souza@uol.example>',
        body: 'Combinado, vou fazer um inquérito para escolher a data.',
      },
      {
        author: 'Diogo Matos <diogo.matos@gmail.example>',
        body: 'Conta comigo. Posso fazer uma palestra curta sobre testes.',
      },
    ],
  },
  {
    subject: '[it-linux] Aggiornamento a Debian 13, problemi con il Wi-Fi',
    reply: before('R:'),
    startDay: 11,
    posts: [
      {
        author: 'Davide Rinaldi <davide.rinaldi@libero.example>',
        body: 'Ciao a tutti,\n\ndopo l’aggiornamento il Wi-Fi del portatile non si connette più. Scheda Intel AX210.\n\nGrazie',
      },
      {
        author: 'Francesca Greco <francesca.greco@tiscali.example>',
        body: 'Ciao Davide,\n\nmanca probabilmente il firmware non libero: installa firmware-iwlwifi e riavvia.\n\nFrancesca',
      },
      { author: 'Davide Rinaldi <davide.rinaldi@libero.example>', body: 'Risolto, grazie mille!' },
    ],
  },
  {
    subject: '[de-users] Drucker wird nach Update nicht mehr erkannt',
    reply: tagged('de-users', 'AW:'),
    startDay: 13,
    posts: [
      {
        author: 'Heinz Albers <heinz.albers@t-online.example>',
        body: 'Hallo zusammen,\n\nseit dem letzten Update findet CUPS meinen Netzwerkdrucker nicht mehr. Hat jemand einen Tipp?\n\nGruß Heinz',
      },
      {
        author: 'Sabine Kraus <sabine.kraus@mailbox.example>',
        body: 'Hallo Heinz,\n\nprüf mal, ob avahi-daemon läuft. Ohne den klappt die Erkennung nicht.\n\nSabine\n\n-----Ursprüngliche Nachricht-----\nVon: Heinz Albers',
      },
      {
        author: 'Heinz Albers <heinz.albers@t-online.example>',
        body: 'Das war es – der Dienst war deaktiviert. Danke!',
      },
      {
        author: 'Uwe Brenner <uwe.brenner@gmx.example>',
        body: 'Gleiches Problem hier, gleiche Lösung. Danke fürs Nachfragen.',
      },
    ],
  },
  {
    subject: '[nl-translators] Vertaling "sign in" – inloggen of aanmelden?',
    reply: before('Antw:'),
    startDay: 15,
    posts: [
      {
        author: 'Koen Verhoeven <koen.verhoeven@telenet.example>',
        body: 'Hoi allen,\n\nIn de stijlgids staat "aanmelden", maar de meeste apps gebruiken "inloggen". Passen we de gids aan?\n\nKoen',
      },
      {
        author: 'Femke Bakker <femke.bakker@xs4all.example>',
        body: 'Ik zou "inloggen" nemen, dat is wat gebruikers verwachten.',
      },
      {
        author: 'Imogen Blackwood <imogen.blackwood@mailbox.example>',
        body: 'Agreed from the Belgian side, "aanmelden" is often read as "register" here.',
      },
      {
        author: 'Koen Verhoeven <koen.verhoeven@telenet.example>',
        body: 'Dan passen we het aan. Ik maak een merge request.',
      },
    ],
  },
]
