// The few header fields people look for in a message: who, when, what about.

import type { MessageSummary } from '../types';
import { decodedHeader, type HeaderMap } from './headers';

export function summarize(headers: HeaderMap): MessageSummary {
  const value = (name: string) => decodedHeader(headers, name) || null;
  return {
    subject: value('subject'),
    from: value('from'),
    to: value('to'),
    date: value('date'),
    messageId: value('message-id'),
  };
}
