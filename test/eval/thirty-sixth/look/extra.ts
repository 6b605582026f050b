// The multilingual household: mail the quiet inbox's person gets in languages outside the seven
// (family and friends, shops and carriers, newsletters, sign-ups the person asked for). Written
// for this set; labelled without `lang`, the language named in the source (`lookalike:pl:…`).
import type { LabelClass } from '../../types.ts'

export const EXTRA_LANGS = ['pl', 'sv', 'cs', 'tr', 'ro'] as const
export type ExtraLang = (typeof EXTRA_LANGS)[number]

export const EXTRA_CLASSES = ['person', 'newsletter', 'order', 'delivery', 'verification'] as const
export type ExtraClass = (typeof EXTRA_CLASSES)[number]

export const EXTRA_LABEL: Record<ExtraClass, LabelClass> = {
  person: 'ham',
  newsletter: 'ham',
  order: 'important',
  delivery: 'important',
  verification: 'own',
}

export const EXTRA_TLD: Record<ExtraLang, string> = {
  pl: 'pl',
  sv: 'se',
  cs: 'cz',
  tr: 'com.tr',
  ro: 'ro',
}

/** What the household orders, in each language. */
export const EXTRA_ITEMS: Record<ExtraLang, string> = {
  pl: 'Sweter z wełny merino',
  sv: 'Merinotröja',
  cs: 'Merino svetr',
  tr: 'Merino yün kazak',
  ro: 'Pulover din merinos',
}

export const EXTRA_PEOPLE: Record<ExtraLang, readonly string[]> = {
  pl: ['Agnieszka Nowak', 'Piotr Wiśniewski'],
  sv: ['Karin Lindqvist', 'Erik Sandberg'],
  cs: ['Petra Dvořáková', 'Tomáš Novák'],
  tr: ['Elif Yıldız', 'Mehmet Aydın'],
  ro: ['Ioana Popescu', 'Andrei Ionescu'],
}

