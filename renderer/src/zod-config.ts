import { z } from 'zod';

// zod tries `new Function('')` once to see whether it may compile fast parsers; the app's CSP
// forbids eval, so the try only reports a CSP violation. Tell zod not to try.
z.config({ jitless: true });
