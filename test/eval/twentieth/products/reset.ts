// Password reset mails of two products no earlier set used.
import type { Product } from './types.ts'

// Source: FluxBB mail template activate_password.tpl ("New password requested": the new password
// only becomes active once the activation page is visited; signed "<board> Mailer", do not
// reply). FluxBB ships it in English; the other six are our rendering of its language packs.
export const FLUXBB_RESET: Product = {
  family: 'reset',
  product: 'FluxBB new password request',
  shipped: ['en'],
  texts: {
    en: {
      subject: 'New password requested',
      body: "Hello {name},\n\nYou have asked for a new password to be assigned to your account in the discussion forum at https://forum.{site}/. If you did not ask for this, or you don't want to change your password, just ignore this message. The new password only becomes active once you visit the activation page below.\n\nTo change your password, please visit the following page:\n{link}\n\n--\n{brand} Mailer\n(Do not reply to this message)",
    },
    de: {
      subject: 'Neues Passwort angefordert',
      body: 'Hallo {name},\n\nSie haben ein neues Passwort für Ihr Konto im Diskussionsforum unter https://forum.{site}/ angefordert. Wenn Sie das nicht waren oder Ihr Passwort nicht ändern möchten, ignorieren Sie diese Nachricht einfach. Das neue Passwort wird erst aktiv, wenn Sie die Aktivierungsseite unten aufrufen.\n\nUm Ihr Passwort zu ändern, besuchen Sie bitte folgende Seite:\n{link}\n\n--\n{brand} Mailer\n(Bitte nicht auf diese Nachricht antworten)',
    },
    fr: {
      subject: 'Nouveau mot de passe demandé',
      body: "Bonjour {name},\n\nVous avez demandé un nouveau mot de passe pour votre compte sur le forum de discussion https://forum.{site}/. Si ce n'est pas vous, ou si vous ne souhaitez pas changer de mot de passe, ignorez simplement ce message. Le nouveau mot de passe ne deviendra actif qu'après la visite de la page d'activation ci-dessous.\n\nPour changer votre mot de passe, rendez-vous sur la page suivante :\n{link}\n\n--\nMailer {brand}\n(Ne répondez pas à ce message)",
    },
    es: {
      subject: 'Solicitud de nueva contraseña',
      body: 'Hola {name}:\n\nHa solicitado una nueva contraseña para su cuenta en el foro de discusión https://forum.{site}/. Si no fue usted, o no quiere cambiar su contraseña, ignore este mensaje. La nueva contraseña solo se activará cuando visite la página de activación de abajo.\n\nPara cambiar su contraseña, visite la siguiente página:\n{link}\n\n--\nMailer de {brand}\n(No responda a este mensaje)',
    },
    pt: {
      subject: 'Nova palavra-passe pedida',
      body: 'Olá {name},\n\nPediu uma nova palavra-passe para a sua conta no fórum de discussão https://forum.{site}/. Se não foi você, ou se não quer mudar a palavra-passe, ignore esta mensagem. A nova palavra-passe só fica ativa depois de visitar a página de ativação abaixo.\n\nPara mudar a sua palavra-passe, visite a página seguinte:\n{link}\n\n--\nMailer {brand}\n(Não responda a esta mensagem)',
    },
    it: {
      subject: 'Richiesta nuova password',
      body: 'Ciao {name},\n\nhai chiesto una nuova password per il tuo account nel forum di discussione https://forum.{site}/. Se non sei stato tu, o non vuoi cambiare password, ignora questo messaggio. La nuova password diventa attiva solo dopo aver visitato la pagina di attivazione qui sotto.\n\nPer cambiare la password, visita la pagina seguente:\n{link}\n\n--\nMailer {brand}\n(Non rispondere a questo messaggio)',
    },
    nl: {
      subject: 'Nieuw wachtwoord aangevraagd',
      body: 'Hallo {name},\n\nJe hebt een nieuw wachtwoord aangevraagd voor je account op het discussieforum https://forum.{site}/. Was jij dit niet, of wil je je wachtwoord niet wijzigen, negeer dit bericht dan. Het nieuwe wachtwoord wordt pas actief nadat je de activeringspagina hieronder hebt bezocht.\n\nGa naar de volgende pagina om je wachtwoord te wijzigen:\n{link}\n\n--\n{brand} Mailer\n(Niet op dit bericht antwoorden)',
    },
  },
}

