import { w, type Product } from '../types.ts'

// HubSpot Marketing Hub double opt-in email (Settings > Marketing > Email > Double opt-in,
// default "Confirm your email subscription"); HubSpot Knowledge Base "Set up double opt-in".
export const hubspotMarketing: Product = {
  product: 'HubSpot Marketing',
  family: 'subscription',
  source: 'HubSpot Knowledge Base, double opt-in default confirmation email',
  texts: {
    en: [
      w(
        'Please confirm your email subscription',
        `Hi {name},\n\nPlease confirm that you'd like to receive emails from {company}.\n\nConfirm subscription: https://{site}/hs/preferences-center/en/direct?data={token}\n\nIf you didn't request this, you can ignore this email. You won't be subscribed unless you confirm.`,
      ),
    ],
    de: [
      w(
        'Bitte bestätigen Sie Ihr E-Mail-Abonnement',
        `Hallo {name},\n\nbitte bestätigen Sie, dass Sie E-Mails von {company} erhalten möchten.\n\nAbonnement bestätigen: https://{site}/hs/preferences-center/de/direct?data={token}\n\nFalls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail. Ohne Bestätigung werden Sie nicht angemeldet.`,
      ),
    ],
    fr: [
      w(
        'Veuillez confirmer votre abonnement aux e-mails',
        `Bonjour {name},\n\nVeuillez confirmer que vous souhaitez recevoir les e-mails de {company}.\n\nConfirmer l’abonnement : https://{site}/hs/preferences-center/fr/direct?data={token}\n\nSi vous n’avez rien demandé, ignorez cet e-mail. Sans confirmation, vous ne serez pas abonné.`,
      ),
    ],
    pt: [
      w(
        'Confirme sua assinatura de e-mail',
        `Olá {name},\n\nconfirme que deseja receber e-mails da {company}.\n\nConfirmar assinatura: https://{site}/hs/preferences-center/pt-br/direct?data={token}\n\nSe você não solicitou isso, ignore este e-mail. Sem confirmação, você não será inscrito.`,
      ),
    ],
  },
}
