// Subscription confirmations (double opt-in) of list and newsletter tools not used by earlier
// sets. Written from knowledge of each default, not pasted; other languages reconstructed.
import type { Product } from '../product.ts'

/** source: Jetpack Subscriptions / WordPress.com follow confirmation (reconstruction). */
export const JETPACK: Product = {
  product: 'Jetpack Subscriptions',
  family: 'subscription',
  source: 'Jetpack Subscriptions blog follow confirmation mail (reconstruction)',
  echo: 'none',
  hosted: () => 'donotreply@wordpress.com',
  texts: {
    en: {
      subject: 'Confirm your subscription to {company}',
      body: "Howdy.\n\nYou recently signed up to follow {company}'s posts. This means once you confirm, you'll receive each new post by email.\n\nTo activate, click confirm below. If you believe this is an error, ignore this message and nothing more will happen.\n\nConfirm Follow {link}",
    },
    de: {
      subject: 'Bestätige dein Abonnement von {company}',
      body: 'Hallo.\n\nDu hast dich kürzlich angemeldet, um den Beiträgen von {company} zu folgen. Nach deiner Bestätigung erhältst du jeden neuen Beitrag per E-Mail.\n\nZum Aktivieren klicke unten auf Bestätigen. Falls das ein Irrtum ist, ignoriere diese Nachricht.\n\nFolgen bestätigen {link}',
    },
    fr: {
      subject: 'Confirmez votre abonnement à {company}',
      body: "Bonjour,\n\nVous vous êtes récemment inscrit pour suivre les articles de {company}. Une fois confirmé, vous recevrez chaque nouvel article par e-mail.\n\nPour activer, cliquez sur Confirmer ci-dessous. S'il s'agit d'une erreur, ignorez ce message.\n\nConfirmer l'abonnement {link}",
    },
    es: {
      subject: 'Confirma tu suscripción a {company}',
      body: 'Hola.\n\nTe has registrado recientemente para seguir las entradas de {company}. Cuando confirmes, recibirás cada nueva entrada por correo.\n\nPara activarlo, haz clic en Confirmar. Si crees que es un error, ignora este mensaje.\n\nConfirmar seguimiento {link}',
    },
    pt: {
      subject: 'Confirme a sua subscrição de {company}',
      body: 'Olá.\n\nInscreveu-se recentemente para seguir os artigos de {company}. Depois de confirmar, receberá cada novo artigo por e-mail.\n\nPara ativar, clique em Confirmar. Se for um erro, ignore esta mensagem.\n\nConfirmar {link}',
    },
    it: {
      subject: 'Conferma la tua iscrizione a {company}',
      body: 'Ciao.\n\nTi sei iscritto di recente per seguire gli articoli di {company}. Dopo la conferma riceverai ogni nuovo articolo via email.\n\nPer attivare, fai clic su Conferma. Se pensi sia un errore, ignora questo messaggio.\n\nConferma {link}',
    },
    nl: {
      subject: 'Bevestig je abonnement op {company}',
      body: 'Hallo.\n\nJe hebt je onlangs aangemeld om de berichten van {company} te volgen. Na je bevestiging ontvang je elk nieuw bericht per e-mail.\n\nKlik hieronder op Bevestigen. Is dit een vergissing, negeer dit bericht dan.\n\nVolgen bevestigen {link}',
    },
    sv: {
      subject: 'Bekräfta din prenumeration på {company}',
      body: 'Hej.\n\nDu registrerade dig nyligen för att följa inläggen på {company}. När du har bekräftat får du varje nytt inlägg via e-post.\n\nKlicka på Bekräfta nedan. Om detta är ett misstag kan du ignorera meddelandet.\n\nBekräfta {link}',
    },
    pl: {
      subject: 'Potwierdź subskrypcję {company}',
      body: 'Cześć.\n\nNiedawno zapisałeś się, aby obserwować wpisy {company}. Po potwierdzeniu otrzymasz każdy nowy wpis e-mailem.\n\nAby aktywować, kliknij Potwierdź. Jeśli to pomyłka, zignoruj tę wiadomość.\n\nPotwierdź {link}',
    },
  },
}

