// Hand-written first mails of the helpdesk and verification families, one company's own wording
// per language, written for this set (formality, length and subject shape vary on purpose).
import type { ByLang } from './wording.ts'

export const HAND_HELPDESK: ByLang = {
  en: [
    'We got your message: {message}',
    'Hi {name},\n\nThanks for getting in touch with {company}. Your enquiry has been logged as #{ref} and one of our team will reply within two working days.\n\nYou wrote:\n"{message}"\n\nPlease keep the reference in the subject if you write again.\n\nKind regards,\nCustomer Care, {company}',
  ],
  de: [
    'Ihre Anfrage [#{ref}] ist bei uns eingegangen',
    'Guten Tag {name},\n\nvielen Dank für Ihre Nachricht an {company}. Wir haben Ihr Anliegen unter der Vorgangsnummer {ref} erfasst und melden uns so bald wie möglich.\n\nIhre Nachricht:\n{message}\n\nDiese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.\n\nMit freundlichen Grüßen\nIhr Kundenservice',
  ],
  fr: [
    'Accusé de réception – {message}',
    'Bonjour {name},\n\nNous accusons bonne réception de votre demande n° {ref}. Un conseiller {company} vous répondra sous 48 heures ouvrées.\n\nRappel de votre message :\n« {message} »\n\nCordialement,\nLe service clients {company}',
  ],
  es: [
    'Hemos recibido tu consulta (ref. {ref})',
    '¡Hola, {name}!\n\nGracias por escribir a {company}. Tu consulta ya está en nuestra cola con el número {ref}; te contestaremos lo antes posible, normalmente en menos de 24 horas.\n\nTu mensaje: {message}\n\nUn saludo,\nEl equipo de atención al cliente',
  ],
  pt: [
    'Pedido {ref} recebido',
    'Olá {name},\n\nObrigado pelo seu contacto. Registámos o seu pedido com o número {ref} e a equipa da {company} irá responder-lhe brevemente.\n\nMensagem enviada:\n{message}\n\nCom os melhores cumprimentos,\nApoio ao Cliente {company}',
  ],
  it: [
    '{company} – abbiamo ricevuto la tua richiesta',
    'Ciao {name},\n\ngrazie per averci contattato! La tua richiesta è stata registrata con il numero {ref}. Un operatore ti risponderà entro 2 giorni lavorativi.\n\nIl tuo messaggio:\n{message}\n\nA presto,\nIl team {company}',
  ],
  nl: [
    'Bedankt voor je bericht – {message}',
    'Hoi {name},\n\nWe hebben je vraag goed ontvangen en onder nummer {ref} geregistreerd. Een collega van {company} neemt binnen drie werkdagen contact met je op.\n\nJouw bericht:\n{message}\n\nMet vriendelijke groet,\nKlantenservice {company}',
  ],
}

export const HAND_VERIFICATION: ByLang = {
  en: [
    'Confirm your email to finish setting up {company}',
    'Hello {name},\n\nYou are nearly there. Tap the button below to confirm this address and activate your {company} account:\n\n{link}\n\nThe link is valid for 24 hours. If you did not create an account, ignore this email and nothing will happen.\n\n– The {company} team',
  ],
  de: [
    'Bitte bestätige deine E-Mail-Adresse',
    'Hallo {name},\n\nschön, dass du dich bei {company} registriert hast! Damit dein Konto aktiv wird, bestätige bitte deine E-Mail-Adresse:\n\n{link}\n\nDer Link ist 48 Stunden gültig. Du hast dich nicht angemeldet? Dann kannst du diese Nachricht einfach löschen.\n\nDein {company}-Team',
  ],
  fr: [
    '{company} : activez votre compte',
    'Bonjour {name},\n\nMerci pour votre inscription sur {company}. Pour activer votre compte, cliquez sur le lien ci-dessous :\n\n{link}\n\nSi vous n’êtes pas à l’origine de cette inscription, vous pouvez ignorer ce message.\n\nÀ bientôt,\nL’équipe {company}',
  ],
  es: [
    'Verifica tu dirección de correo',
    'Hola {name}:\n\nGracias por registrarte en {company}. Solo falta un paso: confirma tu correo con este código {code} o pulsando aquí:\n\n{link}\n\nSi no has solicitado esta cuenta, ignora este mensaje.\n\nEl equipo de {company}',
  ],
  pt: [
    'Ative a sua conta {company}',
    'Olá {name},\n\nBem-vindo à {company}! Para concluir o registo, confirme o seu endereço de email através do link abaixo:\n\n{link}\n\nSe não foi você que se registou, ignore este email.\n\nObrigado,\nEquipa {company}',
  ],
  it: [
    'Conferma il tuo indirizzo email – {company}',
    'Gentile {name},\n\ngrazie per esserti registrato su {company}. Per completare la registrazione conferma il tuo indirizzo email cliccando sul pulsante:\n\n{link}\n\nSe non hai richiesto tu la registrazione, ignora questa email.\n\nCordiali saluti,\nIl team di {company}',
  ],
  nl: [
    'Bevestig je e-mailadres voor {company}',
    'Hallo {name},\n\nWelkom bij {company}! Klik op de link hieronder om je e-mailadres te bevestigen en je account te activeren:\n\n{link}\n\nHeb je geen account aangemaakt? Dan kun je deze e-mail negeren.\n\nGroeten,\nTeam {company}',
  ],
}
