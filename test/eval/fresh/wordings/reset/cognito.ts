import { w, type Product } from '../types.ts'

// Amazon Cognito forgot-password message with the default sender (AWS docs, "Customizing email
// verification messages"; ForgotPassword sends the verification message template).
export const cognitoReset: Product = {
  product: 'Amazon Cognito reset',
  family: 'reset',
  source: 'AWS Cognito Developer Guide, ForgotPassword default code message',
  hosted: 'no-reply@verificationemail.com',
  texts: {
    en: [
      w('Your password reset code', 'Your password reset code is {code}. '),
      w('Your verification code', 'Your verification code is {code}. '),
    ],
    de: [
      w(
        'Ihr Code zum Zurücksetzen des Passworts',
        'Ihr Code zum Zurücksetzen des Passworts lautet {code}. ',
      ),
    ],
    es: [
      w(
        'Tu código para restablecer la contraseña',
        'Tu código para restablecer la contraseña es {code}. ',
      ),
    ],
  },
}
