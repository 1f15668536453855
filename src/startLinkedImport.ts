// A page script of its own, run before the app's: a `data=` link's import worker starts as soon
// as this small file has arrived, not after the app's modules have all been evaluated (about
// 0.3 s on a 2-core machine). The app's load code takes the worker over (adoptEarlyImport).
import { linkedDataUrl } from './lib/core/shareLink';
import { startEarlyImport } from './lib/load/earlyImport';

const data = linkedDataUrl(window.location.search);
if (data !== null) startEarlyImport(data);
