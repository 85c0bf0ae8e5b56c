#!/usr/bin/env node
// The `pagescope` bin: registers tsx (https://tsx.is/dev-api/register-esm) so the TypeScript
// CLI runs from source, then hands over to it.
import { register } from 'tsx/esm/api';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
await import('./main.ts');
