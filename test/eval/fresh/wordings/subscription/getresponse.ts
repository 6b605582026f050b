import { w, type Product } from '../types.ts'

// GetResponse confirmation message for double opt-in lists (Lists > Settings > Confirmation
// message, default template); GetResponse help center "confirmation message".
export const getresponse: Product = {
  product: 'GetResponse',
  family: 'subscription',
  source: 'GetResponse help center, default double opt-in confirmation message',
  texts: {
    en: [
      w(
        '{company}: please confirm your subscription',
        `Hello {name},\n\nTo complete your subscription to {company}, please click the link below:\n\nYes, subscribe me to this list: https://gr8.com/c/{token}\n\nIf you don't want to subscribe, simply ignore this message.\n\n{company}`,
      ),
    ],
    de: [
      w(
        '{company}: Bitte bestätigen Sie Ihre Anmeldung',
        `Hallo {name},\n\num Ihre Anmeldung bei {company} abzuschließen, klicken Sie bitte auf den folgenden Link:\n\nJa, ich möchte mich anmelden: https://gr8.com/c/{token}\n\nWenn Sie sich nicht anmelden möchten, ignorieren Sie diese Nachricht einfach.`,
      ),
    ],
    fr: [
      w(
        '{company} : veuillez confirmer votre inscription',
        `Bonjour {name},\n\nPour finaliser votre inscription à {company}, cliquez sur le lien ci-dessous :\n\nOui, je m’inscris à cette liste : https://gr8.com/c/{token}\n\nSi vous ne souhaitez pas vous inscrire, ignorez simplement ce message.`,
      ),
    ],
    es: [
      w(
        '{company}: confirma tu suscripción',
        `Hola {name}:\n\nPara completar tu suscripción a {company}, haz clic en el siguiente enlace:\n\nSí, suscríbeme a esta lista: https://gr8.com/c/{token}\n\nSi no quieres suscribirte, ignora este mensaje.`,
      ),
    ],
    pt: [
      w(
        '{company}: confirme sua inscrição',
        `Olá {name},\n\nPara concluir sua inscrição em {company}, clique no link abaixo:\n\nSim, quero me inscrever nesta lista: https://gr8.com/c/{token}\n\nSe você não quiser se inscrever, ignore esta mensagem.`,
      ),
    ],
    it: [
      w(
        '{company}: conferma la tua iscrizione',
        `Ciao {name},\n\nper completare l’iscrizione a {company} fai clic sul link qui sotto:\n\nSì, iscrivimi a questa lista: https://gr8.com/c/{token}\n\nSe non vuoi iscriverti, ignora questo messaggio.`,
      ),
    ],
    nl: [
      w(
        '{company}: bevestig je inschrijving',
        `Hallo {name},\n\nKlik op de onderstaande link om je inschrijving bij {company} af te ronden:\n\nJa, schrijf me in op deze lijst: https://gr8.com/c/{token}\n\nWil je je niet inschrijven, negeer dit bericht dan.`,
      ),
    ],
  },
}
