// Account verification products new to every set, written for this set, not pasted.
import type { Product } from '../wording.ts'

// source: Friendica's registration mail ("Registration details for <site>" with the login name
// and a confirmation link when the node requires it); reconstruction. Self-hosted: the node runs
// on a subdomain of the company.
export const FRIENDICA: Product = {
  product: 'Friendica',
  family: 'verification',
  source: 'Friendica registration mail, reconstruction',
  sender: 'own',
  address: (_slug, domain) => `noreply@social.${domain}`,
  texts: {
    en: (c) => ({
      subject: `Registration details for ${c.company} social`,
      body: `Dear ${c.name},\n\nThank you for registering at ${c.company} social. Your account has been created.\n\nPlease confirm your address to activate it:\n${c.link}\n\nLogin name: ${c.name}\nSite location: https://social.${c.domain}\n\nIf you did not register, ignore this message.`,
    }),
    de: (c) => ({
      subject: `Registrierungsdetails für ${c.company} social`,
      body: `Hallo ${c.name},\n\ndanke für deine Registrierung auf ${c.company} social. Dein Konto wurde angelegt.\n\nBitte bestätige deine Adresse, um es zu aktivieren:\n${c.link}\n\nSpitzname: ${c.name}\nAdresse der Seite: https://social.${c.domain}`,
    }),
    fr: (c) => ({
      subject: `Détails d'inscription pour ${c.company} social`,
      body: `Bonjour ${c.name},\n\nMerci de votre inscription sur ${c.company} social. Votre compte a été créé.\n\nConfirmez votre adresse pour l'activer :\n${c.link}\n\nIdentifiant : ${c.name}\nAdresse du site : https://social.${c.domain}`,
    }),
    es: (c) => ({
      subject: `Detalles del registro en ${c.company} social`,
      body: `Hola ${c.name}:\n\nGracias por registrarte en ${c.company} social. Tu cuenta ha sido creada.\n\nConfirma tu dirección para activarla:\n${c.link}\n\nNombre de usuario: ${c.name}\nSitio: https://social.${c.domain}`,
    }),
    pt: (c) => ({
      subject: `Detalhes do registo em ${c.company} social`,
      body: `Olá ${c.name},\n\nObrigado por se registar em ${c.company} social. A sua conta foi criada.\n\nConfirme o seu endereço para a ativar:\n${c.link}\n\nNome de utilizador: ${c.name}\nSite: https://social.${c.domain}`,
    }),
    it: (c) => ({
      subject: `Dettagli della registrazione su ${c.company} social`,
      body: `Ciao ${c.name},\n\ngrazie per esserti registrato su ${c.company} social. Il tuo account è stato creato.\n\nConferma il tuo indirizzo per attivarlo:\n${c.link}\n\nNome utente: ${c.name}\nIndirizzo del sito: https://social.${c.domain}`,
    }),
    nl: (c) => ({
      subject: `Registratiegegevens voor ${c.company} social`,
      body: `Hallo ${c.name},\n\nBedankt voor je registratie bij ${c.company} social. Je account is aangemaakt.\n\nBevestig je adres om het te activeren:\n${c.link}\n\nGebruikersnaam: ${c.name}\nSite: https://social.${c.domain}`,
    }),
  },
}

// source: Chamilo LMS registration mail ("[<site>] Your registration on <site>" with the login
// and the platform address); reconstruction, other languages a site's own translation.
export const CHAMILO: Product = {
  product: 'Chamilo',
  family: 'verification',
  source: 'Chamilo LMS registration mail, reconstruction',
  sender: 'own',
  address: (_slug, domain) => `campus@${domain}`,
  texts: {
    en: (c) => ({
      subject: `[${c.company} Campus] Your registration on ${c.company} Campus`,
      body: `Dear ${c.name},\n\nYou are registered on ${c.company} Campus with the following settings:\n\nUsername: ${c.name}\n\nPlease confirm your e-mail address first: ${c.link}\n\nThe address of ${c.company} Campus is https://campus.${c.domain}\n\nIn case of trouble, contact us.\n\nYours sincerely,\nThe platform administrator`,
    }),
    de: (c) => ({
      subject: `[${c.company} Campus] Ihre Anmeldung bei ${c.company} Campus`,
      body: `Sehr geehrte(r) ${c.name},\n\nSie sind bei ${c.company} Campus mit folgenden Daten registriert:\n\nBenutzername: ${c.name}\n\nBitte bestätigen Sie zuerst Ihre E-Mail-Adresse: ${c.link}\n\nMit freundlichen Grüßen\nDer Plattform-Administrator`,
    }),
    fr: (c) => ({
      subject: `[${c.company} Campus] Votre inscription sur ${c.company} Campus`,
      body: `Cher(e) ${c.name},\n\nVous êtes inscrit(e) sur ${c.company} Campus avec les paramètres suivants :\n\nNom d'utilisateur : ${c.name}\n\nVeuillez d'abord confirmer votre adresse e-mail : ${c.link}\n\nCordialement,\nL'administrateur de la plateforme`,
    }),
    es: (c) => ({
      subject: `[${c.company} Campus] Su registro en ${c.company} Campus`,
      body: `Estimado(a) ${c.name}:\n\nUsted ha sido registrado(a) en ${c.company} Campus con los siguientes datos:\n\nNombre de usuario: ${c.name}\n\nConfirme primero su correo electrónico: ${c.link}\n\nAtentamente,\nEl administrador de la plataforma`,
    }),
    pt: (c) => ({
      subject: `[${c.company} Campus] Seu registo em ${c.company} Campus`,
      body: `Caro(a) ${c.name},\n\nEstá registado(a) em ${c.company} Campus com os seguintes dados:\n\nNome de utilizador: ${c.name}\n\nConfirme primeiro o seu e-mail: ${c.link}\n\nAtenciosamente,\nO administrador da plataforma`,
    }),
    it: (c) => ({
      subject: `[${c.company} Campus] La tua iscrizione a ${c.company} Campus`,
      body: `Gentile ${c.name},\n\nsei registrato su ${c.company} Campus con i seguenti dati:\n\nNome utente: ${c.name}\n\nConferma prima il tuo indirizzo email: ${c.link}\n\nCordiali saluti,\nL'amministratore della piattaforma`,
    }),
    nl: (c) => ({
      subject: `[${c.company} Campus] Uw registratie op ${c.company} Campus`,
      body: `Beste ${c.name},\n\nU bent geregistreerd op ${c.company} Campus met de volgende gegevens:\n\nGebruikersnaam: ${c.name}\n\nBevestig eerst uw e-mailadres: ${c.link}\n\nMet vriendelijke groet,\nDe beheerder van het platform`,
    }),
  },
}
