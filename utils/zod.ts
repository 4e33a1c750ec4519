import { z } from 'zod';

// Zod 4 compiles parsers with `new Function` unless jitless; extension CSP forbids eval, so every
// module imports z from here rather than from 'zod' (eslint enforces it).
z.config({ jitless: true });

export { z };
