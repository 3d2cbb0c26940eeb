import { z } from "zod";

// Zod probes `new Function` to compile fast parsers; under our CSP (no 'unsafe-eval') the probe is
// refused and reported as a violation even though zod catches it. Every module that builds
// schemas takes `z` from here, so the setting is made before the first schema wherever zod is
// loaded (in the browser, only once a form first checks its values: it is off the first load).
z.config({ jitless: true });

export { z };
