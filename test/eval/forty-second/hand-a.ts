// Hand-written first mails of the acknowledgement and verification families, one per language,
// each a company's own wording. Slots: {company} {name} (the form's name field) {message} (its
// message field) {ref} {link} {code} {email}.
import type { PerLang, Wording } from './types.ts'

export const HAND_HELPDESK: PerLang<Wording> = {
  en: {
    subject: 'We got your message – case {ref}',
    body: 'Hi {name},\n\nThanks for writing to {company}. Your message reached our support queue as case {ref} and somebody from the team will pick it up within two working days.\n\nWhat you sent us:\n"{message}"\n\nIf anything changes, just reply to this email and keep the case number in the subject.\n\nCheers,\nThe {company} support crew',
  },
  de: {
    subject: 'Ihre Anfrage bei {company} (Vorgang {ref})',
    body: 'Guten Tag {name},\n\nvielen Dank für Ihre Nachricht über unser Kontaktformular. Wir haben sie unter der Vorgangsnummer {ref} erfasst und melden uns so schnell wie möglich.\n\nIhre Angaben:\nNachricht: {message}\n\nBitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nMit freundlichen Grüßen\nIhr Kundenservice von {company}',
  },
  fr: {
    subject: 'Votre demande n°{ref} a bien été enregistrée',
    body: 'Bonjour {name},\n\nNous accusons réception de votre demande adressée à {company}. Un conseiller vous répondra dans un délai de 48 heures ouvrées.\n\nRappel de votre message : {message}\n\nPour compléter votre demande, répondez simplement à ce courriel.\n\nBien cordialement,\nLe service client {company}',
  },
  es: {
    subject: 'Hemos recibido tu consulta: {message}',
    body: '¡Hola, {name}!\n\nGracias por contactar con {company}. Tu consulta ha quedado registrada con el número {ref}. Nuestro equipo la revisará y te contestará lo antes posible, normalmente en 24-48 horas.\n\nUn saludo,\nAtención al cliente de {company}',
  },
  pt: {
    subject: 'Pedido de contacto recebido – {company}',
    body: 'Olá {name},\n\nRecebemos o seu pedido e atribuímos-lhe a referência {ref}. A nossa equipa irá analisá-lo e responder com a maior brevidade possível.\n\nMensagem enviada: {message}\n\nObrigado pela sua preferência.\nEquipa {company}',
  },
  it: {
    subject: '[{company}] Richiesta #{ref}: {message}',
    body: 'Gentile {name},\n\nla sua richiesta è stata presa in carico dal nostro servizio clienti con il numero {ref}. Riceverà una risposta via e-mail entro 2 giorni lavorativi.\n\nPer aggiungere informazioni risponda a questo messaggio senza modificare l’oggetto.\n\nCordiali saluti,\nAssistenza {company}',
  },
  nl: {
    subject: 'Bedankt voor je bericht aan {company}',
    body: 'Hoi {name},\n\nWe hebben je bericht goed ontvangen en het nummer {ref} gegeven. Een collega van de klantenservice neemt binnen twee werkdagen contact met je op.\n\nJe schreef: {message}\n\nGroetjes,\nTeam {company}',
  },
}

export const HAND_VERIFICATION: PerLang<Wording> = {
  en: {
    subject: 'One more step to finish signing up at {company}',
    body: 'Hello {name},\n\nSomeone (hopefully you) created a {company} account with {email}. Tap the button below to confirm this address and switch your account on:\n\n{link}\n\nThe link works for 48 hours. Didn’t sign up? You can safely ignore this email and nothing will happen.\n\n{company}',
  },
  de: {
    subject: 'Bitte bestätige deine E-Mail-Adresse',
    body: 'Hallo {name},\n\nschön, dass du dich bei {company} registriert hast! Damit wir wissen, dass diese Adresse wirklich dir gehört, klicke bitte auf den folgenden Link:\n\n{link}\n\nDu hast dich nicht angemeldet? Dann musst du nichts tun – das Konto wird nach 7 Tagen gelöscht.\n\nDein {company}-Team',
  },
  fr: {
    subject: '{company} – Activez votre compte',
    body: 'Bonjour {name},\n\nMerci pour votre inscription sur {company}. Pour activer votre compte, veuillez cliquer sur le lien ci-dessous :\n{link}\n\nCe lien expirera dans 24 heures. Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.\n\nL’équipe {company}',
  },
  es: {
    subject: 'Confirma tu correo para empezar',
    body: 'Hola {name}:\n\nYa casi está. Solo falta que confirmes tu dirección de correo para activar tu cuenta en {company}.\n\nConfirmar mi correo: {link}\n\nO introduce este código en la app: {code}\n\nSi no te has registrado, no tienes que hacer nada.\n\nEl equipo de {company}',
  },
  pt: {
    subject: 'Confirme o seu endereço de email',
    body: 'Olá {name},\n\nObrigado por se registar na {company}. Para concluir o registo, confirme o seu email através da ligação:\n{link}\n\nSe não foi você que criou esta conta, ignore esta mensagem.\n\nCumprimentos,\n{company}',
  },
  it: {
    subject: 'Benvenuto! Conferma il tuo indirizzo e-mail',
    body: 'Ciao {name},\n\ngrazie per esserti registrato su {company}. Per completare la registrazione conferma il tuo indirizzo e-mail cliccando qui:\n{link}\n\nIl link scade tra 72 ore. Se non hai richiesto la registrazione, ignora pure questa e-mail.\n\nA presto,\nlo staff di {company}',
  },
  nl: {
    subject: 'Activeer je account bij {company}',
    body: 'Beste {name},\n\nJe hebt zojuist een account aangemaakt bij {company}. Klik op onderstaande link om je e-mailadres te bevestigen en je account te activeren:\n\n{link}\n\nHeb je dit niet gedaan? Dan kun je deze e-mail negeren.\n\nMet vriendelijke groet,\n{company}',
  },
}
