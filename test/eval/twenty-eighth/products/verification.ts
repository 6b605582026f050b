// Account verification / activation. Written from memory of each product's documented default,
// in our own words; the non-English texts are our renderings of the same notice.
import type { Product } from './types.ts'

/** Liferay DXP: the default "email address verification" mail (Liferay portal instance settings). */
export const LIFERAY: Product = {
  family: 'verification',
  product: 'Liferay',
  sender: 'own',
  texts: {
    en: {
      subject: '{company}: Email Address Verification',
      body: 'Dear {name},\n\nPlease verify your email address for {company} ({site}). Your verification code is {code}.\n\nYou can also open this link to verify: {link}\n\nSincerely,\n{company}',
    },
    de: {
      subject: '{company}: Bestätigung der E-Mail-Adresse',
      body: 'Hallo {name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für {company} ({site}). Ihr Bestätigungscode lautet {code}.\n\nOder öffnen Sie diesen Link: {link}\n\nMit freundlichen Grüßen\n{company}',
    },
    fr: {
      subject: '{company} : vérification de l’adresse e-mail',
      body: 'Bonjour {name},\n\nVeuillez vérifier votre adresse e-mail pour {company} ({site}). Votre code de vérification est {code}.\n\nVous pouvez aussi ouvrir ce lien : {link}\n\nCordialement,\n{company}',
    },
    es: {
      subject: '{company}: verificación de la dirección de correo',
      body: 'Estimado/a {name}:\n\nVerifique su dirección de correo para {company} ({site}). Su código de verificación es {code}.\n\nTambién puede abrir este enlace: {link}\n\nAtentamente,\n{company}',
    },
    pt: {
      subject: '{company}: verificação do endereço de e-mail',
      body: 'Caro(a) {name},\n\nVerifique o seu endereço de e-mail para {company} ({site}). O seu código de verificação é {code}.\n\nPode também abrir esta ligação: {link}\n\nCumprimentos,\n{company}',
    },
    it: {
      subject: '{company}: verifica dell’indirizzo email',
      body: 'Gentile {name},\n\nverifichi il suo indirizzo email per {company} ({site}). Il codice di verifica è {code}.\n\nPuò anche aprire questo link: {link}\n\nCordiali saluti,\n{company}',
    },
    nl: {
      subject: '{company}: verificatie e-mailadres',
      body: 'Beste {name},\n\nBevestig uw e-mailadres voor {company} ({site}). Uw verificatiecode is {code}.\n\nU kunt ook deze link openen: {link}\n\nMet vriendelijke groet,\n{company}',
    },
  },
}

/** Kentico Xperience: the "Membership - Registration confirmation" (double opt-in) template. */
export const KENTICO: Product = {
  family: 'verification',
  product: 'Kentico Xperience',
  sender: 'own',
  texts: {
    en: {
      subject: 'Confirm your registration at {company}',
      body: 'Hello {name},\n\nThank you for registering at {site}. To finish your registration, please confirm it by clicking the link below:\n{link}\n\nIf you did not register, you can ignore this message; the link expires in 24 hours.',
    },
    de: {
      subject: 'Bestätigen Sie Ihre Registrierung bei {company}',
      body: 'Hallo {name},\n\nvielen Dank für Ihre Registrierung auf {site}. Um sie abzuschließen, bestätigen Sie bitte über den folgenden Link:\n{link}\n\nFalls Sie sich nicht registriert haben, ignorieren Sie diese Nachricht; der Link läuft nach 24 Stunden ab.',
    },
    fr: {
      subject: 'Confirmez votre inscription sur {company}',
      body: 'Bonjour {name},\n\nMerci de vous être inscrit sur {site}. Pour finaliser votre inscription, confirmez-la en cliquant sur le lien ci-dessous :\n{link}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message ; le lien expire dans 24 heures.',
    },
    es: {
      subject: 'Confirme su registro en {company}',
      body: 'Hola {name}:\n\nGracias por registrarse en {site}. Para terminar el registro, confírmelo con el siguiente enlace:\n{link}\n\nSi no se ha registrado, ignore este mensaje; el enlace caduca en 24 horas.',
    },
    pt: {
      subject: 'Confirme o seu registo em {company}',
      body: 'Olá {name},\n\nObrigado por se registar em {site}. Para concluir o registo, confirme-o através da ligação abaixo:\n{link}\n\nSe não se registou, ignore esta mensagem; a ligação expira em 24 horas.',
    },
    it: {
      subject: 'Conferma la tua registrazione su {company}',
      body: 'Ciao {name},\n\ngrazie per esserti registrato su {site}. Per completare la registrazione, confermala con il link qui sotto:\n{link}\n\nSe non ti sei registrato, ignora questo messaggio; il link scade tra 24 ore.',
    },
    nl: {
      subject: 'Bevestig uw registratie bij {company}',
      body: 'Hallo {name},\n\nBedankt voor uw registratie op {site}. Rond de registratie af via de onderstaande link:\n{link}\n\nHeeft u zich niet geregistreerd, dan kunt u dit bericht negeren; de link verloopt na 24 uur.',
    },
  },
}
