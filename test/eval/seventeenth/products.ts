// The few products of this set, new to every earlier set, at most two per family. Each text is
// written from memory of the product's documented default (English unless said), not pasted; the
// other languages are the product's own translation where it ships one and otherwise our rendering
// (marked "ours"). First line subject, then body; slots as in texts/request.ts.
import type { Lang } from '../types.ts'
import { MORE_PRODUCTS } from './products-more.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'

export interface Product {
  product: string
  family: Family
  /** display: the From row is the company's name only, for every mail of the product. */
  sender: 'own' | 'display'
  localPart: string
  texts: Record<Lang, string>
}

export const PRODUCTS: readonly Product[] = [
  {
    product: 'Awesome Support',
    family: 'helpdesk',
    sender: 'own',
    localPart: 'support',
    // source: Awesome Support (WordPress plugin), e-mail template "New ticket confirmation",
    // subject "Request received: {ticket_title}"; translations of the plugin (de, fr, es, it, nl, pt-BR), rendered from memory.
    texts: {
      en: 'Request received: {title}\nHi {name},\n\nYour request ({title}) has been received, and is being reviewed by our support staff.\n\nTo add additional comments, follow the link below:\n\n{link}\n\nRegards,\n{company}',
      de: 'Anfrage erhalten: {title}\nHallo {name},\n\nIhre Anfrage ({title}) wurde empfangen und wird von unseren Support-Mitarbeitern geprüft.\n\nUm weitere Kommentare hinzuzufügen, folgen Sie dem Link unten:\n\n{link}\n\nGrüße,\n{company}',
      fr: 'Demande reçue : {title}\nBonjour {name},\n\nVotre demande ({title}) a été reçue et est en cours d’examen par notre équipe d’assistance.\n\nPour ajouter des commentaires, suivez le lien ci-dessous :\n\n{link}\n\nCordialement,\n{company}',
      es: 'Solicitud recibida: {title}\nHola {name},\n\nSu solicitud ({title}) ha sido recibida y está siendo revisada por nuestro personal de soporte.\n\nPara añadir comentarios adicionales, siga el enlace de abajo:\n\n{link}\n\nSaludos,\n{company}',
      pt: 'Solicitação recebida: {title}\nOlá {name},\n\nSua solicitação ({title}) foi recebida e está sendo analisada pela nossa equipe de suporte.\n\nPara adicionar comentários, acesse o link abaixo:\n\n{link}\n\nAtenciosamente,\n{company}',
      it: 'Richiesta ricevuta: {title}\nCiao {name},\n\nla tua richiesta ({title}) è stata ricevuta ed è in fase di revisione da parte del nostro staff di supporto.\n\nPer aggiungere altri commenti, segui il link qui sotto:\n\n{link}\n\nSaluti,\n{company}',
      nl: 'Verzoek ontvangen: {title}\nHallo {name},\n\nUw verzoek ({title}) is ontvangen en wordt beoordeeld door onze supportmedewerkers.\n\nOm extra opmerkingen toe te voegen, volg de onderstaande link:\n\n{link}\n\nGroeten,\n{company}',
    },
  },
  {
    product: 'Fluent Support',
    family: 'helpdesk',
    sender: 'display',
    localPart: 'support',
    // source: Fluent Support (WordPress plugin), email notification "Ticket Created (To Customer)";
    // reconstruction of its default structure; every language but English is ours.
    texts: {
      en: 'Re: {title} #{ref}\nHello {name},\n\nWe have received your ticket (#{ref}) and one of our support agents will get back to you soon.\n\nYou can view the ticket at {link}\n\nThanks,\n{company} Support Team',
      de: 'Re: {title} #{ref}\nHallo {name},\n\nwir haben Ihr Ticket (#{ref}) erhalten. Einer unserer Support-Mitarbeiter meldet sich in Kürze bei Ihnen.\n\nSie können das Ticket hier ansehen: {link}\n\nDanke,\n{company} Support-Team',
      fr: 'Re: {title} #{ref}\nBonjour {name},\n\nNous avons bien reçu votre ticket (#{ref}) et l’un de nos agents vous répondra rapidement.\n\nVous pouvez consulter le ticket ici : {link}\n\nMerci,\nL’équipe support {company}',
      es: 'Re: {title} #{ref}\nHola {name},\n\nHemos recibido tu ticket (#{ref}) y uno de nuestros agentes te responderá pronto.\n\nPuedes ver el ticket en {link}\n\nGracias,\nEquipo de soporte de {company}',
      pt: 'Re: {title} #{ref}\nOlá {name},\n\nRecebemos o seu ticket (#{ref}) e um dos nossos agentes responderá em breve.\n\nPode ver o ticket em {link}\n\nObrigado,\nEquipa de suporte {company}',
      it: 'Re: {title} #{ref}\nCiao {name},\n\nabbiamo ricevuto il tuo ticket (#{ref}) e uno dei nostri operatori ti risponderà a breve.\n\nPuoi vedere il ticket qui: {link}\n\nGrazie,\nIl team di supporto {company}',
      nl: 'Re: {title} #{ref}\nHallo {name},\n\nWe hebben je ticket (#{ref}) ontvangen en een van onze medewerkers neemt snel contact met je op.\n\nJe kunt het ticket bekijken via {link}\n\nBedankt,\nSupportteam {company}',
    },
  },
  {
    product: 'GoToSocial',
    family: 'verification',
    sender: 'own',
    localPart: 'noreply',
    // source: GoToSocial web/template/email_confirm.tmpl, subject "GoToSocial Email Confirmation";
    // GoToSocial mails only in English: the six other languages are ours.
    texts: {
      en: "GoToSocial Email Confirmation\nHello {name}!\n\nYou are receiving this mail because you've requested an account on https://social.{domain}.\n\nTo use your account, you must confirm that this is your email address.\n\nTo confirm your email, paste the following in your browser's address bar:\n\n{link}\n\n---\n\nIf you believe you've been sent this email in error, feel free to ignore it, or contact the administrator of https://social.{domain}.",
      de: 'GoToSocial E-Mail-Bestätigung\nHallo {name}!\n\nDu erhältst diese Mail, weil du ein Konto auf https://social.{domain} beantragt hast.\n\nUm dein Konto zu nutzen, musst du bestätigen, dass dies deine E-Mail-Adresse ist.\n\nFüge dazu Folgendes in die Adresszeile deines Browsers ein:\n\n{link}\n\n---\n\nWenn du glaubst, diese Mail irrtümlich erhalten zu haben, ignoriere sie oder wende dich an die Administration von https://social.{domain}.',
      fr: "Confirmation d'e-mail GoToSocial\nBonjour {name} !\n\nVous recevez ce courriel parce que vous avez demandé un compte sur https://social.{domain}.\n\nPour utiliser votre compte, vous devez confirmer qu'il s'agit bien de votre adresse.\n\nPour confirmer, collez ceci dans la barre d'adresse de votre navigateur :\n\n{link}\n\n---\n\nSi vous pensez avoir reçu ce courriel par erreur, ignorez-le ou contactez l'administration de https://social.{domain}.",
      es: 'Confirmación de correo de GoToSocial\n¡Hola, {name}!\n\nRecibes este correo porque has solicitado una cuenta en https://social.{domain}.\n\nPara usar tu cuenta, debes confirmar que esta es tu dirección de correo.\n\nPara confirmarla, pega lo siguiente en la barra de direcciones del navegador:\n\n{link}\n\n---\n\nSi crees que has recibido este correo por error, ignóralo o contacta con la administración de https://social.{domain}.',
      pt: 'Confirmação de e-mail do GoToSocial\nOlá {name}!\n\nVocê está recebendo este e-mail porque pediu uma conta em https://social.{domain}.\n\nPara usar sua conta, confirme que este é o seu endereço de e-mail.\n\nPara confirmar, cole o seguinte na barra de endereços do navegador:\n\n{link}\n\n---\n\nSe acha que recebeu este e-mail por engano, ignore-o ou contate a administração de https://social.{domain}.',
      it: "Conferma email GoToSocial\nCiao {name}!\n\nRicevi questa email perché hai richiesto un account su https://social.{domain}.\n\nPer usare l'account devi confermare che questo è il tuo indirizzo email.\n\nPer confermare, incolla quanto segue nella barra degli indirizzi del browser:\n\n{link}\n\n---\n\nSe pensi di aver ricevuto questa email per errore, ignorala o contatta l'amministrazione di https://social.{domain}.",
      nl: 'GoToSocial e-mailbevestiging\nHallo {name}!\n\nJe ontvangt deze mail omdat je een account hebt aangevraagd op https://social.{domain}.\n\nOm je account te gebruiken, moet je bevestigen dat dit jouw e-mailadres is.\n\nPlak daarvoor het volgende in de adresbalk van je browser:\n\n{link}\n\n---\n\nDenk je dat je deze mail per vergissing hebt gekregen? Negeer hem dan of neem contact op met de beheerder van https://social.{domain}.',
    },
  },
  {
    product: 'WoltLab Suite',
    family: 'verification',
    sender: 'own',
    localPart: 'noreply',
    // source: WoltLab Suite Core, registration mail "Activation of your user account" with the
    // activation code (language variables wcf.user.register.needActivation.mail); shipped in de and
    // en, rendered from memory; fr, es, pt, it, nl are ours.
    texts: {
      en: 'Your user account at {company}\nHello {name},\n\nthank you for your registration at {company}. Before you can use your account, you have to activate it.\n\nPlease visit the following page to activate your account: {link}\n\nYour activation code: {code}',
      de: 'Ihr Benutzerkonto bei {company}\nHallo {name},\n\nvielen Dank für Ihre Registrierung bei {company}. Bevor Sie Ihr Benutzerkonto nutzen können, müssen Sie es aktivieren.\n\nBitte rufen Sie zur Aktivierung folgende Seite auf: {link}\n\nIhr Aktivierungscode: {code}',
      fr: 'Votre compte utilisateur sur {company}\nBonjour {name},\n\nmerci pour votre inscription sur {company}. Avant de pouvoir utiliser votre compte, vous devez l’activer.\n\nVeuillez ouvrir la page suivante pour l’activer : {link}\n\nVotre code d’activation : {code}',
      es: 'Su cuenta de usuario en {company}\nHola {name}:\n\ngracias por registrarse en {company}. Antes de poder usar su cuenta, debe activarla.\n\nVisite la siguiente página para activarla: {link}\n\nSu código de activación: {code}',
      pt: 'A sua conta de utilizador em {company}\nOlá {name},\n\nobrigado pelo seu registo em {company}. Antes de poder usar a conta, tem de a ativar.\n\nVisite a página seguinte para a ativar: {link}\n\nO seu código de ativação: {code}',
      it: 'Il suo account utente su {company}\nCiao {name},\n\ngrazie per esserti registrato su {company}. Prima di poter usare il tuo account devi attivarlo.\n\nVisita la pagina seguente per attivarlo: {link}\n\nIl tuo codice di attivazione: {code}',
      nl: 'Uw gebruikersaccount bij {company}\nHallo {name},\n\nbedankt voor uw registratie bij {company}. Voordat u uw account kunt gebruiken, moet u het activeren.\n\nGa naar de volgende pagina om het te activeren: {link}\n\nUw activeringscode: {code}',
    },
  },
  ...MORE_PRODUCTS,
]
