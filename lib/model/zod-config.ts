/**
 * zod's settings, imported (first) by every module that builds a schema, before it builds one.
 * The site's Content-Security-Policy forbids eval: in a browser zod would probe for it with
 * `new Function("")` as each object schema is built and fire a CSP violation on every page. Its
 * interpreted path makes the same checks; the build (Node) keeps the faster compiled one. Only the
 * config is imported here, so the bundler still keeps just the parts of zod the schemas use.
 */
import { config } from "zod/v4/core";

if (typeof window !== "undefined") config({ jitless: true });
