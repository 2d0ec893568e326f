import type { ReasonPhrases } from './types';

// A problem with the sender's own credentials or session security: an SMTP login that is
// missing or refused, an unauthorised sending account. Domain authentication (SPF, DKIM,
// DMARC) is authfailure, missing TLS failedstarttls.
export const securityerror: ReasonPhrases = {
  reason: 'securityerror',
  phrases: [
    'account not subscribed to ses',
    'authentication credentials invalid',
    'authentication failure',
    'authentication required',
    'authentication turned on in your email client',
    'smtp authentication in your mail client',
    'authentication is required',
    'client was not authenticated',
    'executable files are not allowed in compressed files',
    'unauthenticated senders not allowed',
    'username and password not accepted',
    'application-specific password required',
    'please log in with your web browser',
    'smtpclientauthentication is disabled',
    'you are not authorized to send mail, authentication is required',
    'verification failure',
    "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
    'sorry, you dont authenticate or the domain isnt in my list of allowed rcpthosts',
  ],
  patterns: [
    /authentication failed; server [^ ]+ said:/,
    /authentification requise.{0,200}_402\b/,
    /codes? d'? ?authentification invalide.{0,200}_305\b/,
    /domain [^ ]+ is a dead domain/,
    /user [^ ]+ is not authorized to perform ses:sendrawemail on resource/,
  ],
};
