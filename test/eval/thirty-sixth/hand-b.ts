// Hand-written subscription and reset texts, two per language, each a company's own wording
// (formal and casual, link or code, emoji, legal footers): written for this set.
import type { Lang } from '../types.ts'

export const HAND_SUBSCRIPTION: Record<Lang, readonly string[]> = {
  en: [
    'Confirm your subscription to {list}\nHi {name},\n\nPlease confirm that you want to receive {list} from {company}. Just click the button below and you are in.\n\nYes, subscribe me: {link}\n\nIf you received this by mistake, simply delete it. You will not hear from us again.',
    'One more step, {name}: confirm your email\nThanks for signing up to the {company} newsletter!\n\nTo protect your inbox we need you to confirm your address first: {link}\n\nAfter that, expect deals, new arrivals and the occasional early-access code – never more than twice a week.\n\n{company}\nUnsubscribe at any time.',
  ],
  de: [
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung\nHallo {name},\n\nSie haben sich für den Newsletter „{list}“ von {company} angemeldet. Damit wir Ihnen künftig E-Mails senden dürfen, bestätigen Sie bitte Ihre Anmeldung:\n\n{link}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht bitte. Ihre Adresse wird dann nicht gespeichert.\n\n{company}, Impressum: siehe Website',
    'Fast geschafft! 📬 Newsletter bestätigen\nHi {name},\n\nnur noch ein Klick und du bekommst als Erstes unsere Deals und Neuheiten:\n👉 {link}\n\nKein Interesse? Dann einfach nichts tun.\n\nDein {company}-Team',
  ],
  fr: [
    'Confirmez votre inscription à la newsletter {list}\nBonjour {name},\n\nPour finaliser votre inscription à {list} de {company}, veuillez confirmer votre adresse e-mail en cliquant sur le lien ci-dessous :\n{link}\n\nSans confirmation de votre part, vous ne recevrez aucun message.\n\n{company}',
    'Plus qu’un clic pour rejoindre la communauté {company} !\nHello {name},\n\nMerci de ton inscription ! Clique ici pour confirmer et recevoir nos bons plans, nouveautés et ventes privées : {link}\n\nTu n’as rien demandé ? Ignore ce mail, tout simplement.\n\nLa team {company}',
  ],
  es: [
    'Confirme su suscripción al boletín {list}\nHola {name}:\n\nHemos recibido una solicitud de alta en {list} de {company}. Para confirmarla, haga clic en el siguiente enlace:\n{link}\n\nSi no ha sido usted, no haga nada y no recibirá más correos.\n\nUn saludo,\n{company}',
    '¡Ya casi está, {name}! Confirma tu email\nGracias por apuntarte a la newsletter de {company}.\n\nConfirma tu suscripción aquí 👉 {link}\n\nY prepárate: ofertas, novedades y algún código exclusivo.\n\nSi no te has apuntado, ignora este mensaje.',
  ],
  pt: [
    'Confirme a sua inscrição na newsletter {list}\nOlá {name},\n\nRecebemos um pedido de inscrição na newsletter {list} da {company}. Para o confirmar, clique na ligação seguinte:\n{link}\n\nSe não fez este pedido, ignore esta mensagem.\n\nCumprimentos,\n{company}',
    'Falta só um clique, {name}!\nObrigado por assinar a newsletter da {company} 💌\n\nConfirme seu e-mail aqui: {link}\n\nDepois é só esperar: promoções, lançamentos e cupons exclusivos.\n\nNão foi você? Pode ignorar.',
  ],
  it: [
    'Conferma la tua iscrizione alla newsletter {list}\nGentile {name},\n\nabbiamo ricevuto la tua richiesta di iscrizione a {list} di {company}. Per completarla, clicca sul link seguente:\n{link}\n\nSe non hai richiesto l’iscrizione, ignora questa email.\n\nCordialmente,\n{company}',
    'Manca solo un clic, {name}! ✉️\nGrazie per esserti iscritto alla newsletter di {company}.\n\nConferma qui il tuo indirizzo: {link}\n\nTi aspettano offerte, novità e codici sconto riservati.\n\nNon sei stato tu? Ignora pure questa email.',
  ],
  nl: [
    'Bevestig uw aanmelding voor {list}\nBeste {name},\n\nU hebt zich aangemeld voor de nieuwsbrief {list} van {company}. Klik op de onderstaande link om uw aanmelding te bevestigen:\n{link}\n\nNiet door u aangevraagd? Dan kunt u dit bericht negeren.\n\nMet vriendelijke groet,\n{company}',
    'Nog één klik, {name}! 🎉\nLeuk dat je je hebt ingeschreven voor de nieuwsbrief van {company}.\n\nBevestig je e-mailadres: {link}\n\nDaarna krijg je als eerste onze deals en nieuwe collecties.\n\nNiet aangemeld? Negeer deze mail gewoon.',
  ],
}

