// Starts the GOV.UK Frontend and MoJ Frontend components on the page. Loaded as a module, so it
// runs only in browsers that support the components; others get the plain HTML.
import { initAll as initGovuk } from "./vendor/govuk-frontend.min.js";
import { initAll as initMoj } from "./vendor/moj-frontend.min.js";
import { initSessionTimeout } from "./session-timeout.js";

initGovuk();
initMoj();
initSessionTimeout();
