import { w, type Product } from '../types.ts'

// Amazon Cognito user pool default verification message ("Your verification code is {####}.")
// sent with the default Cognito email sender no-reply@verificationemail.com; AWS docs "Customizing
// email verification messages". Non-English texts are the usual custom translations.
export const cognitoVerify: Product = {
  product: 'Amazon Cognito',
  family: 'verification',
  source:
    'AWS Cognito Developer Guide, "Customizing email verification messages" (default message)',
  hosted: 'no-reply@verificationemail.com',
  texts: {
    en: [
      w('Your verification code', 'Your verification code is {code}. '),
      w(
        'Verify your {company} account',
        `Hello {name},\n\nThanks for signing up for {company}. Your verification code is {code}.\n\nEnter it in the app to activate your account.`,
      ),
    ],
    de: [w('Ihr Bestätigungscode', 'Ihr Bestätigungscode lautet {code}. ')],
    es: [w('Tu código de verificación', 'Tu código de verificación es {code}. ')],
    pt: [w('Seu código de verificação', 'Seu código de verificação é {code}. ')],
  },
}
