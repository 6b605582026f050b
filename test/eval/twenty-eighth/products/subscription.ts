// Newsletter double opt-in. Written from memory of each product's documented default, in our own
// words; the non-English texts are our renderings of the same notice.
import type { Product } from './types.ts'

/** Unisender: the default subscription confirmation letter (Unisender help, double opt-in). */
export const UNISENDER: Product = {
  family: 'subscription',
  product: 'Unisender',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'Please confirm your subscription to {company}',
      body: 'Hello!\n\nYou (or someone else) subscribed {email} to the {company} mailing list. To start receiving our emails, confirm your subscription:\n{link}\n\nIf this was not you, just ignore this letter and you will not be subscribed.',
    },
    de: {
      subject: 'Bitte bestätigen Sie Ihr Abonnement bei {company}',
      body: 'Hallo!\n\nSie (oder jemand anderes) haben {email} für den Verteiler von {company} eingetragen. Um unsere E-Mails zu erhalten, bestätigen Sie das Abonnement:\n{link}\n\nWaren Sie das nicht, ignorieren Sie diese Nachricht einfach.',
    },
    fr: {
      subject: 'Merci de confirmer votre abonnement à {company}',
      body: 'Bonjour !\n\nVous (ou quelqu’un d’autre) avez inscrit {email} à la liste de diffusion de {company}. Pour recevoir nos e-mails, confirmez votre abonnement :\n{link}\n\nSi ce n’était pas vous, ignorez simplement ce message.',
    },
    es: {
      subject: 'Confirme su suscripción a {company}',
      body: '¡Hola!\n\nUsted (u otra persona) ha suscrito {email} a la lista de {company}. Para empezar a recibir nuestros correos, confirme la suscripción:\n{link}\n\nSi no fue usted, ignore esta carta y no quedará suscrito.',
    },
    pt: {
      subject: 'Confirme a sua subscrição de {company}',
      body: 'Olá!\n\nVocê (ou outra pessoa) inscreveu {email} na lista da {company}. Para começar a receber os nossos e-mails, confirme a subscrição:\n{link}\n\nSe não foi você, ignore esta mensagem.',
    },
    it: {
      subject: 'Conferma l’iscrizione a {company}',
      body: 'Ciao!\n\nTu (o qualcun altro) hai iscritto {email} alla mailing list di {company}. Per ricevere le nostre email, conferma l’iscrizione:\n{link}\n\nSe non sei stato tu, ignora semplicemente questo messaggio.',
    },
    nl: {
      subject: 'Bevestig uw inschrijving bij {company}',
      body: 'Hallo!\n\nU (of iemand anders) heeft {email} aangemeld voor de mailinglijst van {company}. Bevestig uw inschrijving om onze e-mails te ontvangen:\n{link}\n\nWas u dit niet, negeer dit bericht dan.',
    },
  },
}

/** SmartEmailing: the default double opt-in confirmation e-mail (SmartEmailing help centre). */
export const SMARTEMAILING: Product = {
  family: 'subscription',
  product: 'SmartEmailing',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'One more step: confirm your email',
      body: 'Thank you for your interest in {company}.\n\nPlease click the button below to confirm your e-mail address and complete your sign-up.\n\nCONFIRM SIGN-UP: {link}\n\nWe need your confirmation so nobody can sign you up without your consent.',
    },
    de: {
      subject: 'Noch ein Schritt: E-Mail bestätigen',
      body: 'Danke für Ihr Interesse an {company}.\n\nKlicken Sie auf die Schaltfläche unten, um Ihre E-Mail-Adresse zu bestätigen und die Anmeldung abzuschließen.\n\nANMELDUNG BESTÄTIGEN: {link}\n\nSo kann Sie niemand ohne Ihre Zustimmung eintragen.',
    },
    fr: {
      subject: 'Encore une étape : confirmez votre e-mail',
      body: 'Merci de votre intérêt pour {company}.\n\nCliquez sur le bouton ci-dessous pour confirmer votre adresse e-mail et terminer l’inscription.\n\nCONFIRMER L’INSCRIPTION : {link}\n\nPersonne ne peut ainsi vous inscrire sans votre accord.',
    },
    es: {
      subject: 'Un paso más: confirma tu correo',
      body: 'Gracias por tu interés en {company}.\n\nHaz clic en el botón de abajo para confirmar tu dirección y completar el alta.\n\nCONFIRMAR ALTA: {link}\n\nAsí nadie puede darte de alta sin tu consentimiento.',
    },
    pt: {
      subject: 'Só mais um passo: confirme seu e-mail',
      body: 'Obrigado pelo seu interesse na {company}.\n\nClique no botão abaixo para confirmar seu endereço de e-mail e concluir o cadastro.\n\nCONFIRMAR CADASTRO: {link}\n\nAssim ninguém pode cadastrar você sem o seu consentimento.',
    },
    it: {
      subject: 'Ancora un passo: conferma la tua email',
      body: 'Grazie per l’interesse verso {company}.\n\nFai clic sul pulsante qui sotto per confermare il tuo indirizzo e completare l’iscrizione.\n\nCONFERMA ISCRIZIONE: {link}\n\nCosì nessuno può iscriverti senza il tuo consenso.',
    },
    nl: {
      subject: 'Nog één stap: bevestig je e-mailadres',
      body: 'Bedankt voor je interesse in {company}.\n\nKlik op de knop hieronder om je e-mailadres te bevestigen en je aanmelding af te ronden.\n\nAANMELDING BEVESTIGEN: {link}\n\nZo kan niemand je zonder toestemming aanmelden.',
    },
  },
}
