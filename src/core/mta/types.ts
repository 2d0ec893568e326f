// A mail system that writes bounces (Postfix, Exim, Exchange …): how to recognise its report
// and how to read the recipients out of it. One file per system (mta/<name>.ts), registered
// in mta/index.ts. Systems read the same Doc whether it came from a raw message or a paste.

import type { Doc } from '../doc';
import type { DsnReport } from '../dsn/fields';
import type { Finding } from '../finding';

export interface MailSystem {
  /** The name users see: "Postfix", "Microsoft Exchange Online" … */
  name: string;
  /** Lines that introduce the returned original message in this system's reports. */
  originalMarkers?: readonly RegExp[];
  /**
   * Cheap test whether this system wrote the report: its subject, its sender, or marker lines
   * in the text. Must work for a paste too, where doc.headers is empty and doc.subject is the
   * first line a mail client showed.
   */
  recognise(doc: Doc): boolean;
  /**
   * The recipients it reports, read from doc.lines; [] when it finds none. `dsn` holds the
   * standard delivery-status fields found in the same report: the engine fills whatever a
   * finding leaves out from the DSN entry for the same recipient, so a system reads only what
   * its own text adds (the full server reply, the SMTP step, its own reason wording).
   */
  read(doc: Doc, dsn: DsnReport): Finding[];
}
