import { z } from "zod";

// Zod probes `new Function` to compile fast parsers; under our CSP (no 'unsafe-eval') the probe is
// refused and reported as a violation even though zod catches it. Runs before the app's modules
// build their schemas.
z.config({ jitless: true });
