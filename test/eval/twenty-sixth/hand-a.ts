// Hand-written company wordings, helpdesk and verification families: each a company's own voice,
// with regional variants (de-AT/CH, fr-BE/CA, es-MX, pt-BR/PT, nl-BE). Slots as in products.ts.
import type { Lang } from '../types.ts'

/** [region, subject, body] */
export type Hand = readonly [string, string, string]

export const HELPDESK: Record<Lang, readonly Hand[]> = {
  en: [
    [
      'en-GB',
      'We’ve got your message – ref {ticket}',
      'Hello {name},\n\nCheers for writing to {company}. Your enquiry ("{subject}") is now with our customer care team under reference {ticket}. We aim to answer within two working days.\n\nKind regards,\n{company} Customer Care',
    ],
    [
      'en-US',
      'Support request #{ticket} received',
      'Hi {name}, this is a quick note to confirm {company} support received your request: {subject}. A specialist will follow up shortly. Please keep #{ticket} in the subject if you write again.',
    ],
    [
      'en-US',
      '{company}: case {ticket} opened',
      'Hey {name}!\nCase {ticket} is open. Summary: {subject}\nWe usually respond in under 6 hours on weekdays.\n- The {company} crew',
    ],
  ],
  de: [
    [
      'de-DE',
      'Ihre Anfrage {ticket} ist eingegangen',
      'Guten Tag {name},\n\nvielen Dank für Ihre Nachricht an {company}. Ihre Anfrage „{subject}“ wurde unter der Nummer {ticket} erfasst. Wir melden uns innerhalb von 48 Stunden.\n\nFreundliche Grüße\nIhr {company}-Kundenservice',
    ],
    [
      'de-AT',
      'Ihr Anliegen ist bei uns angekommen ({ticket})',
      'Grüß Gott {name},\n\nherzlichen Dank für Ihr Anliegen „{subject}“. Wir haben es unter {ticket} abgelegt und kümmern uns schnellstmöglich darum.\n\nMit freundlichen Grüßen\n{company} Service',
    ],
    [
      'de-CH',
      'Bestätigung: Ihr Anliegen {ticket}',
      'Grüezi {name}\n\nBesten Dank für Ihre Kontaktaufnahme. Ihr Anliegen „{subject}“ ist eingetroffen (Referenz {ticket}). Wir geben Ihnen so rasch als möglich Bescheid.\n\nFreundliche Grüsse\n{company}',
    ],
  ],
  fr: [
    [
      'fr-FR',
      'Votre demande n°{ticket} a bien été reçue',
      'Bonjour {name},\n\nNous avons bien reçu votre demande « {subject} ». Elle porte le numéro {ticket} ; un conseiller {company} vous répondra sous 48 h ouvrées.\n\nCordialement,\nLe service client {company}',
    ],
    [
      'fr-BE',
      'Accusé de réception – dossier {ticket}',
      'Bonjour {name},\n\nMerci pour votre e-mail. Votre dossier {ticket} (« {subject} ») est enregistré chez {company}. Nous revenons vers vous dans les meilleurs délais.\n\nBien à vous,\n{company}',
    ],
    [
      'fr-CA',
      'Nous avons reçu votre courriel ({ticket})',
      'Bonjour {name},\n\nMerci d’avoir écrit à {company}. Votre courriel au sujet de « {subject} » a été reçu et porte le numéro {ticket}. Un membre de l’équipe vous répondra d’ici un jour ouvrable.\n\nAu plaisir,\n{company}',
    ],
  ],
  es: [
    [
      'es-ES',
      'Hemos recibido tu consulta ({ticket})',
      'Hola {name}:\n\nGracias por escribir a {company}. Tu consulta «{subject}» ha quedado registrada con el número {ticket}. Te contestaremos en un plazo de 24-48 horas.\n\nUn saludo,\nAtención al cliente de {company}',
    ],
    [
      'es-MX',
      'Recibimos tu solicitud #{ticket}',
      'Hola {name},\n\n¡Gracias por contactarnos! Tu solicitud "{subject}" ya está en manos de nuestro equipo con el folio {ticket}. Te responderemos a la brevedad.\n\nSaludos,\n{company}',
    ],
    [
      'es-ES',
      'Incidencia {ticket} abierta',
      'Estimado/a {name}:\n\nLe confirmamos la apertura de la incidencia {ticket} relativa a «{subject}». Un técnico de {company} se pondrá en contacto con usted.\n\nAtentamente,\n{company}',
    ],
  ],
  pt: [
    [
      'pt-BR',
      'Recebemos seu chamado #{ticket}',
      'Olá {name}!\n\nSeu chamado "{subject}" foi aberto com o protocolo {ticket}. Nossa equipe da {company} vai responder em até 1 dia útil.\n\nAbraços,\nAtendimento {company}',
    ],
    [
      'pt-PT',
      'O seu pedido foi recebido (ref. {ticket})',
      'Caro(a) {name},\n\nAgradecemos o seu contacto. O seu pedido "{subject}" foi registado com a referência {ticket}. Responderemos com a maior brevidade possível.\n\nCom os melhores cumprimentos,\n{company}',
    ],
    [
      'pt-BR',
      'Protocolo {ticket}: solicitação registrada',
      'Oi {name}, tudo bem?\n\nSua solicitação sobre "{subject}" chegou aqui na {company}. Guarde o protocolo {ticket} para acompanhar o atendimento.\n\nEquipe {company}',
    ],
  ],
  it: [
    [
      'it-IT',
      'Abbiamo ricevuto la tua richiesta ({ticket})',
      'Ciao {name},\n\ngrazie per aver scritto a {company}. La tua richiesta "{subject}" è stata presa in carico con il numero {ticket}. Ti risponderemo entro 48 ore lavorative.\n\nUn saluto,\nAssistenza {company}',
    ],
    [
      'it-IT',
      'Segnalazione n. {ticket} registrata',
      'Gentile {name},\n\nla informiamo che la sua segnalazione "{subject}" è pervenuta al nostro servizio clienti ed è stata registrata con il numero {ticket}.\n\nCordiali saluti,\n{company}',
    ],
    [
      'it-IT',
      '{company} – pratica {ticket} aperta',
      'Buongiorno {name},\n\nconfermiamo l’apertura della pratica {ticket} ("{subject}"). Un operatore la contatterà al più presto.\n\nIl team {company}',
    ],
  ],
  nl: [
    [
      'nl-NL',
      'We hebben je vraag ontvangen ({ticket})',
      'Hoi {name},\n\nBedankt voor je bericht aan {company}. Je vraag "{subject}" staat bij ons geregistreerd onder nummer {ticket}. We reageren binnen twee werkdagen.\n\nGroet,\nKlantenservice {company}',
    ],
    [
      'nl-BE',
      'Ontvangstbevestiging van uw melding {ticket}',
      'Beste {name},\n\nWij hebben uw melding "{subject}" goed ontvangen en geven ze het nummer {ticket}. Wij contacteren u zo snel mogelijk.\n\nMet vriendelijke groeten,\n{company}',
    ],
    [
      'nl-NL',
      'Ticket {ticket}: je verzoek is binnen',
      'Hallo {name},\n\nJe verzoek over "{subject}" is binnengekomen bij {company}. Eén van onze collega’s pakt het zo snel mogelijk op.\n\nTeam {company}',
    ],
  ],
}