/** source: L-Soft LISTSERV, "Command confirmation request" for SUBSCRIBE (reconstruction). */
export const LISTSERV: Product = {
  product: 'LISTSERV',
  family: 'subscription',
  source: 'L-Soft LISTSERV OK-confirmation mail for a web SUBSCRIBE command (reconstruction)',
  echo: 'name',
  texts: {
    en: {
      subject: 'Command confirmation request ({code})',
      body: 'Your command:\n\nSUBSCRIBE NEWS-L {name}\n\nrequires confirmation. To confirm the execution of your command, simply point your browser to the following URL:\n\n{link}\n\nAlternatively, if you have no WWW access, you can reply to this message with "OK" in the text.\n\nIf you did not send this command, simply ignore this message.',
    },
    de: {
      subject: 'Bitte um Befehlsbestätigung ({code})',
      body: 'Ihr Befehl:\n\nSUBSCRIBE NEWS-L {name}\n\nmuss bestätigt werden. Rufen Sie dazu einfach folgende URL auf:\n\n{link}\n\nOhne WWW-Zugang können Sie auf diese Nachricht mit "OK" antworten.\n\nWenn Sie diesen Befehl nicht gesendet haben, ignorieren Sie diese Nachricht.',
    },
    fr: {
      subject: 'Demande de confirmation de commande ({code})',
      body: "Votre commande :\n\nSUBSCRIBE NEWS-L {name}\n\ndoit être confirmée. Pour la confirmer, ouvrez simplement l'URL suivante :\n\n{link}\n\nSans accès web, répondez à ce message avec « OK ».\n\nSi vous n'avez pas envoyé cette commande, ignorez ce message.",
    },
    es: {
      subject: 'Solicitud de confirmación de comando ({code})',
      body: 'Su comando:\n\nSUBSCRIBE NEWS-L {name}\n\nrequiere confirmación. Para confirmarlo, abra la siguiente URL:\n\n{link}\n\nSi no tiene acceso web, responda a este mensaje con "OK".\n\nSi no envió este comando, ignore este mensaje.',
    },
    pt: {
      subject: 'Pedido de confirmação de comando ({code})',
      body: 'O seu comando:\n\nSUBSCRIBE NEWS-L {name}\n\nrequer confirmação. Para o confirmar, abra o seguinte URL:\n\n{link}\n\nSem acesso web, responda a esta mensagem com "OK".\n\nSe não enviou este comando, ignore esta mensagem.',
    },
    it: {
      subject: 'Richiesta di conferma del comando ({code})',
      body: 'Il suo comando:\n\nSUBSCRIBE NEWS-L {name}\n\nrichiede conferma. Per confermarlo, apra il seguente URL:\n\n{link}\n\nSenza accesso web, risponda a questo messaggio con "OK".\n\nSe non ha inviato questo comando, ignori il messaggio.',
    },
    nl: {
      subject: 'Verzoek om bevestiging van opdracht ({code})',
      body: 'Uw opdracht:\n\nSUBSCRIBE NEWS-L {name}\n\nmoet worden bevestigd. Open hiervoor de volgende URL:\n\n{link}\n\nZonder webtoegang kunt u dit bericht beantwoorden met "OK".\n\nHebt u deze opdracht niet verstuurd, negeer dit bericht dan.',
    },
    sv: {
      subject: 'Begäran om bekräftelse av kommando ({code})',
      body: 'Ditt kommando:\n\nSUBSCRIBE NEWS-L {name}\n\nmåste bekräftas. Öppna följande adress för att bekräfta:\n\n{link}\n\nUtan webbåtkomst kan du svara på detta meddelande med "OK".\n\nOm du inte skickade kommandot kan du ignorera meddelandet.',
    },
    pl: {
      subject: 'Prośba o potwierdzenie polecenia ({code})',
      body: 'Twoje polecenie:\n\nSUBSCRIBE NEWS-L {name}\n\nwymaga potwierdzenia. Aby je potwierdzić, otwórz poniższy adres:\n\n{link}\n\nBez dostępu do WWW odpowiedz na tę wiadomość, wpisując "OK".\n\nJeśli nie wysyłałeś tego polecenia, zignoruj wiadomość.',
    },
  },
}
