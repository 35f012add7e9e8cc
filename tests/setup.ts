import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// The dashboard renders in passes (the map, then the panels, then lazy cards): on a loaded machine
// one pass can take seconds, so findBy/waitFor wait up to 15 s by default (the test's own timeout is 20 s).
configure({ asyncUtilTimeout: 15_000 });