export const VERIFICATION: Record<Lang, readonly Hand[]> = {
  en: [
    [
      'en-US',
      'Confirm your {company} account',
      'Hi {name},\n\nYou are nearly done. Tap the link to confirm this email address and activate your {company} account:\n{link}\n\nThe link works for 48 hours.',
    ],
    [
      'en-GB',
      'One last step to activate your account',
      'Hello {name},\n\nThanks for registering with {company}. Please verify your e-mail address so we know it’s really you:\n{link}\n\nDidn’t register? Just ignore this e-mail.',
    ],
    [
      'en-US',
      'Your {company} verification code: {code}',
      'Welcome, {name}. Enter {code} on the sign-up page to verify your email. This code expires in 10 minutes.',
    ],
  ],
  de: [
    [
      'de-DE',
      'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      'Hallo {name},\n\nwillkommen bei {company}! Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Kundenkonto zu aktivieren:\n{link}\n\nDer Link ist 24 Stunden gültig.',
    ],
    [
      'de-AT',
      'Aktivieren Sie Ihr {company}-Konto',
      'Servus {name},\n\nnur noch ein Klick: Mit diesem Link aktivieren Sie Ihr Benutzerkonto bei {company}.\n{link}\n\nFalls Sie sich nicht registriert haben, ignorieren Sie diese Nachricht.',
    ],
    [
      'de-CH',
      'Ihr Bestätigungscode lautet {code}',
      'Grüezi {name}\n\nGeben Sie den Code {code} ein, um Ihre E-Mail-Adresse bei {company} zu bestätigen. Er ist 15 Minuten gültig.',
    ],
  ],
  fr: [
    [
      'fr-FR',
      'Confirmez votre adresse e-mail',
      'Bonjour {name},\n\nBienvenue chez {company} ! Pour activer votre compte, confirmez votre adresse e-mail :\n{link}\n\nCe lien expire dans 24 heures.',
    ],
    [
      'fr-CA',
      'Validez votre adresse courriel',
      'Bonjour {name},\n\nMerci de vous être inscrit chez {company}. Cliquez ici pour valider votre adresse courriel :\n{link}',
    ],
    [
      'fr-BE',
      'Votre code de vérification {company} : {code}',
      'Bonjour {name},\n\nSaisissez le code {code} pour vérifier votre adresse. Il reste valable 10 minutes.',
    ],
  ],
  es: [
    [
      'es-ES',
      'Verifica tu correo electrónico',
      'Hola {name}:\n\nGracias por registrarte en {company}. Pulsa el siguiente enlace para verificar tu dirección de correo:\n{link}\n\nEl enlace caduca en 24 horas.',
    ],
    [
      'es-MX',
      'Activa tu cuenta de {company}',
      '¡Hola {name}!\n\nYa casi terminas. Confirma tu e-mail para activar tu cuenta:\n{link}\n\nSi no creaste una cuenta, ignora este mensaje.',
    ],
    [
      'es-ES',
      'Tu código de verificación es {code}',
      'Hola {name}, introduce {code} para confirmar tu correo en {company}. Caduca en 15 minutos.',
    ],
  ],
  pt: [
    [
      'pt-BR',
      'Confirme seu e-mail na {company}',
      'Olá {name}!\n\nFalta pouco: clique no link para confirmar seu e-mail e ativar sua conta.\n{link}\n\nO link vale por 24 horas.',
    ],
    [
      'pt-PT',
      'Ative a sua conta {company}',
      'Olá {name},\n\nObrigado pelo seu registo. Para ativar a sua conta, confirme o seu endereço de correio eletrónico:\n{link}',
    ],
    [
      'pt-BR',
      'Seu código de verificação: {code}',
      'Oi {name}, use o código {code} para verificar seu cadastro na {company}. Ele expira em 10 minutos.',
    ],
  ],
  it: [
    [
      'it-IT',
      'Conferma il tuo indirizzo email',
      'Ciao {name},\n\nbenvenuto su {company}! Conferma il tuo indirizzo email per attivare l’account:\n{link}\n\nIl link è valido 24 ore.',
    ],
    [
      'it-IT',
      'Attiva il tuo account {company}',
      'Gentile {name},\n\nper completare la registrazione clicchi sul collegamento seguente:\n{link}\n\nSe non si è registrato, ignori questa email.',
    ],
    [
      'it-IT',
      'Il tuo codice di verifica è {code}',
      'Ciao {name}, inserisci {code} per verificare la tua email su {company}. Scade tra 10 minuti.',
    ],
  ],
  nl: [
    [
      'nl-NL',
      'Bevestig je e-mailadres',
      'Hoi {name},\n\nWelkom bij {company}! Klik op de link om je e-mailadres te bevestigen en je account te activeren:\n{link}',
    ],
    [
      'nl-BE',
      'Activeer uw account bij {company}',
      'Beste {name},\n\nBedankt voor uw registratie. Bevestig uw e-mailadres via deze link:\n{link}\n\nDe link blijft 24 uur geldig.',
    ],
    [
      'nl-NL',
      'Je verificatiecode is {code}',
      'Hallo {name}, vul {code} in om je e-mailadres bij {company} te verifiëren. De code verloopt over 10 minuten.',
    ],
  ],
}
