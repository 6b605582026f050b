// Majordomo 1.94: the "auth" confirmation a list server sends when someone asks to subscribe an
// address; it names no person, only the list, the address and the command to send back.
// Source: Majordomo 1.94.x majordomo "Confirmation for subscribe" message. Majordomo ships
// English only: the other languages are a list owner's own translation of the same message.
import type { Product } from '../product.ts'

export const MAJORDOMO: Product = {
  product: 'Majordomo',
  family: 'subscription',
  source: 'Majordomo 1.94 subscribe authentication request ("Confirmation for subscribe")',
  hosted: (c) => `Majordomo@${c.slug}.listhost-mail.net`,
  ownLocal: 'majordomo',
  texts: {
    en: {
      subject: 'Confirmation for subscribe news',
      body: 'Someone (possibly you) has requested that your email address be added\nto or deleted from the mailing list "news@lists.{site}".\n\nIf you really want this action to be taken, please send the following\ncommands (exactly as shown) back to "Majordomo@lists.{site}":\n\n\tauth {ticket} subscribe news {email}\n\nIf you do not want this action to be taken, simply ignore this message\nand the request will be disregarded.\n\nIf your mailer will not allow you to send the entire command as a single\nline, you may split it using backslashes, like so:\n\n\tauth {ticket} subscribe news \\\n\t{email}',
    },
    de: {
      subject: 'Confirmation for subscribe news',
      body: 'Jemand (möglicherweise Sie) hat beantragt, Ihre E-Mail-Adresse in die\nMailingliste "news@lists.{site}" aufzunehmen oder daraus zu entfernen.\n\nWenn Sie das wirklich wollen, senden Sie bitte die folgenden Befehle\n(genau wie angegeben) an "Majordomo@lists.{site}":\n\n\tauth {ticket} subscribe news {email}\n\nWenn nicht, ignorieren Sie diese Nachricht einfach.',
    },
    fr: {
      subject: 'Confirmation pour subscribe news',
      body: 'Quelqu\'un (peut-être vous) a demandé que votre adresse soit ajoutée\nà la liste de diffusion "news@lists.{site}" ou en soit retirée.\n\nSi vous le souhaitez vraiment, renvoyez les commandes suivantes\n(exactement telles quelles) à "Majordomo@lists.{site}" :\n\n\tauth {ticket} subscribe news {email}\n\nSinon, ignorez simplement ce message.',
    },
    es: {
      subject: 'Confirmación para subscribe news',
      body: 'Alguien (posiblemente usted) ha pedido que su dirección se añada a la\nlista de correo "news@lists.{site}" o se elimine de ella.\n\nSi realmente lo desea, envíe los siguientes comandos (tal cual)\na "Majordomo@lists.{site}":\n\n\tauth {ticket} subscribe news {email}\n\nSi no, ignore este mensaje.',
    },
    pt: {
      subject: 'Confirmação para subscribe news',
      body: 'Alguém (possivelmente você) pediu que o seu endereço fosse adicionado à\nlista de correio "news@lists.{site}" ou removido dela.\n\nSe o deseja mesmo, envie os comandos seguintes (exatamente assim)\npara "Majordomo@lists.{site}":\n\n\tauth {ticket} subscribe news {email}\n\nCaso contrário, ignore esta mensagem.',
    },
    it: {
      subject: 'Conferma per subscribe news',
      body: 'Qualcuno (forse lei) ha chiesto che il suo indirizzo venga aggiunto alla\nlista "news@lists.{site}" o rimosso da essa.\n\nSe lo desidera davvero, invii i seguenti comandi (esattamente così)\na "Majordomo@lists.{site}":\n\n\tauth {ticket} subscribe news {email}\n\nAltrimenti ignori questo messaggio.',
    },
    nl: {
      subject: 'Bevestiging voor subscribe news',
      body: 'Iemand (mogelijk u) heeft gevraagd uw e-mailadres toe te voegen aan of\nte verwijderen van de mailinglijst "news@lists.{site}".\n\nAls u dit echt wilt, stuur dan de volgende opdrachten (precies zo)\nterug naar "Majordomo@lists.{site}":\n\n\tauth {ticket} subscribe news {email}\n\nZo niet, negeer dit bericht dan.',
    },
  },
}
