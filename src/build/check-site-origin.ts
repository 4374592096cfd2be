/**
 * First step of every build: says which origin the build is for, and stops a build for
 * publishing (PUBLISH=1, `npm run build:publish`) that has no usable public origin.
 */
import { isPublishBuild, siteOriginFrom, SiteOriginError } from './site-origin.ts';

try {
  const origin = siteOriginFrom(process.env);
  console.log(
    isPublishBuild(process.env)
      ? `Building for publishing at ${origin}`
      : `Building for ${origin} (a local build; to publish: SITE_ORIGIN=https://… npm run ` +
          `build:publish)`,
  );
} catch (error) {
  if (!(error instanceof SiteOriginError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
