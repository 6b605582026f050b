// Evalanche (SC-Networks, German marketing automation): the double opt-in mail of a subscription
// form, with the long German-style legal footer (Impressum) that companies are required to add.
// German is the product's home language and closest to its usual text.
// source: reconstruction of a DOI confirmation mailing; the sending domain news.<slug>.evmail.de
// is invented in the shape of an ESP's shared sending domain; all languages written for this set.
import type { Product } from './types.ts'

const imprint = (lines: string) => `\n\n________________________________\n${lines}`

export const evalanche: Product = {
  product: 'Evalanche',
  family: 'subscription',
  source: 'reconstruction (form double opt-in mailing with imprint)',
  senders: ['hosted', 'hosted', 'esp', 'display'],
  mailbox: 'newsletter',
  hosted: (c) => `newsletter@news.${c.slug}.evmail.de`,
  texts: {
    de: {
      subject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      body: `Sehr geehrte/r {name},\n\nvielen Dank für Ihr Interesse am Newsletter von {company}. Bitte bestätigen Sie Ihre Anmeldung, indem Sie auf folgenden Link klicken:\n\n>> Anmeldung jetzt bestätigen: {link}\n\nErst nach Ihrer Bestätigung werden Sie in den Verteiler aufgenommen. Haben Sie sich nicht angemeldet, müssen Sie nichts weiter tun.${imprint('{company} GmbH · Am Werkhafen 3 · 80331 München\nGeschäftsführer: Dr. H. Albrecht, S. Kovač · Registergericht: Amtsgericht München, HRB 219934\nUSt-IdNr.: DE 318 207 554 · Datenschutzhinweise: {link}')}`,
    },
    en: {
      subject: 'Please confirm your newsletter registration',
      body: `Dear {name},\n\nThank you for your interest in the {company} newsletter. Please confirm your registration by clicking the following link:\n\n>> Confirm registration now: {link}\n\nYou will only be added to the mailing list after your confirmation. If you did not register, you do not need to do anything.${imprint('{company} Ltd · 12 Wharf Street · Leeds LS2 7EQ\nDirectors: H. Albrecht, S. Kovac · Registered in England and Wales No. 11930524\nVAT No. GB 318 2075 54 · Privacy notice: {link}')}`,
    },
    fr: {
      subject: 'Veuillez confirmer votre inscription à la newsletter',
      body: `Madame, Monsieur {name},\n\nMerci de votre intérêt pour la newsletter de {company}. Veuillez confirmer votre inscription en cliquant sur le lien suivant :\n\n>> Confirmer mon inscription : {link}\n\nVous ne serez ajouté à la liste de diffusion qu'après votre confirmation. Si vous ne vous êtes pas inscrit, vous n'avez rien à faire.${imprint('{company} SAS · 3 rue du Port · 69002 Lyon\nPrésident : H. Albrecht · RCS Lyon 831 207 554 · Capital social : 50 000 €\nTVA intracommunautaire : FR 41 831207554 · Données personnelles : {link}')}`,
    },
    es: {
      subject: 'Confirme su suscripción al boletín',
      body: `Estimado/a {name}:\n\nGracias por su interés en el boletín de {company}. Confirme su suscripción haciendo clic en el siguiente enlace:\n\n>> Confirmar suscripción ahora: {link}\n\nSolo le añadiremos a la lista de distribución tras su confirmación. Si no se ha suscrito, no tiene que hacer nada.${imprint('{company} S.L. · Calle del Muelle 3 · 08039 Barcelona\nAdministrador: H. Albrecht · Registro Mercantil de Barcelona, tomo 45120, folio 88\nCIF: B-66320755 · Protección de datos: {link}')}`,
    },
    pt: {
      subject: 'Confirme a sua inscrição na newsletter',
      body: `Caro(a) {name},\n\nObrigado pelo seu interesse na newsletter da {company}. Confirme a sua inscrição clicando na seguinte ligação:\n\n>> Confirmar inscrição agora: {link}\n\nSó será adicionado à lista de envio após a sua confirmação. Se não se inscreveu, não precisa de fazer nada.${imprint('{company}, Lda. · Rua do Cais 3 · 4050-120 Porto\nGerente: H. Albrecht · Conservatória do Registo Comercial do Porto, NIPC 515 207 554\nPolítica de privacidade: {link}')}`,
    },
    it: {
      subject: "Conferma l'iscrizione alla newsletter",
      body: `Gentile {name},\n\ngrazie per l'interesse nella newsletter di {company}. Conferma l'iscrizione cliccando sul link seguente:\n\n>> Conferma ora l'iscrizione: {link}\n\nVerrai aggiunto alla lista di distribuzione solo dopo la conferma. Se non ti sei iscritto, non devi fare nulla.${imprint('{company} S.r.l. · Via del Porto 3 · 20121 Milano\nAmministratore unico: H. Albrecht · REA MI-2519934 · Capitale sociale € 50.000 i.v.\nP. IVA 10318207554 · Informativa privacy: {link}')}`,
    },
    nl: {
      subject: 'Bevestig uw aanmelding voor de nieuwsbrief',
      body: `Beste {name},\n\nBedankt voor uw interesse in de nieuwsbrief van {company}. Bevestig uw aanmelding door op de volgende link te klikken:\n\n>> Aanmelding nu bevestigen: {link}\n\nPas na uw bevestiging wordt u aan de verzendlijst toegevoegd. Heeft u zich niet aangemeld, dan hoeft u niets te doen.${imprint('{company} B.V. · Havenstraat 3 · 1011 AB Amsterdam\nDirectie: H. Albrecht · KvK 71920755 · BTW NL 8602.07.554.B01\nPrivacyverklaring: {link}')}`,
    },
  },
}
