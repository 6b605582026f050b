import { w, type Product } from '../types.ts'

// ActiveCampaign list opt-in confirmation (List settings > Opt-in confirmation email, default
// text); ActiveCampaign help center "Opt-in confirmation email".
export const activecampaign: Product = {
  product: 'ActiveCampaign',
  family: 'subscription',
  source: 'ActiveCampaign help center, default opt-in confirmation email',
  texts: {
    en: [
      w(
        'Please confirm your subscription',
        `Click here to confirm your subscription to {company}:\n\nhttps://{slug}.activehosted.com/proc.php?nl=1&c={code}&m={code}&s={token}&act=sub\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.\n\nFor questions about this list, please contact: {email}`,
      ),
    ],
    de: [
      w(
        'Bitte bestätigen Sie Ihr Abonnement',
        `Klicken Sie hier, um Ihr Abonnement von {company} zu bestätigen:\n\nhttps://{slug}.activehosted.com/proc.php?nl=1&c={code}&m={code}&s={token}&act=sub\n\nWenn Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach. Ohne Klick auf den Bestätigungslink werden Sie nicht eingetragen.`,
      ),
    ],
    fr: [
      w(
        'Veuillez confirmer votre abonnement',
        `Cliquez ici pour confirmer votre abonnement à {company} :\n\nhttps://{slug}.activehosted.com/proc.php?nl=1&c={code}&m={code}&s={token}&act=sub\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le simplement. Vous ne serez pas inscrit si vous ne cliquez pas sur le lien de confirmation.`,
      ),
    ],
    es: [
      w(
        'Por favor, confirma tu suscripción',
        `Haz clic aquí para confirmar tu suscripción a {company}:\n\nhttps://{slug}.activehosted.com/proc.php?nl=1&c={code}&m={code}&s={token}&act=sub\n\nSi recibiste este correo por error, simplemente elimínalo. No quedarás suscrito si no haces clic en el enlace de confirmación.`,
      ),
    ],
    pt: [
      w(
        'Por favor, confirme sua inscrição',
        `Clique aqui para confirmar sua inscrição na lista da {company}:\n\nhttps://{slug}.activehosted.com/proc.php?nl=1&c={code}&m={code}&s={token}&act=sub\n\nSe você recebeu este e-mail por engano, basta excluí-lo. Você não será inscrito se não clicar no link de confirmação.`,
      ),
    ],
    it: [
      w(
        'Conferma la tua iscrizione',
        `Fai clic qui per confermare la tua iscrizione a {company}:\n\nhttps://{slug}.activehosted.com/proc.php?nl=1&c={code}&m={code}&s={token}&act=sub\n\nSe hai ricevuto questa e-mail per errore, eliminala. Non verrai iscritto se non fai clic sul link di conferma.`,
      ),
    ],
    nl: [
      w(
        'Bevestig je inschrijving',
        `Klik hier om je inschrijving bij {company} te bevestigen:\n\nhttps://{slug}.activehosted.com/proc.php?nl=1&c={code}&m={code}&s={token}&act=sub\n\nHeb je deze e-mail per vergissing ontvangen, verwijder hem dan. Zonder klik op de bevestigingslink word je niet ingeschreven.`,
      ),
    ],
  },
}