export const EXTRA_TEXT: Record<ExtraLang, Record<ExtraClass, readonly string[]>> = {
  pl: {
    person: [
      'Re: Wigilia u nas?\nCześć {first},\n\njasne, przyjedziemy 24. około 16:00. Mama pyta, czy przywieźć pierogi i makowiec.\n\nBuziaki,\n{author}',
      'Odp: Zdjęcia z wakacji\nHej {first}, wrzuciłam zdjęcia do wspólnego albumu. Zobacz, jak Kuba urósł!\n\n{author}',
    ],
    newsletter: [
      'Black Friday w {brand}: do -50% na wszystko\nZobacz w przeglądarce\n\nCześć {first}! Tylko do poniedziałku: kurtki, buty i zestawy prezentowe taniej nawet o połowę.\n\nSprawdź: {link}\n\nOtrzymujesz tę wiadomość, bo zapisałaś się do newslettera {brand}. Wypisz się',
      'Ostatnia szansa: Cyber Monday kończy się dziś\n{brand}\n\nZostało tylko kilka godzin, {first}. Darmowa dostawa od 149 zł.\n\nDo ofert: {link}\n\nWypisz się z newslettera: {link}',
    ],
    order: [
      'Potwierdzenie zamówienia nr {order}\nDziękujemy za zamówienie, {first}!\n\n{item} – 1 szt.\nRazem: {amount} zł\nDostawa: kurier, 1-2 dni robocze\n\nSzczegóły zamówienia: {link}\n\n{brand}',
      'Płatność przyjęta – zamówienie {order}\nOtrzymaliśmy płatność BLIK w kwocie {amount} zł. Przygotowujemy paczkę do wysyłki.\n\n{brand}',
    ],
    delivery: [
      'Twoja paczka {track} jest w drodze\n{brand}\n\nPaczka od {shop} zostanie doręczona jutro. Kod odbioru: {code}. Śledź przesyłkę: {link}',
      'Paczka czeka w automacie\n{brand}\n\nTwoja paczka {track} czeka w automacie przy ul. Długiej 12. Kod odbioru: {code}. Masz 48 godzin na odbiór.',
    ],
    verification: [
      'Potwierdź swój adres e-mail\nCześć {first},\n\ndziękujemy za rejestrację w {brand}. Kliknij, aby aktywować konto: {link}\n\nJeśli to nie Ty, zignoruj tę wiadomość.',
      'Twój kod weryfikacyjny: {code}\nWpisz kod {code}, aby potwierdzić adres e-mail w {brand}. Kod jest ważny przez 10 minut.',
    ],
  },
  sv: {
    person: [
      'Sv: Lucia på fredag?\nHej {first}!\n\nVi kommer gärna, luciatåget börjar kl. 18 i kyrkan. Vi tar med lussekatter.\n\nKram,\n{author}',
      'SV: Julklappslistan\nHej {first}, jag har skrivit upp dig på bokbytet. Budget 250 kr som förra året.\n\nHälsningar,\n{author}',
    ],
    newsletter: [
      'Black Week hos {brand}: upp till 50 % rabatt\nVisa i webbläsaren\n\nHej {first}! Bara till måndag: jackor, kängor och presentset till halva priset.\n\nHandla nu: {link}\n\nDu får detta mejl eftersom du prenumererar på {brand}. Avsluta prenumeration',
      'Sista chansen: Cyber Monday slutar i kväll\n{brand}\n\nBara några timmar kvar, {first}. Fri frakt över 499 kr.\n\nSe erbjudanden: {link}\n\nAvregistrera dig: {link}',
    ],
    order: [
      'Orderbekräftelse {order}\nTack för din beställning, {first}!\n\n{item} – 1 st\nTotalt: {amount} kr\nLeverans: 2-4 arbetsdagar\n\nSe din order: {link}\n\n{brand}',
      'Vi har tagit emot din betalning – order {order}\nBetalning med Swish: {amount} kr. Vi packar din order nu.\n\n{brand}',
    ],
    delivery: [
      'Ditt paket {track} är på väg\n{brand}\n\nPaketet från {shop} levereras i morgon mellan 17 och 22. Följ leveransen: {link}',
      'Ditt paket har levererats\n{brand}\n\nPaket {track} lämnades vid dörren kl. 14:32. Frågor om innehållet? Kontakta {shop}.',
    ],
    verification: [
      'Bekräfta din e-postadress\nHej {first},\n\ntack för att du registrerade dig hos {brand}. Klicka för att aktivera kontot: {link}\n\nOm det inte var du kan du ignorera mejlet.',
      'Din verifieringskod: {code}\nAnge koden {code} för att bekräfta din e-post hos {brand}. Koden gäller i 10 minuter.',
    ],
  },
  cs: {
    person: [
      'Re: Vánoční trhy v sobotu?\nAhoj {first},\n\nsobota nám vyhovuje! Sejdeme se ve čtyři u orloje? Vezmu svařák v termosce.\n\nMěj se,\n{author}',
      'Odp: Seznam dárků\nAhoj {first}, zapsala jsem tě na výměnu knížek. Rozpočet 500 Kč jako loni.\n\n{author}',
    ],
    newsletter: [
      'Black Friday v {brand}: slevy až 50 %\nZobrazit v prohlížeči\n\nAhoj {first}! Jen do pondělí: bundy, boty a dárkové sady až o polovinu levněji.\n\nNakupovat: {link}\n\nTento e-mail dostáváš, protože odebíráš novinky {brand}. Odhlásit se',
      'Poslední šance: Cyber Monday končí dnes\n{brand}\n\nZbývá jen pár hodin, {first}. Doprava zdarma nad 1 500 Kč.\n\nNabídky: {link}\n\nOdhlásit odběr: {link}',
    ],
    order: [
      'Potvrzení objednávky č. {order}\nDěkujeme za objednávku, {first}!\n\n{item} – 1 ks\nCelkem: {amount} Kč\nDoprava: 1-2 pracovní dny\n\nDetail objednávky: {link}\n\n{brand}',
      'Platba přijata – objednávka {order}\nPřijali jsme platbu {amount} Kč. Objednávku balíme.\n\n{brand}',
    ],
    delivery: [
      'Váš balík {track} je na cestě\n{brand}\n\nZásilku od {shop} doručíme zítra mezi 8:00 a 12:00. Sledovat zásilku: {link}',
      'Zásilka je připravena k vyzvednutí\n{brand}\n\nBalík {track} na vás čeká na výdejním místě. Kód pro vyzvednutí: {code}.',
    ],
    verification: [
      'Potvrďte svou e-mailovou adresu\nDobrý den {first},\n\nděkujeme za registraci v {brand}. Účet aktivujete kliknutím: {link}\n\nPokud jste to nebyli vy, e-mail ignorujte.',
      'Váš ověřovací kód: {code}\nZadejte kód {code} pro potvrzení e-mailu v {brand}. Kód platí 10 minut.',
    ],
  },
  tr: {
    person: [
      'Ynt: Cumartesi kahvaltı?\nSelam {first},\n\ncumartesi bize uyar! Saat 10’da Moda’da buluşalım mı? Ben simit getiririm.\n\nSevgiler,\n{author}',
      'YNT: Yılbaşı hediyeleşme listesi\nMerhaba {first}, seni kitap değişimine yazdım. Bütçe geçen yıl gibi 500 TL.\n\n{author}',
    ],
    newsletter: [
      '{brand} Efsane Cuma: tüm ürünlerde %50’ye varan indirim\nTarayıcıda görüntüle\n\nMerhaba {first}! Sadece pazartesiye kadar: mont, bot ve hediye setlerinde yarı fiyat.\n\nAlışverişe başla: {link}\n\nBu e-postayı {brand} bültenine abone olduğunuz için alıyorsunuz. Abonelikten çık',
      'Son fırsat: Cyber Monday bu gece bitiyor\n{brand}\n\nSadece birkaç saat kaldı, {first}. 750 TL üzeri kargo bedava.\n\nFırsatları gör: {link}\n\nAbonelikten çık: {link}',
    ],
    order: [
      'Sipariş onayı #{order}\nSiparişiniz için teşekkürler, {first}!\n\n{item} – 1 adet\nToplam: {amount} TL\nTeslimat: 2-3 iş günü\n\nSipariş detayı: {link}\n\n{brand}',
      'Ödemeniz alındı – sipariş {order}\n{amount} TL tutarındaki ödemeniz alındı. Siparişiniz hazırlanıyor.\n\n{brand}',
    ],
    delivery: [
      'Kargonuz yolda: {track}\n{brand}\n\n{shop} gönderiniz yarın teslim edilecek. Takip et: {link}',
      'Gönderiniz teslim edildi\n{brand}\n\n{track} numaralı gönderiniz saat 14:32’de teslim edildi. İçerikle ilgili sorular için {shop} ile iletişime geçin.',
    ],
    verification: [
      'E-posta adresinizi doğrulayın\nMerhaba {first},\n\n{brand} üyeliğiniz için teşekkürler. Hesabınızı etkinleştirmek için tıklayın: {link}\n\nBu işlemi siz yapmadıysanız bu e-postayı dikkate almayın.',
      'Doğrulama kodunuz: {code}\n{brand} için e-posta adresinizi doğrulamak üzere {code} kodunu girin. Kod 10 dakika geçerlidir.',
    ],
  },
  ro: {
    person: [
      'Re: Târgul de Crăciun sâmbătă?\nBună {first},\n\nsâmbătă ne convine! Ne vedem la 16 în Piața Sfatului? Aduc eu vin fiert în termos.\n\nPupici,\n{author}',
      'RE: Lista de cadouri\nSalut {first}, te-am trecut la schimbul de cărți. Bugetul e 100 de lei, ca anul trecut.\n\n{author}',
    ],
    newsletter: [
      'Black Friday la {brand}: reduceri de până la 50 %\nVezi în browser\n\nBună {first}! Doar până luni: geci, ghete și seturi cadou la jumătate de preț.\n\nCumpără acum: {link}\n\nPrimești acest e-mail pentru că te-ai abonat la {brand}. Dezabonare',
      'Ultima șansă: Cyber Monday se încheie diseară\n{brand}\n\nAu mai rămas doar câteva ore, {first}. Livrare gratuită peste 200 de lei.\n\nVezi ofertele: {link}\n\nDezabonare: {link}',
    ],
    order: [
      'Confirmarea comenzii nr. {order}\nMulțumim pentru comandă, {first}!\n\n{item} – 1 buc.\nTotal: {amount} lei\nLivrare: 1-3 zile lucrătoare\n\nDetalii comandă: {link}\n\n{brand}',
      'Plata a fost primită – comanda {order}\nAm primit plata de {amount} lei. Pregătim coletul.\n\n{brand}',
    ],
    delivery: [
      'Coletul tău {track} este în drum spre tine\n{brand}\n\nColetul de la {shop} va fi livrat mâine. Urmărește coletul: {link}',
      'Coletul a fost livrat\n{brand}\n\nColetul {track} a fost livrat la ora 14:32. Întrebări despre conținut? Contactează {shop}.',
    ],
    verification: [
      'Confirmă adresa de e-mail\nBună {first},\n\nîți mulțumim că te-ai înregistrat la {brand}. Apasă pentru a activa contul: {link}\n\nDacă nu ai fost tu, ignoră acest mesaj.',
      'Codul tău de verificare: {code}\nIntrodu codul {code} pentru a confirma adresa de e-mail la {brand}. Codul este valabil 10 minute.',
    ],
  },
}
