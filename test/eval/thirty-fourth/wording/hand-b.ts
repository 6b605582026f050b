// Hand-written company wordings (this set's own): newsletter double opt-in and password reset or
// sign-in code, two per language. Slots as in ../products.ts.
import type { Lang } from '../../types.ts'
import type { Text } from '../products.ts'

export const HAND_SUBSCRIPTION: Record<Lang, readonly Text[]> = {
  en: [
    {
      subject: 'Confirm you want our letters',
      body: 'Hi {name}, someone asked to add this address to the {company} newsletter. Confirm here: {link}. No click, no mail.',
    },
    {
      subject: '{company}: please confirm',
      body: 'Almost subscribed! Click {link} to start getting our weekly picks.',
    },
  ],
  de: [
    {
      subject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      body: 'Hallo {name}, vielen Dank für Ihr Interesse am Newsletter von {company}. Bitte bestätigen Sie Ihre Anmeldung: {link}',
    },
    {
      subject: 'Fast geschafft!',
      body: 'Klick auf den Link und du bekommst ab sofort den {company}-Newsletter: {link}',
    },
  ],
  fr: [
    {
      subject: 'Confirmez votre inscription à la newsletter',
      body: 'Bonjour {name}, merci de confirmer votre inscription à la lettre d’information de {company} : {link}',
    },
    {
      subject: 'Encore un clic',
      body: 'Pour recevoir les bons plans {company}, confirme ton adresse : {link}',
    },
  ],
  es: [
    {
      subject: 'Confirma tu suscripción',
      body: 'Hola {name}, confirma que quieres recibir el boletín de {company}: {link}',
    },
    {
      subject: '¿De verdad quieres nuestras novedades?',
      body: 'Solo falta un clic para suscribirte a {company}: {link}. Si no fuiste tú, ignora este correo.',
    },
  ],
  pt: [
    {
      subject: 'Confirme sua inscrição',
      body: 'Olá {name}, confirme que deseja receber a newsletter da {company}: {link}',
    },
    {
      subject: 'Só falta confirmar 📬',
      body: 'Clique em {link} para começar a receber as novidades da {company}.',
    },
  ],
  it: [
    {
      subject: 'Conferma la tua iscrizione',
      body: 'Ciao {name}, conferma l’iscrizione alla newsletter di {company}: {link}',
    },
    {
      subject: 'Manca solo un clic',
      body: 'Gentile {name}, per ricevere le nostre comunicazioni confermi qui: {link}',
    },
  ],
  nl: [
    {
      subject: 'Bevestig je inschrijving',
      body: 'Hoi {name}, bevestig dat je de nieuwsbrief van {company} wilt ontvangen: {link}',
    },
    {
      subject: 'Nog één klik',
      body: 'Beste {name}, klik op {link} om uw aanmelding voor de nieuwsbrief van {company} te voltooien.',
    },
  ],
}

export const HAND_RESET: Record<Lang, readonly Text[]> = {
  en: [
    {
      subject: 'Reset your {company} password',
      body: 'Hi {name}, we received a request to reset your password. Choose a new one here: {link}. If this wasn’t you, your account is still safe.',
    },
    {
      subject: 'Your sign-in code: {code}',
      body: 'Enter {code} to sign in to {company}. It expires in 10 minutes. Never share this code.',
    },
  ],
  de: [
    {
      subject: 'Passwort zurücksetzen',
      body: 'Hallo {name}, über folgenden Link können Sie ein neues Passwort für {company} vergeben: {link}',
    },
    {
      subject: 'Dein Bestätigungscode',
      body: 'Dein Code für {company} lautet {code}. Er ist 15 Minuten gültig.',
    },
  ],
  fr: [
    {
      subject: 'Réinitialisation de votre mot de passe',
      body: 'Bonjour {name}, cliquez ici pour choisir un nouveau mot de passe {company} : {link}',
    },
    {
      subject: 'Code de connexion : {code}',
      body: 'Votre code {company} est {code}. Il expire dans 10 minutes.',
    },
  ],
  es: [
    {
      subject: 'Restablece tu contraseña',
      body: 'Hola {name}, usa este enlace para crear una contraseña nueva en {company}: {link}',
    },
    {
      subject: 'Tu código de acceso',
      body: 'Tu código para entrar en {company} es {code}. Caduca en 10 minutos.',
    },
  ],
  pt: [
    {
      subject: 'Redefinição de senha',
      body: 'Olá {name}, clique para criar uma nova senha na {company}: {link}',
    },
    {
      subject: 'Seu código de acesso: {code}',
      body: 'Use {code} para entrar na {company}. Válido por 10 minutos.',
    },
  ],
  it: [
    {
      subject: 'Reimposta la password',
      body: 'Ciao {name}, scegli una nuova password per {company} qui: {link}',
    },
    {
      subject: 'Il tuo codice di accesso',
      body: 'Il codice per accedere a {company} è {code}. Scade tra 10 minuti.',
    },
  ],
  nl: [
    {
      subject: 'Wachtwoord opnieuw instellen',
      body: 'Hoi {name}, stel via deze link een nieuw wachtwoord in voor {company}: {link}',
    },
    {
      subject: 'Je inlogcode',
      body: 'Je code voor {company} is {code}. Hij is 10 minuten geldig.',
    },
  ],
}
