import type { ReasonPhrases } from './types';

// The receiving organisation's own policy refused the message: a rule, a forbidden attachment
// type, a closed list. DMARC wording is authfailure, header-format wording notcompliantrfc.
export const policyviolation: ReasonPhrases = {
  reason: 'policyviolation',
  phrases: [
    'an illegal attachment on your message',
    'illegal attachment',
    'because the recipient is not accepting mail with ',
    'by non-member to a members-only list',
    'closed mailing list',
    'denied by policy',
    'email not accepted for policy reasons',
    'email rejected due to security policies',
    'header are not accepted',
    'header error',
    'local policy violation',
    'message bounced due to organizational settings',
    'message given low priority',
    'message not accepted for policy reasons',
    'message rejected due to local policy',
    'rejected for policy reasons',
    'protocol violation',
    'the email address used to send your message is not subscribed to this group',
    'the message was rejected by organization policy',
    'this message was blocked because its content presents a potential',
    'has a policy that prohibited the mail',
    'we do not accept messages containing images or other attachments',
    'you have exceeded the allowable number of posts without solving a captcha',
    'you have exceeded the the allowable number of posts without solving a captcha',
    'content examination policy',
    'attachment extension is forbidden',
  ],
};
