// Pages with nothing of their own to load (e.g. "not found"): only the header's account area.

import {initAccount} from './account.js';

initAccount();
