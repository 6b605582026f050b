// Newsletter products new to every set, written for this set, not pasted.
import type { Product } from '../wording.ts'

// source: Newsletter2Go double opt-in mail (German home language: "Bitte bestätigen Sie Ihre
// Anmeldung", a confirmation button and the sender's imprint); reconstruction. The hosted
// address is invented.
export const NEWSLETTER2GO: Product = {
  product: 'Newsletter2Go',
  family: 'subscription',
  source: 'Newsletter2Go double opt-in, reconstruction',
  sender: 'hosted',
  address: (slug) => `newsletter@${slug}.n2g-mailer.net`,
  texts: {
    en: (c) => ({
      subject: `Please confirm your registration`,
      body: `Hello ${c.name},\n\nthank you for your interest in the ${c.company} newsletter. Please click the button below to confirm your registration:\n\n[Confirm registration] ${c.link}\n\nIf you did not register, you do not need to do anything.\n\nImprint: ${c.company}, registered office, VAT ID on our website.`,
    }),
    de: (c) => ({
      subject: `Bitte bestätigen Sie Ihre Anmeldung`,
      body: `Hallo ${c.name},\n\nvielen Dank für Ihr Interesse am Newsletter von ${c.company}. Bitte klicken Sie auf den folgenden Button, um Ihre Anmeldung zu bestätigen:\n\n[Anmeldung bestätigen] ${c.link}\n\nFalls Sie sich nicht angemeldet haben, müssen Sie nichts weiter tun.\n\nImpressum: ${c.company}, Sitz der Gesellschaft, USt-IdNr. siehe Website.`,
    }),
    fr: (c) => ({
      subject: `Bitte bestätigen Sie Ihre Anmeldung`,
      body: `Bonjour ${c.name},\n\nmerci de votre intérêt pour la newsletter de ${c.company}. Cliquez sur le bouton ci-dessous pour confirmer votre inscription :\n\n[Confirmer l'inscription] ${c.link}\n\nSi vous ne vous êtes pas inscrit, vous n'avez rien à faire.\n\nMentions légales : ${c.company}.`,
    }),
    es: (c) => ({
      subject: `Por favor, confirme su registro`,
      body: `Hola ${c.name}:\n\ngracias por su interés en el boletín de ${c.company}. Haga clic en el botón para confirmar su registro:\n\n[Confirmar registro] ${c.link}\n\nSi no se registró, no tiene que hacer nada.\n\nAviso legal: ${c.company}.`,
    }),
    pt: (c) => ({
      subject: `Por favor, confirme o seu registo`,
      body: `Olá ${c.name},\n\nobrigado pelo interesse na newsletter de ${c.company}. Clique no botão para confirmar o seu registo:\n\n[Confirmar registo] ${c.link}\n\nSe não se registou, não precisa de fazer nada.\n\nFicha técnica: ${c.company}.`,
    }),
    it: (c) => ({
      subject: `Bitte bestätigen Sie Ihre Anmeldung`,
      body: `Ciao ${c.name},\n\ngrazie per l'interesse nella newsletter di ${c.company}. Fai clic sul pulsante per confermare la registrazione:\n\n[Conferma registrazione] ${c.link}\n\nSe non ti sei registrato, non devi fare nulla.\n\nNote legali: ${c.company}.`,
    }),
    nl: (c) => ({
      subject: `Bevestig alstublieft uw aanmelding`,
      body: `Hallo ${c.name},\n\nbedankt voor uw interesse in de nieuwsbrief van ${c.company}. Klik op de knop om uw aanmelding te bevestigen:\n\n[Aanmelding bevestigen] ${c.link}\n\nHeeft u zich niet aangemeld, dan hoeft u niets te doen.\n\nColofon: ${c.company}.`,
    }),
  },
}

// source: Mad Mimi confirmation ("Please confirm your subscription to <list>" with a single
// link, the sender's name only); reconstruction. Display name only in this set.
export const MADMIMI: Product = {
  product: 'Mad Mimi',
  family: 'subscription',
  source: 'Mad Mimi subscription confirmation, reconstruction; display name only',
  sender: 'display',
  address: () => '',
  texts: {
    en: (c) => ({
      subject: `${c.company}`,
      body: `Please confirm your subscription to ${c.company} News by clicking this link:\n${c.link}\n\nWe'll only send you stuff you asked for. Promise.`,
    }),
    de: (c) => ({
      subject: `${c.company}`,
      body: `Bitte bestätige dein Abo von ${c.company} News mit einem Klick auf diesen Link:\n${c.link}\n\nWir schicken dir nur, was du bestellt hast. Versprochen.`,
    }),
    fr: (c) => ({
      subject: `${c.company} : une dernière étape ?`,
      body: `Voulez-vous vraiment recevoir ${c.company} News ? Confirmez en cliquant ici :\n${c.link}\n\nNous n'enverrons que ce que vous avez demandé.`,
    }),
    es: (c) => ({
      subject: `${c.company}`,
      body: `Confirma tu suscripción a ${c.company} News con este enlace:\n${c.link}\n\nSolo te enviaremos lo que pediste. Prometido.`,
    }),
    pt: (c) => ({
      subject: `${c.company}`,
      body: `Confirme sua assinatura de ${c.company} News clicando neste link:\n${c.link}\n\nSó enviaremos o que você pediu. Prometido.`,
    }),
    it: (c) => ({
      subject: `${c.company}: vuoi davvero iscriverti?`,
      body: `Conferma l'iscrizione a ${c.company} News cliccando qui:\n${c.link}\n\nTi manderemo solo ciò che hai chiesto.`,
    }),
    nl: (c) => ({
      subject: `${c.company}`,
      body: `Bevestig je abonnement op ${c.company} News via deze link:\n${c.link}\n\nWe sturen je alleen wat je hebt gevraagd. Beloofd.`,
    }),
  },
}
