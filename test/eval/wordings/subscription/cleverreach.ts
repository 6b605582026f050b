// CleverReach and rapidmail (German newsletter services): their default DOI mails
// ("Bitte bestätigen Sie Ihre Newsletter-Anmeldung" / "Anmeldung jetzt bestätigen").
import type { Product } from '../types.ts'

export const cleverreach: Product = {
  family: 'subscription',
  product: 'CleverReach/rapidmail',
  source: 'CleverReach and rapidmail help: Double-Opt-in-Mail default text',
  senders: [{ shape: 'own', local: 'newsletter', name: '{company} Newsletter' }],
  id: (n) => String(n),
  texts: {
    de: [
      {
        subject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
        body: 'Vielen Dank für Ihr Interesse an unserem Newsletter.\n\nUm Ihre Anmeldung abzuschließen, klicken Sie bitte auf folgenden Link:\n\nAnmeldung jetzt bestätigen\n\nFalls Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach.',
      },
      {
        subject: 'Newsletter-Anmeldung bestätigen',
        body: 'Hallo,\n\nbitte bestätigen Sie Ihre Anmeldung zum {company} Newsletter. Erst nach Ihrer Bestätigung erhalten Sie unsere E-Mails.',
      },
    ],
  },
}
