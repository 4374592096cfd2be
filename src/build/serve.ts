/** `npm run serve`: serves the built site from dist/ on 127.0.0.1 (see site-server.ts). */
import { join } from 'node:path';
import { basePathFromEnv } from './base-path.ts';
import { createSiteServer } from './site-server.ts';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = basePathFromEnv();

createSiteServer({ dist: join(process.cwd(), 'dist'), base }).listen(port, host, () => {
  console.log(`Serving dist/ at http://${host}:${port}${base}`);
});
