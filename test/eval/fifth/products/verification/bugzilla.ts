// Bugzilla: the mail sent when someone asks for a new account with an email address (template
// `account/email/request-new.txt.tmpl`, subject "Bugzilla: confirm account creation"), with its
// privacy notice about public activity. Source: bugzilla/bugzilla
// `template/en/default/account/email/request-new.txt.tmpl`; other languages after Bugzilla
// localisation packs (reconstruction).
import type { Product } from '../../product.ts'

const token = (f: { domain: string; token: string }) =>
  `https://bugs.${f.domain}/token.cgi?t=${f.token.slice(0, 22)}&a=request_new_account`

export const BUGZILLA_VERIFY: Product = {
  product: 'Bugzilla',
  family: 'verification',
  source: 'Bugzilla account/email/request-new.txt.tmpl, "Bugzilla: confirm account creation"',
  echo: 'none',
  hosted: null,
  locals: ['bugzilla-daemon', 'bugzilla-daemon', 'bugs'],
  subdomains: ['bugs.', ''],
  texts: {
    en: (f) => ({
      subject: 'Bugzilla: confirm account creation',
      body: `Bugzilla has received a request to create a user account using your email address (${f.email}).\n\nTo continue creating an account using this email address, visit the following link within 3 days:\n\n${token(f)}\n\nIf you did not receive this email before then, or if you wish to create an account using a different email address you can begin again by going to:\n\nhttps://bugs.${f.domain}/createaccount.cgi\n\nPRIVACY NOTICE: Bugzilla is an open bug tracking system. Activity on most bugs, including email addresses, will be visible to the public.`,
    }),
    de: (f) => ({
      subject: 'Bugzilla: Kontoerstellung bestätigen',
      body: `Bugzilla hat eine Anfrage erhalten, ein Benutzerkonto mit Ihrer E-Mail-Adresse (${f.email}) anzulegen.\n\nUm das Konto mit dieser Adresse anzulegen, öffnen Sie innerhalb von 3 Tagen folgenden Link:\n\n${token(f)}\n\nMöchten Sie eine andere Adresse verwenden, beginnen Sie erneut unter:\n\nhttps://bugs.${f.domain}/createaccount.cgi\n\nDATENSCHUTZHINWEIS: Bugzilla ist ein offenes Fehlerverfolgungssystem. Aktivitäten in den meisten Fehlerberichten, einschließlich E-Mail-Adressen, sind öffentlich sichtbar.`,
    }),
    fr: (f) => ({
      subject: 'Bugzilla : confirmer la création du compte',
      body: `Bugzilla a reçu une demande de création de compte utilisateur avec votre adresse e-mail (${f.email}).\n\nPour poursuivre la création du compte avec cette adresse, ouvrez le lien suivant dans les 3 jours :\n\n${token(f)}\n\nPour utiliser une autre adresse, recommencez ici :\n\nhttps://bugs.${f.domain}/createaccount.cgi\n\nAVIS DE CONFIDENTIALITÉ : Bugzilla est un système de suivi de bogues ouvert. L'activité sur la plupart des bogues, adresses e-mail comprises, est visible publiquement.`,
    }),
    es: (f) => ({
      subject: 'Bugzilla: confirmar la creación de la cuenta',
      body: `Bugzilla ha recibido una solicitud para crear una cuenta de usuario con su dirección de correo (${f.email}).\n\nPara continuar con la creación de la cuenta, visite el siguiente enlace en un plazo de 3 días:\n\n${token(f)}\n\nSi desea usar otra dirección, puede empezar de nuevo en:\n\nhttps://bugs.${f.domain}/createaccount.cgi\n\nAVISO DE PRIVACIDAD: Bugzilla es un sistema abierto de seguimiento de errores. La actividad en la mayoría de los errores, incluidas las direcciones de correo, es pública.`,
    }),
    pt: (f) => ({
      subject: 'Bugzilla: confirmar criação de conta',
      body: `O Bugzilla recebeu um pedido para criar uma conta de utilizador com o seu endereço de e-mail (${f.email}).\n\nPara continuar a criação da conta, abra a seguinte ligação no prazo de 3 dias:\n\n${token(f)}\n\nSe preferir usar outro endereço, recomece em:\n\nhttps://bugs.${f.domain}/createaccount.cgi\n\nAVISO DE PRIVACIDADE: o Bugzilla é um sistema aberto de registo de erros. A atividade na maioria dos erros, incluindo endereços de e-mail, é pública.`,
    }),
    it: (f) => ({
      subject: "Bugzilla: conferma la creazione dell'account",
      body: `Bugzilla ha ricevuto una richiesta di creazione di un account utente con il tuo indirizzo email (${f.email}).\n\nPer proseguire, visita il seguente link entro 3 giorni:\n\n${token(f)}\n\nSe vuoi usare un altro indirizzo, ricomincia da:\n\nhttps://bugs.${f.domain}/createaccount.cgi\n\nINFORMATIVA SULLA PRIVACY: Bugzilla è un sistema aperto di tracciamento dei bug. L'attività sulla maggior parte dei bug, indirizzi email compresi, è pubblica.`,
    }),
    nl: (f) => ({
      subject: 'Bugzilla: bevestig het aanmaken van een account',
      body: `Bugzilla heeft een verzoek ontvangen om een gebruikersaccount aan te maken met uw e-mailadres (${f.email}).\n\nOm verder te gaan, opent u binnen 3 dagen de volgende link:\n\n${token(f)}\n\nWilt u een ander adres gebruiken, begin dan opnieuw via:\n\nhttps://bugs.${f.domain}/createaccount.cgi\n\nPRIVACYVERKLARING: Bugzilla is een open systeem voor het bijhouden van bugs. Activiteit op de meeste bugs, inclusief e-mailadressen, is openbaar.`,
    }),
  },
}
