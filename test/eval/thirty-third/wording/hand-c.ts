// Hand-written company wordings in the households' other languages (Polish, Swedish, Turkish,
// Greek), for the companies of foreign forms that write in their own language.
import type { HandByLang } from './types.ts'

export const HAND_C: HandByLang = {
  pl: {
    helpdesk: [
      'Otrzymaliśmy Twoje zgłoszenie nr {ref} || Dzień dobry {name}, dziękujemy za kontakt z {company}. Odpowiemy w ciągu 2 dni roboczych.',
      'Potwierdzenie zgłoszenia: {name} || Twoja wiadomość dotarła do działu obsługi klienta {company}. Numer sprawy: {ref}.',
    ],
    verification: [
      'Aktywuj swoje konto w {company} || Cześć {name}! Kliknij link, aby aktywować konto: {link}. Jeśli to nie Ty, zignoruj tę wiadomość.',
      'Potwierdź swój adres e-mail || Witaj {name}, potwierdź adres, aby dokończyć rejestrację w {company}: {link}',
    ],
    subscription: [
      'Potwierdź zapis do newslettera || Dziękujemy za zapis do newslettera {company}. Potwierdź go tutaj: {link}',
      'Jeszcze jedno kliknięcie || {name}, potwierdź subskrypcję ofert {company}: {link}',
    ],
    reset: [
      'Resetowanie hasła || Cześć {name}, otrzymaliśmy prośbę o zmianę hasła w {company}. Ustaw nowe hasło: {link}. Link wygaśnie za godzinę.',
      'Twój kod logowania: {code} || Wpisz kod {code}, aby zalogować się do {company}. Kod jest ważny 10 minut.',
    ],
    submit: [
      'Zweryfikuj adres e-mail, aby wysłać zgłoszenie || Dzień dobry, aby Twoje zgłoszenie trafiło do zespołu {company}, potwierdź adres e-mail: {link}',
      'Twoje zgłoszenie czeka na potwierdzenie || {name}, potwierdź adres, a przekażemy wiadomość do {company}: {link}',
    ],
  },
  sv: {
    helpdesk: [
      'Vi har tagit emot ditt ärende {ref} || Hej {name}, tack för att du kontaktade {company}. Vi svarar inom två arbetsdagar.',
      'Bekräftelse: {name} || Ditt meddelande har kommit fram till kundtjänst på {company}. Ärendenummer: {ref}.',
    ],
    verification: [
      'Aktivera ditt konto hos {company} || Hej {name}! Klicka på länken för att aktivera ditt konto: {link}. Var det inte du? Ignorera mejlet.',
      'Bekräfta din e-postadress || Hej {name}, bekräfta din adress för att slutföra registreringen hos {company}: {link}',
    ],
    subscription: [
      'Bekräfta din prenumeration || Tack för att du vill få nyhetsbrevet från {company}. Bekräfta här: {link}',
      'Ett klick kvar || {name}, bekräfta att du vill ha erbjudanden från {company}: {link}',
    ],
    reset: [
      'Återställ ditt lösenord || Hej {name}, vi har fått en begäran om att återställa ditt lösenord hos {company}: {link}. Länken gäller i en timme.',
      'Din inloggningskod: {code} || Ange {code} för att logga in på {company}. Koden gäller i 10 minuter.',
    ],
    submit: [
      'Verifiera din e-postadress för att skicka ditt ärende || Hej, bekräfta din adress så att ditt ärende når supporten på {company}: {link}',
      'Ditt ärende väntar på bekräftelse || {name}, bekräfta adressen så skickar vi meddelandet till {company}: {link}',
    ],
  },
  tr: {
    helpdesk: [
      'Talebiniz alındı (No: {ref}) || Merhaba {name}, {company} ile iletişime geçtiğiniz için teşekkürler. En geç 2 iş günü içinde dönüş yapacağız.',
      'Başvurunuz kaydedildi: {name} || Mesajınız {company} müşteri hizmetlerine ulaştı. Talep numaranız: {ref}.',
    ],
    verification: [
      '{company} hesabınızı etkinleştirin || Merhaba {name}! Hesabınızı etkinleştirmek için bağlantıya tıklayın: {link}. Siz değilseniz bu e-postayı dikkate almayın.',
      'E-posta adresinizi doğrulayın || Merhaba {name}, {company} kaydınızı tamamlamak için adresinizi doğrulayın: {link}',
    ],
    subscription: [
      'Bülten aboneliğinizi onaylayın || {company} bültenine ilginiz için teşekkürler. Onaylamak için: {link}',
      'Son bir adım kaldı || {name}, {company} kampanyalarını almak için aboneliğinizi onaylayın: {link}',
    ],
    reset: [
      'Şifre sıfırlama talebi || Merhaba {name}, {company} hesabınız için şifre sıfırlama talebi aldık: {link}. Bağlantı 1 saat geçerlidir.',
      'Giriş kodunuz: {code} || {company} girişi için kodunuz {code}. Kod 10 dakika geçerlidir.',
    ],
    submit: [
      'Talebinizi göndermek için e-posta adresinizi doğrulayın || Merhaba, talebinizin {company} destek ekibine ulaşması için adresinizi doğrulayın: {link}',
      'Talebiniz onay bekliyor || {name}, adresinizi onaylayın, mesajınızı {company} ekibine iletelim: {link}',
    ],
  },
  el: {
    helpdesk: [
      'Λάβαμε το αίτημά σας ({ref}) || Γεια σας {name}, ευχαριστούμε που επικοινωνήσατε με την {company}. Θα απαντήσουμε εντός δύο εργάσιμων ημερών.',
      'Επιβεβαίωση παραλαβής: {name} || Το μήνυμά σας έφτασε στην εξυπηρέτηση πελατών της {company}. Αριθμός αιτήματος: {ref}.',
    ],
    verification: [
      'Ενεργοποιήστε τον λογαριασμό σας στην {company} || Γεια σου {name}! Πάτησε τον σύνδεσμο για ενεργοποίηση: {link}. Αν δεν ήσουν εσύ, αγνόησε το μήνυμα.',
      'Επιβεβαιώστε τη διεύθυνση email σας || {name}, επιβεβαιώστε τη διεύθυνσή σας για να ολοκληρωθεί η εγγραφή στην {company}: {link}',
    ],
    subscription: [
      'Επιβεβαιώστε την εγγραφή σας στο newsletter || Ευχαριστούμε για το ενδιαφέρον σας για την {company}. Επιβεβαίωση εδώ: {link}',
      'Ένα κλικ ακόμα || {name}, επιβεβαίωσε ότι θέλεις τις προσφορές της {company}: {link}',
    ],
    reset: [
      'Επαναφορά κωδικού πρόσβασης || Γεια σας {name}, λάβαμε αίτημα αλλαγής κωδικού για την {company}: {link}. Ο σύνδεσμος ισχύει μία ώρα.',
      'Ο κωδικός σύνδεσής σας: {code} || Πληκτρολογήστε {code} για να συνδεθείτε στην {company}. Ισχύει 10 λεπτά.',
    ],
    submit: [
      'Επαληθεύστε το email σας για να υποβάλετε το αίτημά σας || Γεια σας, για να φτάσει το αίτημά σας στην υποστήριξη της {company}, επαληθεύστε τη διεύθυνσή σας: {link}',
      'Το αίτημά σας περιμένει επιβεβαίωση || {name}, επιβεβαιώστε τη διεύθυνση και θα το προωθήσουμε στην {company}: {link}',
    ],
  },
}
