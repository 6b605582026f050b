// Keycloak: the default theme's "Verify email" (emailVerificationSubject / emailVerificationBody)
// and "Reset password" (passwordResetSubject / passwordResetBody) messages, with the realm's
// display name; source: Keycloak themes, messages_<lang>.properties (en, de, fr, es, pt, it, nl
// exist upstream; written from their meaning, not copied).
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

const display = (c: { name: string }) => c.name

export const KEYCLOAK_VERIFY: Product = {
  product: 'Keycloak',
  family: 'verification',
  source: 'Keycloak theme messages emailVerificationSubject / emailVerificationBody',
  echo: 'none',
  display,
  texts: fromTable({
    en: [
      'Verify email',
      "Someone has created a {company} account with this email address. If this was you, click the link below to verify your email address\n\n{link}\n\nThis link will expire within 5 minutes.\n\nIf you didn't create this account, just ignore this message.",
    ],
    de: [
      'E-Mail verifizieren',
      'Jemand hat ein {company}-Konto mit dieser E-Mail-Adresse erstellt. Falls Sie das waren, klicken Sie auf den Link, um Ihre E-Mail-Adresse zu verifizieren.\n\n{link}\n\nDieser Link läuft in 5 Minuten ab.\n\nFalls Sie dieses Konto nicht erstellt haben, ignorieren Sie diese Nachricht.',
    ],
    fr: [
      'Vérification du courriel',
      "Quelqu'un vient de créer un compte {company} avec votre courriel. Si vous êtes à l'origine de cette requête, cliquez sur le lien ci-dessous afin de vérifier votre adresse de courriel\n\n{link}\n\nCe lien expire dans 5 minutes.\n\nSinon, veuillez ignorer ce message.",
    ],
    es: [
      'Verificación de email',
      'Alguien ha creado una cuenta de {company} con esta dirección de email. Si has sido tú, haz clic en el enlace siguiente para verificar tu dirección de email.\n\n{link}\n\nEl enlace caduca en 5 minutos.\n\nSi no has creado esta cuenta, ignora este mensaje.',
    ],
    pt: [
      'Verificação de e-mail',
      'Alguém criou uma conta {company} com este endereço de e-mail. Se foi você, clique no link abaixo para verificar o seu endereço de e-mail.\n\n{link}\n\nEste link expira em 5 minutos.\n\nSe não criou esta conta, ignore esta mensagem.',
    ],
    it: [
      "Verifica l'email",
      'Qualcuno ha creato un account {company} con questo indirizzo email. Se sei stato tu, clicca sul link qui sotto per verificare il tuo indirizzo email.\n\n{link}\n\nIl link scadrà entro 5 minuti.\n\nSe non hai creato questo account, ignora questo messaggio.',
    ],
    nl: [
      'Bevestig e-mailadres',
      'Iemand heeft een {company}-account aangemaakt met dit e-mailadres. Als u dit was, klik dan op de onderstaande link om uw e-mailadres te bevestigen.\n\n{link}\n\nDeze link verloopt binnen 5 minuten.\n\nAls u dit account niet heeft aangemaakt, negeer dan dit bericht.',
    ],
  }),
}

export const KEYCLOAK_RESET: Product = {
  product: 'Keycloak',
  family: 'reset',
  source: 'Keycloak theme messages passwordResetSubject / passwordResetBody',
  echo: 'none',
  display,
  texts: fromTable({
    en: [
      'Reset password',
      "Someone just requested to change your {company} account's credentials. If this was you, click on the link below to reset them.\n\n{link}\n\nThis link and code will expire within 5 minutes.\n\nIf you don't want to reset your credentials, just ignore this message and nothing will be changed.",
    ],
    de: [
      'Passwort zurücksetzen',
      'Es wurde eine Änderung der Anmeldeinformationen für Ihr Konto {company} angefordert. Wenn Sie diese Änderung beantragt haben, klicken Sie auf den unten stehenden Link.\n\n{link}\n\nDie Gültigkeit des Links wird in 5 Minuten verfallen.\n\nFalls Sie keine Änderung vollziehen möchten, können Sie diese Nachricht ignorieren.',
    ],
    fr: [
      'Réinitialiser le mot de passe',
      "Quelqu'un vient de demander une réinitialisation de mot de passe pour votre compte {company}. Si vous êtes à l'origine de cette requête, cliquez sur le lien ci-dessous pour le mettre à jour.\n\n{link}\n\nCe lien expire dans 5 minutes.\n\nSinon, ignorez ce message ; aucun changement ne sera effectué.",
    ],
    es: [
      'Restablecer contraseña',
      'Alguien ha solicitado cambiar las credenciales de tu cuenta {company}. Si has sido tú, haz clic en el enlace siguiente para restablecerlas.\n\n{link}\n\nEste enlace caduca en 5 minutos.\n\nSi no quieres restablecer tus credenciales, ignora este mensaje y no se hará ningún cambio.',
    ],
    pt: [
      'Redefinir senha',
      'Alguém solicitou a alteração das credenciais da sua conta {company}. Se foi você, clique no link abaixo para redefini-las.\n\n{link}\n\nEste link expira em 5 minutos.\n\nSe não deseja redefinir as suas credenciais, ignore esta mensagem e nada será alterado.',
    ],
    it: [
      'Reimposta la password',
      'Qualcuno ha appena richiesto di cambiare le credenziali del tuo account {company}. Se sei stato tu, clicca sul link qui sotto per reimpostarle.\n\n{link}\n\nQuesto link scadrà entro 5 minuti.\n\nSe non vuoi reimpostare le tue credenziali, ignora questo messaggio e non verrà effettuato nessun cambiamento.',
    ],
    nl: [
      'Wachtwoord herstellen',
      'Iemand heeft gevraagd de inloggegevens van uw {company}-account te wijzigen. Als u dit was, klik dan op de onderstaande link om ze opnieuw in te stellen.\n\n{link}\n\nDeze link verloopt binnen 5 minuten.\n\nAls u uw gegevens niet wilt wijzigen, negeer dan dit bericht; er wordt niets veranderd.',
    ],
  }),
}
