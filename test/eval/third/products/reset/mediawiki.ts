// MediaWiki: the temporary-password mail of Special:PasswordReset ("passwordreset-emailtitle",
// "passwordreset-emailtext-user").
import { w, type Product } from '../../types.ts'

export const mediawikiReset: Product = {
  product: 'MediaWiki',
  family: 'reset',
  source:
    'wikimedia/mediawiki languages/i18n/*.json "passwordreset-emailtitle", "passwordreset-emailtext-user"',
  locals: ['wiki', 'apache'],
  fromName: '{company} Wiki',
  texts: {
    en: [
      w(
        `Password reset for {company} Wiki`,
        `User {name} on {company} Wiki requested a reset of your password for {company} Wiki (https://wiki.{site}/). The following user account is associated with this email address:

Username: {name}
Temporary password: {token}

You should log in and choose a new password now. This temporary password will expire in 7 days.
If someone else made this request, or if you have remembered your original password, and you no longer wish to change it, you may ignore this message and continue using your old password.`,
      ),
    ],
    de: [
      w(
        `Passwortzurücksetzung für {company} Wiki`,
        `Jemand hat ein Zurücksetzen deines Passworts bei {company} Wiki angefordert. Dieses Benutzerkonto ist mit dieser E-Mail-Adresse verknüpft:

Benutzername: {name}
Temporäres Passwort: {token}

Du solltest dich jetzt anmelden und ein neues Passwort wählen. Falls jemand anderes diese Anfrage gestellt hat, kannst du diese Nachricht ignorieren.`,
      ),
    ],
    fr: [
      w(
        `Réinitialisation du mot de passe pour {company} Wiki`,
        `Quelqu’un a demandé la réinitialisation de votre mot de passe sur {company} Wiki. Le compte suivant est associé à cette adresse de courriel :

Nom d’utilisateur : {name}
Mot de passe temporaire : {token}

Vous devriez vous connecter et choisir un nouveau mot de passe maintenant.`,
      ),
    ],
    es: [
      w(
        `Restablecimiento de contraseña de {company} Wiki`,
        `Alguien solicitó restablecer tu contraseña en {company} Wiki. La siguiente cuenta está asociada a esta dirección:

Nombre de usuario: {name}
Contraseña temporal: {token}

Deberías iniciar sesión y elegir una contraseña nueva ahora.`,
      ),
    ],
    it: [
      w(
        `Reimpostazione della password per {company} Wiki`,
        `Qualcuno ha richiesto la reimpostazione della tua password su {company} Wiki. La seguente utenza è associata a questo indirizzo email:

Nome utente: {name}
Password temporanea: {token}

Dovresti accedere e scegliere una nuova password ora.`,
      ),
    ],
    pt: [
      w(
        `Redefinição da palavra-passe da {company} Wiki`,
        `Alguém pediu a redefinição da sua palavra-passe na {company} Wiki. A seguinte conta está associada a este endereço:

Nome de utilizador: {name}
Palavra-passe temporária: {token}

Deve entrar agora e escolher uma palavra-passe nova.`,
      ),
    ],
    nl: [
      w(
        `Wachtwoord opnieuw instellen voor {company} Wiki`,
        `Iemand heeft gevraagd uw wachtwoord voor {company} Wiki opnieuw in te stellen. De volgende gebruiker is gekoppeld aan dit e-mailadres:

Gebruikersnaam: {name}
Tijdelijk wachtwoord: {token}

Meld u nu aan en kies een nieuw wachtwoord.`,
      ),
    ],
  },
}