export const HAND_RESET: Record<Lang, readonly string[]> = {
  en: [
    'Reset your {company} password\nWe received a request to reset the password for the {company} account linked to {email}.\n\nReset password: {link}\n\nThis link expires in 60 minutes. If you did not ask for a reset, you can ignore this email; your password will stay the same.\n\n{company} Account Services',
    '{code} is your {company} sign-in code\nUse this code to sign in to {company}:\n\n{code}\n\nIt expires in 10 minutes. Never share it with anyone; {company} staff will never ask for it.\n\nNot you? Someone may have typed your email by mistake.',
  ],
  de: [
    'Passwort zurücksetzen – {company}\nGuten Tag,\n\nfür Ihr Kundenkonto ({email}) wurde das Zurücksetzen des Passworts angefordert. Über den folgenden Link können Sie ein neues Passwort vergeben:\n\n{link}\n\nDer Link ist 2 Stunden gültig. Haben Sie dies nicht angefordert, ignorieren Sie bitte diese E-Mail.\n\nIhr {company} Kundenservice',
    'Dein Anmeldecode für {company}: {code}\nHi,\n\nhier ist dein einmaliger Code: {code}\n\nEr gilt 10 Minuten. Gib ihn niemals weiter – wir fragen nie danach.\n\nWarst du das nicht? Dann kannst du diese Mail ignorieren.\n\n{company}',
  ],
  fr: [
    'Réinitialisation de votre mot de passe {company}\nBonjour,\n\nNous avons reçu une demande de réinitialisation du mot de passe associé à l’adresse {email}.\n\nChoisir un nouveau mot de passe : {link}\n\nCe lien expire dans une heure. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.\n\nL’équipe {company}',
    'Votre code de connexion {company} : {code}\nVoici votre code à usage unique : {code}\n\nIl est valable 10 minutes. Ne le communiquez à personne.\n\nVous n’avez rien demandé ? Vous pouvez ignorer ce message.\n\n{company}',
  ],
  es: [
    'Restablece tu contraseña de {company}\nHola:\n\nHemos recibido una solicitud para restablecer la contraseña de la cuenta asociada a {email}.\n\nCrear nueva contraseña: {link}\n\nEl enlace caduca en 1 hora. Si no lo has pedido tú, ignora este correo; tu contraseña no cambiará.\n\n{company}',
    'Tu código de acceso a {company} es {code}\nUsa este código para iniciar sesión: {code}\n\nVence en 10 minutos. No lo compartas con nadie.\n\n¿No has sido tú? Ignora este mensaje.\n\nEquipo de seguridad de {company}',
  ],
  pt: [
    'Redefina a sua palavra-passe {company}\nOlá,\n\nRecebemos um pedido para redefinir a palavra-passe da conta associada a {email}.\n\nRedefinir palavra-passe: {link}\n\nA ligação expira em 60 minutos. Se não fez este pedido, ignore este e-mail.\n\nEquipa {company}',
    'Seu código de acesso {company}: {code}\nOlá! Use o código abaixo para entrar:\n\n{code}\n\nEle vale por 10 minutos. Nunca compartilhe este código.\n\nNão pediu? Ignore esta mensagem.\n\n{company}',
  ],
  it: [
    'Reimposta la password di {company}\nCiao,\n\nabbiamo ricevuto una richiesta di reimpostazione della password per l’account collegato a {email}.\n\nReimposta password: {link}\n\nIl link scade tra 60 minuti. Se non hai fatto tu la richiesta, ignora questa email.\n\nIl team {company}',
    'Il tuo codice di accesso {company}: {code}\nEcco il tuo codice monouso: {code}\n\nÈ valido per 10 minuti. Non condividerlo con nessuno.\n\nNon sei stato tu? Puoi ignorare questo messaggio.\n\n{company}',
  ],
  nl: [
    'Wachtwoord opnieuw instellen – {company}\nHallo,\n\nWe hebben een verzoek ontvangen om het wachtwoord te wijzigen van het account dat hoort bij {email}.\n\nNieuw wachtwoord instellen: {link}\n\nDeze link verloopt na 60 minuten. Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.\n\n{company}',
    'Je inlogcode voor {company}: {code}\nGebruik deze code om in te loggen: {code}\n\nDe code is 10 minuten geldig. Deel hem met niemand.\n\nWas jij dit niet? Negeer dan dit bericht.\n\n{company} Security',
  ],
}
