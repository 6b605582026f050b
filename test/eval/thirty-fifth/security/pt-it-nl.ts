// Portuguese, Italian and Dutch account-security texts, written for this set.
import type { SecurityTexts } from './types.ts'

export const SEC_PT: SecurityTexts = {
  breach: [
    'Importante: incidente de segurança na {brand}',
    'Foram acedidos endereços de e-mail e senhas cifradas. Altere a sua senha e ative a verificação em dois passos.',
  ],
  reset: [
    'Redefinir a sua senha {brand}',
    'Aqui está a ligação que pediu: {link} Expira em 30 minutos.',
  ],
  code: ['Código {brand}: {code}', 'O seu código de verificação é {code}. Não o partilhe.'],
  changed: ['A sua senha foi alterada', 'A senha da sua conta {brand} foi alterada às {time}.'],
  twofa: [
    'Verificação em dois passos ativada',
    'Adicionou uma aplicação de autenticação à sua conta {brand}.',
  ],
  newSignin: [
    'Novo início de sessão no Firefox em Linux',
    'A sua conta {brand} iniciou sessão no Firefox em Linux perto de {place} às {time}.',
  ],
  recovery: [
    'Os seus códigos de recuperação',
    'Gerou novos códigos de recuperação {brand}. Os antigos deixaram de funcionar.',
  ],
  confirmed: [
    'O seu e-mail foi confirmado',
    'Obrigado, o seu endereço de e-mail na {brand} está confirmado.',
  ],
  newDevice: [
    'Novo dispositivo com sessão iniciada',
    'Um telemóvel novo (Android) iniciou sessão na sua conta {brand} perto de {place}.',
  ],
  welcomeBack: [
    'Bem-vindo de volta à {brand}',
    'Que bom vê-lo no novo telemóvel. As suas definições foram restauradas.',
  ],
  storeReceipt: [
    'O seu recibo da App Store',
    '{brand} Premium, mensal: {amount} €. Cobrado no cartão terminado em 5531.',
  ],
  tried: [
    'Alguém tentou entrar na sua conta',
    'Às {time} bloqueámos um acesso à {brand} com a sua senha a partir de um dispositivo desconhecido.',
  ],
  blocked: [
    'Tentativa de início de sessão invulgar bloqueada',
    'A {brand} travou uma tentativa de acesso que não parecia sua.',
  ],
  failed: [
    'Tentativas de acesso falhadas',
    'Houve 6 tentativas falhadas de entrar na {brand} na última hora.',
  ],
  wasThisYou: [
    'Foi você?',
    'Alguém introduziu a senha correta da sua conta {brand} num navegador novo.',
  ],
}

export const SEC_IT: SecurityTexts = {
  breach: [
    'Importante: incidente di sicurezza su {brand}',
    'Sono stati letti indirizzi e-mail e password cifrate. Cambia la password e attiva la verifica in due passaggi.',
  ],
  reset: [
    'Reimposta la password {brand}',
    'Ecco il link che hai chiesto: {link} Scade tra 30 minuti.',
  ],
  code: ['Codice {brand}: {code}', 'Il tuo codice di verifica è {code}. Non condividerlo.'],
  changed: [
    'La tua password è stata modificata',
    'La password del tuo account {brand} è stata modificata alle {time}.',
  ],
  twofa: [
    'Verifica in due passaggi attivata',
    'Hai aggiunto un’app di autenticazione al tuo account {brand}.',
  ],
  newSignin: [
    'Nuovo accesso da Firefox su Linux',
    'Accesso al tuo account {brand} da Firefox su Linux vicino a {place} alle {time}.',
  ],
  recovery: [
    'I tuoi codici di recupero',
    'Hai generato nuovi codici di recupero {brand}. Quelli vecchi non valgono più.',
  ],
  confirmed: [
    'Il tuo indirizzo e-mail è confermato',
    'Grazie, il tuo indirizzo e-mail su {brand} è confermato.',
  ],
  newDevice: [
    'Nuovo dispositivo collegato',
    'Un nuovo telefono (Android) ha effettuato l’accesso al tuo account {brand} vicino a {place}.',
  ],
  welcomeBack: [
    'Bentornato su {brand}',
    'Che piacere rivederti sul nuovo telefono. Le tue impostazioni sono state ripristinate.',
  ],
  storeReceipt: [
    'La tua ricevuta dell’App Store',
    '{brand} Premium, mensile: {amount} €. Addebitato sulla carta che termina con 5531.',
  ],
  tried: [
    'Qualcuno ha provato ad accedere al tuo account',
    'Alle {time} abbiamo bloccato un accesso a {brand} con la tua password da un dispositivo sconosciuto.',
  ],
  blocked: [
    'Tentativo di accesso insolito bloccato',
    '{brand} ha fermato un tentativo di accesso che non sembrava tuo.',
  ],
  failed: [
    'Tentativi di accesso non riusciti',
    'Nell’ultima ora ci sono stati 6 tentativi di accesso falliti su {brand}.',
  ],
  wasThisYou: [
    'Eri tu?',
    'Qualcuno ha inserito la password corretta del tuo account {brand} da un nuovo browser.',
  ],
}

