// Hand-written English in-house wordings: each is one made-up company's own text.
import type { Family, Wording } from '../wording.ts'

export const WRITTEN_EN: Record<Family, readonly Wording[]> = {
  helpdesk: [
    (c) => ({
      subject: `Got it! We're on it`,
      body: `Hey ${c.name},\n\nquick note to say your message reached a real human inbox. Grab a coffee ☕ - we'll be back with you before it's cold (well, within a day).\n\nTicket ${c.ref}\n\n${c.company} support`,
    }),
    (c) => ({
      subject: `Automatic reply: ${c.typed}`,
      body: `Thank you for your email. Our support desk is staffed Monday-Friday 8:00-18:00 GMT. Messages received outside these hours are answered the next working day.\n\nFor urgent order questions please call 0800 000 000.\n\n${c.company} Customer Services`,
    }),
    (c) => ({
      subject: `${c.ref}`,
      body: `Dear ${c.name}\n\nThank you for contacting ${c.company}. We confirm receipt of your enquiry dated today regarding "${c.typed}".\n\nYour enquiry has been passed to the relevant department. Please allow up to 10 working days for a full response, as required by our complaints handling procedure.\n\nYours sincerely\n\nCustomer Relations\n${c.company} plc, registered office: 1 Example Street, London. Authorised and regulated by the Financial Conduct Authority. Calls may be recorded.`,
    }),
    (c) => ({
      subject: `Your ${c.company} support request`,
      body: `<< View this email in your browser >>\n\nHi ${c.name},\n\nWE'VE RECEIVED YOUR REQUEST\nSubject: ${c.typed}\nRequest ID: ${c.ref}\nStatus: Open\n\n[ View request ] https://help.${c.domain}/requests/${c.ref}\n\nHelp Centre | Returns | Contact us\n${c.company}, all rights reserved.`,
    }),
    (c) => ({
      subject: `Did we get that right? "${c.typed}"`,
      body: `Hi ${c.name}, is this what you wrote to us about? If so, there's nothing else to do: our team has it (ref ${c.ref}). If not, reply and tell us more.\n\n- ${c.company}`,
    }),
    (c) => ({
      subject: `Thanks - message received`,
      body: `Thanks for reaching out to ${c.company}. This is just a one-line note to say your form came through. Ref: ${c.ref}.`,
    }),
  ],
  verification: [
    (c) => ({
      subject: `${c.company}`,
      body: `Hi ${c.name}, tap below to verify your email and start using ${c.company}.\n\n${c.link}`,
    }),
    (c) => ({
      subject: `Welcome aboard, ${c.name}! 🎉`,
      body: `We're so glad you're here.\n\nBefore you dive in, please verify that this is your email address:\n\n[ Verify email ] ${c.link}\n\nOnce you're verified you'll be able to save favourites, track orders and get member-only offers.\n\nThe ${c.company} team\n\nUnsubscribe · Privacy · Terms`,
    }),
    (c) => ({
      subject: `Activate your ${c.company} customer account`,
      body: `Dear ${c.name},\n\nAn account has been opened in your name with ${c.company}. To complete the registration and comply with our terms, you must activate it within 7 days using the link below.\n\n${c.link}\n\nIf you did not open this account, please disregard this message; the account will be deleted automatically.\n\nThis message was sent by ${c.company} Ltd. Registered in Scotland. Company number SC000000. Our privacy policy explains how we use your data.`,
    }),
    (c) => ({
      subject: `Was this you?`,
      body: `Someone just created a ${c.company} account using this address, with the name "${c.name}". Confirm it's you: ${c.link}\n\nNot you? Do nothing.`,
    }),
    (c) => ({
      subject: `Your verification code: ${c.code}`,
      body: `Use ${c.code} to finish creating your ${c.company} account. It expires in 30 minutes.`,
    }),
    (c) => ({
      subject: `Just checking in - please verify your address`,
      body: `Hello ${c.name},\n\nThanks for registering for our community forum. An administrator may need to approve your account, but first we need you to confirm your email by visiting:\n${c.link}\n\nSee you on the boards,\nModerators at ${c.company}`,
    }),
  ],
  subscription: [
    (c) => ({
      subject: `Are you sure? 🤔`,
      body: `You're one click away from weekly deals from ${c.company}. Confirm your subscription:\n${c.link}\n\n(If you didn't sign up, ignore this - we won't email you again.)`,
    }),
    (c) => ({
      subject: `${c.company} Weekly - confirm subscription`,
      body: `Hi ${c.name},\n\nTo start receiving ${c.company} Weekly, please confirm your email address.\n\nCONFIRM SUBSCRIPTION: ${c.link}\n\nYou are receiving this because someone entered this address on our website. We respect your privacy and never share your email.\n\n${c.company}, Unit 4, Example Park, Leeds LS1 0AA`,
    }),
    (c) => ({
      subject: `Confirm your email to get 10% off`,
      body: `Hello ${c.name}! Thanks for joining. Confirm below and your welcome code will arrive in the next email.\n\n${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Subscription request`,
      body: `We received a request to add this address to the ${c.company} press mailing list. To approve, open: ${c.link}\n\nThis request will expire in 3 days.`,
    }),
    (c) => ({
      subject: `${c.name}, please confirm`,
      body: `One last thing before we can send you our newsletter: confirm that you want it.\n\n${c.link}\n\nWith love from the ${c.company} kitchen 🍋`,
    }),
    (c) => ({
      subject: `Opt-in confirmation required`,
      body: `Dear subscriber,\n\nunder data protection law we need your explicit consent before sending marketing emails. Please confirm your consent here: ${c.link}\n\nYou can withdraw consent at any time via the link in every email.\n\n${c.company} Marketing, data controller. Contact our DPO at dpo@${c.domain}.`,
    }),
  ],
  reset: [
    (c) => ({
      subject: `${c.code}`,
      body: `${c.code} is your ${c.company} code. Don't share it with anyone.`,
    }),
    (c) => ({
      subject: `Forgot your password? No worries`,
      body: `Hi ${c.name},\n\nIt happens to the best of us. Click the button to pick a new password:\n\n[ Reset password ] ${c.link}\n\nThe link works once and expires in 1 hour.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Your link to ${c.company}`,
      body: `Here's your magic link to sign in. Just click it - no password needed.\n\n${c.link}\n\nThe link expires in 15 minutes and can only be used once.`,
    }),
    (c) => ({
      subject: `Password reset for your online account`,
      body: `Dear customer,\n\nA password reset has been requested for the online account registered to this email address. For your security, the reset link below is valid for 30 minutes:\n\n${c.link}\n\nIf you did not request this, please contact us immediately on 0345 000 0000.\n\n${c.company} will never ask you for your password by email or phone.`,
    }),
    (c) => ({
      subject: `Sign-in attempt - here's your code`,
      body: `Hi ${c.name}, enter the code below to continue signing in.\n\n    ${c.code}\n\nRequested from a browser on Windows.\n\nIf this wasn't you, someone may know your email address; no action is needed.`,
    }),
    (c) => ({
      subject: `Reset instructions`,
      body: `You asked us to reset your ${c.company} password. Use this link: ${c.link}`,
    }),
  ],
}
