// Building blocks for composed helpdesk acknowledgements and account verifications: subjects, the
// sentence saying what happened, and the next step (which carries the ticket, link or code).
import type { Lang } from '../../types.ts'
import type { FamilyBlocks } from './blocks-family.ts'

export const CONTACT_BLOCKS: Record<'helpdesk' | 'verification', Record<Lang, FamilyBlocks>> = {
  helpdesk: {
    en: {
      subjects: ['Request received', 'Thanks for contacting {brand}', 'Re: {topic}'],
      cores: [
        'your message about "{topic}" has landed with our support team.',
        'we have opened a case for your request.',
        'this confirms we received what you sent us.',
      ],
      nexts: [
        'Your reference is {ticket}; please quote it if you write again.',
        'Track the case at {link} (case {ticket}).',
        'An agent will pick up case #{ticket} shortly.',
      ],
    },
    de: {
      subjects: ['Eingangsbestätigung', 'Ihre Nachricht an {brand}', 'AW: {topic}'],
      cores: [
        'Ihre Nachricht zu „{topic}“ ist bei unserem Support eingegangen.',
        'wir haben zu Ihrer Anfrage einen Vorgang angelegt.',
        'wir bestätigen den Erhalt Ihrer Mitteilung.',
      ],
      nexts: [
        'Ihre Vorgangsnummer lautet {ticket}. Bitte geben Sie sie bei Rückfragen an.',
        'Den Status finden Sie unter {link} (Vorgang {ticket}).',
        'Ein Mitarbeiter kümmert sich bald um Ticket #{ticket}.',
      ],
    },
    fr: {
      subjects: ['Demande reçue', 'Merci d’avoir contacté {brand}', 'RE : {topic}'],
      cores: [
        'votre message concernant « {topic} » est bien arrivé chez notre support.',
        'nous avons ouvert un dossier pour votre demande.',
        'nous confirmons la bonne réception de votre message.',
      ],
      nexts: [
        'Votre référence : {ticket}. Merci de la rappeler dans vos échanges.',
        'Suivez votre dossier sur {link} (dossier {ticket}).',
        'Un conseiller prendra en charge le ticket #{ticket} sous peu.',
      ],
    },
    es: {
      subjects: ['Solicitud recibida', 'Gracias por contactar con {brand}', 'RE: {topic}'],
      cores: [
        'tu mensaje sobre «{topic}» ya está en manos de nuestro equipo de soporte.',
        'hemos abierto un caso con tu solicitud.',
        'te confirmamos que hemos recibido tu mensaje.',
      ],
      nexts: [
        'Tu referencia es {ticket}; indícala si vuelves a escribirnos.',
        'Sigue el caso en {link} (caso {ticket}).',
        'Un agente atenderá el ticket #{ticket} en breve.',
      ],
    },
    pt: {
      subjects: ['Pedido recebido', 'Obrigado por contactar a {brand}', 'RE: {topic}'],
      cores: [
        'a sua mensagem sobre "{topic}" chegou à nossa equipa de apoio.',
        'abrimos um processo com o seu pedido.',
        'confirmamos que recebemos a sua mensagem.',
      ],
      nexts: [
        'A sua referência é {ticket}; indique-a se voltar a escrever.',
        'Acompanhe o processo em {link} (processo {ticket}).',
        'Um assistente vai tratar do ticket #{ticket} em breve.',
      ],
    },
    it: {
      subjects: ['Richiesta ricevuta', 'Grazie per aver contattato {brand}', 'R: {topic}'],
      cores: [
        'il tuo messaggio su "{topic}" è arrivato al nostro supporto.',
        'abbiamo aperto una pratica per la tua richiesta.',
        'confermiamo di aver ricevuto il tuo messaggio.',
      ],
      nexts: [
        'Il tuo riferimento è {ticket}: citalo se ci riscrivi.',
        'Segui la pratica su {link} (pratica {ticket}).',
        'Un operatore prenderà in carico il ticket #{ticket} a breve.',
      ],
    },
    nl: {
      subjects: ['Aanvraag ontvangen', 'Bedankt voor je bericht aan {brand}', 'Re: {topic}'],
      cores: [
        'je bericht over "{topic}" is bij onze klantenservice binnengekomen.',
        'we hebben een dossier aangemaakt voor je vraag.',
        'we bevestigen dat we je bericht hebben ontvangen.',
      ],
      nexts: [
        'Je referentie is {ticket}; vermeld die als je ons opnieuw mailt.',
        'Volg je dossier via {link} (dossier {ticket}).',
        'Een medewerker pakt ticket #{ticket} snel op.',
      ],
    },
  },
  verification: {
    en: {
      subjects: [
        'Verify your email address',
        'Welcome to {brand} – one last step',
        'Your {brand} verification code',
      ],
      cores: [
        'thanks for creating a {brand} account.',
        'we just need to make sure this address is yours.',
        'your account is set up but not active yet.',
      ],
      nexts: [
        'Confirm your address here: {link}',
        'Your code is {code} – it expires in {minutes} minutes.',
        'Click to activate: {link} (valid {minutes} minutes)',
      ],
    },
    de: {
      subjects: [
        'Bestätige deine E-Mail-Adresse',
        'Willkommen bei {brand} – noch ein Schritt',
        'Ihr Verifizierungscode für {brand}',
      ],
      cores: [
        'danke, dass du ein {brand}-Konto angelegt hast.',
        'wir müssen nur sicherstellen, dass diese Adresse Ihnen gehört.',
        'Ihr Konto ist eingerichtet, aber noch nicht aktiv.',
      ],
      nexts: [
        'Hier bestätigen: {link}',
        'Ihr Code lautet {code} und gilt {minutes} Minuten.',
        'Jetzt aktivieren: {link} (gültig für {minutes} Minuten)',
      ],
    },
    fr: {
      subjects: [
        'Vérifiez votre adresse e-mail',
        'Bienvenue chez {brand} – dernière étape',
        'Votre code de vérification {brand}',
      ],
      cores: [
        "merci d'avoir créé un compte {brand}.",
        'nous devons simplement vérifier que cette adresse vous appartient.',
        'votre compte est créé mais pas encore actif.',
      ],
      nexts: [
        'Confirmez votre adresse ici : {link}',
        'Votre code est {code}, valable {minutes} minutes.',
        'Activez-le maintenant : {link} (valable {minutes} minutes)',
      ],
    },
    es: {
      subjects: [
        'Verifica tu dirección de correo',
        'Bienvenido a {brand}: un último paso',
        'Tu código de verificación de {brand}',
      ],
      cores: [
        'gracias por crear una cuenta en {brand}.',
        'solo necesitamos comprobar que esta dirección es tuya.',
        'tu cuenta está creada pero aún no está activa.',
      ],
      nexts: [
        'Confirma tu dirección aquí: {link}',
        'Tu código es {code} y caduca en {minutes} minutos.',
        'Actívala ahora: {link} (válido {minutes} minutos)',
      ],
    },
    pt: {
      subjects: [
        'Verifique o seu e-mail',
        'Bem-vindo à {brand} – último passo',
        'O seu código de verificação {brand}',
      ],
      cores: [
        'obrigado por criar uma conta {brand}.',
        'só precisamos de confirmar que este endereço é seu.',
        'a sua conta foi criada, mas ainda não está ativa.',
      ],
      nexts: [
        'Confirme o endereço aqui: {link}',
        'O seu código é {code} e expira em {minutes} minutos.',
        'Ative agora: {link} (válido {minutes} minutos)',
      ],
    },
    it: {
      subjects: [
        'Verifica il tuo indirizzo e-mail',
        'Benvenuto su {brand} – ultimo passo',
        'Il tuo codice di verifica {brand}',
      ],
      cores: [
        'grazie per aver creato un account {brand}.',
        'dobbiamo solo verificare che questo indirizzo sia tuo.',
        'il tuo account è stato creato ma non è ancora attivo.',
      ],
      nexts: [
        "Conferma l'indirizzo qui: {link}",
        'Il tuo codice è {code} e scade tra {minutes} minuti.',
        'Attivalo ora: {link} (valido {minutes} minuti)',
      ],
    },
    nl: {
      subjects: [
        'Verifieer je e-mailadres',
        'Welkom bij {brand} – nog één stap',
        'Je verificatiecode van {brand}',
      ],
      cores: [
        'bedankt voor het aanmaken van een {brand}-account.',
        'we willen alleen zeker weten dat dit adres van jou is.',
        'je account is aangemaakt maar nog niet actief.',
      ],
      nexts: [
        'Bevestig je adres hier: {link}',
        'Je code is {code} en verloopt over {minutes} minuten.',
        'Activeer nu: {link} ({minutes} minuten geldig)',
      ],
    },
  },
}
