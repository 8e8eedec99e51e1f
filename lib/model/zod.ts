/**
 * zod, configured once before any schema is built. The site's Content-Security-Policy forbids eval;
 * in a browser zod would probe for it with `new Function("")` as each object schema is built and
 * fire a CSP violation on every page. Its interpreted path makes the same checks; the build (Node)
 * keeps the faster compiled one. Every module imports z from here (eslint enforces it).
 */
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