export const SEC_NL: SecurityTexts = {
  breach: [
    'Belangrijk: beveiligingsincident bij {brand}',
    'Er is toegang verkregen tot e-mailadressen en versleutelde wachtwoorden. Wijzig je wachtwoord en zet tweestapsverificatie aan.',
  ],
  reset: [
    'Je wachtwoord voor {brand} opnieuw instellen',
    'Hier is de link die je aanvroeg: {link} Hij verloopt over 30 minuten.',
  ],
  code: ['{brand}-code: {code}', 'Je verificatiecode is {code}. Deel hem met niemand.'],
  changed: [
    'Je wachtwoord is gewijzigd',
    'Het wachtwoord van je {brand}-account is om {time} gewijzigd.',
  ],
  twofa: [
    'Tweestapsverificatie ingeschakeld',
    'Je hebt een authenticator-app aan je {brand}-account toegevoegd.',
  ],
  newSignin: [
    'Nieuwe inlog vanaf Firefox op Linux',
    'Er is om {time} ingelogd op je {brand}-account vanaf Firefox op Linux in de buurt van {place}.',
  ],
  recovery: [
    'Je herstelcodes',
    'Je hebt nieuwe herstelcodes voor {brand} gemaakt. De oude werken niet meer.',
  ],
  confirmed: ['Je e-mailadres is bevestigd', 'Bedankt, je e-mailadres bij {brand} is bevestigd.'],
  newDevice: [
    'Nieuw apparaat ingelogd',
    'Een nieuwe telefoon (Android) is ingelogd op je {brand}-account in de buurt van {place}.',
  ],
  welcomeBack: [
    'Welkom terug bij {brand}',
    'Fijn je weer te zien op je nieuwe telefoon. Je instellingen zijn hersteld.',
  ],
  storeReceipt: [
    'Je betaalbewijs van de App Store',
    '{brand} Premium, maandelijks: € {amount}. Afgeschreven van je kaart eindigend op 5531.',
  ],
  tried: [
    'Iemand probeerde in te loggen op je account',
    'Om {time} hebben we een inlog bij {brand} met jouw wachtwoord vanaf een onbekend apparaat geblokkeerd.',
  ],
  blocked: [
    'Ongebruikelijke inlogpoging geblokkeerd',
    '{brand} heeft een inlogpoging gestopt die niet op jou leek.',
  ],
  failed: [
    'Mislukte inlogpogingen',
    'Er waren het afgelopen uur 6 mislukte pogingen om in te loggen bij {brand}.',
  ],
  wasThisYou: [
    'Was jij dit?',
    'Iemand heeft het juiste wachtwoord van je {brand}-account ingevoerd in een nieuwe browser.',
  ],
}
