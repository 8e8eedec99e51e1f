// @ts-check
/**
 * A static export: `next build` writes out/, one folder any web server (or a laptop with no
 * network) can serve. BASE_PATH mounts the site under a sub-path of an intranet portal.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: "export",
  trailingSlash: true,
  basePath: process.env.BASE_PATH || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
};

module.exports = nextConfig;
