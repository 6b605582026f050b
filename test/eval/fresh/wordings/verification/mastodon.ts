import { w, type Product } from '../types.ts'

// Mastodon "confirmation instructions" mail (config/locales/devise.<lang>.yml,
// devise.mailer.confirmation_instructions) as rendered by app/views/user_mailer; the instance
// host stands where {site} is.
export const mastodonVerify: Product = {
  product: 'Mastodon',
  family: 'verification',
  source:
    'github.com/mastodon/mastodon, config/locales/devise.<lang>.yml confirmation_instructions',
  texts: {
    en: [
      w(
        'Mastodon: Confirmation instructions for {site}',
        `Confirm email address\n\nYou just created an account on {site} with this email address. You are one click away from activating it. If this wasn't you, please ignore this email.\n\nVerify email address: https://{site}/auth/confirmation?confirmation_token={token}\n\nUsername: @{name}`,
      ),
    ],
    de: [
      w(
        'Mastodon: Bestätigung deines Kontos bei {site}',
        `E-Mail-Adresse bestätigen\n\nDu hast gerade mit dieser E-Mail-Adresse ein Konto auf {site} erstellt. Du bist nur noch einen Klick von der Aktivierung entfernt. Wenn du das nicht warst, ignoriere bitte diese E-Mail.\n\nE-Mail-Adresse verifizieren: https://{site}/auth/confirmation?confirmation_token={token}\n\nProfilname: @{name}`,
      ),
    ],
    fr: [
      w(
        'Mastodon : Merci de confirmer votre inscription sur {site}',
        `Confirmez votre adresse de courriel\n\nVous venez de créer un compte sur {site} avec cette adresse de courriel. Vous êtes à un clic de l’activer. Si ce n’était pas vous, veuillez ignorer ce courriel.\n\nVérifier l’adresse de courriel : https://{site}/auth/confirmation?confirmation_token={token}\n\nIdentifiant : @{name}`,
      ),
    ],
    es: [
      w(
        'Mastodon: Instrucciones de confirmación para {site}',
        `Confirma la dirección de correo\n\nAcabas de crear una cuenta en {site} con esta dirección de correo. Estás a un clic de activarla. Si no fuiste tú, ignora este correo.\n\nVerificar dirección de correo: https://{site}/auth/confirmation?confirmation_token={token}\n\nNombre de usuario: @{name}`,
      ),
    ],
    pt: [
      w(
        'Mastodon: Instruções de confirmação para {site}',
        `Confirme o endereço de e-mail\n\nVocê acabou de criar uma conta em {site} com este endereço de e-mail. Falta um clique para ativá-la. Se não foi você, ignore este e-mail.\n\nVerificar endereço de e-mail: https://{site}/auth/confirmation?confirmation_token={token}\n\nNome de usuário: @{name}`,
      ),
    ],
    it: [
      w(
        'Mastodon: Istruzioni di conferma per {site}',
        `Conferma l’indirizzo e-mail\n\nHai appena creato un account su {site} con questo indirizzo e-mail. Sei a un clic dall’attivarlo. Se non sei stato tu, ignora questa e-mail.\n\nVerifica l’indirizzo e-mail: https://{site}/auth/confirmation?confirmation_token={token}\n\nNome utente: @{name}`,
      ),
    ],
    nl: [
      w(
        'Mastodon: Bevestigingsinstructies voor {site}',
        `E-mailadres bevestigen\n\nJe hebt zojuist met dit e-mailadres een account op {site} aangemaakt. Je bent nog één klik verwijderd van de activering. Was jij dit niet, negeer deze e-mail dan.\n\nE-mailadres verifiëren: https://{site}/auth/confirmation?confirmation_token={token}\n\nGebruikersnaam: @{name}`,
      ),
    ],
  },
}
