// ezmlm-idx: the subscription confirmation request ("confirm subscribe to list@host"), answered
// by replying to a cookie address. source: ezmlm-idx `text/sub-confirm` and its language
// directories (de, fr, es, pt, it, nl exist in the distribution); written from memory of their
// structure, not copied.
import type { Product } from '../product.ts'

const REPLY = '{list}-sc.{n}.kdpemlbf-{token}@lists.{domain}'

export const EZMLM: Product = {
  product: 'ezmlm-idx',
  family: 'subscription',
  source: 'ezmlm-idx text/sub-confirm (per-language text directories)',
  echo: 'none',
  own: ['{list}-help@lists.{domain}'],
  texts: {
    en: {
      subject: 'confirm subscribe to {list}@lists.{domain}',
      body: `Hi! This is the ezmlm program. I'm managing the {list}@lists.{domain} mailing list.\n\nTo confirm that you would like\n\n   {email}\n\nadded to the {list} mailing list, please send a short reply to this address:\n\n   ${REPLY}\n\nThis confirmation serves two purposes. First, it verifies that I am able to get mail through to you. Second, it protects you in case someone forges a subscription request in your name.`,
    },
    de: {
      subject: 'Bestätigung für subscribe {list}@lists.{domain}',
      body: `Hallo! Hier ist das ezmlm-Programm. Ich verwalte die Mailingliste {list}@lists.{domain}.\n\nUm zu bestätigen, dass\n\n   {email}\n\nin die Liste {list} eingetragen werden soll, schicken Sie bitte eine kurze Antwort an diese Adresse:\n\n   ${REPLY}\n\nDiese Bestätigung stellt sicher, dass ich Sie per E-Mail erreiche, und schützt Sie davor, dass jemand in Ihrem Namen eine Anmeldung fälscht.`,
    },
    fr: {
      subject: "confirmation d'abonnement à {list}@lists.{domain}",
      body: `Bonjour ! Ici le programme ezmlm. Je gère la liste de diffusion {list}@lists.{domain}.\n\nPour confirmer que vous souhaitez que\n\n   {email}\n\nsoit ajouté à la liste {list}, envoyez une courte réponse à cette adresse :\n\n   ${REPLY}\n\nCette confirmation vérifie que le courrier vous parvient et vous protège si quelqu'un demande un abonnement en votre nom.`,
    },
    es: {
      subject: 'confirmar suscripción a {list}@lists.{domain}',
      body: `¡Hola! Soy el programa ezmlm. Administro la lista de correo {list}@lists.{domain}.\n\nPara confirmar que desea añadir\n\n   {email}\n\na la lista {list}, envíe una respuesta corta a esta dirección:\n\n   ${REPLY}\n\nEsta confirmación comprueba que el correo le llega y le protege si alguien falsifica una suscripción en su nombre.`,
    },
    pt: {
      subject: 'confirmar subscrição de {list}@lists.{domain}',
      body: `Olá! Este é o programa ezmlm. Eu giro a lista de correio {list}@lists.{domain}.\n\nPara confirmar que pretende adicionar\n\n   {email}\n\nà lista {list}, envie uma resposta curta para este endereço:\n\n   ${REPLY}\n\nEsta confirmação verifica que o correio lhe chega e protege-o caso alguém falsifique um pedido de subscrição em seu nome.`,
    },
    it: {
      subject: 'conferma iscrizione a {list}@lists.{domain}',
      body: `Ciao! Sono il programma ezmlm. Gestisco la mailing list {list}@lists.{domain}.\n\nPer confermare che vuoi aggiungere\n\n   {email}\n\nalla lista {list}, invia una breve risposta a questo indirizzo:\n\n   ${REPLY}\n\nQuesta conferma verifica che la posta ti arrivi e ti protegge nel caso qualcuno falsifichi una richiesta di iscrizione a tuo nome.`,
    },
    nl: {
      subject: 'bevestig aanmelding bij {list}@lists.{domain}',
      body: `Hallo! Dit is het ezmlm-programma. Ik beheer de mailinglijst {list}@lists.{domain}.\n\nOm te bevestigen dat je\n\n   {email}\n\nwilt toevoegen aan de lijst {list}, stuur je een kort antwoord naar dit adres:\n\n   ${REPLY}\n\nDeze bevestiging controleert dat post je bereikt en beschermt je als iemand namens jou een aanmelding vervalst.`,
    },
  },
}
