// Compiles the theme's stylesheet and copies the compiled front-end packages into wwwroot.
// Run by the theme's MSBuild target; nothing it writes is committed.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import * as sass from "sass";

const out = "wwwroot";
const govuk = "node_modules/govuk-frontend/dist/govuk";
const moj = "node_modules/@ministryofjustice/frontend/moj";

mkdirSync(`${out}/css`, { recursive: true });
mkdirSync(`${out}/js/vendor`, { recursive: true });

const css = sass.compile("styles/theme.scss", {
  loadPaths: ["node_modules", "."],
  style: "compressed",
  quietDeps: true,
  logger: sass.Logger.silent,
});
// MoJ Frontend configures GOV.UK Frontend itself, so the asset path cannot be set from here
// (Sass allows one configuration per module). Rewriting the root-relative URLs keeps fonts and
// images working under a tenant's URL prefix and under the theme's /_content/ path.
writeFileSync(`${out}/css/theme.css`, css.css.replace(/url\(("?)\/assets\//g, "url($1../assets/"));

cpSync(`${govuk}/assets`, `${out}/assets`, { recursive: true });
cpSync(`${moj}/assets`, `${out}/assets`, { recursive: true });
cpSync(`${govuk}/govuk-frontend.min.js`, `${out}/js/vendor/govuk-frontend.min.js`);
cpSync(`${moj}/moj-frontend.min.js`, `${out}/js/vendor/moj-frontend.min.js`);
console.log("Perspective theme assets built.");
