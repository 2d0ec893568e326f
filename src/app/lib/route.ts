// The few pages of the app live in the URL fragment, so nothing is ever sent to a server:
//   #/            the analyser
//   #/kb          the list of explanations
//   #/kb/<id>     one explanation (an article id such as "5.7.26" or "mailboxfull")
//   #/s/1.<data>  a shared diagnosis (features/share)
import { useEffect, useState } from 'react';

export type Route =
  | { kind: 'home' }
  | { kind: 'kb'; id: string | null }
  | { kind: 'shared'; fragment: string };

export function parseRoute(hash: string): Route {
  if (hash.startsWith('#/s/')) return { kind: 'shared', fragment: hash };
  const path = hash.replace(/^#/, '');
  const kb = /^\/kb(?:\/([A-Za-z0-9._#-]{1,64}))?\/?$/.exec(path);
  if (kb) return { kind: 'kb', id: kb[1] ? decodeURIComponent(kb[1]) : null };
  return { kind: 'home' };
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const kbLink = (id: string) => `#/kb/${encodeURIComponent(id)}`;