// Source: osCommerce 2.3 catalog language file password_forgotten.php (subject "<store> - New
// Password", a personal link to change the password, discarded after 24 hours, the store owner's
// address for help). osCommerce ships English, German and Spanish; the other four are ours.
export const OSCOMMERCE_RESET: Product = {
  family: 'reset',
  product: 'osCommerce password forgotten',
  shipped: ['en', 'de', 'es'],
  texts: {
    en: {
      subject: '{brand} - New Password',
      body: 'A new password has been requested for your account at {brand}.\n\nPlease follow this personal link to change your password securely:\n\n{link}\n\nThis link is discarded automatically after 24 hours or once your password has been changed.\n\nFor help with any of our online services, please email the store owner: {support}.',
    },
    de: {
      subject: '{brand} - Neues Passwort',
      body: 'Für Ihr Kundenkonto bei {brand} wurde ein neues Passwort angefordert.\n\nBitte folgen Sie diesem persönlichen Link, um Ihr Passwort sicher zu ändern:\n\n{link}\n\nDer Link verfällt automatisch nach 24 Stunden oder sobald Ihr Passwort geändert wurde.\n\nBei Fragen zu unseren Online-Diensten schreiben Sie bitte an den Shopbetreiber: {support}.',
    },
    fr: {
      subject: '{brand} - Nouveau mot de passe',
      body: 'Un nouveau mot de passe a été demandé pour votre compte chez {brand}.\n\nVeuillez suivre ce lien personnel pour changer votre mot de passe en toute sécurité :\n\n{link}\n\nCe lien expire automatiquement au bout de 24 heures ou dès que votre mot de passe a été changé.\n\nPour toute aide sur nos services en ligne, écrivez au responsable de la boutique : {support}.',
    },
    es: {
      subject: '{brand} - Nueva contraseña',
      body: 'Se ha solicitado una nueva contraseña para su cuenta en {brand}.\n\nSiga este enlace personal para cambiar su contraseña de forma segura:\n\n{link}\n\nEl enlace se descarta automáticamente a las 24 horas o en cuanto se haya cambiado la contraseña.\n\nPara cualquier ayuda con nuestros servicios en línea, escriba al propietario de la tienda: {support}.',
    },
    pt: {
      subject: '{brand} - Nova palavra-passe',
      body: 'Foi pedida uma nova palavra-passe para a sua conta em {brand}.\n\nSiga este link pessoal para alterar a sua palavra-passe em segurança:\n\n{link}\n\nO link deixa de ser válido ao fim de 24 horas ou assim que a palavra-passe for alterada.\n\nPara ajuda com os nossos serviços online, escreva ao responsável da loja: {support}.',
    },
    it: {
      subject: '{brand} - Nuova password',
      body: 'È stata richiesta una nuova password per il suo account su {brand}.\n\nSegua questo link personale per cambiare la password in modo sicuro:\n\n{link}\n\nIl link scade automaticamente dopo 24 ore o non appena la password è stata cambiata.\n\nPer assistenza sui nostri servizi online, scriva al gestore del negozio: {support}.',
    },
    nl: {
      subject: '{brand} - Nieuw wachtwoord',
      body: 'Er is een nieuw wachtwoord aangevraagd voor uw account bij {brand}.\n\nVolg deze persoonlijke link om uw wachtwoord veilig te wijzigen:\n\n{link}\n\nDe link vervalt automatisch na 24 uur of zodra uw wachtwoord is gewijzigd.\n\nVoor hulp bij onze online diensten kunt u de winkeleigenaar mailen: {support}.',
    },
  },
}
