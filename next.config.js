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
  // EXPORT_DIR writes the export elsewhere than out/ (the e2e fixture archive, the scale bench);
  // with output "export", Next treats a custom distDir as the export folder and keeps its build in .next.
  distDir: process.env.EXPORT_DIR || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
};

module.exports = nextConfig;
